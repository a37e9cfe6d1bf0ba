package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
)

//go:embed assets
var assets embed.FS

// pageTemplate is parsed on first use: the CLI links this package, and a
// run of vocero lint must not pay for it at start-up.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("index.html").Funcs(template.FuncMap{"nivel": severityLabel, "cuenta": countOf}).ParseFS(assets, "assets/index.html"))
})

// countOf writes "1 error", "2 errores".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// severityLabel is how the page names a severity.
func severityLabel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "aviso"
	}
	return "sugerencia"
}

// csp keeps the page to its own scripts, styles and API: no inline
// script, no framing, nothing from outside.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// allPlatforms is the order of the page's counters.
var allPlatforms = []lint.Platform{lint.X, lint.Bluesky, lint.Mastodon, lint.Threads, lint.Instagram, lint.Facebook, lint.LinkedIn}

// pagePlatform is one checkbox and counter of the page.
type pagePlatform struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Limit   int    `json:"limit"`
	Count   int    `json:"count"`
	Over    bool   `json:"-"`
	Checked bool   `json:"-"`
}

// piece is a stretch of the draft in the highlighted copy: plain text, or
// a finding's span.
type piece struct {
	Text     string
	Rule     string
	Severity string
	Index    int
}

// pageFinding is one finding as the page lists it.
type pageFinding struct {
	lint.Finding
	Index int
}

type pageData struct {
	Text      string
	Date      string
	Platforms []pagePlatform
	Pieces    []piece
	Findings  []pageFinding
	Checked   bool
	Ready     bool
	Errors    int
	Warnings  int
	Infos     int
	Campaigns []campaignInfo
	Data      template.JS // not executed: a JSON data block for the script
}

// page serves the draft checker at "/". With ?texto=… it opens with that
// draft filled in and already checked, so a shared link shows the same
// findings, even without scripts.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		fail(w, http.StatusNotFound, "no hay nada en %s", r.URL.Path)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		fail(w, http.StatusMethodNotAllowed, "usa GET")
		return
	}
	q := r.URL.Query()
	l := h.opts.Linter
	cfg := l.Config()
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	d := pageData{Text: q.Get("texto"), Date: time.Now().In(loc).Format("2006-01-02")}
	if s := q.Get("fecha"); s != "" {
		if _, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
			d.Date = s
		}
	}
	chosen := map[lint.Platform]bool{}
	if s := q.Get("plataformas"); s != "" {
		for _, name := range strings.Split(s, ",") {
			if p, err := lint.ParsePlatform(name); err == nil {
				chosen[p] = true
			}
		}
	}
	if len(chosen) == 0 {
		for _, p := range cfg.Platforms {
			chosen[p] = true
		}
	}
	if len(chosen) == 0 {
		chosen[lint.X] = true
	}
	var platforms []lint.Platform
	for _, p := range allPlatforms {
		spec, _ := p.Spec()
		d.Platforms = append(d.Platforms, pagePlatform{ID: string(p), Title: spec.Title, Limit: spec.MaxLength, Checked: chosen[p]})
		if chosen[p] {
			platforms = append(platforms, p)
		}
	}
	if len(d.Text) > int(h.opts.MaxBody) || !utf8.ValidString(d.Text) {
		d.Text = ""
	}
	if d.Text != "" {
		day, _ := time.ParseInLocation("2006-01-02", d.Date, loc)
		post := lint.Post{Text: d.Text, Platforms: platforms, PublishAt: day.Add(12 * time.Hour)}
		ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
		res := l.Lint(ctx, post)
		cancel()
		d.Checked = true
		d.Errors, d.Warnings, d.Infos = res.Count()
		d.Ready = d.Errors == 0 && res.Err == nil
		for i, f := range res.Findings {
			d.Findings = append(d.Findings, pageFinding{Finding: f, Index: i})
		}
		d.Pieces = pieces(d.Text, res.Findings)
		ins := report.Inspect(lint.NewDocument(&post, &cfg))
		counts := map[string]int{
			"x": ins.X.WeightedLength, "bluesky": ins.Lengths.Bluesky, "mastodon": ins.Lengths.Mastodon,
			"threads": ins.Lengths.Threads, "instagram": ins.Lengths.Instagram, "facebook": ins.Lengths.Facebook, "linkedin": ins.Lengths.LinkedIn,
		}
		for i := range d.Platforms {
			d.Platforms[i].Count = counts[d.Platforms[i].ID]
			d.Platforms[i].Over = d.Platforms[i].Count > d.Platforms[i].Limit
		}
	}
	when, _ := time.ParseInLocation("2006-01-02", d.Date, loc)
	for _, c := range cfg.Campaigns {
		if lint.Contains(c.Start, c.End, when.Add(12*time.Hour), loc) && overlaps(c.Platforms, platforms) {
			d.Campaigns = append(d.Campaigns, campaignInfo{Name: c.Name, Hashtags: c.Hashtags, Start: c.Start.String(), End: c.End.String()})
		}
	}
	data, _ := json.Marshal(map[string]any{"platforms": d.Platforms})
	d.Data = template.JS(data)
	var buf bytes.Buffer
	if err := pageTemplate().Execute(&buf, d); err != nil {
		fail(w, http.StatusInternalServerError, "no se pudo mostrar la página: %v", err)
		return
	}
	setPageHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

func setPageHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", csp)
	w.Header().Set("X-Frame-Options", "DENY")
}

// pieces cuts text at the findings' spans (byte offsets) for the
// highlighted copy. Findings about the whole post (a missing hashtag, the
// length) are listed, not highlighted. Where spans overlap, each stretch
// shows the most severe finding, and of those the narrowest.
func pieces(text string, fs []lint.Finding) []piece {
	bounds := []int{0, len(text)}
	var marks []int // indexes into fs of the findings to highlight
	for i, f := range fs {
		a, b := f.Span.Start, min(f.Span.End, len(text))
		if a < 0 || a >= b || (a == 0 && b == len(text)) {
			continue
		}
		marks = append(marks, i)
		bounds = append(bounds, a, b)
	}
	sort.Ints(bounds)
	var out []piece
	for k := 1; k < len(bounds); k++ {
		a, b := bounds[k-1], bounds[k]
		if a == b {
			continue
		}
		best := -1
		for _, i := range marks {
			f := fs[i]
			if f.Span.Start > a || f.Span.End < b {
				continue
			}
			if best < 0 || f.Severity > fs[best].Severity ||
				(f.Severity == fs[best].Severity && f.Span.Len() < fs[best].Span.Len()) {
				best = i
			}
		}
		p := piece{Text: text[a:b], Index: -1}
		if best >= 0 {
			p = piece{Text: text[a:b], Rule: fs[best].Rule, Severity: fs[best].Severity.String(), Index: best}
		}
		if n := len(out); n > 0 && out[n-1].Index == p.Index {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

// static serves the page's script and style sheet.
func (h *Handler) static(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(strings.TrimPrefix(r.URL.Path, "/static/"))
	data, err := fs.ReadFile(assets, "assets/"+name)
	if err != nil || strings.HasSuffix(name, ".html") {
		fail(w, http.StatusNotFound, "no hay nada en %s", r.URL.Path)
		return
	}
	switch path.Ext(name) {
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case ".png":
		w.Header().Set("Content-Type", "image/png")
	default:
		w.Header().Set("Content-Type", "application/octet-stream")
	}
	setPageHeaders(w)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(data)
}
