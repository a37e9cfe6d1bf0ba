package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestFixturePositions keeps the fixture honest: spans, texts, lines and
// columns agree with the posts' text.
func TestFixturePositions(t *testing.T) {
	for _, res := range fixture().Results {
		for _, f := range res.Findings {
			require.Equal(t, f.Text, res.Post.Text[f.Span.Start:f.Span.End], f.Rule)
			before := res.Post.Text[:f.Span.Start]
			line := strings.Count(before, "\n") + max(res.Post.Line, 1)
			col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
			assert.Equal(t, []int{line, col}, []int{f.Line, f.Column}, f.Rule)
		}
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./lint/report -update")
	assert.Equal(t, string(want), string(got))
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		for _, lang := range []lint.Lang{lint.Spanish, lint.English} {
			for _, color := range []bool{false, true} {
				if color && format != "text" {
					continue
				}
				name := format + "." + string(lang)
				if color {
					name += ".color"
				}
				t.Run(name, func(t *testing.T) {
					r := fixture()
					r.Lang, r.Color = lang, color
					enc, err := Lookup(format)
					require.NoError(t, err)
					var b bytes.Buffer
					require.NoError(t, enc(&b, r))
					golden(t, name, b.Bytes())
				})
			}
		}
	}
}

func TestLookup(t *testing.T) {
	assert.Equal(t, []string{"checkstyle", "github", "json", "jsonl", "sarif", "text"}, Formats())
	for _, f := range Formats() {
		enc, err := Lookup(f)
		require.NoError(t, err)
		assert.NotNil(t, enc)
	}
	for _, bad := range []string{"", "JSON", "xml", "html", "sarif2"} {
		_, err := Lookup(bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "checkstyle, github, json, jsonl, sarif, text")
	}
}

func TestSummary(t *testing.T) {
	s := fixture().Summary()
	assert.Equal(t, Summary{Files: 4, Posts: 5, Errors: 2, Warnings: 3, Infos: 1, Broken: 1}, s, "the fixture has a post on which a rule failed")
	for _, tc := range []struct {
		s      Summary
		es, en string
	}{
		{Summary{Files: 3, Posts: 12, Errors: 1, Warnings: 4}, "3 archivos, 12 publicaciones: 1 error, 4 advertencias", "3 files, 12 posts: 1 error, 4 warnings"},
		{Summary{Files: 1, Posts: 1, Errors: 2, Warnings: 1, Infos: 1}, "1 archivo, 1 publicación: 2 errores, 1 advertencia, 1 aviso", "1 file, 1 post: 2 errors, 1 warning, 1 notice"},
		{Summary{Files: 2, Posts: 0}, "2 archivos, 0 publicaciones: sin problemas", "2 files, 0 posts: no problems"},
		{Summary{Files: 1, Posts: 3, Infos: 2}, "1 archivo, 3 publicaciones: 0 errores, 0 advertencias, 2 avisos", "1 file, 3 posts: 0 errors, 0 warnings, 2 notices"},
		// Never "no problems" when something could not be checked.
		{Summary{Files: 1, Posts: 2, UnreadFiles: 1, UnreadRecords: 2}, "1 archivo, 2 publicaciones: sin hallazgos en lo que se pudo revisar; no se pudo revisar: 1 archivo, 2 registros", "1 file, 2 posts: no findings in what could be checked; could not be checked: 1 file, 2 records"},
		{Summary{Files: 0, Posts: 0, UnreadFiles: 2}, "0 archivos, 0 publicaciones: sin hallazgos en lo que se pudo revisar; no se pudo revisar: 2 archivos", "0 files, 0 posts: no findings in what could be checked; could not be checked: 2 files"},
		{Summary{Files: 1, Posts: 1, Errors: 1, Broken: 1}, "1 archivo, 1 publicación: 1 error, 0 advertencias; no se pudo revisar: 1 publicación en la que falló una regla", "1 file, 1 post: 1 error, 0 warnings; could not be checked: 1 post on which a rule failed"},
	} {
		t.Run(tc.en, func(t *testing.T) {
			assert.Equal(t, tc.es, tc.s.Line(lint.Spanish))
			assert.Equal(t, tc.es, tc.s.Line(""))
			assert.Equal(t, tc.en, tc.s.Line(lint.English))
		})
	}
}

