package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// jsonReport is the `--format json` schema of ARCHITECTURE.md, as far as the
// tests read it.
type jsonReport struct {
	Version  int `json:"version"`
	Findings []struct {
		Path     string   `json:"path"`
		Post     int      `json:"post"`
		ID       string   `json:"id"`
		Rule     string   `json:"rule"`
		Severity string   `json:"severity"`
		Message  string   `json:"message"`
		Criteria []string `json:"criteria"`
		Start    int      `json:"start"`
		End      int      `json:"end"`
		Line     int      `json:"line"`
		Column   int      `json:"column"`
		Text     string   `json:"text"`
	} `json:"findings"`
	Summary struct {
		Files, Posts, Errors, Warnings, Infos int
	} `json:"summary"`
}

func decode(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	require.NoError(t, json.Unmarshal([]byte(s), &r), "output: %s", s)
	return r
}

func TestUsage(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		stdout   string
		stderr   string
		noStdout bool
	}{
		{name: "no arguments", args: nil, code: ExitError, stderr: "Uso:", noStdout: true},
		{name: "unknown command", args: []string{"revisa"}, code: ExitError, stderr: `comando desconocido "revisa"`, noStdout: true},
		{name: "unknown command in English", args: []string{"check", "--lang", "en"}, code: ExitError, stderr: `unknown command "check"`},
		{name: "help", args: []string{"help"}, code: ExitOK, stdout: "vocero lint"},
		{name: "--help", args: []string{"--help"}, code: ExitOK, stdout: "vocero inspect"},
		{name: "help lint lists every flag", args: []string{"help", "lint"}, code: ExitOK, stdout: "--fail-on"},
		{name: "lint -h", args: []string{"lint", "-h"}, code: ExitOK, stdout: "--diff"},
		{name: "help of unknown command", args: []string{"help", "nada"}, code: ExitError, stderr: "comando desconocido"},
		{name: "version", args: []string{"--version"}, code: ExitOK, stdout: "vocero "},
		{name: "unknown flag", args: []string{"lint", "--formato", "json"}, code: ExitError, stderr: "opción desconocida: --formato"},
		{name: "unknown format", args: []string{"lint", "--format", "yaml"}, code: ExitError, stderr: `formato desconocido "yaml"`},
		{name: "unknown format in English", args: []string{"lint", "--lang=en", "--format", "yaml"}, code: ExitError, stderr: `unknown format "yaml"`},
		{name: "bad fail-on", args: []string{"lint", "--fail-on", "off"}, code: ExitError, stderr: "--fail-on"},
		{name: "bad color", args: []string{"lint", "--color", "rainbow"}, code: ExitError, stderr: "--color"},
		{name: "bad lang", args: []string{"lint", "--lang", "fr"}, code: ExitError, stderr: `idioma desconocido en --lang: "fr"`},
		{name: "bad platform", args: []string{"lint", "--platform", "myspace"}, code: ExitError, stderr: "myspace"},
		{name: "bad date", args: []string{"lint", "--date", "mañana"}, code: ExitError, stderr: "--date"},
		{name: "fix with diff", args: []string{"lint", "--fix", "--diff"}, code: ExitError, stderr: "--fix y --diff"},
		{name: "inspect bad format", args: []string{"inspect", "--format", "text"}, code: ExitError, stderr: "formato desconocido"},
		{name: "rules takes one rule ID, not paths", args: []string{"rules", "posts/"}, code: ExitError, stderr: "regla desconocida \"posts/\""},
		{name: "rules takes at most one ID", args: []string{"rules", "a", "b"}, code: ExitError, stderr: "no recibe rutas"},
		{name: "rules bad format", args: []string{"rules", "--format", "csv"}, code: ExitError, stderr: "formato desconocido"},
		{name: "missing words file", args: []string{"lint", "--words", "/nonexistent/palabras.txt"}, code: ExitError, stderr: "--words"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t).run("", tc.args...)
			assert.Equal(t, tc.code, r.code, "stderr: %s", r.stderr)
			assert.Contains(t, r.stdout, tc.stdout)
			assert.Contains(t, r.stderr, tc.stderr)
			if tc.noStdout {
				assert.Empty(t, r.stdout)
			}
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	cases := []struct {
		name string
		args []string
		pos  []string
		fmt  string
	}{
		{"flags first", []string{"--format", "json", "a", "b"}, []string{"a", "b"}, "json"},
		{"flags last", []string{"a", "b", "--format=json"}, []string{"a", "b"}, "json"},
		{"flags between", []string{"a", "--format", "json", "b"}, []string{"a", "b"}, "json"},
		{"dash is a path", []string{"-", "--format", "json"}, []string{"-"}, "json"},
		{"double dash ends flags", []string{"--", "--format", "a"}, []string{"--format", "a"}, "text"},
		{"no arguments", nil, nil, "text"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{lang: lint.Spanish}
			var c commonFlags
			fs := e.flagSet("lint", &c, &lintFlags{})
			pos, err := parseInterleaved(fs, tc.args)
			require.NoError(t, err)
			assert.Equal(t, tc.pos, pos)
			assert.Equal(t, tc.fmt, c.format)
		})
	}
}

