package source

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFilePositions checks that findings in every format point where an
// editor shows the word: line and code-point column in the file, whatever
// escapes, quotes or BOM the record went through, while start/end stay
// offsets into the decoded text.
func TestFilePositions(t *testing.T) {
	bomS := "\ufeff"
	for _, tc := range []struct {
		name, path, data string
		want             []string // "line:col-endline:endcol TEXT" per finding, in order
	}{
		{"txt", "a.txt", "hola MAL", []string{"1:6-1:9 MAL"}},
		{"txt with BOM", "a.txt", bomS + "hola MAL\nY OTRO", []string{"1:6-1:9 MAL", "2:3-2:7 OTRO"}},
		{"md with BOM", "a.md", bomS + "hola MAL", []string{"1:6-1:9 MAL"}},
		{"jsonl plain", "a.jsonl", `{"id":1,"text":"hola MAL"}`, []string{"1:22-1:25 MAL"}},
		{"jsonl BOM", "a.jsonl", bomS + `{"text":"MAL"}`, []string{"1:10-1:13 MAL"}},
		{"jsonl newline escape", "a.jsonl", `{"text":"uno\ndos MAL"}` + "\n" + `{"text":"ok"}`, []string{"1:19-1:22 MAL"}},
		{"jsonl quote escape", "a.jsonl", `{"text":"\"cita\" MAL"}`, []string{"1:19-1:22 MAL"}},
		{"jsonl unicode escape", "a.jsonl", `{"text":"d\u00eda MAL"}`, []string{"1:19-1:22 MAL"}},
		{"jsonl unicode escape inside word", "a.jsonl", `{"text":"ADI\u00d3S ya"}`, []string{"1:10-1:20 ADIÓS"}},
		{"jsonl surrogate pair", "a.jsonl", `{"text":"\ud83d\ude00 MAL"}`, []string{"1:23-1:26 MAL"}},
		{"jsonl raw accents", "a.jsonl", `{"text":"día MAL"}`, []string{"1:14-1:17 MAL"}},
		{"jsonl key after text", "a.jsonl", `{"text":"x MAL","id":"text"}`, []string{"1:12-1:15 MAL"}},
		{"jsonl key in another case", "a.jsonl", `{"Text":"x MAL"}`, []string{"1:12-1:15 MAL"}},
		{"jsonl spaces", "a.jsonl", `{ "id": 2 ,  "text" :  "x MAL" }`, []string{"1:27-1:30 MAL"}},
		{"csv unquoted", "a.csv", "id;mensaje\n1;Todo MAL\n", []string{"2:8-2:11 MAL"}},
		{"csv quoted", "a.csv", "id,mensaje\n1,\"Todo MAL\"\n", []string{"2:9-2:12 MAL"}},
		{"csv doubled quotes", "a.csv", "id,mensaje\n1,\"Dijo \"\"sí\"\" MAL\"\n", []string{"2:16-2:19 MAL"}},
		{"csv embedded newline", "a.csv", "id,mensaje\n1,\"uno\n\"\"dos\"\" MAL\"\n", []string{"3:9-3:12 MAL"}},
		{"csv BOM", "a.csv", bomS + "mensaje\nMAL\n", []string{"2:1-2:4 MAL"}},
		{"csv BOM first column", "a.csv", bomS + "mensaje,id\nya MAL,1\n", []string{"2:4-2:7 MAL"}},
		{"csv crlf", "a.csv", "id;mensaje\r\n1;\"a\r\nMAL\"\r\n", []string{"3:1-3:4 MAL"}},
		{"csv link column", "a.csv", "mensaje;enlace\nVer;\"https://ejemplo.mx/MAL\"\n", []string{"2:25-2:28 MAL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read(tc.path, []byte(tc.data))
			require.NoError(t, err)
			var got []string
			for _, r := range lintAll(t, newLinter(t, shout{reads: 0xff}), ps) {
				for _, f := range r.Findings {
					got = append(got, fmt.Sprintf("%d:%d-%d:%d %s", f.Line, f.Column, f.EndLine, f.EndColumn, f.Text))
					assert.Equal(t, f.Text, r.Post.Text[f.Span.Start:f.Span.End], "start/end stay offsets into the decoded text")
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
