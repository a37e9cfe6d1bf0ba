package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// testConfig has one campaign, so that the campaigns endpoint and the
// campaign-hashtag rule have something to say.
func testConfig() lint.Config {
	return lint.Config{
		Platforms: []lint.Platform{lint.X},
		Campaigns: []lint.Campaign{{
			Name:     "Voto informado",
			Hashtags: []string{"#VotoInformado2027"},
			Start:    lint.Date{Year: 2027, Month: time.January, Day: 15},
			End:      lint.Date{Year: 2027, Month: time.June, Day: 6},
		}},
	}
}

func newTestHandler(t testing.TB, mod func(*Options)) *Handler {
	t.Helper()
	l, err := rules.NewLinter(testConfig())
	require.NoError(t, err)
	opts := Options{Linter: l, Criterion: func(s string) (string, bool) {
		if s == "6.III" {
			return "Evitar la difusión de datos personales.", true
		}
		return "", false
	}}
	if mod != nil {
		mod(&opts)
	}
	h, err := New(opts)
	require.NoError(t, err)
	return h
}

func do(h http.Handler, method, target, contentType, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

type lintAnswer struct {
	Version  int            `json:"version"`
	Findings []lint.Finding `json:"findings"`
	Summary  map[string]int `json:"summary"`
}

func decodeLint(t *testing.T, rec *httptest.ResponseRecorder) lintAnswer {
	t.Helper()
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var a lintAnswer
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &a), rec.Body.String())
	return a
}

