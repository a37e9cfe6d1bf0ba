package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/rules"
)

// lockedBuffer is a buffer written by the server's goroutine and read by
// the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeFollowsTheCLI starts `vocero serve` on a free port with a config
// that names a history file and the institution's phone, checks a draft
// through the API, stops it as SIGTERM would, and summarises the log.
func TestServeFollowsTheCLI(t *testing.T) {
	r := newRunner(t)
	r.rules = rules.All
	past := "El Consejo General aprobó hoy el calendario del proceso electoral local 2026-2027; consulta las fechas en nuestro sitio."
	r.write("publicadas.jsonl", `{"id":"p1","text":"`+past+`","publish_at":"2027-02-27T10:00"}`+"\n")
	r.write(".vocero.yaml", "history: publicadas.jsonl\ninstitution:\n  phones: [\"662 259 4900\"]\n")

	var stderr lockedBuffer
	e := &env{
		stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr,
		getenv:        func(string) string { return "" },
		getwd:         func() (string, error) { return r.dir, nil },
		isTerminal:    func(io.Writer) bool { return false },
		progressDelay: time.Hour,
		ruleSet:       r.rules,
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- e.run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--audit", "bitacora.jsonl"}) }()

	addrRe := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)`)
	var addr string
	require.Eventually(t, func() bool {
		m := addrRe.FindStringSubmatch(stderr.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	}, 10*time.Second, 10*time.Millisecond, "no address in %q", stderr.String())

	post := func(body string) []string {
		resp, err := http.Post("http://"+addr+"/v1/lint", "application/x-www-form-urlencoded", strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		var out struct {
			Findings []struct{ Rule, Kind string }
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
		var got []string
		for _, f := range out.Findings {
			got = append(got, f.Rule+"/"+f.Kind)
		}
		return got
	}
	// The configured history: a copy of a post published two days before.
	got := post(`{"text":"` + past + `","publish_at":"2027-03-01T09:00"}`)
	assert.Contains(t, strings.Join(got, " "), "repetition/", "history is read as by vocero lint: %v", got)
	// The institution's phone from the config is public; a private one is not.
	got = post(`{"text":"Informes al 662 259 4900.","publish_at":"2027-03-01"}`)
	assert.NotContains(t, strings.Join(got, " "), "personal-data")
	got = post(`{"text":"Informes con Rosa al cel. 662 555 0142.","publish_at":"2027-03-01"}`)
	assert.Contains(t, got, "personal-data/phone")

	// The criteria are quoted from the embedded text.
	resp, err := http.Get("http://" + addr + "/v1/criteria/6.III")
	require.NoError(t, err)
	crit, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(crit), `"section":"6.III"`)

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, ExitOK, code, stderr.String())
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}

	res := r.run("", "audit", "bitacora.jsonl")
	require.Equal(t, ExitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, "3 revisiones (2 listas para publicar, 1 con errores)")
	assert.Contains(t, res.stdout, "personal-data")
	assert.NotContains(t, r.read("bitacora.jsonl"), "662 555 0142")

	res = r.run("", "audit", "--format", "json", "--lang", "en", "bitacora.jsonl")
	require.Equal(t, ExitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, `"checks": 3`)
}

func TestServeAndAuditErrors(t *testing.T) {
	r := newRunner(t)
	res := r.run("", "serve", "--addr", "no-es-una-direccion")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "no se puede escuchar en no-es-una-direccion")
	res = r.run("", "serve", "publicaciones/")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "no recibe rutas")
	res = r.run("", "serve", "--audit", r.dir+"/no/existe/bitacora.jsonl")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "no se puede abrir la bitácora")
	res = r.run("", "audit")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "necesita un archivo")
	res = r.run("", "audit", "no-existe.jsonl")
	assert.Equal(t, ExitError, res.code)
	res = r.run("", "audit", "--lang", "en")
	assert.Contains(t, res.stderr, "needs an activity log file")
	res = r.run("", "serve", "-h")
	assert.Equal(t, ExitOK, res.code)
	assert.Contains(t, res.stdout, "--audit")
}

func TestServeMessagesInBothLanguages(t *testing.T) {
	for key, m := range serveMessages {
		assert.NotEmpty(t, m.ES, key)
		assert.NotEmpty(t, m.EN, key)
		assert.Equal(t, strings.Count(m.ES, "%"), strings.Count(m.EN, "%"), key)
	}
}
