package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
	"github.com/vocero/vocero/lint/source"
)

// Options configure a Handler. Only Linter is required.
type Options struct {
	// Linter checks every draft. It is immutable and shared by all
	// requests.
	Linter *lint.Linter
	// MaxBody is the largest request body accepted, in bytes (default
	// 256 KiB: a long post is a few KiB).
	MaxBody int64
	// Timeout bounds the work of one request, waiting for a slot
	// included (default 5 s).
	Timeout time.Duration
	// MaxConcurrent is how many drafts are checked at once (default four
	// per processor); further requests wait for a slot.
	MaxConcurrent int
	// MaxQueue is how many requests may wait for a slot (default 2048);
	// beyond it a request is refused at once with 503.
	MaxQueue int
	// AllowOrigins lists the origins allowed to call the API from another
	// site's page (CORS). Empty: none; "*" allows any.
	AllowOrigins []string
	// Audit, when set, receives one record per check (criterion 8.III).
	Audit *AuditLog
	// Criterion gives the text of a section of the criteria ("6.III");
	// nil leaves the criteria endpoint empty.
	Criterion func(section string) (string, bool)
	// Version is shown by /healthz.
	Version string
}

// Handler serves the page and the JSON API. It is an http.Handler with no
// listener and no signals of its own, so it can be mounted in any server.
type Handler struct {
	opts  Options
	mux   *http.ServeMux
	slots chan struct{}
	queue chan struct{}
}

// New returns a Handler for opts.
func New(opts Options) (*Handler, error) {
	if opts.Linter == nil {
		return nil, errors.New("server: Options.Linter is required")
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 256 << 10
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Second
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if opts.MaxQueue <= 0 {
		opts.MaxQueue = 2048
	}
	h := &Handler{
		opts:  opts,
		mux:   http.NewServeMux(),
		slots: make(chan struct{}, opts.MaxConcurrent),
		queue: make(chan struct{}, opts.MaxQueue),
	}
	h.mux.HandleFunc("/", h.page)
	h.mux.HandleFunc("/static/", h.static)
	h.mux.HandleFunc("/v1/lint", h.api(http.MethodPost, h.lint))
	h.mux.HandleFunc("/v1/inspect", h.api(http.MethodPost, h.inspect))
	h.mux.HandleFunc("/v1/rules", h.api(http.MethodGet, h.rules))
	h.mux.HandleFunc("/v1/campaigns", h.api(http.MethodGet, h.campaigns))
	h.mux.HandleFunc("/v1/criteria/", h.api(http.MethodGet, h.criterion))
	h.mux.HandleFunc("/healthz", h.api(http.MethodGet, h.health))
	return h, nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	h.mux.ServeHTTP(w, r)
}

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

func fail(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		fmt.Fprintf(&buf, "{\"error\":%q}\n", "no se pudo escribir la respuesta")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// api wraps a JSON endpoint: method check, CORS, time limit, and a slot
// among the concurrent checks.
func (h *Handler) api(method string, fn func(w http.ResponseWriter, r *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		cors := h.cors(w, r)
		if r.Method == http.MethodOptions && cors {
			w.Header().Set("Access-Control-Allow-Methods", method+", OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			w.Header().Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			fail(w, http.StatusMethodNotAllowed, "usa %s en %s", method, r.URL.Path)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
		defer cancel()
		if method == http.MethodPost {
			select {
			case h.queue <- struct{}{}:
				defer func() { <-h.queue }()
			default:
				w.Header().Set("Retry-After", "1")
				fail(w, http.StatusServiceUnavailable, "el servicio está ocupado; inténtalo de nuevo en un momento")
				return
			}
			select {
			case h.slots <- struct{}{}:
				defer func() { <-h.slots }()
			case <-ctx.Done():
				w.Header().Set("Retry-After", "1")
				fail(w, http.StatusServiceUnavailable, "el servicio está ocupado; inténtalo de nuevo en un momento")
				return
			}
		}
		fn(w, r.WithContext(ctx))
	}
}

// cors sets the CORS headers when the request's origin is allowed, and
// reports whether it is.
func (h *Handler) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(h.opts.AllowOrigins) == 0 {
		return false
	}
	for _, o := range h.opts.AllowOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Add("Vary", "Origin")
			return true
		}
	}
	return false
}

// readDraft reads the body as one post in the .jsonl post schema
// ({"id","text","platforms","publish_at","reply"}), whatever the content
// type says, through the same reader as the CLI.
func (h *Handler) readDraft(w http.ResponseWriter, r *http.Request) (lint.Post, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(w, http.StatusRequestEntityTooLarge, "el borrador pasa de %d bytes", h.opts.MaxBody)
		return lint.Post{}, false
	case err != nil:
		fail(w, http.StatusBadRequest, "no se pudo leer el cuerpo: %v", err)
		return lint.Post{}, false
	}
	body = bytes.TrimPrefix(body, []byte("\ufeff"))
	if !utf8.Valid(body) {
		fail(w, http.StatusBadRequest, "el cuerpo no es texto UTF-8 válido")
		return lint.Post{}, false
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, body); err != nil || !bytes.HasPrefix(compact.Bytes(), []byte("{")) {
		fail(w, http.StatusBadRequest, `el cuerpo debe ser un objeto JSON como {"text": "…", "platforms": ["x"]}`)
		return lint.Post{}, false
	}
	cfg := h.opts.Linter.Config()
	posts, err := source.ReadWith("borrador.jsonl", compact.Bytes(), source.Options{Location: cfg.Location})
	if err != nil {
		fail(w, http.StatusBadRequest, "%s", draftError(err))
		return lint.Post{}, false
	}
	if len(posts) != 1 {
		fail(w, http.StatusBadRequest, `el cuerpo debe ser un solo borrador con el campo "text"`)
		return lint.Post{}, false
	}
	// Only the record's fields: positions are in the draft's own text, not
	// in the request body.
	r0 := posts[0]
	return lint.Post{ID: r0.ID, Text: r0.Text, Platforms: r0.Platforms, PublishAt: r0.PublishAt, Reply: r0.Reply, Campaign: r0.Campaign}, true
}