func rulesOf(fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestLintEndpoint(t *testing.T) {
	h := newTestHandler(t, nil)
	phone := `{"text":"Dudas al cel. 662 555 0142 con la coordinadora","platforms":["x"],"publish_at":"2026-12-01"}`
	tests := []struct {
		name, contentType, body string
		wantRules               []string
	}{
		{"json", "application/json", phone, []string{"personal-data"}},
		{"form content type, JSON body (curl -d)", "application/x-www-form-urlencoded", phone, []string{"personal-data"}},
		{"no content type", "", phone, []string{"personal-data"}},
		{"text/plain with charset", "text/plain; charset=utf-8", phone, []string{"personal-data"}},
		{"BOM and pretty-printed", "application/json", "\ufeff{\n  \"text\": \"Consulta tu casilla en el sitio del Instituto.\",\n  \"publish_at\": \"2026-12-01\"\n}\n", nil},
		{"clean", "application/json", `{"text":"Consulta tu casilla en el sitio del Instituto.","publish_at":"2026-12-01"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodPost, "/v1/lint", tt.contentType, tt.body)
			a := decodeLint(t, rec)
			assert.Equal(t, 2, a.Version)
			assert.Equal(t, tt.wantRules, rulesOf(a.Findings))
			assert.Equal(t, 1, a.Summary["posts"])
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
			assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
		})
	}
}

func TestLintPositionsAreInTheDraft(t *testing.T) {
	h := newTestHandler(t, nil)
	// Escapes in the body must not shift positions: they count in the text.
	body := `{"text":"L\u00ednea uno\nEl tel\u00e9fono es 662 555 0142, ll\u00e1menme","publish_at":"2026-12-01"}`
	a := decodeLint(t, do(h, http.MethodPost, "/v1/lint", "application/json", body))
	require.Len(t, a.Findings, 1)
	f := a.Findings[0]
	text := "Línea uno\nEl teléfono es 662 555 0142, llámenme"
	assert.Equal(t, "662 555 0142", text[f.Span.Start:f.Span.End])
	assert.Equal(t, 2, f.Line)
	assert.Equal(t, 16, f.Column)
}

func TestLintSameAsLibrary(t *testing.T) {
	h := newTestHandler(t, nil)
	text := "ULTIMO DIA!!! Escribe a juan.perez.1990@gmail.com #VotoInformado2027"
	body, _ := json.Marshal(map[string]any{"text": text, "platforms": []string{"x"}, "publish_at": "2027-02-01"})
	a := decodeLint(t, do(h, http.MethodPost, "/v1/lint", "application/json", string(body)))
	cfg := testConfig()
	l, err := rules.NewLinter(cfg)
	require.NoError(t, err)
	loc := l.Config().Location
	res := l.Lint(context.Background(), lint.Post{Text: text, Platforms: []lint.Platform{lint.X}, PublishAt: time.Date(2027, 2, 1, 0, 0, 0, 0, loc)})
	// The API numbers its one post as a file would; the findings are
	// otherwise the library's.
	for i := range a.Findings {
		a.Findings[i].Path, a.Findings[i].Post, a.Findings[i].PostID = "", 0, ""
	}
	want, err := json.Marshal(res.Findings)
	require.NoError(t, err)
	got, err := json.Marshal(a.Findings)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
	assert.NotEmpty(t, a.Findings)
}

func TestLintErrors(t *testing.T) {
	h := newTestHandler(t, func(o *Options) { o.MaxBody = 1 << 10 })
	tests := []struct {
		name, method, body string
		status             int
		want               string
	}{
		{"GET", http.MethodGet, "", http.StatusMethodNotAllowed, "POST"},
		{"not JSON", http.MethodPost, "text=hola", http.StatusBadRequest, "objeto JSON"},
		{"array", http.MethodPost, `[{"text":"hola"}]`, http.StatusBadRequest, "objeto JSON"},
		{"no text", http.MethodPost, `{"platforms":["x"]}`, http.StatusBadRequest, "text"},
		{"unknown platform", http.MethodPost, `{"text":"hola","platforms":["myspace"]}`, http.StatusBadRequest, "myspace"},
		{"bad date", http.MethodPost, `{"text":"hola","publish_at":"mañana"}`, http.StatusBadRequest, "mañana"},
		{"invalid UTF-8", http.MethodPost, "{\"text\":\"\xff\"}", http.StatusBadRequest, "UTF-8"},
		{"too big", http.MethodPost, `{"text":"` + strings.Repeat("a", 2<<10) + `"}`, http.StatusRequestEntityTooLarge, "1024 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, tt.method, "/v1/lint", "application/json", tt.body)
			assert.Equal(t, tt.status, rec.Code)
			assert.Contains(t, rec.Header().Get("Content-Type"), "application/json")
			var e apiError
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e), rec.Body.String())
			assert.Contains(t, e.Error, tt.want)
		})
	}
}

func TestTimeout(t *testing.T) {
	h := newTestHandler(t, func(o *Options) { o.Timeout = time.Nanosecond })
	rec := do(h, http.MethodPost, "/v1/lint", "application/json", `{"text":"hola"}`)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Contains(t, rec.Body.String(), "inténtalo de nuevo")
}

func TestBusy(t *testing.T) {
	h := newTestHandler(t, func(o *Options) { o.MaxConcurrent = 1; o.MaxQueue = 1; o.Timeout = 50 * time.Millisecond })
	// Hold the only slot and the only queue place.
	h.queue <- struct{}{}
	h.slots <- struct{}{}
	rec := do(h, http.MethodPost, "/v1/lint", "application/json", `{"text":"hola"}`)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Equal(t, "1", rec.Header().Get("Retry-After"))
	<-h.queue
	// Room in the queue but no slot: the request waits, then gives up.
	rec = do(h, http.MethodPost, "/v1/lint", "application/json", `{"text":"hola"}`)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	<-h.slots
	rec = do(h, http.MethodPost, "/v1/lint", "application/json", `{"text":"hola"}`)
	assert.Equal(t, http.StatusOK, rec.Code)
}

func TestInspectEndpoint(t *testing.T) {
	h := newTestHandler(t, nil)
	rec := do(h, http.MethodPost, "/v1/inspect", "", `{"text":"Vota 🗳️ #VotoInformado2027 https://ieesonora.org.mx/casillas"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var ins struct {
		X        struct{ WeightedLength int } `json:"x"`
		Hashtags []string                     `json:"hashtags"`
		URLs     []string                     `json:"urls"`
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &ins))
	assert.Equal(t, []string{"VotoInformado2027"}, ins.Hashtags)
	assert.Equal(t, []string{"https://ieesonora.org.mx/casillas"}, ins.URLs)
	// "Vota " 5 + emoji 2 + " " 1 + hashtag 18 + " " 1 + link 23.
	assert.Equal(t, 50, ins.X.WeightedLength)
	assert.Equal(t, http.StatusBadRequest, do(h, http.MethodPost, "/v1/inspect", "", `{}`).Code)
}

func TestRulesEndpoint(t *testing.T) {
	h := newTestHandler(t, nil)
	rec := do(h, http.MethodGet, "/v1/rules", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	var rs []ruleInfo
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &rs))
	ids := map[string]bool{}
	for _, r := range rs {
		ids[r.ID] = true
		assert.NotEmpty(t, r.Summary, r.ID)
		assert.NotEmpty(t, r.Criteria, r.ID)
	}
	assert.True(t, ids["personal-data"] && ids["spelling"] && ids["length"])
	assert.Equal(t, http.StatusMethodNotAllowed, do(h, http.MethodPost, "/v1/rules", "", "{}").Code)
}

func TestCampaignsEndpoint(t *testing.T) {
	h := newTestHandler(t, nil)
	tests := []struct {
		query string
		want  int
		code  int
	}{
		{"?date=2027-03-01", 1, http.StatusOK},
		{"?date=2027-01-15", 1, http.StatusOK},
		{"?date=2027-06-06", 1, http.StatusOK},
		{"?date=2027-06-07", 0, http.StatusOK},
		{"?date=2027-03-01&platforms=facebook", 1, http.StatusOK},
		{"?date=ayer", 0, http.StatusBadRequest},
		{"?date=2027-03-01&platforms=orkut", 0, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rec := do(h, http.MethodGet, "/v1/campaigns"+tt.query, "", "")
			require.Equal(t, tt.code, rec.Code, rec.Body.String())
			if tt.code != http.StatusOK {
				return
			}
			var cs []campaignInfo
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &cs))
			assert.Len(t, cs, tt.want)
		})
	}
}