func TestLangFromArgs(t *testing.T) {
	assert.Equal(t, lint.English, langFromArgs([]string{"lint", "--lang", "en"}))
	assert.Equal(t, lint.English, langFromArgs([]string{"lint", "-lang=en-US"}))
	assert.Equal(t, lint.Spanish, langFromArgs([]string{"lint", "--lang", "fr"}))
	assert.Equal(t, lint.Spanish, langFromArgs([]string{"lint", "--", "--lang", "en"}))
	assert.Equal(t, lint.Spanish, langFromArgs(nil))
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		name string
		text string
		args []string
		code int
	}{
		{"clean post", "Consulta el calendario electoral en nuestro sitio.", nil, ExitOK},
		{"error finding", "Está prohibido votar dos veces.", nil, ExitFound},
		{"warning below the default level", "Un ojito al calendario.", nil, ExitOK},
		{"warning at --fail-on warning", "Un ojito al calendario.", []string{"--fail-on", "warning"}, ExitFound},
		{"info below warning", "Una notita al margen.", []string{"--fail-on", "warning"}, ExitOK},
		{"info at --fail-on info", "Una notita al margen.", []string{"--fail-on", "info"}, ExitFound},
		{"clean at --fail-on info", "Sin nada que señalar.", []string{"--fail-on", "info"}, ExitOK},
		{"broken rule", "ROMPE la regla", nil, ExitError},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t)
			p := r.write("post.txt", tc.text)
			res := r.run("", append([]string{"lint", p}, tc.args...)...)
			assert.Equal(t, tc.code, res.code, "stdout: %s\nstderr: %s", res.stdout, res.stderr)
		})
	}
}

func TestLintErrorsNameTheFile(t *testing.T) {
	cases := []struct {
		name   string
		file   string
		data   string
		stderr []string
	}{
		{"invalid UTF-8", "roto.txt", "Hola\nmundo \xff\xfe fin", []string{"roto.txt:2:", "UTF-8"}},
		{"NUL bytes", "binario.txt", "abc\x00\x01\x02", []string{"binario.txt:1:", "NUL"}},
		{"invalid UTF-8 in Markdown", "roto.md", "---\nid: a\n---\nHola \xc3\x28\n", []string{"roto.md:4:"}},
		{"broken front matter", "fm.md", "---\nplatforms: [x\n---\nHola\n", []string{"fm.md:"}},
		{"CSV without message column", "tabla.csv", "fecha,enlace\n2027-01-01,https://ieesonora.org.mx\n", []string{"tabla.csv:1:"}},
		{"bad JSONL line", "posts.jsonl", "{\"text\":\"hola\"}\n{\"text\": 3}\n", []string{"posts.jsonl:2:"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t)
			p := r.write(tc.file, tc.data)
			res := r.run("", "lint", p)
			assert.Equal(t, ExitError, res.code)
			for _, s := range tc.stderr {
				assert.Contains(t, res.stderr, s)
			}
		})
	}
}

func TestLintPathErrors(t *testing.T) {
	r := newRunner(t)
	good := r.write("bien.txt", "Está prohibido.")
	r.write("foto.png", "x")
	res := r.run("", "lint", "--format", "json", filepath.Join(r.dir, "falta.txt"), filepath.Join(r.dir, "foto.png"), good)
	assert.Equal(t, ExitError, res.code, "an I/O error wins over findings")
	assert.Contains(t, res.stderr, "falta.txt: no existe")
	assert.Contains(t, res.stderr, "foto.png: tipo de archivo no admitido")
	rep := decode(t, res.stdout)
	require.Len(t, rep.Findings, 1, "the readable file is still linted")
	assert.Equal(t, "prohibida", rep.Findings[0].Rule)
}