// TestJSONSchema checks the json format's keys are exactly those of JSON
// version 2 (ARCHITECTURE.md), with arrays never null, and that each
// finding is what json.Marshal of a lint.Finding gives.
func TestJSONSchema(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, encodeJSON(&b, fixture()))
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.ElementsMatch(t, []string{"version", "findings", "summary"}, keys(doc))
	assert.JSONEq(t, `2`, string(doc["version"]))
	assert.JSONEq(t, `{"files":4,"posts":5,"errors":2,"warnings":3,"infos":1,"broken":1}`, string(doc["summary"]))
	var fs []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(doc["findings"], &fs))
	require.Len(t, fs, 6)
	want := []string{"path", "post", "id", "rule", "kind", "severity", "message", "criteria", "start", "end", "line", "column", "end_line", "end_column", "text", "fixes"}
	fixes, safe := 0, 0
	for _, f := range fs {
		assert.ElementsMatch(t, want, keys(f))
		assert.Equal(t, byte('['), f["criteria"][0])
		var list []map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(f["fixes"], &list), "fixes is a list, never null")
		require.NotNil(t, list)
		for _, fix := range list {
			fixes++
			assert.ElementsMatch(t, []string{"message", "safe", "edits"}, keys(fix))
			if string(fix["safe"]) == "true" {
				safe++
			}
			var edits []map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(fix["edits"], &edits))
			for _, e := range edits {
				assert.ElementsMatch(t, []string{"start", "end", "new"}, keys(e))
			}
		}
	}
	assert.Equal(t, 4, fixes)
	assert.Equal(t, 1, safe)
	assert.JSONEq(t, `"posts/jornada, final.md"`, string(fs[5]["path"]))
	assert.JSONEq(t, `1`, string(fs[5]["post"]))
	assert.JSONEq(t, `2`, string(fs[2]["line"]))
	var spell lint.Finding
	require.NoError(t, json.Unmarshal(mustMarshal(t, fs[2]), &spell))
	require.Len(t, spell.Fixes, 2)
	assert.Equal(t, "error", spell.Fixes[0].Edits[0].New, "the best word is fixes[0].edits[0].new")

	// One encoding: each finding of the output is json.Marshal of the
	// lint.Finding (with where it belongs), and reads back into it.
	i := 0
	for _, res := range fixture().Results {
		for _, f := range res.Findings {
			var back lint.Finding
			require.NoError(t, json.Unmarshal(mustMarshal(t, fs[i]), &back))
			assert.Equal(t, f.Rule, back.Rule)
			assert.Equal(t, f.Span, back.Span)
			assert.Equal(t, len(f.Fixes), len(back.Fixes))
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(mustMarshal(t, fs[i])), string(again))
			i++
		}
	}

	var empty bytes.Buffer
	require.NoError(t, encodeJSON(&empty, &Report{}))
	assert.JSONEq(t, `{"version":2,"findings":[],"summary":{"files":0,"posts":0,"errors":0,"warnings":0,"infos":0}}`, empty.String())
}

func TestJSONLSchema(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, encodeJSONL(&b, fixture()))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 5, "one line per post")
	var posts []int
	fx := fixture()
	for i, l := range lines {
		var p map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(l), &p))
		want := []string{"path", "post", "id", "findings"}
		if fx.Results[i].Err != nil {
			want = append(want, "error") // a rule broke on this post
		}
		assert.ElementsMatch(t, want, keys(p))
		// One encoding: the line reads back into a lint.Result and
		// json.Marshal of that gives the line again.
		var res lint.Result
		require.NoError(t, json.Unmarshal([]byte(l), &res))
		assert.JSONEq(t, l, string(mustMarshal(t, res)))
		assert.Len(t, res.Findings, len(fx.Results[i].Findings))
		assert.Equal(t, byte('['), p["findings"][0])
		var n int
		require.NoError(t, json.Unmarshal(p["post"], &n))
		posts = append(posts, n)
	}
	assert.Equal(t, []int{1, 1, 1, 2, 1}, posts, "posts are numbered within their file")
	assert.Contains(t, lines[3], `"findings":[]`)
	assert.Contains(t, lines[3], `"id":"a2"`)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestCheckstyleWellFormed(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, encodeCheckstyle(&b, fixture()))
	var doc struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
	require.Len(t, doc.Files, 4)
	assert.Equal(t, "posts/jornada, final.md", doc.Files[3].Name)
	e := doc.Files[3].Errors[2]
	assert.Equal(t, "Varias líneas <listo> & \"ya\" [personal-data; 6.III]", e.Message)
	assert.Equal(t, "error", e.Severity)
	assert.Equal(t, "vocero.personal-data", e.Source)
	assert.Equal(t, "info", doc.Files[0].Errors[0].Severity)
	assert.Equal(t, "Texto: con, comas\nsegunda línea %0A [inline-switch; 1]", doc.Files[1].Errors[0].Message)
	assert.Empty(t, doc.Files[2].Errors[1:], "one file element per file")
	broken := doc.Files[1].Errors[1]
	assert.Equal(t, "vocero", broken.Source)
	assert.Equal(t, "-: la revisión no terminó: rule spelling: diccionario\nno cargado", broken.Message)
}

