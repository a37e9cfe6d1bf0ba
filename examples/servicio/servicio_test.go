package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

type answer struct {
	Version  int `json:"version"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Text     string `json:"text"`
	} `json:"findings"`
	Summary struct {
		Posts  int `json:"posts"`
		Errors int `json:"errors"`
	} `json:"summary"`
	Error string `json:"error"`
}

func newServer(t *testing.T, opts Options, extra ...lint.Rule) *httptest.Server {
	t.Helper()
	linter, err := rules.NewLinter(lint.Config{}, extra...)
	require.NoError(t, err)
	srv := httptest.NewServer(NewHandler(linter, opts))
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, srv *httptest.Server, contentType, body string) (int, answer, http.Header) {
	t.Helper()
	resp, err := http.Post(srv.URL+"/v1/revisar", contentType, strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var a answer
	require.NoError(t, json.Unmarshal(data, &a), "body: %s", data)
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	return resp.StatusCode, a, resp.Header
}

// relaxed gives a request all the time a loaded machine (or the race
// detector) may need: these tests are about answers, not speed.
var relaxed = Options{MaxBody: DefaultOptions.MaxBody, Timeout: time.Minute}

func TestLintDrafts(t *testing.T) {
	srv := newServer(t, relaxed)
	cases := []struct {
		name  string
		body  string
		rules []string // rules that must report
		clean bool
	}{
		{"clean draft", `{"text":"El Consejo General aprobó el calendario electoral. Consulta las fechas en https://ieesonora.org.mx/calendario","platforms":["x"]}`, nil, true},
		{"clean reply", `{"id":"r1","text":"Gracias por escribirnos. La información estará en https://ieesonora.org.mx en mayo.","reply":true}`, nil, true},
		{"capitals and exclamation", `{"text":"ÚLTIMO DÍA PARA REGISTRARTE!!!","platforms":["facebook"],"publish_at":"2027-03-01T10:00"}`, []string{"all-caps", "punctuation"}, false},
		{"personal data", `{"text":"Escribe a pedro.ruiz.1988@gmail.com para tu registro."}`, []string{"personal-data"}, false},
		{"too long for X", `{"text":"` + strings.Repeat("Participa en la jornada electoral. ", 12) + `","platforms":["x"]}`, []string{"length"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, a, _ := post(t, srv, "application/json", tc.body)
			require.Equal(t, http.StatusOK, code, a.Error)
			assert.Equal(t, lint.JSONVersion, a.Version)
			assert.Equal(t, 1, a.Summary.Posts)
			got := map[string]bool{}
			for _, f := range a.Findings {
				got[f.Rule] = true
				assert.NotEmpty(t, f.Message)
				assert.Positive(t, f.Line)
			}
			for _, r := range tc.rules {
				assert.True(t, got[r], "want a finding of %s, got %v", r, got)
			}
			if tc.clean {
				for _, f := range a.Findings {
					assert.Equal(t, "info", f.Severity, "clean draft: %s", f.Message)
				}
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	srv := newServer(t, Options{MaxBody: 1 << 10, Timeout: time.Minute})
	cases := []struct {
		name   string
		ctype  string
		body   string
		status int
		error  string
	}{
		{"body too large", "application/json", `{"text":"` + strings.Repeat("a", 2<<10) + `"}`, http.StatusRequestEntityTooLarge, "pasa de 1024 bytes"},
		{"not JSON", "application/json", `hola`, http.StatusBadRequest, "JSON no válido"},
		{"unknown field", "application/json", `{"texto":"hola"}`, http.StatusBadRequest, "texto"},
		{"missing text", "application/json", `{"id":"a"}`, http.StatusBadRequest, `falta el campo "text"`},
		{"two objects", "application/json", `{"text":"a"}{"text":"b"}`, http.StatusBadRequest, "sobra texto"},
		{"NUL in text", "application/json", `{"text":"a\u0000b"}`, http.StatusBadRequest, "UTF-8"},
		{"unknown platform", "application/json", `{"text":"a","platforms":["myspace"]}`, http.StatusBadRequest, "myspace"},
		{"bad date", "application/json", `{"text":"a","publish_at":"mañana"}`, http.StatusBadRequest, "publish_at"},
		{"wrong content type", "text/plain", `{"text":"a"}`, http.StatusUnsupportedMediaType, "application/json"},
		{"wrong type of text", "application/json", `{"text":3}`, http.StatusBadRequest, "JSON no válido"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, a, _ := post(t, srv, tc.ctype, tc.body)
			assert.Equal(t, tc.status, code)
			assert.Contains(t, a.Error, tc.error)
		})
	}
	t.Run("GET is not allowed", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/v1/revisar")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
		assert.Equal(t, "POST", resp.Header.Get("Allow"))
	})
	t.Run("content type with charset is fine", func(t *testing.T) {
		code, _, _ := post(t, srv, "application/json; charset=utf-8", `{"text":"Hola."}`)
		assert.Equal(t, http.StatusOK, code)
	})
}

// sleepyRule takes longer than the service allows.
type sleepyRule struct{ id string }

func (r sleepyRule) Meta() lint.Meta {
	return lint.Meta{ID: r.id, Criteria: []string{"1"}, Severity: lint.Info,
		Summary: lint.Message{ES: "Lenta", EN: "Slow"}}
}

func (sleepyRule) Check(*lint.Pass) error {
	time.Sleep(60 * time.Millisecond)
	return nil
}

func TestTimeout(t *testing.T) {
	srv := newServer(t, Options{Timeout: 20 * time.Millisecond}, sleepyRule{"lenta-uno"}, sleepyRule{"lenta-dos"})
	code, a, _ := post(t, srv, "application/json", `{"text":"Hola."}`)
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Contains(t, a.Error, "tardó demasiado")
}

func TestConcurrentRequests(t *testing.T) {
	srv := newServer(t, relaxed)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := `{"text":"ÚLTIMO DÍA PARA REGISTRARTE, aviso ` + strings.Repeat("x", i) + `"}`
			resp, err := http.Post(srv.URL+"/v1/revisar", "application/json", strings.NewReader(body))
			if err != nil {
				errs <- err.Error()
				return
			}
			defer resp.Body.Close()
			var a answer
			if err := json.NewDecoder(resp.Body).Decode(&a); err != nil || resp.StatusCode != http.StatusOK || len(a.Findings) == 0 {
				errs <- resp.Status
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestRulesAndHealth(t *testing.T) {
	srv := newServer(t, DefaultOptions)
	resp, err := http.Get(srv.URL + "/v1/reglas")
	require.NoError(t, err)
	defer resp.Body.Close()
	var rs []ruleInfo
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&rs))
	ids := map[string]bool{}
	for _, r := range rs {
		ids[r.ID] = true
		assert.NotEmpty(t, r.Summary)
	}
	assert.True(t, ids["personal-data"])

	resp, err = http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, "ok\n", string(body))

	resp, err = http.Post(srv.URL+"/v1/reglas", "application/json", nil)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestParseTime(t *testing.T) {
	loc := time.FixedZone("MST", -7*3600)
	for _, s := range []string{"2027-06-06T08:00:00-07:00", "2027-06-06T08:00:00", "2027-06-06T08:00", "2027-06-06 08:00"} {
		got, err := parseTime(s, loc)
		require.NoError(t, err, s)
		assert.True(t, got.Equal(time.Date(2027, 6, 6, 8, 0, 0, 0, loc)), s)
	}
	for _, s := range []string{"", "06/06/2027", "2027-13-01", "mañana"} {
		_, err := parseTime(s, loc)
		assert.Error(t, err, s)
	}
}