func TestLintStdin(t *testing.T) {
	for _, args := range [][]string{{"lint", "--format", "json"}, {"lint", "--format", "json", "-"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := newRunner(t)
			res := r.run("Queda prohibido.\nY prohibido también.", args...)
			assert.Equal(t, ExitFound, res.code, res.stderr)
			rep := decode(t, res.stdout)
			require.Len(t, rep.Findings, 2)
			assert.Equal(t, "-", rep.Findings[0].Path)
			assert.Equal(t, 1, rep.Findings[0].Line)
			assert.Equal(t, 7, rep.Findings[0].Column)
			assert.Equal(t, 2, rep.Findings[1].Line)
			assert.Equal(t, "prohibido", rep.Findings[1].Text)
			assert.Equal(t, 1, rep.Summary.Files)
		})
	}
	r := newRunner(t)
	res := r.run("x", "lint", "-", "-")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "solo puede nombrarse una vez")
}

func TestLintFormats(t *testing.T) {
	r := newRunner(t)
	p := r.write("aviso.txt", "Está prohibido.\n")
	for _, f := range []string{"text", "json", "jsonl", "sarif", "checkstyle", "github"} {
		t.Run(f, func(t *testing.T) {
			res := r.run("", "lint", "--format", f, p)
			assert.Equal(t, ExitFound, res.code, res.stderr)
			assert.Contains(t, res.stdout, "prohibido")
			assert.Empty(t, res.stderr)
		})
	}
	t.Run("text names path line and column", func(t *testing.T) {
		res := r.run("", "lint", "--color", "never", p)
		assert.Contains(t, res.stdout, p+":1:6:")
		assert.Contains(t, res.stdout, "[prohibida]")
		assert.NotContains(t, res.stdout, "\x1b[")
	})
	t.Run("colour always", func(t *testing.T) {
		res := r.run("", "lint", "--color", "always", p)
		assert.Contains(t, res.stdout, "\x1b[")
	})
	t.Run("colour auto on a terminal", func(t *testing.T) {
		rt := *r
		rt.term = true
		assert.Contains(t, rt.run("", "lint", p).stdout, "\x1b[")
		rt.env = map[string]string{"NO_COLOR": "1"}
		assert.NotContains(t, rt.run("", "lint", p).stdout, "\x1b[")
	})
	t.Run("colour auto off a terminal", func(t *testing.T) {
		assert.NotContains(t, r.run("", "lint", p).stdout, "\x1b[")
	})
	t.Run("english labels", func(t *testing.T) {
		res := r.run("", "lint", "--lang", "en", p)
		assert.Contains(t, res.stdout, "Flagged word")
	})
}

