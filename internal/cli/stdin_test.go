package cli

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStdinFilename: stdin is read in the format of the named path, with
// the config of its folder, and findings carry that path.
func TestStdinFilename(t *testing.T) {
	r := newRunner(t)
	r.write("posts/.vocero.yaml", "lang: en\n")
	md := "---\nid: aviso-1\nplatforms: [x]\n---\n# SONDA\n\nQueda prohibido.\n<!-- prohibido en un comentario -->\n"
	res := r.run(md, "lint", "--format", "json", "--stdin-filename", filepath.Join("posts", "aviso.md"))
	assert.Equal(t, ExitFound, res.code, res.stderr)
	rep := decode(t, res.stdout)
	require.Len(t, rep.Findings, 2, "front matter and comments are not linted: the Markdown reader read stdin")
	for _, f := range rep.Findings {
		assert.Equal(t, filepath.Join("posts", "aviso.md"), f.Path)
		assert.Equal(t, "aviso-1", f.ID)
	}
	assert.Equal(t, "probe", rep.Findings[0].Rule)
	assert.Contains(t, rep.Findings[0].Message, "lang=en", "the config of the named path's folder applies")
	assert.Equal(t, 7, rep.Findings[1].Line)

	t.Run("with --fix, the fixed Markdown goes to stdout", func(t *testing.T) {
		res := r.run(md, "lint", "--fix", "--stdin-filename", "posts/aviso.md", "-")
		assert.Contains(t, res.stdout, "---\nid: aviso-1\n", "front matter kept")
		assert.Contains(t, res.stdout, "Queda permitido.")
		assert.Contains(t, res.stdout, "<!-- prohibido en un comentario -->", "comments are not fixed")
	})
	t.Run("csv", func(t *testing.T) {
		res := r.run("id;mensaje\n7;Todo prohibido\n", "lint", "--format", "json", "--stdin-filename", "agenda.csv")
		rep := decode(t, res.stdout)
		require.Len(t, rep.Findings, 1)
		assert.Equal(t, []any{"agenda.csv", "7", 2, 8}, []any{rep.Findings[0].Path, rep.Findings[0].ID, rep.Findings[0].Line, rep.Findings[0].Column})
	})
	t.Run("unsupported name", func(t *testing.T) {
		res := r.run("x", "lint", "--stdin-filename", "foto.png")
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, `--stdin-filename "foto.png": tipo de archivo no admitido`)
	})
	t.Run("inspect", func(t *testing.T) {
		res := r.run("---\nid: z\n---\n#Hola\n", "inspect", "--stdin-filename", "a.md")
		assert.Equal(t, ExitOK, res.code, res.stderr)
		assert.Contains(t, res.stdout, `"id": "z"`)
	})
}

// TestNoArgumentsOnATerminal: `vocero lint` typed on a terminal prints a
// short usage instead of waiting on stdin.
func TestNoArgumentsOnATerminal(t *testing.T) {
	r := newRunner(t)
	r.stdinTerm = true
	for _, cmd := range []string{"lint", "inspect"} {
		res := r.run("no debería leerse", cmd)
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, "la entrada estándar es una terminal")
		assert.Contains(t, res.stderr, "vocero lint publicaciones/")
		assert.Empty(t, res.stdout)
	}
	res := r.run("", "lint", "--lang", "en")
	assert.Contains(t, res.stderr, "standard input is a terminal")
	// "-" is an explicit request to read stdin, even from a terminal.
	res = r.run("Queda prohibido.", "lint", "-")
	assert.Equal(t, ExitFound, res.code, res.stderr)
}