func TestCriteriaAndHealth(t *testing.T) {
	h := newTestHandler(t, nil)
	rec := do(h, http.MethodGet, "/v1/criteria/6.III", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), "datos personales")
	assert.Equal(t, http.StatusNotFound, do(h, http.MethodGet, "/v1/criteria/99.Z", "", "").Code)
	rec = do(h, http.MethodGet, "/healthz", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), `"status":"ok"`)
	rec = do(h, http.MethodGet, "/nada", "", "")
	assert.Equal(t, http.StatusNotFound, rec.Code)
	assert.Contains(t, rec.Header().Get("Content-Type"), "application/json")
}

func TestCORS(t *testing.T) {
	body := `{"text":"hola"}`
	req := func(h http.Handler, method string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(method, "/v1/lint", strings.NewReader(body))
		r.Header.Set("Origin", "https://cms.example.org")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		return rec
	}
	closed := newTestHandler(t, nil)
	assert.Empty(t, req(closed, http.MethodPost).Header().Get("Access-Control-Allow-Origin"))
	assert.Equal(t, http.StatusMethodNotAllowed, req(closed, http.MethodOptions).Code)

	open := newTestHandler(t, func(o *Options) { o.AllowOrigins = []string{"https://cms.example.org"} })
	rec := req(open, http.MethodPost)
	assert.Equal(t, "https://cms.example.org", rec.Header().Get("Access-Control-Allow-Origin"))
	pre := req(open, http.MethodOptions)
	assert.Equal(t, http.StatusNoContent, pre.Code)
	assert.Contains(t, pre.Header().Get("Access-Control-Allow-Methods"), "POST")
}