func TestWalk(t *testing.T) {
	r := newRunner(t)
	r.write(".git/HEAD", "ref: refs/heads/main\n")
	r.write(".gitignore", "borradores/\n*.tmp.md\n/raiz.txt\n!importante.tmp.md\n")
	r.write("b/uno.md", "prohibido uno\n")
	r.write("a/dos.txt", "prohibido dos")
	r.write("a/tres.jsonl", `{"id":"t1","text":"nada"}`+"\n"+`{"id":"t2","text":"prohibido tres"}`+"\n")
	r.write("a-b/cuatro.csv", "mensaje\nprohibido cuatro\n")
	r.write("a/notas.go", "package prohibido\n")
	r.write(".oculta/cinco.txt", "prohibido cinco")
	r.write("a/.seis.txt", "prohibido seis")
	r.write("borradores/siete.txt", "prohibido siete")
	r.write("a/ocho.tmp.md", "prohibido ocho")
	r.write("a/importante.tmp.md", "prohibido nueve")
	r.write("raiz.txt", "prohibido diez")
	r.write("a/raiz.txt", "prohibido once")
	r.write("c/.gitignore", "*.txt\n")
	r.write("c/doce.txt", "prohibido doce")
	r.write("c/trece.md", "prohibido trece")

	res := r.run("", "lint", "--format", "json", ".")
	require.Equal(t, ExitFound, res.code, res.stderr)
	rep := decode(t, res.stdout)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Path+" "+f.Text+" "+strings.Fields(f.Message)[len(strings.Fields(f.Message))-3])
	}
	var texts []string
	for _, f := range rep.Findings {
		texts = append(texts, f.Path)
	}
	assert.Equal(t, []string{
		filepath.FromSlash("a/dos.txt"),
		filepath.FromSlash("a/importante.tmp.md"),
		filepath.FromSlash("a/raiz.txt"),
		filepath.FromSlash("a/tres.jsonl"),
		filepath.FromSlash("a-b/cuatro.csv"),
		filepath.FromSlash("b/uno.md"),
		filepath.FromSlash("c/trece.md"),
	}, texts, "findings: %v", got)
	assert.Equal(t, 7, rep.Summary.Files)
	assert.Equal(t, 8, rep.Summary.Posts, "tres.jsonl holds two posts")

	t.Run("named files are read even when ignored or hidden", func(t *testing.T) {
		res := r.run("", "lint", "--format", "json", "borradores/siete.txt", ".oculta/cinco.txt", "borradores")
		rep := decode(t, res.stdout)
		require.Len(t, rep.Findings, 2, res.stdout)
		assert.Equal(t, filepath.FromSlash("borradores/siete.txt"), rep.Findings[1].Path)
	})
	t.Run("a folder inside the repository keeps the outer .gitignore", func(t *testing.T) {
		res := r.run("", "lint", "--format", "json", "a")
		rep := decode(t, res.stdout)
		for _, f := range rep.Findings {
			assert.NotContains(t, f.Path, "ocho")
		}
		assert.Len(t, rep.Findings, 4)
	})
	t.Run("a file named twice is linted once", func(t *testing.T) {
		res := r.run("", "lint", "--format", "json", "a/dos.txt", filepath.Join(r.dir, "a", "dos.txt"))
		assert.Len(t, decode(t, res.stdout).Findings, 1)
	})
	t.Run("links to files are followed, links to folders are not", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("symlinks")
		}
		rl := newRunner(t)
		rl.write("real/uno.txt", "prohibido")
		rl.write("otra/dos.txt", "prohibido")
		require.NoError(t, os.Symlink(filepath.Join(rl.dir, "otra", "dos.txt"), filepath.Join(rl.dir, "real", "enlace.txt")))
		require.NoError(t, os.Symlink(filepath.Join(rl.dir, "real"), filepath.Join(rl.dir, "real", "bucle")))
		require.NoError(t, os.Symlink(filepath.Join(rl.dir, "no-existe.txt"), filepath.Join(rl.dir, "real", "roto.txt")))
		res := rl.run("", "lint", "--format", "json", "real")
		assert.Empty(t, res.stderr, "a dangling link is skipped quietly in a walk")
		var paths []string
		for _, f := range decode(t, res.stdout).Findings {
			paths = append(paths, filepath.ToSlash(f.Path))
		}
		assert.Equal(t, []string{"real/enlace.txt", "real/uno.txt"}, paths)
	})
	t.Run("output order does not depend on the argument order", func(t *testing.T) {
		one := r.run("", "lint", "--format", "json", "b", "a")
		two := r.run("", "lint", "--format", "json", "a", "b")
		assert.Equal(t, two.stdout, one.stdout)
	})
}

func TestPathLess(t *testing.T) {
	assert.True(t, pathLess("a/z", "a-b/c"))
	assert.False(t, pathLess("a-b/c", "a/z"))
	assert.True(t, pathLess("a/b/c", "a/z"))
	assert.True(t, pathLess("a", "a/b"))
	assert.False(t, pathLess("a/b", "a/b"))
	assert.True(t, pathLess("-", "a"))
}

