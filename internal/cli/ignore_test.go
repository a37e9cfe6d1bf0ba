package cli

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConfigIgnore: the config's ignore: globs and its history file are
// never linted, whether walked or named (pre-commit names staged files).
func TestConfigIgnore(t *testing.T) {
	r := newRunner(t)
	r.write("repo/.vocero.yaml", "history: publicadas.jsonl\nignore:\n  - borradores/\n  - \"*.tmp.md\"\n  - /plantillas/*.md\n")
	r.write("repo/a.md", "Queda prohibido.")
	r.write("repo/borradores/b.md", "Queda prohibido.")
	r.write("repo/sub/borradores/c.md", "Queda prohibido.")
	r.write("repo/d.tmp.md", "Queda prohibido.")
	r.write("repo/plantillas/e.md", "Queda prohibido.")
	r.write("repo/sub/plantillas/f.md", "Queda prohibido.")
	r.write("repo/publicadas.jsonl", `{"text":"Quedó prohibido ayer."}`+"\n")
	lint := func(args ...string) []string {
		res := r.run("", append([]string{"lint", "--format", "json"}, args...)...)
		var got []string
		for _, f := range decode(t, res.stdout).Findings {
			rel, _ := filepath.Rel(filepath.Join(r.dir, "repo"), filepath.Join(r.dir, f.Path))
			got = append(got, filepath.ToSlash(rel))
		}
		sort.Strings(got)
		return got
	}
	assert.Equal(t, []string{"a.md", "sub/plantillas/f.md"}, lint("repo"))
	assert.Empty(t, lint(filepath.Join("repo", "publicadas.jsonl"), filepath.Join("repo", "borradores", "b.md")), "named files are skipped too")
	res := r.run("", "lint", filepath.Join("repo", "publicadas.jsonl"))
	assert.Equal(t, ExitOK, res.code, res.stderr)

	t.Run("--history names the file", func(t *testing.T) {
		r := newRunner(t)
		r.write("hist.jsonl", `{"text":"Quedó prohibido ayer."}`+"\n")
		r.write("a.txt", "Queda prohibido.")
		res := r.run("", "lint", "--format", "json", "--history", "hist.jsonl", ".")
		rep := decode(t, res.stdout)
		if assert.Len(t, rep.Findings, 1) {
			assert.Equal(t, "a.txt", rep.Findings[0].Path)
		}
	})
}