func TestPage(t *testing.T) {
	h := newTestHandler(t, nil)
	rec := do(h, http.MethodGet, "/", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	page := rec.Body.String()
	csp := rec.Header().Get("Content-Security-Policy")
	assert.Contains(t, csp, "script-src 'self'")
	assert.Contains(t, csp, "frame-ancestors 'none'")
	assert.NotContains(t, csp, "unsafe-inline")
	assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
	assert.Contains(t, page, `<html lang="es">`)
	assert.Contains(t, page, `<label for="texto">`)
	assert.Contains(t, page, `role="status"`)
	// No scripts inline or from elsewhere, no external assets.
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1) {
		assert.True(t, strings.Contains(m, `src="static/`) || strings.Contains(m, `type="application/json"`), m)
	}
	assert.NotRegexp(t, `(src|href)="(https?:)?//`, page)
	assert.NotContains(t, page, "style=")

	for _, asset := range []string{"/static/app.js", "/static/app.css"} {
		rec := do(h, http.MethodGet, asset, "", "")
		assert.Equal(t, http.StatusOK, rec.Code, asset)
		assert.NotContains(t, rec.Body.String(), "http://", asset)
		assert.NotContains(t, rec.Body.String(), "https://", asset)
	}
	assert.Equal(t, http.StatusNotFound, do(h, http.MethodGet, "/static/index.html", "", "").Code)
	assert.NotEqual(t, http.StatusOK, do(h, http.MethodGet, "/static/../server.go", "", "").Code)
}