func TestConfigDiscovery(t *testing.T) {
	r := newRunner(t)
	r.write("es/.vocero.yaml", "lang: es\nplatforms: [x]\n")
	r.write("es/sub/post.txt", "SONDA prohibido")
	r.write("en/.vocero.yaml", "lang: en\nplatforms: [bluesky, mastodon]\n")
	r.write("en/post.txt", "SONDA prohibido")
	r.write("en/otro.txt", "SONDA prohibido")
	r.write("none/post.txt", "SONDA")
	// Folders are linted in parallel: count the builds atomically.
	var builds atomic.Int32
	r.rules = func(c lint.Config) ([]lint.Rule, error) { builds.Add(1); return testRules(c) }
	// Without a config above it, none/ uses the defaults.
	res := r.run("", "lint", "--format", "json", "--fail-on", "info", ".")
	require.Equal(t, ExitFound, res.code, res.stderr)
	rep := decode(t, res.stdout)
	msgs := map[string][]string{}
	for _, f := range rep.Findings {
		msgs[filepath.ToSlash(f.Path)] = append(msgs[filepath.ToSlash(f.Path)], f.Message)
	}
	assert.Contains(t, msgs["en/post.txt"][0], "lang=en platforms=[bluesky mastodon]")
	assert.Contains(t, msgs["en/post.txt"][1], "Flagged word")
	assert.Contains(t, msgs["es/sub/post.txt"][0], "lang=es platforms=[x]")
	assert.Contains(t, msgs["es/sub/post.txt"][1], "Palabra señalada")
	assert.Contains(t, msgs["none/post.txt"][0], "lang=es platforms=[x facebook]")
	assert.Equal(t, int32(3), builds.Load(), "one Linter per config file, shared by its files")

	t.Run("--config replaces discovery", func(t *testing.T) {
		cfg := r.write("otra.yaml", "platforms: [threads]\n")
		res := r.run("", "lint", "--format", "json", "--config", cfg, "en/post.txt", "es")
		rep := decode(t, res.stdout)
		for _, f := range rep.Findings {
			if f.Rule == "probe" {
				assert.Contains(t, f.Message, "platforms=[threads]")
			}
		}
	})
	t.Run("--platform and --lang override the config", func(t *testing.T) {
		res := r.run("", "lint", "--format", "json", "--platform", "instagram,X", "--lang", "en", "es")
		rep := decode(t, res.stdout)
		require.NotEmpty(t, rep.Findings)
		assert.Contains(t, rep.Findings[0].Message, "lang=en platforms=[instagram x]")
	})
	t.Run("--platform overrides the post's own platforms", func(t *testing.T) {
		r.write("fm/post.md", "---\nplatforms: [linkedin]\n---\nSONDA\n")
		res := r.run("", "lint", "--format", "json", "fm/post.md")
		assert.Contains(t, decode(t, res.stdout).Findings[0].Message, "platforms=[linkedin]")
		res = r.run("", "lint", "--format", "json", "--platform", "threads", "fm/post.md")
		assert.Contains(t, decode(t, res.stdout).Findings[0].Message, "platforms=[threads]")
	})
	t.Run("a broken config is an error naming file and line", func(t *testing.T) {
		r.write("mal/.vocero.yaml", "platforms: [x]\ncolor: rojo\n")
		r.write("mal/post.txt", "hola")
		r.write("mal/otro.txt", "hola")
		res := r.run("", "lint", "mal")
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, ".vocero.yaml:2:")
		assert.Contains(t, res.stderr, "color")
		assert.Equal(t, 1, strings.Count(res.stderr, ".vocero.yaml:2:"), "the same error is printed once")
	})
	t.Run("stdin finds the config of the working folder", func(t *testing.T) {
		rr := *r
		rr.dir = filepath.Join(r.dir, "en")
		res := rr.run("SONDA", "lint", "--format", "json")
		assert.Contains(t, decode(t, res.stdout).Findings[0].Message, "lang=en")
	})
}

func TestDateHistoryWords(t *testing.T) {
	r := newRunner(t)
	r.write("publicadas.jsonl", `{"text":"uno"}`+"\n"+`{"text":"dos"}`+"\n")
	r.write("otra.jsonl", `{"text":"uno"}`+"\n")
	r.write("palabras.txt", "# palabras del instituto\nHuépac\n\nconsejería\n")
	r.write("cfg/.vocero.yaml", "history: ../publicadas.jsonl\n")
	r.write("cfg/post.txt", "SONDA")
	r.write("post.md", "---\npublish_at: 2027-05-01T10:00:00\n---\nSONDA\n")

	res := r.run("", "lint", "--format", "json", "--date", "2027-03-01", "--words", "palabras.txt", "cfg/post.txt", "post.md")
	require.Equal(t, ExitOK, res.code, res.stderr)
	rep := decode(t, res.stdout)
	require.Len(t, rep.Findings, 2)
	assert.Contains(t, rep.Findings[0].Message, "past=2 words=Huépac,consejería date=2027-03-01")
	assert.Contains(t, rep.Findings[0].Message, "pub=2027-03-01")
	assert.Contains(t, rep.Findings[1].Message, "pub=2027-05-01", "the post's own date wins over --date")
	assert.Contains(t, rep.Findings[1].Message, "past=0")

	res = r.run("", "lint", "--format", "json", "--history", "otra.jsonl", "cfg/post.txt")
	assert.Contains(t, decode(t, res.stdout).Findings[0].Message, "past=1")

	res = r.run("", "lint", "--history", "falta.jsonl", "cfg/post.txt")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "falta.jsonl")

	r.write("mala.jsonl", "{\"text\":\"a\"}\nno es json\n")
	res = r.run("", "lint", "--history", "mala.jsonl", "cfg/post.txt")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "mala.jsonl:2:")

	r.write("frase.txt", "dos palabras\n")
	res = r.run("", "lint", "--words", "frase.txt", "cfg/post.txt")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "frase.txt:1:")
}

