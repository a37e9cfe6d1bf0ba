package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBaseline: --write-baseline records today's findings; --baseline
// then reports only new ones, even after lines move.
func TestBaseline(t *testing.T) {
	r := newRunner(t)
	r.write("posts/a.md", "---\nid: a\n---\nQueda prohibido.\n")
	r.write("posts/b.txt", "Está prohibido. Y prohibido otra vez.\n")
	r.write("posts/lote.jsonl", `{"text":"uno prohibido"}`+"\n"+`{"text":"dos prohibido"}`+"\n")
	res := r.run("", "lint", "--write-baseline", "vocero-base.json", "posts")
	require.Equal(t, ExitOK, res.code, res.stderr)
	assert.Contains(t, res.stderr, "línea base escrita en vocero-base.json: 5 hallazgos")
	data, err := os.ReadFile(filepath.Join(r.dir, "vocero-base.json"))
	require.NoError(t, err)
	assert.Contains(t, string(data), `"path": "posts/b.txt"`)
	assert.Contains(t, string(data), `"count": 2`)

	res = r.run("", "lint", "--baseline", "vocero-base.json", "--format", "json", "posts")
	assert.Equal(t, ExitOK, res.code, res.stderr)
	assert.Empty(t, decode(t, res.stdout).Findings)

	// Lines move, records swap: still known.
	r.write("posts/a.md", "---\nid: a\nplatforms: [x]\n---\n\nIntro.\n\nQueda prohibido.\n")
	r.write("posts/lote.jsonl", "\n"+`{"text":"dos prohibido"}`+"\n"+`{"text":"uno prohibido"}`+"\n")
	res = r.run("", "lint", "--baseline", "vocero-base.json", "--format", "json", "posts")
	assert.Equal(t, ExitOK, res.code, res.stderr)
	assert.Empty(t, decode(t, res.stdout).Findings)

	// New findings are reported: a third one in b.txt, a new record.
	r.write("posts/b.txt", "Está prohibido. Y prohibido otra vez. Prohibido.\n")
	r.write("posts/lote.jsonl", `{"text":"uno prohibido"}`+"\n"+`{"text":"tres prohibido"}`+"\n")
	res = r.run("", "lint", "--baseline", "vocero-base.json", "--format", "json", "posts")
	assert.Equal(t, ExitFound, res.code)
	var got []string
	for _, f := range decode(t, res.stdout).Findings {
		got = append(got, filepath.ToSlash(f.Path)+":"+f.Text)
	}
	assert.ElementsMatch(t, []string{"posts/b.txt:Prohibido", "posts/lote.jsonl:prohibido"}, got)

	t.Run("the baseline works from another folder", func(t *testing.T) {
		r2 := *r
		r2.dir = filepath.Join(r.dir, "posts")
		res := r2.run("", "lint", "--baseline", "../vocero-base.json", "--format", "json", "a.md")
		assert.Equal(t, ExitOK, res.code, res.stderr)
		assert.Empty(t, decode(t, res.stdout).Findings)
	})
	t.Run("a bad baseline is an error", func(t *testing.T) {
		r.write("malo.json", "{")
		res := r.run("", "lint", "--baseline", "malo.json", "posts")
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, "--baseline malo.json")
		res = r.run("", "lint", "--baseline", "falta.json", "posts")
		assert.Equal(t, ExitError, res.code)
	})
}
