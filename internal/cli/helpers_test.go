package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// wordRule reports each occurrence of a word (ASCII, any case) with a
// fixed severity, and offers a fix when it has a replacement. The CLI
// tests use it instead of the built-in rules so that they do not change
// when those rules do.
type wordRule struct {
	id, word, repl string
	sev            lint.Severity
}

func (r wordRule) Meta() lint.Meta {
	return lint.Meta{
		ID: r.id, Criteria: []string{"6.XXII"}, Severity: r.sev,
		Summary: lint.Message{ES: "Palabra de prueba", EN: "Test word"},
		Doc:     lint.Message{ES: "Regla de prueba de la CLI.", EN: "CLI test rule."},
		Bad:     r.word, Good: r.repl,
		Messages: map[string]lint.Message{
			"found": {ES: "Palabra señalada: «%s» (criterio 6.XXII)", EN: "Flagged word: «%s» (criterion 6.XXII)"},
		},
	}
}

func (r wordRule) Check(p *lint.Pass) error {
	low := strings.ToLower(p.Doc.Text)
	for off := 0; ; {
		i := strings.Index(low[off:], r.word)
		if i < 0 {
			return nil
		}
		s := lint.Span{Start: off + i, End: off + i + len(r.word)}
		f := lint.Finding{Span: s, Message: p.Msgf("found", p.Doc.Slice(s))}
		if r.repl != "" {
			f.Fixes = []lint.Fix{{Safe: true, Message: "cambiar", Edits: []lint.Edit{{Start: s.Start, End: s.End, New: r.repl}}}}
		}
		p.Report(f)
		off = s.End
	}
}

// probeRule reports, as an info finding on the first byte of every post,
// what the config it runs under says: the CLI's overrides reach the rules
// through it.
type probeRule struct{}

func (probeRule) Meta() lint.Meta {
	return lint.Meta{
		ID: "probe", Criteria: []string{"1"}, Severity: lint.Info,
		Summary:  lint.Message{ES: "Sonda", EN: "Probe"},
		Messages: map[string]lint.Message{"cfg": {ES: "%s", EN: "%s"}},
	}
}

func (probeRule) Check(p *lint.Pass) error {
	if !strings.Contains(p.Doc.Text, "SONDA") {
		return nil
	}
	c := p.Config
	desc := fmt.Sprintf("lang=%s platforms=%v pub=%v past=%d words=%s date=%s",
		c.Lang, p.Doc.Platforms(), p.Doc.PublishTime().In(c.Location).Format("2006-01-02"), len(c.Past),
		strings.Join(c.Words, ","), c.Date.Format("2006-01-02"))
	p.Report(lint.Finding{Span: lint.Span{Start: 0, End: 1}, Message: p.Msgf("cfg", desc)})
	return nil
}

// brokenRule fails on ROMPE and panics on PÁNICO.
type brokenRule struct{}

func (brokenRule) Meta() lint.Meta {
	return lint.Meta{ID: "broken", Criteria: []string{"1"}, Severity: lint.Error,
		Summary: lint.Message{ES: "Rota", EN: "Broken"}}
}

func (brokenRule) Check(p *lint.Pass) error {
	if strings.Contains(p.Doc.Text, "ROMPE") {
		return fmt.Errorf("broken on purpose")
	}
	if strings.Contains(p.Doc.Text, "PÁNICO") {
		panic("broken on purpose")
	}
	return nil
}

func testRules(cfg lint.Config) ([]lint.Rule, error) {
	return []lint.Rule{
		wordRule{id: "prohibida", word: "prohibido", repl: "permitido", sev: lint.Error},
		wordRule{id: "ojo", word: "ojito", repl: "mirada", sev: lint.Warning}, // no fix may make a new match
		wordRule{id: "nota", word: "notita", sev: lint.Info},
		probeRule{},
		brokenRule{},
	}, nil
}

// result is what one run printed and returned.
type result struct {
	code           int
	stdout, stderr string
	size           int64 // bytes written to stdout
}

// runner runs the CLI in-process in a folder, with the test rules.
type runner struct {
	t    *testing.T
	dir  string
	term bool // pretend stdout and stderr are terminals
	// stdinTerm pretends stdin is a terminal.
	stdinTerm bool
	rules     func(lint.Config) ([]lint.Rule, error)
	env       map[string]string
	// tail keeps only the last bytes of stdout (for huge outputs).
	tail bool
}

// tailWriter counts what is written and keeps the last 4 KiB.
type tailWriter struct {
	n    int64
	last []byte
}

func (w *tailWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	w.last = append(w.last, p...)
	if len(w.last) > 4<<10 {
		w.last = append(w.last[:0], w.last[len(w.last)-4<<10:]...)
	}
	return len(p), nil
}

func newRunner(t *testing.T) *runner {
	return &runner{t: t, dir: t.TempDir(), rules: testRules}
}

func (r *runner) run(stdin string, args ...string) result {
	r.t.Helper()
	var out, errb bytes.Buffer
	var tw tailWriter
	var stdout io.Writer = &out
	if r.tail {
		stdout = &tw
	}
	e := &env{
		stdin: strings.NewReader(stdin), stdout: stdout, stderr: &errb,
		getenv:        func(k string) string { return r.env[k] },
		getwd:         func() (string, error) { return r.dir, nil },
		isTerminal:    func(io.Writer) bool { return r.term },
		stdinTerminal: func() bool { return r.stdinTerm },
		progressDelay: time.Hour,
		ruleSet:       r.rules,
	}
	code := e.run(context.Background(), args)
	if r.tail {
		return result{code: code, stdout: string(tw.last), stderr: errb.String(), size: tw.n}
	}
	return result{code: code, stdout: out.String(), stderr: errb.String(), size: int64(out.Len())}
}

// write creates a file under the runner's folder.
func (r *runner) write(name, content string) string {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	require.NoError(r.t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(r.t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func (r *runner) read(name string) string {
	r.t.Helper()
	b, err := os.ReadFile(filepath.Join(r.dir, filepath.FromSlash(name)))
	require.NoError(r.t, err)
	return string(b)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}
