package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

var update = flag.Bool("update", false, "rewrite the README's rule reference")

func TestInspect(t *testing.T) {
	r := newRunner(t)
	p := r.write("p.jsonl", `{"id":"a","text":"Vota informado #Elección2027 ieesonora.org.mx/prep @IEESonora"}`+"\n"+
		`{"id":"b","text":"Escríbenos a contacto@ieesonora.org.mx"}`+"\n")
	t.Run("json", func(t *testing.T) {
		res := r.run("", "inspect", p)
		require.Equal(t, ExitOK, res.code, res.stderr)
		var ins []map[string]any
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &ins))
		require.Len(t, ins, 2)
		assert.Equal(t, "a", ins[0]["id"])
		assert.Equal(t, []any{"Elección2027"}, ins[0]["hashtags"])
		assert.Equal(t, []any{"IEESonora"}, ins[0]["mentions"])
		assert.Equal(t, []any{"ieesonora.org.mx/prep"}, ins[0]["urls"])
		assert.Equal(t, []any{"contacto@ieesonora.org.mx"}, ins[1]["emails"])
		for _, k := range []string{"codepoints", "graphemes", "x", "lengths"} {
			assert.Contains(t, ins[0], k)
		}
	})
	t.Run("jsonl from stdin", func(t *testing.T) {
		res := r.run("Hola #Sonora", "inspect", "--format", "jsonl")
		require.Equal(t, ExitOK, res.code, res.stderr)
		lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
		require.Len(t, lines, 1)
		assert.Contains(t, lines[0], `"hashtags":["Sonora"]`)
	})
	t.Run("bad input is an error naming the file", func(t *testing.T) {
		bad := r.write("bad.txt", "a\x00b")
		res := r.run("", "inspect", bad, p)
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, "bad.txt:1:")
		assert.Contains(t, res.stdout, `"id": "a"`, "the readable file is still shown")
	})
	t.Run("nothing to inspect is an empty list", func(t *testing.T) {
		res := r.run("", "inspect", filepath.Join(r.dir, "falta.txt"))
		assert.Equal(t, ExitError, res.code)
		assert.Equal(t, "[]\n", res.stdout)
	})
}

func TestRulesCommand(t *testing.T) {
	r := newRunner(t)
	t.Run("text", func(t *testing.T) {
		res := r.run("", "rules")
		require.Equal(t, ExitOK, res.code, res.stderr)
		assert.Contains(t, res.stdout, "REGLA")
		assert.Regexp(t, `prohibida\s+6\.XXII\s+error\s+Palabra de prueba`, res.stdout)
		assert.Regexp(t, `ojo\s+6\.XXII\s+advertencia`, res.stdout)
	})
	t.Run("text in English", func(t *testing.T) {
		res := r.run("", "rules", "--lang", "en")
		assert.Regexp(t, `ojo\s+6\.XXII\s+warning\s+Test word`, res.stdout)
	})
	t.Run("json", func(t *testing.T) {
		res := r.run("", "rules", "--format", "json")
		var out []ruleJSON
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &out))
		require.Len(t, out, 5)
		assert.Equal(t, "prohibida", out[0].ID)
		assert.Equal(t, lint.Error, out[0].Severity)
		assert.Equal(t, []string{"6.XXII"}, out[0].Criteria)
		assert.Contains(t, res.stdout, `"severity": "error"`)
	})
	t.Run("markdown", func(t *testing.T) {
		res := r.run("", "rules", "--format", "markdown")
		assert.Contains(t, res.stdout, "| [`prohibida`](#regla-prohibida) | 6.XXII | error | Palabra de prueba |")
		assert.Contains(t, res.stdout, "#### `ojo`")
		assert.Contains(t, res.stdout, "```text\nojito\n```")
	})
	t.Run("no rules", func(t *testing.T) {
		rr := *r
		rr.rules = func(lint.Config) ([]lint.Rule, error) { return nil, nil }
		assert.Contains(t, rr.run("", "rules").stdout, "no hay reglas")
	})
	t.Run("a config with an unknown option is an error", func(t *testing.T) {
		rr := *r
		rr.rules = rules.All
		cfg := rr.write("c.yaml", "rules:\n  length: {colour: red}\n")
		res := rr.run("", "rules", "--config", cfg)
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, "c.yaml:2:")
	})
}

func TestFence(t *testing.T) {
	assert.Equal(t, "```text\na\n```\n", fence("a\n"))
	assert.Equal(t, "````text\nun ``` dentro\n````\n", fence("un ``` dentro"))
}

func TestReplaceReference(t *testing.T) {
	doc := []byte("# T\n\n" + readmeStart + "\nviejo\n" + readmeEnd + "\n\nfin\n")
	out, err := replaceReference(doc, []byte(readmeStart+"\nnuevo\n"+readmeEnd))
	require.NoError(t, err)
	assert.Equal(t, "# T\n\n"+readmeStart+"\nnuevo\n"+readmeEnd+"\n\nfin\n", string(out))
	_, err = replaceReference([]byte("sin marcas"), nil)
	assert.Error(t, err)
	_, err = replaceReference([]byte(readmeEnd+readmeStart), nil)
	assert.Error(t, err, "markers out of order")
}

// TestREADMERuleReference fails when the README's rule reference is not
// what the rules' metadata generates. Fix it with `go generate
// ./internal/cli` (or `go test ./internal/cli -run README -update`).
func TestREADMERuleReference(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rs, err := rules.All(lint.Config{})
	require.NoError(t, err)
	metas := make([]lint.Meta, len(rs))
	for i, r := range rs {
		metas[i] = r.Meta()
	}
	want, err := replaceReference(data, ruleReference(metas))
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(path, want, 0o644))
		return
	}
	if !bytes.Equal(want, data) {
		var d bytes.Buffer
		_ = unifiedDiff(&d, "README.md", data, want)
		t.Errorf("README.md's rule reference is stale: run go generate ./internal/cli\n%s", d.String())
	}
}