func TestCheckstyleControlCharacters(t *testing.T) {
	r := &Report{Results: []lint.Result{{Post: &lint.Post{Path: "a\x01.txt", Text: "x"}, Findings: []lint.Finding{
		{Rule: "r", Severity: lint.Warning, Message: "bell \x07 and \ufffe", Line: 1, Column: 1},
	}}}}
	var b bytes.Buffer
	require.NoError(t, encodeCheckstyle(&b, r))
	var v any
	require.NoError(t, xml.Unmarshal(b.Bytes(), &v), b.String())
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"50% listo", "50%25 listo", "50%25 listo"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"ruta: a, b", "ruta: a, b", "ruta%3A a%2C b"},
		{"%0A", "%250A", "%250A"},
		{"::error::", "::error::", "%3A%3Aerror%3A%3A"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.data, ghData(tc.in))
			assert.Equal(t, tc.prop, ghProperty(tc.in))
		})
	}
}

func TestGitHubCommands(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, encodeGitHub(&b, fixture()))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 7)
	assert.Equal(t, "::notice file=agenda.csv,line=4,endLine=4,col=1,endColumn=6,title=vocero%3A unverified-source (criterio 6.IV)::Marca de rumor: «Rumor»; cita la fuente oficial (criterio 6.IV)", lines[0])
	for _, l := range lines {
		assert.Regexp(t, `^::(error|warning|notice) file=[^,:]+(,[a-zA-Z]+=[^,:]*)*::`, l)
	}
	multi := lines[6]
	assert.Contains(t, multi, "line=4,endLine=6,title=")
	assert.NotContains(t, multi, "col=", "columns only on one line")
}

func TestTextExcerpt(t *testing.T) {
	long := strings.Repeat("palabra ", 40)
	for _, tc := range []struct {
		name, text string
		span       lint.Span
		want       []string
	}{
		{"simple", "Hoy es el ÚLTIMO DÍA", lint.Span{Start: 10, End: 22}, []string{
			"    1 | Hoy es el ÚLTIMO DÍA", "      |           ^^^^^^^^^^"}},
		{"emoji is two columns", "👋🏽 HOLA", lint.Span{Start: 9, End: 13}, []string{
			"    1 | 👋🏽 HOLA", "      |    ^^^^"}},
		{"tabs and controls", "\ta\x01b SÍ", lint.Span{Start: 5, End: 8}, []string{
			"    1 |  ab SÍ", "      |     ^^"}},
		{"empty span", "abc", lint.Span{Start: 1, End: 1}, []string{
			"    1 | abc", "      |  ^"}},
		{"long line is cut around the finding", long + "MAL " + long, lint.Span{Start: len(long), End: len(long) + 3}, []string{
			"    1 | …" + strings.Repeat("palabra ", 40)[len(long)-50:] + "MAL " + strings.Repeat("palabra ", 6)[:45] + "…",
			"      | " + strings.Repeat(" ", 51) + "^^^"}},
		{"blank line prints nothing", "  \n", lint.Span{Start: 0, End: 2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &lint.Post{Text: tc.text}
			f := &lint.Finding{Span: tc.span, Line: 1}
			var b bytes.Buffer
			w := bufioWriter(&b)
			writeExcerpt(w, p, f, func(_, s string) string { return s })
			require.NoError(t, w.Flush())
			var got []string
			if b.Len() > 0 {
				got = strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestTextHugeLine(t *testing.T) {
	// A finding deep inside a one-line 5 MB post prints a short excerpt.
	text := strings.Repeat("a", 5<<20) + " MAL " + strings.Repeat("b", 5<<20)
	start := 5<<20 + 1
	r := &Report{Files: 1, Results: []lint.Result{{Post: &lint.Post{Path: "a.txt", Text: text}, Findings: []lint.Finding{
		{Rule: "r", Severity: lint.Warning, Message: "m", Span: lint.Span{Start: start, End: start + 3}, Line: 1, Column: start + 1, EndLine: 1, EndColumn: start + 4, Text: "MAL"},
	}}}}
	var b bytes.Buffer
	require.NoError(t, encodeText(&b, r))
	assert.Less(t, b.Len(), 500)
	assert.Contains(t, b.String(), "a.txt:1:5242882: advertencia: m [r]")
}

func TestTextInvalidSpan(t *testing.T) {
	r := &Report{Results: []lint.Result{{Post: &lint.Post{Path: "a.txt", Text: "abc"}, Findings: []lint.Finding{
		{Rule: "r", Severity: lint.Error, Message: "m", Span: lint.Span{Start: 2, End: 10}, Line: 1, Column: 3},
	}}}}
	var b bytes.Buffer
	require.NoError(t, encodeText(&b, r))
	assert.Contains(t, b.String(), "a.txt:1:3: error: m [r]")
}

func TestWriterErrors(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f, func(t *testing.T) {
			enc, _ := Lookup(f)
			err := enc(failWriter{}, fixture())
			require.Error(t, err)
		})
	}
	require.Error(t, EncodeInspect(failWriter{}, "jsonl", []Inspection{{}}))
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}
