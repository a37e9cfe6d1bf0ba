package source

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestSupported(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"a.txt", true}, {"dir/b.md", true}, {"c.MARKDOWN", true}, {"d.jsonl", true},
		{"e.csv", true}, {"F.CSV", true}, {"-", true}, {"", true},
		{"a.json", false}, {"a.go", false}, {"README", false}, {"a.md.bak", false},
		{"a.tsv", false}, {".vocero.yaml", false}, {"img.png", false}, {"txt", false},
	} {
		t.Run(tc.path, func(t *testing.T) {
			assert.Equal(t, tc.want, Supported(tc.path))
		})
	}
}

func TestErrorString(t *testing.T) {
	assert.Equal(t, "a.md:3: front matter: bad", (&Error{Path: "a.md", Line: 3, Msg: "front matter: bad"}).Error())
	assert.Equal(t, "a.md: bad", (&Error{Path: "a.md", Msg: "bad"}).Error())
	assert.Equal(t, "-:2: bad", (&Error{Line: 2, Msg: "bad"}).Error())
}

func TestReadUnsupported(t *testing.T) {
	_, err := Read("a.json", []byte("{}"))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "a.json", e.Path)
	assert.Contains(t, e.Msg, "unsupported")
}

func TestReadText(t *testing.T) {
	for _, tc := range []struct {
		name, path, data string
	}{
		{"plain", "a.txt", "Consulta el PREP en ieesonora.org.mx/prep"},
		{"stdin dash", "-", "Hola\n"},
		{"stdin empty path", "", "Hola"},
		{"empty file", "a.txt", ""},
		{"bom kept so offsets are file offsets", "a.txt", "\ufeffHola"},
		{"crlf", "a.txt", "Hola\r\nAdiós\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read(tc.path, []byte(tc.data))
			require.NoError(t, err)
			require.Len(t, ps, 1)
			assert.Equal(t, tc.data, ps[0].Text)
			assert.Equal(t, tc.path, ps[0].Path)
			assert.Zero(t, ps[0].Line)
			assert.Empty(t, ps[0].Regions)
		})
	}
}

func TestReadTextBad(t *testing.T) {
	for _, tc := range []struct {
		name, path, data, want string
	}{
		{"invalid utf-8", "a.txt", "Hola\nbuen d\xeda", "a.txt:2: column 7: invalid UTF-8 (byte 0xed)"},
		{"latin-1 on line 1", "a.txt", "Informaci\xf3n", "a.txt:1: column 10: invalid UTF-8"},
		{"nul byte", "a.txt", "ab\x00c", "a.txt:1: column 3: NUL byte"},
		{"binary", "-", "\x89PNG\r\n\x1a\n\x00\x00", "-:3: column 1: NUL byte"},
		{"markdown invalid", "a.md", "---\nid: 1\n---\n\xff", "a.md:4: column 1: invalid UTF-8"},
		{"truncated rune", "a.txt", "año\xc3", "a.txt:1: column 4: invalid UTF-8 (byte 0xc3)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read(tc.path, []byte(tc.data))
			require.Error(t, err)
			assert.Nil(t, ps)
			assert.Contains(t, err.Error(), tc.want)
			var e *Error
			assert.True(t, errors.As(err, &e))
		})
	}
}

func TestReadJSONL(t *testing.T) {
	data := "\ufeff" + `{"id":"a1","text":"Hola","platforms":["x","Facebook"],"publish_at":"2027-03-01T09:00:00-07:00","reply":true}` + "\r\n" +
		"\n" +
		`{"text":"Segunda\nlínea <b>&"}` + "\n" +
		`  {"id": 7, "text": "", "platforms": "bluesky, threads", "publish_at": "2027-03-02", "campaign": "Voto"}  ` + "\n" +
		`{"text":"con nulos","id":null,"platforms":null,"publish_at":null,"reply":null}`
	ps, err := Read("posts.jsonl", []byte(data))
	require.NoError(t, err)
	require.Len(t, ps, 4)

	assert.Equal(t, "a1", ps[0].ID)
	assert.Equal(t, "Hola", ps[0].Text)
	assert.Equal(t, []lint.Platform{lint.X, lint.Facebook}, ps[0].Platforms)
	assert.True(t, ps[0].PublishAt.Equal(time.Date(2027, 3, 1, 16, 0, 0, 0, time.UTC)))
	assert.True(t, ps[0].Reply)
	assert.Equal(t, 1, ps[0].Line)

	assert.Equal(t, "Segunda\nlínea <b>&", ps[1].Text)
	assert.Equal(t, 3, ps[1].Line)
	assert.False(t, ps[1].Reply)
	assert.True(t, ps[1].PublishAt.IsZero())

	assert.Equal(t, "7", ps[2].ID)
	assert.Equal(t, "", ps[2].Text)
	assert.Equal(t, []lint.Platform{lint.Bluesky, lint.Threads}, ps[2].Platforms)
	assert.Equal(t, "Voto", ps[2].Campaign)
	assert.Equal(t, 4, ps[2].Line)
	// A date without a zone is in Hermosillo (UTC-7 all year).
	assert.True(t, ps[2].PublishAt.Equal(time.Date(2027, 3, 2, 7, 0, 0, 0, time.UTC)), ps[2].PublishAt)

	assert.Equal(t, 5, ps[3].Line)
	assert.Empty(t, ps[3].ID)
	for _, p := range ps {
		assert.Equal(t, "posts.jsonl", p.Path)
	}
}