func TestFix(t *testing.T) {
	t.Run("applies safe fixes and keeps the mode", func(t *testing.T) {
		r := newRunner(t)
		p := r.write("a.txt", "Está prohibido y prohibido.\nUna notita.\n")
		require.NoError(t, os.Chmod(p, 0o640))
		res := r.run("", "lint", "--fix", "--format", "json", "--fail-on", "info", p)
		assert.Equal(t, "Está permitido y permitido.\nUna notita.\n", r.read("a.txt"))
		st, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o640), st.Mode().Perm())
		assert.Contains(t, res.stderr, "2 correcciones aplicadas")
		rep := decode(t, res.stdout)
		require.Len(t, rep.Findings, 1, "only what is left is reported")
		assert.Equal(t, "nota", rep.Findings[0].Rule)
		assert.Equal(t, ExitFound, res.code)
		entries, _ := os.ReadDir(r.dir)
		assert.Len(t, entries, 1, "no temporary file is left behind")
	})
	t.Run("second run changes nothing", func(t *testing.T) {
		r := newRunner(t)
		p := r.write("a.md", "---\nid: x\n---\nEstá **prohibido**.\n")
		r.run("", "lint", "--fix", p)
		first := r.read("a.md")
		assert.Equal(t, "---\nid: x\n---\nEstá **permitido**.\n", first)
		res := r.run("", "lint", "--fix", p)
		assert.Equal(t, ExitOK, res.code, res.stderr)
		assert.Equal(t, first, r.read("a.md"))
	})
	t.Run("refuses a read-only file even as root", func(t *testing.T) {
		r := newRunner(t)
		p := r.write("ro.txt", "Está prohibido.")
		require.NoError(t, os.Chmod(p, 0o444))
		res := r.run("", "lint", "--fix", p)
		assert.Equal(t, ExitError, res.code)
		assert.Contains(t, res.stderr, "ro.txt: no se aplicaron correcciones: el archivo no tiene permiso de escritura")
		assert.Equal(t, "Está prohibido.", r.read("ro.txt"))
		assert.Contains(t, res.stdout, "prohibido", "the findings are still reported")
	})
	t.Run("stdin writes the fixed text to stdout", func(t *testing.T) {
		r := newRunner(t)
		res := r.run("Está prohibido y un ojito.", "lint", "--fix")
		assert.Equal(t, "Está permitido y un mirada.", res.stdout)
		assert.Equal(t, ExitOK, res.code, res.stderr)
		res = r.run("Nada que cambiar.\n", "lint", "--fix", "-")
		assert.Equal(t, "Nada que cambiar.\n", res.stdout, "unchanged text is passed through")
		res = r.run("bad \xff input", "lint", "--fix")
		assert.Equal(t, "bad \xff input", res.stdout, "unreadable input is given back unchanged")
		assert.Equal(t, ExitError, res.code)
		res = r.run("Una notita.", "lint", "--fix", "--fail-on", "info")
		assert.Equal(t, "Una notita.", res.stdout)
		assert.Contains(t, res.stderr, "notita", "remaining findings go to stderr")
		assert.Equal(t, ExitFound, res.code)
	})
	t.Run("fixes in JSONL and CSV records", func(t *testing.T) {
		r := newRunner(t)
		p := r.write("p.jsonl", `{"id":"1","text":"prohibido \"ya\""}`+"\n")
		q := r.write("p.csv", "mensaje;fecha\n\"Está prohibido\";2027-01-01\n")
		res := r.run("", "lint", "--fix", p, q)
		assert.Equal(t, ExitOK, res.code, res.stderr)
		assert.Contains(t, r.read("p.jsonl"), `permitido \"ya\"`)
		assert.Contains(t, r.read("p.csv"), "Está permitido")
	})
	t.Run("several suggestions are left to a person", func(t *testing.T) {
		r := newRunner(t)
		r.rules = func(lint.Config) ([]lint.Rule, error) { return []lint.Rule{choiceRule{}}, nil }
		p := r.write("a.txt", "elegir")
		r.run("", "lint", "--fix", p)
		assert.Equal(t, "elegir", r.read("a.txt"))
	})
	t.Run("a mask over personal data is not a fix", func(t *testing.T) {
		r := newRunner(t)
		r.rules = rules.All
		text := "Escribe a pedro.ruiz.1988@gmail.com para tu registro.\n"
		p := r.write("a.txt", text)
		res := r.run("", "lint", "--fix", "--format", "json", p)
		assert.Equal(t, text, r.read("a.txt"), "--fix applies safe fixes only")
		assert.Equal(t, ExitFound, res.code, "the post still fails")
		rep := decode(t, res.stdout)
		require.NotEmpty(t, rep.Findings)
		assert.Equal(t, "personal-data", rep.Findings[0].Rule)
	})
}