func TestReadmeFlag(t *testing.T) {
	r := newRunner(t)
	p := r.write("README.md", "# x\n"+readmeStart+"\n"+readmeEnd+"\n")
	res := r.run("", "rules", "--readme", "README.md")
	require.Equal(t, ExitOK, res.code, res.stderr)
	assert.Contains(t, r.read("README.md"), "#### `prohibida`")
	_ = p
	r.write("sin.md", "# sin marcas\n")
	res = r.run("", "rules", "--readme", "sin.md")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "sin.md")
}

func TestCatalogue(t *testing.T) {
	for key, m := range catalogue {
		t.Run(key, func(t *testing.T) {
			assert.NotEmpty(t, m.ES)
			assert.NotEmpty(t, m.EN)
			assert.Equal(t, verbs(m.ES), verbs(m.EN), "same formatting verbs in both languages")
		})
	}
	assert.Equal(t, "[no.such.key]", msg(lint.Spanish, "no.such.key"))
}

// verbs lists the formatting verbs of s, in order.
func verbs(s string) []string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			if s[i+1] == '%' {
				i++
				continue
			}
			out = append(out, s[i:i+2])
		}
	}
	return out
}

// TestBadInputRealRules feeds the built-in rules through the whole command
// with hostile files: each ends with findings or a clear error, within a
// time bound, and never a panic.
func TestBadInputRealRules(t *testing.T) {
	r := newRunner(t)
	r.rules = rules.All
	r.tail = true // a 50 MB post has hundreds of MB of findings in JSON
	big := strings.Repeat("Consulta la convocatoria en https://ieesonora.org.mx y participa. ", 1<<20/64*50)
	cases := []struct {
		name    string
		file    string
		content string
		codes   []int
		stderr  string
		limit   time.Duration
	}{
		{"one million #", "almohadillas.txt", strings.Repeat("#", 1_000_000), []int{ExitOK, ExitFound}, "", 30 * time.Second},
		{"one million # and letters", "mezcla.txt", strings.Repeat("#a", 500_000), []int{ExitOK, ExitFound}, "", 30 * time.Second},
		{"50 MB file", "grande.txt", big, []int{ExitOK, ExitFound}, "", 180 * time.Second},
		{"invalid UTF-8", "roto.txt", "Hola \xff mundo", []int{ExitError}, "roto.txt:1:", time.Second * 5},
		{"NUL bytes", "nul.md", "---\nid: a\n---\nHola\x00", []int{ExitError}, "nul.md:4:", time.Second * 5},
		{"only invisible characters", "invisible.txt", strings.Repeat("\u200b\u00ad\ufeff", 10000), []int{ExitOK, ExitFound}, "", 10 * time.Second},
		{"odd Unicode", "raro.txt", "e\u0301\u0301\u0301 \U0001F1F2\U0001F1FD \u202eabc\u202c ＃Ｅｌｅｃｃｉóｎ \U0001F469\u200d\U0001F469\u200d\U0001F467", []int{ExitOK, ExitFound}, "", 10 * time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// The race detector slows parsing tenfold and finds nothing in
			// one goroutine's work: large inputs run without it.
			if testing.Short() && len(tc.content) > 1<<20 || raceEnabled && len(tc.content) > 64<<10 {
				t.Skip("large input: skipped with -short and -race")
			}
			p := r.write(tc.file, tc.content)
			start := time.Now()
			done := make(chan result, 1)
			go func() { done <- r.run("", "lint", "--format", "json", p) }()
			var res result
			select {
			case res = <-done:
			case <-time.After(tc.limit):
				// The run goes on in the background; fail rather than hang.
				t.Fatalf("%s: no answer after %v", tc.name, tc.limit)
			}
			took := time.Since(start)
			assert.Contains(t, tc.codes, res.code, "stderr: %.500s", res.stderr)
			assert.Contains(t, res.stderr, tc.stderr)
			assert.NotContains(t, res.stderr, "panic")
			assert.Less(t, took, tc.limit)
			t.Logf("%s: %d bytes in %v, %d bytes of output", tc.name, len(tc.content), took, res.size)
			if res.code != ExitError {
				assert.Regexp(t, `"summary": \{\s*"files": 1,\s*"posts": 1,`, res.stdout, "a whole JSON report")
			}
		})
	}
}

// TestPreCommitHook checks the hook definition that content repositories
// use; scripts/precommit-test.sh runs it with the real pre-commit tool.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	require.NoError(t, err)
	var hooks []struct {
		ID, Name, Entry, Language, Files string
	}
	require.NoError(t, yaml.Unmarshal(data, &hooks))
	require.Len(t, hooks, 1)
	h := hooks[0]
	assert.Equal(t, "vocero", h.ID)
	assert.Equal(t, "golang", h.Language)
	assert.Equal(t, "vocero lint", h.Entry)
	re := regexp.MustCompile(h.Files)
	for _, p := range []string{"a.md", "posts/b.markdown", "c.txt", "d/e.jsonl", "programadas.csv"} {
		assert.True(t, re.MatchString(p), p)
	}
	for _, p := range []string{"main.go", "README.rst", "a.md.bak", "datos.json", "img.png"} {
		assert.False(t, re.MatchString(p), p)
	}
}
