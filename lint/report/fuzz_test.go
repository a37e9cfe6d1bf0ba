package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// FuzzEncode checks that any post text and message give well-formed
// output: valid JSON and SARIF, parseable XML, one workflow command per
// finding, and text without raw control characters in the message line.
func FuzzEncode(f *testing.F) {
	f.Add("Hoy es el ÚLTIMO DÍA", "Mayúsculas: «%s»", "a.md", 10, 22)
	f.Add("a\nb\r\nc", "línea\nnueva %0A ::", "x, y: z.txt", 0, 5)
	f.Add("\xff\x00\x1b[31m", "\x07<&>\"", "-", 1, 2)
	f.Add("", "", "", 0, 0)
	f.Fuzz(func(t *testing.T, text, msg, path string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			start, end = 0, 0
		}
		p := &lint.Post{Path: path, Text: text}
		fd := lint.Finding{Rule: "r", Severity: lint.Warning, Message: msg, Criteria: []string{"6.XXII"},
			Span: lint.Span{Start: start, End: end}, Line: 1, Column: 1, EndLine: 1, EndColumn: 2, Text: text[start:end],
			Fixes: []lint.Fix{{Safe: true, Message: msg, Edits: []lint.Edit{{Start: start, End: end, New: msg}}}}}
		r := &Report{Files: 1, Results: []lint.Result{{Post: p, Findings: []lint.Finding{fd, fd}}}}
		for _, format := range Formats() {
			enc, _ := Lookup(format)
			var b bytes.Buffer
			require.NoError(t, enc(&b, r), format)
			out := b.String()
			switch format {
			case "json", "sarif":
				require.True(t, json.Valid(b.Bytes()), format)
			case "jsonl":
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					require.True(t, json.Valid([]byte(l)))
				}
			case "checkstyle":
				var v any
				require.NoError(t, xml.Unmarshal(b.Bytes(), &v))
			case "github":
				require.Equal(t, 2, strings.Count(out, "\n"), "one command per finding")
			case "text":
				first := strings.SplitN(out, "\n", 2)[0]
				require.NotContains(t, first, "\x1b")
				require.NotContains(t, first, "\r")
				if utf8.ValidString(msg) {
					require.True(t, utf8.ValidString(first) || !utf8.ValidString(path))
				}
			}
		}
	})
}
