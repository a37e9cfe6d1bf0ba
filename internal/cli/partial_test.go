package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPartialFailures: one bad record is reported with its file and line,
// the rest of the file is linted, the run exits 2 and never says "sin
// problemas".
func TestPartialFailures(t *testing.T) {
	r := newRunner(t)
	r.write("lote.jsonl", `{"text":"uno prohibido"}`+"\n"+`{"text":"dos","platforms":["tiktok"]}`+"\n"+`{"text":"tres prohibido"}`+"\n")
	r.write("agenda.csv", "mensaje,fecha\nprohibido ayer,2027-03-01\notro,el martes\n")
	res := r.run("", "lint", "--format", "json", r.dir)
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stderr, filepath.Join(r.dir, "lote.jsonl")+`:2: "platforms": plataforma desconocida "tiktok"`)
	assert.Contains(t, res.stderr, filepath.Join(r.dir, "agenda.csv")+`:3: fecha: "el martes" no es una fecha`)
	rep := decode(t, res.stdout)
	var lines []string
	for _, f := range rep.Findings {
		lines = append(lines, filepath.Base(f.Path)+":"+itoa(f.Line))
	}
	assert.Equal(t, []string{"agenda.csv:2", "lote.jsonl:1", "lote.jsonl:3"}, lines, "the other records are linted")

	text := r.run("", "lint", r.dir)
	assert.Equal(t, ExitError, text.code)
	assert.NotContains(t, text.stdout, "sin problemas")
	assert.Contains(t, text.stdout, "no se pudo revisar: 2 registros")

	clean := newRunner(t)
	clean.write("lote.jsonl", `{"text":"uno"}`+"\n"+`{"text":"dos","platforms":"tiktok"}`+"\n")
	res = clean.run("", "lint", clean.dir)
	assert.Equal(t, ExitError, res.code)
	assert.NotContains(t, res.stdout, "sin problemas", "a failure is never reported as a clean run")
	assert.Contains(t, res.stdout, "sin hallazgos en lo que se pudo revisar; no se pudo revisar: 1 registro")
	en := clean.run("", "lint", "--lang", "en", clean.dir)
	assert.Contains(t, en.stdout, "could not be checked: 1 record")
}

func TestUnreadFilesInSummary(t *testing.T) {
	r := newRunner(t)
	r.write("bien.txt", "Todo en orden.")
	r.write("mal.md", "---\nplatforms: [x\n---\nHola\n")
	res := r.run("", "lint", r.dir)
	assert.Equal(t, ExitError, res.code)
	assert.Contains(t, res.stdout, "1 archivo, 1 publicación: sin hallazgos en lo que se pudo revisar; no se pudo revisar: 1 archivo")
}

func TestNothingToLint(t *testing.T) {
	r := newRunner(t)
	require.NoError(t, os.MkdirAll(filepath.Join(r.dir, "vacia"), 0o755))
	r.write("fotos/a.png", "x")
	r.write("fotos/b.pdf", "x")
	r.write("bien/a.txt", "Todo en orden.")
	for _, tc := range []struct {
		name string
		path string
		code int
	}{
		{"empty folder", "vacia", ExitError},
		{"only unsupported files", "fotos", ExitError},
		{"a folder with posts", "bien", ExitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := r.run("", "lint", tc.path)
			assert.Equal(t, tc.code, res.code, res.stderr)
			if tc.code == ExitError {
				assert.Contains(t, res.stderr, tc.path+": no hay nada que vocero pueda leer")
				assert.NotContains(t, res.stdout, "sin problemas")
			} else {
				assert.Empty(t, res.stderr)
			}
		})
	}
}

func itoa(n int) string { return fmt.Sprint(n) }

// TestReaderErrorsInTheMessageLanguage: errors of the readers come out in
// Spanish by default and in English with --lang en.
func TestReaderErrorsInTheMessageLanguage(t *testing.T) {
	r := newRunner(t)
	r.write("roto.txt", "Hola\nmundo \xff fin")
	r.write("binario.md", "abc\x00")
	r.write("lote.jsonl", `{"text":"a","reply":"sí"}`+"\n"+`{"texto":"b"}`+"\n")
	r.write("tabla.csv", "fecha,enlace\n2027-01-01,x\n")
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"es", []string{"roto.txt:2: columna 7: UTF-8 no válido (byte 0xff); guarda el archivo como UTF-8",
			"binario.md:1: columna 4: byte NUL: parece un archivo binario",
			`lote.jsonl:1: "reply" debe ser true o false`, `lote.jsonl:2: campo desconocido "texto"`,
			"tabla.csv:1: la fila de encabezado no tiene columna del mensaje"}},
		{"en", []string{"roto.txt:2: column 7: invalid UTF-8 (byte 0xff); save the file as UTF-8",
			"binario.md:1: column 4: NUL byte: this looks like a binary file",
			`lote.jsonl:1: "reply" must be true or false`, `lote.jsonl:2: unknown field "texto"`,
			"tabla.csv:1: no message column in the header row"}},
	} {
		res := r.run("", "lint", "--lang", tc.lang, ".")
		assert.Equal(t, ExitError, res.code)
		for _, w := range tc.want {
			assert.Contains(t, res.stderr, w, tc.lang)
		}
	}
}