// choiceRule offers a fix together with several suggestions.
type choiceRule struct{}

func (choiceRule) Meta() lint.Meta {
	return lint.Meta{ID: "choice", Criteria: []string{"1"}, Severity: lint.Warning,
		Summary: lint.Message{ES: "Elegir", EN: "Choose"}}
}

func (choiceRule) Check(p *lint.Pass) error {
	p.Report(lint.Finding{Span: lint.Span{Start: 0, End: 6}, Message: "elige",
		Fixes: []lint.Fix{{Message: "a", Edits: []lint.Edit{{Start: 0, End: 6, New: "a"}}}, {Message: "b", Edits: []lint.Edit{{Start: 0, End: 6, New: "b"}}}}})
	return nil
}

func TestWriteFixed(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte("viejo"), 0o600))
	data, info, err := readFile(p)
	require.NoError(t, err)

	t.Run("changed since read", func(t *testing.T) {
		require.NoError(t, os.WriteFile(p, []byte("otro!"), 0o600))
		err := writeFixed(p, data, []byte("nuevo"), info)
		assert.ErrorIs(t, err, errChanged)
		got, _ := os.ReadFile(p)
		assert.Equal(t, "otro!", string(got))
		require.NoError(t, os.WriteFile(p, data, 0o600))
		require.NoError(t, os.Chtimes(p, info.ModTime(), info.ModTime()))
	})
	t.Run("same size and time but other bytes", func(t *testing.T) {
		err := writeFixed(p, []byte("VIEJO"), []byte("nuevo"), nil)
		assert.ErrorIs(t, err, errChanged)
	})
	t.Run("through a symlink the target is replaced", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("symlinks")
		}
		link := filepath.Join(dir, "enlace.txt")
		require.NoError(t, os.Symlink(p, link))
		require.NoError(t, writeFixed(link, data, []byte("nuevo"), nil))
		got, _ := os.ReadFile(p)
		assert.Equal(t, "nuevo", string(got))
		st, err := os.Lstat(link)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeSymlink, "the link stays a link")
	})
	t.Run("too large", func(t *testing.T) {
		big := filepath.Join(dir, "big.txt")
		f, err := os.Create(big)
		require.NoError(t, err)
		require.NoError(t, f.Truncate(maxFileSize+1))
		f.Close()
		_, _, err = readFile(big)
		var tl *tooLargeError
		assert.ErrorAs(t, err, &tl)
	})
}

func TestDiff(t *testing.T) {
	r := newRunner(t)
	p := r.write("a.txt", "uno\ndos\ntres\ncuatro prohibido\ncinco\nseis\nsiete\nocho\nnueve\ndiez\nonce\ndoce prohibido\n")
	res := r.run("", "lint", "--diff", "a.txt")
	// As diff -u prints it: seven unchanged lines between two changes
	// split them into two hunks.
	want := `--- a/a.txt
+++ b/a.txt
@@ -1,7 +1,7 @@
 uno
 dos
 tres
-cuatro prohibido
+cuatro permitido
 cinco
 seis
 siete
@@ -9,4 +9,4 @@
 nueve
 diez
 once
-doce prohibido
+doce permitido
`
	assert.Equal(t, want, res.stdout)
	assert.Equal(t, ExitFound, res.code, "the exit code still reflects the findings")
	assert.Contains(t, r.read("a.txt"), "cuatro prohibido", "--diff changes nothing")
	_ = p

	res = r.run("prohibido", "lint", "--diff")
	assert.Equal(t, "--- a/-\n+++ b/-\n@@ -1 +1 @@\n-prohibido\n\\ No newline at end of file\n+permitido\n\\ No newline at end of file\n", res.stdout)

	clean := r.write("b.txt", "nada\n")
	res = r.run("", "lint", "--diff", clean)
	assert.Empty(t, res.stdout)
	assert.Equal(t, ExitOK, res.code)
}