func TestReadJSONLLocation(t *testing.T) {
	ps, err := ReadWith("a.jsonl", []byte(`{"text":"x","publish_at":"2027-03-01 09:30"}`), Options{Location: time.UTC})
	require.NoError(t, err)
	assert.Equal(t, time.Date(2027, 3, 1, 9, 30, 0, 0, time.UTC), ps[0].PublishAt)
}

func TestReadJSONLEmpty(t *testing.T) {
	for _, data := range []string{"", "\n\n", "  \r\n", "\ufeff"} {
		ps, err := Read("a.jsonl", []byte(data))
		require.NoError(t, err)
		assert.Empty(t, ps)
	}
}

func TestReadJSONLBad(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"broken json", `{"text":"a"}` + "\n" + `{"text":"b"`, `a.jsonl:2: invalid JSON`},
		{"syntax column", `{"text": "a",, }`, `a.jsonl:1: column 14: invalid JSON`},
		{"no text", `{"id":"1"}`, `a.jsonl:1: missing "text"`},
		{"text not a string", `{"text": 5}`, `a.jsonl:1: "text" must be a string, not a JSON number`},
		{"reply not bool", `{"text":"a","reply":"sí"}`, `"reply" must be true or false`},
		{"unknown platform", "\n\n" + `{"text":"a","platforms":["x","tiktok"]}`, `a.jsonl:3: "platforms": unknown platform "tiktok"`},
		{"platforms not a list", `{"text":"a","platforms":{"x":1}}`, `"platforms" must be a list`},
		{"bad date", `{"text":"a","publish_at":"mañana"}`, `a.jsonl:1: "publish_at": "mañana" is not a date`},
		{"impossible date", `{"text":"a","publish_at":"2027-02-30"}`, `is not a date`},
		{"unknown field", `{"text":"a","platfroms":["x"]}`, `a.jsonl:1: unknown field "platfroms"`},
		{"array", `["a"]`, `a.jsonl:1: each line must be a JSON object`},
		{"two values", `{"text":"a"} {"text":"b"}`, `more than one JSON value`},
		{"bad id", `{"text":"a","id":[1]}`, `"id" must be a string or a number`},
		{"invalid utf-8", `{"text":"a` + "\xe9" + `"}`, `a.jsonl:1: column 11: invalid UTF-8`},
		{"nul", "{\"text\":\"a\x00\"}", `NUL byte`},
		{"escaped nul", `{"text":"a\u0000b"}`, `"text": NUL character at column 2`},
		{"string line", `"hola"`, `each line must be a JSON object`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("a.jsonl", []byte(tc.data))
			require.Error(t, err)
			var re RecordErrors
			require.ErrorAs(t, err, &re, "a bad line is a record error")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestParseTime(t *testing.T) {
	loc := time.FixedZone("MST", -7*3600)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2027-03-01", time.Date(2027, 3, 1, 0, 0, 0, 0, loc)},
		{" 2027-03-01 09:05 ", time.Date(2027, 3, 1, 9, 5, 0, 0, loc)},
		{"2027-03-01T09:05:07", time.Date(2027, 3, 1, 9, 5, 7, 0, loc)},
		{"2027-03-01T09:05:07Z", time.Date(2027, 3, 1, 9, 5, 7, 0, time.UTC)},
		{"2027-03-01T09:05:07-06:00", time.Date(2027, 3, 1, 15, 5, 7, 0, time.UTC)},
		{"01/03/2027", time.Date(2027, 3, 1, 0, 0, 0, 0, loc)},
		{"1/3/2027 18:30", time.Date(2027, 3, 1, 18, 30, 0, 0, loc)},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseTime(tc.in, loc)
			require.NoError(t, err)
			assert.True(t, tc.want.Equal(got), "got %v", got)
		})
	}
	for _, bad := range []string{"", "mañana", "2027-13-01", "32/01/2027", "2027/13/01", "13/13/2027", "09:00", "2027-03-01 25:00"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := ParseTime(bad, loc)
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), "is not a date"))
		})
	}
}

// TestBadRecordKeepsTheOthers: one record that cannot be read is reported
// with its line, and the other records are still read.
func TestBadRecordKeepsTheOthers(t *testing.T) {
	for _, tc := range []struct {
		name, path, data string
		lines            []int // of the posts read
		errs             []string
	}{
		{"jsonl unknown platform", "a.jsonl",
			`{"text":"uno"}` + "\n" + `{"text":"dos","platforms":["tiktok"]}` + "\n" + `{"text":"tres"}` + "\n" + `{"text":"cuatro","publish_at":"ayer"}`,
			[]int{1, 3}, []string{`a.jsonl:2: "platforms": unknown platform "tiktok"`, `a.jsonl:4: "publish_at": "ayer" is not a date`}},
		{"csv bad date", "a.csv", "mensaje,fecha\nuno,2027-03-01\ndos,el martes\ntres,\n",
			[]int{2, 4}, []string{`a.csv:3: fecha: "el martes" is not a date`}},
		{"csv unknown platform", "a.csv", "mensaje;red\nuno;x\ndos;tiktok\n",
			[]int{2}, []string{`a.csv:3: red: unknown platform "tiktok"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read(tc.path, []byte(tc.data))
			var re RecordErrors
			require.ErrorAs(t, err, &re)
			var msgs []string
			for _, e := range re {
				assert.Equal(t, tc.path, e.Path)
				msgs = append(msgs, e.Error())
			}
			require.Len(t, msgs, len(tc.errs))
			for i := range msgs {
				assert.Contains(t, msgs[i], tc.errs[i])
			}
			var lines []int
			for _, p := range ps {
				lines = append(lines, p.Line)
			}
			assert.Equal(t, tc.lines, lines)
		})
	}
}