func TestPageWithDraft(t *testing.T) {
	h := newTestHandler(t, nil)
	draft := "Llama al cel. 662 555 0142 para mas informacion <b>"
	rec := do(h, http.MethodGet, "/?texto="+url.QueryEscape(draft)+"&fecha=2027-03-01&plataformas=x,bluesky", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	page := rec.Body.String()
	assert.Regexp(t, `<mark data-rule="personal-data" data-severity="error" data-index="\d">662 555 0142</mark>`, page)
	assert.Regexp(t, `<mark data-rule="spelling" data-severity="warning" data-index="\d">informacion</mark>`, page)
	assert.Contains(t, page, "No está lista")
	assert.Contains(t, page, "&lt;b&gt;")
	assert.NotContains(t, page, "<b>")
	assert.Contains(t, page, "#VotoInformado2027")
	assert.Regexp(t, `value="bluesky" checked`, page)

	clean := do(h, http.MethodGet, "/?texto="+url.QueryEscape("Consulta tu casilla en el sitio del Instituto. #VotoInformado2027")+"&fecha=2027-03-01", "", "")
	assert.Contains(t, clean.Body.String(), "Lista para publicar")
}

func TestPieces(t *testing.T) {
	text := "abc def ghi"
	fs := []lint.Finding{
		{Rule: "post", Severity: lint.Error, Span: lint.Span{Start: 0, End: 11}}, // the whole post
		{Rule: "a", Severity: lint.Info, Span: lint.Span{Start: 0, End: 3}},
		{Rule: "b", Severity: lint.Warning, Span: lint.Span{Start: 2, End: 7}}, // overlaps a, more severe
		{Rule: "c", Severity: lint.Info, Span: lint.Span{Start: 8, End: 99}},
		{Rule: "d", Severity: lint.Info, Span: lint.Span{Start: 8, End: 9}}, // narrower than c
	}
	got := pieces(text, fs)
	var joined strings.Builder
	for _, p := range got {
		joined.WriteString(p.Text)
	}
	assert.Equal(t, text, joined.String())
	assert.Equal(t, []piece{
		{Text: "ab", Rule: "a", Severity: "info", Index: 1},
		{Text: "c def", Rule: "b", Severity: "warning", Index: 2},
		{Text: " ", Index: -1},
		{Text: "g", Rule: "d", Severity: "info", Index: 4},
		{Text: "hi", Rule: "c", Severity: "info", Index: 3},
	}, got)
}

func TestAuditLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bitacora.jsonl")
	// A torn last line from an earlier crash.
	require.NoError(t, os.WriteFile(path, []byte(`{"time":"2026-03-01T17:00:00Z","draft_sha256":"ab","platforms":[],"findings":{},"verdict":"ready"}`+"\n"+`{"time":"2027-03-0`), 0o600))
	log, err := OpenAudit(path, false)
	require.NoError(t, err)
	h := newTestHandler(t, func(o *Options) { o.Audit = log })
	draft := "Dudas al cel. 662 555 0142"
	rec := do(h, http.MethodPost, "/v1/lint", "", `{"text":"`+draft+`","platforms":["x"],"publish_at":"2027-03-02"}`)
	require.Equal(t, http.StatusOK, rec.Code)
	rec = do(h, http.MethodPost, "/v1/lint", "", `{"text":"Consulta tu casilla.","publish_at":"2027-03-02"}`)
	require.Equal(t, http.StatusOK, rec.Code)
	require.NoError(t, log.Close())

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "662 555", "the text stays out of the log unless asked")
	assert.Contains(t, string(data), draftHash(draft))
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, lines, 4)
	var rec3 AuditRecord
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &rec3))
	assert.Equal(t, "blocked", rec3.Verdict)
	assert.Equal(t, 1, rec3.Findings["personal-data"]["error"])
	assert.Equal(t, []lint.Platform{lint.X}, rec3.Platforms)

	sum, err := ReadAudit(bytes.NewReader(data), time.UTC)
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Checks)
	assert.Equal(t, 1, sum.Damaged)
	assert.Equal(t, map[string]int{"ready": 2, "blocked": 1}, sum.Verdicts)
	var pd AuditRuleStat
	for _, r := range sum.Rules {
		if r.Rule == "personal-data" {
			pd = r
		}
	}
	assert.Equal(t, AuditRuleStat{Rule: "personal-data", Checks: 1, Severity: map[string]int{"error": 1}}, pd)
	require.Len(t, sum.Days, 2)
	assert.Equal(t, "2026-03-01", sum.Days[0].Day)
	assert.Equal(t, 2, sum.Days[1].Checks)

	withText, err := OpenAudit(filepath.Join(dir, "con-texto.jsonl"), true)
	require.NoError(t, err)
	h = newTestHandler(t, func(o *Options) { o.Audit = withText })
	do(h, http.MethodPost, "/v1/lint", "", `{"text":"`+draft+`"}`)
	require.NoError(t, withText.Close())
	data, err = os.ReadFile(filepath.Join(dir, "con-texto.jsonl"))
	require.NoError(t, err)
	assert.Contains(t, string(data), draft)
}

func TestAuditConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bitacora.jsonl")
	log, err := OpenAudit(path, false)
	require.NoError(t, err)
	h := newTestHandler(t, func(o *Options) { o.Audit = log })
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			do(h, http.MethodPost, "/v1/lint", "", `{"text":"Consulta tu casilla."}`)
		}()
	}
	wg.Wait()
	require.NoError(t, log.Close())
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sum, err := ReadAudit(f, nil)
	require.NoError(t, err)
	assert.Equal(t, 40, sum.Checks)
	assert.Zero(t, sum.Damaged)
}

func TestNewNeedsLinter(t *testing.T) {
	_, err := New(Options{})
	assert.Error(t, err)
}

// FuzzDraft checks that no body makes the API fail with anything but a
// JSON answer of 200 or 400.
func FuzzDraft(f *testing.F) {
	f.Add(`{"text":"hola","platforms":["x"],"publish_at":"2027-03-01","reply":true}`)
	f.Add(`{"text":"\u00e9\ud83d\ude00"}`)
	f.Add(`{"text":1}`)
	f.Add("{\"text\":\"a\"}\n{\"text\":\"b\"}")
	h := newTestHandler(f, nil)
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(h, http.MethodPost, "/v1/lint", "application/json", body)
		if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest && rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
		var v map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
			t.Fatalf("answer is not JSON for %q: %v", body, err)
		}
	})
}
