package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

var fuzzPaths = []string{"a.txt", "a.md", "a.jsonl", "a.csv"}

func FuzzRead(f *testing.F) {
	seeds := []string{
		"Hola", "\xff", "a\x00b", "\ufeffHola\r\n",
		"---\nplatforms: [x]\nid: 1\n---\n# Hola **MUNDO** [a](https://ine.mx) `CODE`\n<!-- vocero-disable-next-line shout -->\nOTRA\n",
		"---\n---\n", "---\na: [\n---\n", "[a]: <b>\n\n![x](y \"z\")\n\n| a |\n|---|\n| B |\n",
		"<!-- vocero-disable -->\n```\nX\n```\n<div>\n", "- [ ] *a* _b_ ~~c~~ \\* <br> &amp;\n> q",
		`{"text":"HOLA","platforms":["x"],"publish_at":"2027-03-01"}` + "\n" + `{"text":"b"}`,
		`{"text":1}`, `{"text":"\u0000"}`, "{\"text\":\"a\\nB\"}\r\n\r\n",
		"id;mensaje;fecha\n1;\"HOLA\nDOS\";2027-03-01\n", "message\n\"", "message,link\nHOLA,https://ine.mx\n",
		"a,b\n", "\ufefftexto\r\nX\r\n",
	}
	for _, s := range seeds {
		for i := range fuzzPaths {
			f.Add(uint8(i), s)
		}
	}
	l := newLinter(f, shout{})
	f.Fuzz(func(t *testing.T, format uint8, data string) {
		path := fuzzPaths[int(format)%len(fuzzPaths)]
		ps, err := Read(path, []byte(data))
		var re RecordErrors
		switch {
		case errors.As(err, &re):
			require.NotEmpty(t, re)
			for _, e := range re {
				require.Equal(t, path, e.Path)
				require.Positive(t, e.Line)
			}
		case err != nil:
			var e *Error
			require.ErrorAs(t, err, &e)
			require.Equal(t, path, e.Path)
			require.Nil(t, ps)
			return
		}
		whole := FormatOf(path) == Text || FormatOf(path) == Markdown
		results := make([]lint.Result, len(ps))
		for i, p := range ps {
			checkPost(t, p)
			require.True(t, utf8.ValidString(p.Text) || !whole)
			if whole {
				require.Equal(t, data, p.Text)
				require.Zero(t, p.Line)
			} else {
				require.Positive(t, p.Line)
				require.LessOrEqual(t, p.Line, strings.Count(data, "\n")+strings.Count(data, "\r")+1)
			}
			for k, o := range p.Origins {
				require.True(t, k > 0 || o.Off == 0, "origins start at 0")
				require.True(t, k == 0 || o.Off > p.Origins[k-1].Off, "origins sorted")
				require.LessOrEqual(t, o.Off, len(p.Text))
				require.Positive(t, o.Line)
				require.Positive(t, o.Col)
			}
			results[i] = l.Lint(context.Background(), p)
			for _, f := range results[i].Findings {
				require.True(t, f.Line < f.EndLine || f.Line == f.EndLine && f.Column <= f.EndColumn, "%+v", f)
			}
		}
		out, n, err := ApplyFixes(path, []byte(data), results, nil)
		var e *Error
		if errors.As(err, &e) && e.ambiguous {
			// Refused, not broken: a Windows-1252 file whose fixed bytes
			// would read as UTF-8.
			require.Equal(t, data, string(out))
			return
		}
		require.NoError(t, err)
		if n == 0 {
			require.Equal(t, data, string(out))
			return
		}
		// The fixed file is still readable, with as many posts.
		again, err := Read(path, out)
		var re2 RecordErrors
		if errors.As(err, &re2) {
			require.Len(t, re2, len(re))
		} else {
			require.NoError(t, err)
		}
		require.Len(t, again, len(ps))
	})
}

func FuzzCSVCell(f *testing.F) {
	for _, s := range []string{"", "a", "a,b", "a;b", `"`, "a\nb", "a\r\nb", " lead", `x""y`} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, v string, quoted bool) {
		if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
			return
		}
		for _, sep := range []byte{',', ';', '\t'} {
			data := "message" + string(sep) + "id\n" + encodeCell(v, sep, quoted) + string(sep) + "7\n"
			file, err := parseCSV("a.csv", []byte(data))
			require.NoError(t, err)
			if strings.TrimSpace(v) == "" && !quoted && !strings.ContainsAny(v, "\n\r"+string(sep)) {
				continue
			}
			require.Len(t, file.Rows, 2, "%q", data)
			require.Equal(t, v, file.Rows[1][0].Value)
			require.Equal(t, "7", file.Rows[1][1].Value)
		}
	})
}