func TestProgress(t *testing.T) {
	r := newRunner(t)
	for i := range 20 {
		r.write(filepath.Join("p", fmt.Sprintf("%02d.txt", i)), "hola")
	}
	r.rules = func(lint.Config) ([]lint.Rule, error) { return []lint.Rule{slowRule{}}, nil }
	res := r.run("", "lint", "p")
	assert.NotContains(t, res.stderr, "archivos revisados", "not a terminal")

	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, getwd: func() (string, error) { return r.dir, nil },
		isTerminal: func(w io.Writer) bool { return w == io.Writer(&errb) }, ruleSet: r.rules,
		progressDelay: 20 * time.Millisecond}
	code := e.run(context.Background(), []string{"lint", "p"})
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, errb.String(), "de 20 archivos revisados")
	assert.True(t, strings.HasSuffix(errb.String(), "\r\x1b[K"), "the line is cleared at the end: %q", errb.String())
	assert.NotContains(t, out.String(), "revisados", "progress never goes to stdout")

	errb.Reset()
	e.progressDelay = time.Hour
	e.run(context.Background(), []string{"lint", "p"})
	assert.Empty(t, errb.String(), "nothing before the delay")
}

// slowRule takes a few milliseconds per post.
type slowRule struct{}

func (slowRule) Meta() lint.Meta {
	return lint.Meta{ID: "slow", Criteria: []string{"1"}, Severity: lint.Info,
		Summary: lint.Message{ES: "Lenta", EN: "Slow"}}
}

func (slowRule) Check(*lint.Pass) error {
	time.Sleep(5 * time.Millisecond)
	return nil
}

// FuzzLintStdin runs `vocero lint --fix -` on arbitrary input: never a
// panic, an exit code of 0, 1 or 2, and fixing again soon changes nothing
// (a fix skipped because it overlapped another applies on the next run).
func FuzzLintStdin(f *testing.F) {
	f.Add("Está prohibido y un ojito.")
	f.Add("prohibidoprohibido ojitoojito notita")
	f.Add("\xff\xfe prohibido")
	f.Add("a\x00b")
	f.Add("---\nid: x\n---\nprohibido")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		r := &runner{t: t, dir: dir, rules: testRules}
		res := r.run(text, "lint", "--fix", "--format", "json")
		switch res.code {
		case ExitOK, ExitFound:
		case ExitError:
			if !strings.Contains(res.stderr, "ROMPE") && !strings.Contains(text, "ROMPE") && !strings.Contains(res.stderr, "-:") {
				t.Fatalf("exit 2 without a reason naming the input: %q", res.stderr)
			}
			return
		default:
			t.Fatalf("exit code %d", res.code)
		}
		cur := res.stdout
		for round := 0; ; round++ {
			again := r.run(cur, "lint", "--fix", "--format", "json")
			if again.stdout == cur {
				break
			}
			if round == 3 {
				t.Fatalf("fixing %q does not settle: %q -> %q", text, cur, again.stdout)
			}
			cur = again.stdout
		}
	})
}

func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a regular file")
	assert.False(t, isTerminal(&strings.Builder{}), "not a file")
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		defer null.Close()
		if runtime.GOOS == "linux" {
			assert.False(t, isTerminal(null), "/dev/null is a character device, not a terminal")
		}
	}
}

func TestUnwrapPath(t *testing.T) {
	_, err := os.ReadFile(filepath.Join(t.TempDir(), "falta.txt"))
	assert.Equal(t, "no such file or directory", unwrapPath(err).Error())
	plain := fmt.Errorf("otro")
	assert.Equal(t, plain, unwrapPath(plain))
}

func TestDebugPrintsAFailingRulesStack(t *testing.T) {
	r := newRunner(t)
	r.write("p.txt", "PÁNICO en la regla\n")
	res := r.run("", "lint", "p.txt")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "una regla falló: rule broken: panic: broken on purpose")
	assert.NotContains(t, res.stderr, "goroutine", "the stack is for --debug only")

	res = r.run("", "lint", "--debug", "p.txt")
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, "una regla falló: rule broken: panic: broken on purpose")
	assert.Contains(t, res.stderr, "goroutine")
	assert.Contains(t, res.stderr, "brokenRule.Check", "the stack names the function that panicked")
}