// draftError keeps a reader error's message without the temporary
// file name and line the reader gives it.
func draftError(err error) string {
	var re source.RecordErrors
	if errors.As(err, &re) && len(re) > 0 {
		err = re[0]
	}
	var se *source.Error
	if errors.As(err, &se) {
		return se.Msg
	}
	return err.Error()
}

func (h *Handler) lint(w http.ResponseWriter, r *http.Request) {
	post, ok := h.readDraft(w, r)
	if !ok {
		return
	}
	l := h.opts.Linter
	res := l.Lint(r.Context(), post)
	if r.Context().Err() != nil {
		fail(w, http.StatusServiceUnavailable, "la revisión tardó demasiado; inténtalo de nuevo")
		return
	}
	if res.Err != nil {
		// A broken rule: the other rules' findings are still worth
		// returning, but say so.
		w.Header().Set("X-Vocero-Warning", strings.ReplaceAll(res.Err.Error(), "\n", "; "))
	}
	if h.opts.Audit != nil {
		if err := h.opts.Audit.Record(auditRecord(time.Now(), &post, res, h.opts.Audit.withText)); err != nil {
			fail(w, http.StatusInternalServerError, "no se pudo escribir la bitácora: %v", err)
			return
		}
	}
	enc, _ := report.Lookup("json")
	rep := &report.Report{Results: []lint.Result{res}, Rules: l.Rules(), Lang: l.Config().Lang, Version: h.opts.Version}
	var buf bytes.Buffer
	if err := enc(&buf, rep); err != nil {
		fail(w, http.StatusInternalServerError, "no se pudo escribir la respuesta: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(buf.Bytes())
}

func (h *Handler) inspect(w http.ResponseWriter, r *http.Request) {
	post, ok := h.readDraft(w, r)
	if !ok {
		return
	}
	cfg := h.opts.Linter.Config()
	writeJSON(w, http.StatusOK, report.Inspect(lint.NewDocument(&post, &cfg)))
}

// ruleInfo is one rule in GET /v1/rules.
type ruleInfo struct {
	ID       string        `json:"id"`
	Criteria []string      `json:"criteria"`
	Severity lint.Severity `json:"severity"`
	Summary  string        `json:"summary"`
	Doc      string        `json:"doc"`
}

func (h *Handler) rules(w http.ResponseWriter, r *http.Request) {
	l := h.opts.Linter
	lang := l.Config().Lang
	out := []ruleInfo{}
	for _, m := range l.Rules() {
		out = append(out, ruleInfo{ID: m.ID, Criteria: m.Criteria, Severity: m.Severity, Summary: m.Summary.In(lang), Doc: m.Doc.In(lang)})
	}
	writeJSON(w, http.StatusOK, out)
}

// campaignInfo is one campaign in GET /v1/campaigns.
type campaignInfo struct {
	Name      string          `json:"name,omitempty"`
	Hashtags  []string        `json:"hashtags"`
	Start     string          `json:"start"`
	End       string          `json:"end"`
	Platforms []lint.Platform `json:"platforms"`
}

// campaigns lists the campaigns running on ?date=AAAA-MM-DD (default:
// today in the config's time zone), for ?platforms=x,facebook if given.
func (h *Handler) campaigns(w http.ResponseWriter, r *http.Request) {
	cfg := h.opts.Linter.Config()
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	when := time.Now().In(loc)
	if s := r.URL.Query().Get("date"); s != "" {
		d, err := time.ParseInLocation("2006-01-02", s, loc)
		if err != nil {
			fail(w, http.StatusBadRequest, "la fecha %q no es válida: usa AAAA-MM-DD", s)
			return
		}
		when = d.Add(12 * time.Hour)
	}
	var want []lint.Platform
	if s := r.URL.Query().Get("platforms"); s != "" {
		for _, name := range strings.Split(s, ",") {
			p, err := lint.ParsePlatform(strings.TrimSpace(name))
			if err != nil {
				fail(w, http.StatusBadRequest, "%v", err)
				return
			}
			want = append(want, p)
		}
	}
	out := []campaignInfo{}
	for _, c := range cfg.Campaigns {
		if !lint.Contains(c.Start, c.End, when, loc) || !overlaps(c.Platforms, want) {
			continue
		}
		ps := c.Platforms
		if ps == nil {
			ps = []lint.Platform{}
		}
		out = append(out, campaignInfo{Name: c.Name, Hashtags: c.Hashtags, Start: c.Start.String(), End: c.End.String(), Platforms: ps})
	}
	writeJSON(w, http.StatusOK, out)
}

// overlaps reports whether a campaign for the platforms in camp runs on
// one of want (an empty list stands for every platform).
func overlaps(camp, want []lint.Platform) bool {
	if len(camp) == 0 || len(want) == 0 {
		return true
	}
	for _, a := range camp {
		for _, b := range want {
			if a == b {
				return true
			}
		}
	}
	return false
}

func (h *Handler) criterion(w http.ResponseWriter, r *http.Request) {
	section := strings.TrimPrefix(r.URL.Path, "/v1/criteria/")
	if h.opts.Criterion == nil {
		fail(w, http.StatusNotFound, "el texto de los criterios no está disponible")
		return
	}
	text, ok := h.opts.Criterion(section)
	if !ok {
		fail(w, http.StatusNotFound, "no hay un criterio %q", section)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"section": section, "text": text})
}

func (h *Handler) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "version": h.opts.Version})
}

// draftHash is the hex SHA-256 of a draft's text, what the activity log
// keeps instead of the text.
func draftHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
