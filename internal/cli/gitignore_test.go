package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGitignorePatterns(t *testing.T) {
	cases := []struct {
		pattern string
		path    string
		dir     bool
		want    bool
	}{
		// Names without a slash match at any depth.
		{"*.log", "a.log", false, true},
		{"*.log", "x/y/a.log", false, true},
		{"*.log", "a.logs", false, false},
		{"*.log", "log", false, false},
		{"borradores", "borradores", true, true},
		{"borradores", "x/borradores", false, true},
		{"borradores", "borradores2", true, false},
		// A trailing slash: directories only.
		{"tmp/", "tmp", true, true},
		{"tmp/", "tmp", false, false},
		{"tmp/", "a/tmp", true, true},
		// A slash at the start or in the middle anchors the pattern.
		{"/raiz.txt", "raiz.txt", false, true},
		{"/raiz.txt", "a/raiz.txt", false, false},
		{"doc/frotz", "doc/frotz", false, true},
		{"doc/frotz", "a/doc/frotz", false, false},
		{"doc/*.md", "doc/a.md", false, true},
		{"doc/*.md", "doc/sub/a.md", false, false},
		// "**"
		{"**/foo", "foo", false, true},
		{"**/foo", "a/b/foo", false, true},
		{"**/foo/bar", "x/foo/bar", false, true},
		{"**/foo/bar", "x/foo/baz", false, false},
		{"abc/**", "abc/x", false, true},
		{"abc/**", "abc/x/y", false, true},
		{"abc/**", "abc", true, false},
		{"a/**/b", "a/b", false, true},
		{"a/**/b", "a/x/y/b", false, true},
		{"a/**/b", "a/x/y/c", false, false},
		{"a/**/b", "z/a/x/b", false, false},
		// Other wildcards.
		{"?.txt", "a.txt", false, true},
		{"?.txt", "ab.txt", false, false},
		{"*.tx?", "a.txt", false, true},
		{"[abc].md", "b.md", false, true},
		{"[abc].md", "d.md", false, false},
		{"[!abc].md", "d.md", false, true},
		{"[^abc].md", "a.md", false, false},
		{"[a-c]x", "bx", false, true},
		{"[a-c]x", "dx", false, false},
		{"[]x]y", "]y", false, true},
		{"[a", "[a", false, false},
		{`\*.md`, "*.md", false, true},
		{`\*.md`, "a.md", false, false},
		{`\#nota`, "#nota", false, true},
		{`\!nota`, "!nota", false, true},
		{"ñandú*", "ñandú.md", false, true},
		{"*ú.md", "ñandú.md", false, true},
		{"a*b*c", "aXbYbZc", false, true},
		{"a*b*c", "aXbYbZ", false, false},
		// Trailing spaces are dropped unless escaped.
		{"nota.md   ", "nota.md", false, true},
		{`nota\ `, "nota ", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.pattern+" "+tc.path, func(t *testing.T) {
			f := parseGitignore("/r", []byte(tc.pattern+"\n"))
			require.Len(t, f.patterns, 1)
			got := f.patterns[0].match(strings.Split(tc.path, "/"), tc.dir)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestGitignoreParseSkips(t *testing.T) {
	f := parseGitignore("/r", []byte("# comentario\n\n   \n/\n!\r\n*.md\r\n"))
	require.Len(t, f.patterns, 1)
	assert.True(t, f.patterns[0].match([]string{"a.md"}, false), "CRLF line endings are accepted")
}

func TestIgnorerOrderAndNesting(t *testing.T) {
	root := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write(".git/info/exclude", "privado.md\n")
	write(".gitignore", "*.md\n!publicar.md\nsalida/\n")
	write("sub/.gitignore", "!*.md\nborrador.md\n")
	write("sub/deep/x.txt", "")

	ig := ignorerFor(filepath.Join(root, "sub", "deep"))
	cases := []struct {
		path string
		dir  bool
		want bool
	}{
		{"a.md", false, true},
		{"publicar.md", false, false},
		{"a.txt", false, false},
		{"salida", true, true},
		{"salida", false, false},
		{"privado.md", false, true},
		{"sub/a.md", false, false},       // re-included by sub/.gitignore
		{"sub/borrador.md", false, true}, // excluded again below
		{"sub/deep/borrador.md", false, true},
		{"sub/deep/otro.md", false, false},
		{"sub/salida", true, true},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			assert.Equal(t, tc.want, ig.ignored(filepath.Join(root, filepath.FromSlash(tc.path)), tc.dir))
		})
	}

	t.Run("outside a repository only the folder's own file applies", func(t *testing.T) {
		plain := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(plain, ".gitignore"), []byte("x.md\n"), 0o644))
		ig := ignorerFor(plain)
		assert.True(t, ig.ignored(filepath.Join(plain, "x.md"), false))
		assert.False(t, ig.ignored(filepath.Join(plain, "y.md"), false))
	})
	t.Run("with does not change the parent", func(t *testing.T) {
		parent := ignorerFor(root)
		n := len(parent.files)
		child := parent.with(filepath.Join(root, "sub"))
		assert.Len(t, parent.files, n)
		assert.Len(t, child.files, n+1)
	})
}

func FuzzGitignore(f *testing.F) {
	f.Add("*.md\n!a.md\n/b/\n**/c/**\n[a-", "x/a.md", true)
	f.Add("a/**/b\n\\#x\n", "a/q/b", false)
	f.Fuzz(func(t *testing.T, pats, path string, dir bool) {
		if len(pats) > 4096 || len(path) > 1024 {
			return
		}
		file := parseGitignore("/r", []byte(pats))
		segs := strings.Split(path, "/")
		for i := range file.patterns {
			p := &file.patterns[i]
			_ = p.match(segs, dir)
			for _, s := range p.segs {
				if s == "" {
					t.Fatalf("empty segment in %q", pats)
				}
			}
		}
		// A literal name with no special characters matches itself.
		name := segs[len(segs)-1]
		if name != "" && !strings.ContainsAny(name, "*?[\\!# /\r\n") {
			f := parseGitignore("/r", []byte(name+"\n"))
			if len(f.patterns) == 1 && !f.patterns[0].match(segs, dir) {
				t.Fatalf("%q does not match itself in %q", name, path)
			}
		}
	})
}

func BenchmarkGitignore(b *testing.B) {
	f := parseGitignore("/r", []byte("*.log\n/build/\ndocs/**/*.tmp\n!keep.log\nnode_modules/\n[Bb]orrador*\n"))
	ig := &ignorer{files: []ignoreFile{f}}
	b.ReportAllocs()
	for range b.N {
		ig.ignored("/r/posts/2027/enero/aviso-prep.md", false)
	}
}
