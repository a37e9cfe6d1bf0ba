package source

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// fixFile reads, lints and fixes a file the way `vocero lint --fix` does.
func fixFile(t *testing.T, path, data string, rules ...lint.Rule) (string, int) {
	t.Helper()
	if len(rules) == 0 {
		rules = []lint.Rule{shout{}}
	}
	ps, err := Read(path, []byte(data))
	require.NoError(t, err)
	rs := lintAll(t, newLinter(t, rules...), ps)
	out, n, err := ApplyFixes(path, []byte(data), rs, nil)
	require.NoError(t, err)
	return string(out), n
}

func TestApplyFixes(t *testing.T) {
	for _, tc := range []struct {
		name, path, in, want string
		n                    int
	}{
		{"text", "a.txt", "Hoy es el ÚLTIMO DÍA.\n", "Hoy es el último día.\n", 2},
		{"stdin", "-", "VOTA hoy", "vota hoy", 1},
		{"nothing to fix", "a.txt", "Todo bien.", "Todo bien.", 0},
		{"markdown keeps syntax and front matter", "a.md",
			"---\nid: AVISO\n---\n# **AVISO** importante\n\n<!-- NOTA -->\n[LIGA](https://ine.mx/PREP) y `CODIGO`\n",
			"---\nid: AVISO\n---\n# **aviso** importante\n\n<!-- NOTA -->\n[liga](https://ine.mx/PREP) y `CODIGO`\n", 2},
		{"jsonl keeps other fields", "a.jsonl",
			`{"id":"1","text":"VOTA <hoy> & \"YA\"","reply":false}` + "\n" + `{"text":"bien"}` + "\n" + `{"platforms":["x"], "text" : "ÚLTIMO día"}` + "\n",
			`{"id":"1","text":"vota <hoy> & \"ya\"","reply":false}` + "\n" + `{"text":"bien"}` + "\n" + `{"platforms":["x"], "text" : "último día"}` + "\n", 3},
		{"jsonl crlf and bom", "a.jsonl", "\ufeff{\"text\":\"HOLA\"}\r\n{\"text\":\"ADIÓS\"}", "\ufeff{\"text\":\"hola\"}\r\n{\"text\":\"adiós\"}", 2},
		{"csv quoted cell keeps quotes", "a.csv",
			"id;mensaje;enlace\n1;\"VOTA; \"\"YA\"\"\nmañana\";https://ine.mx/PREP\n2;TODO bien;\n",
			"id;mensaje;enlace\n1;\"vota; \"\"ya\"\"\nmañana\";https://ine.mx/PREP\n2;todo bien;\n", 3},
		{"csv with bom and crlf", "a.csv", "\ufeffmessage\r\nHOLA\r\n", "\ufeffmessage\r\nhola\r\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n := fixFile(t, tc.path, tc.in)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.n, n)
			// Fixing the fixed file changes nothing.
			again, n2 := fixFile(t, tc.path, got)
			assert.Equal(t, got, again)
			assert.Zero(t, n2)
		})
	}
}

func TestApplyFixesChoose(t *testing.T) {
	data := []byte("UNO DOS")
	ps, err := Read("a.txt", data)
	require.NoError(t, err)
	rs := lintAll(t, newLinter(t, shout{}), ps)
	out, n, err := ApplyFixes("a.txt", data, rs, func(f lint.Finding) int {
		if f.Text == "DOS" {
			return 0
		}
		return -1
	})
	require.NoError(t, err)
	assert.Equal(t, "UNO dos", string(out))
	assert.Equal(t, 1, n)
}

func TestApplyFixesChangedFile(t *testing.T) {
	for _, tc := range []struct{ path, read, now string }{
		{"a.txt", "HOLA", "HOLA!"},
		{"a.md", "# HOLA", "# HOLA\n"},
		{"a.jsonl", `{"text":"HOLA"}`, `{"text":"HOLA mundo"}`},
		{"a.jsonl", "\n" + `{"text":"HOLA"}`, `{"text":"HOLA"}`},
		{"a.csv", "message\nHOLA\n", "message\nHOLA hoy\n"},
		{"a.csv", "message\nHOLA\n", "message\n\nHOLA\n"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			ps, err := Read(tc.path, []byte(tc.read))
			require.NoError(t, err)
			rs := lintAll(t, newLinter(t, shout{}), ps)
			out, n, err := ApplyFixes(tc.path, []byte(tc.now), rs, nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "changed since it was read")
			assert.Equal(t, tc.now, string(out), "nothing written")
			assert.Zero(t, n)
		})
	}
}

func TestApplyFixesRefusesProtectedEdits(t *testing.T) {
	src := "---\nid: a\n---\n# Hola **mundo**\n"
	ps, err := Read("a.md", []byte(src))
	require.NoError(t, err)
	p := &ps[0]
	bad := []lint.Finding{
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 4, End: 6, New: "ID"}}}}},                          // front matter
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 14, End: 15, New: "##"}}}}},                        // heading #
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 21, End: 23, New: ""}}}}},                          // emphasis
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 22, End: 22, New: "x"}}}}},                         // insertion inside **
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 16, End: 20, New: "Adiós"}, {Start: 5, End: 5}}}}}, // one bad edit spoils the fix
		{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 30, End: 99, New: ""}}}}},                          // out of range
	}
	for i, f := range bad {
		out, n, err := ApplyFixes("a.md", []byte(src), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, func(lint.Finding) int { return 0 })
		require.NoError(t, err)
		assert.Equal(t, src, string(out), "case %d", i)
		assert.Zero(t, n, "case %d", i)
	}
	good := lint.Finding{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 16, End: 20, New: "Adiós"}}}}}
	out, n, err := ApplyFixes("a.md", []byte(src), []lint.Result{{Post: p, Findings: []lint.Finding{good}}}, nil)
	require.NoError(t, err)
	assert.Equal(t, "---\nid: a\n---\n# Adiós **mundo**\n", string(out))
	assert.Equal(t, 1, n)
}

func TestApplyFixesCSVLinkUntouched(t *testing.T) {
	data := "message,link\nHola,https://ine.mx/x\n"
	ps, err := Read("a.csv", []byte(data))
	require.NoError(t, err)
	p := &ps[0]
	require.Equal(t, "Hola https://ine.mx/x", p.Text)
	for _, e := range []lint.Edit{{Start: 5, End: 10, New: "http"}, {Start: 4, End: 5, New: ""}, {Start: 0, End: 21, New: "x"}} {
		f := lint.Finding{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{e}}}}
		out, n, err := ApplyFixes("a.csv", []byte(data), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, nil)
		require.NoError(t, err)
		assert.Equal(t, data, string(out))
		assert.Zero(t, n)
	}
	f := lint.Finding{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 0, End: 4, New: "Hola, \"Sonora\""}}}}}
	out, n, err := ApplyFixes("a.csv", []byte(data), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, nil)
	require.NoError(t, err)
	assert.Equal(t, "message,link\n\"Hola, \"\"Sonora\"\"\",https://ine.mx/x\n", string(out), "a cell that needs quotes gets them")
	assert.Equal(t, 1, n)
	again, err := Read("a.csv", out)
	require.NoError(t, err)
	assert.Equal(t, "Hola, \"Sonora\" https://ine.mx/x", again[0].Text)
}

func TestSafeFixes(t *testing.T) {
	edits := []lint.Edit{{Start: 0, End: 1, New: "a"}}
	for _, tc := range []struct {
		name string
		f    lint.Finding
		want int
	}{
		{"one safe fix", lint.Finding{Fixes: []lint.Fix{{Safe: true, Message: "m", Edits: edits}}}, 0},
		{"no fix", lint.Finding{}, -1},
		{"unsafe alternatives: a person chooses", lint.Finding{Fixes: []lint.Fix{{Message: "a", Edits: edits}, {Message: "b", Edits: edits}}}, -1},
		{"the safe one among others", lint.Finding{Fixes: []lint.Fix{{Message: "a", Edits: edits}, {Safe: true, Message: "b", Edits: edits}}}, 1},
		{"empty fix", lint.Finding{Fixes: []lint.Fix{{Safe: true, Message: "m"}}}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, lint.SafeFixes(tc.f)) })
	}
}

func TestApplyFixesUnsupported(t *testing.T) {
	out, n, err := ApplyFixes("a.doc", []byte("x"), nil, nil)
	require.Error(t, err)
	assert.Equal(t, "x", string(out))
	assert.Zero(t, n)
}

// spaces is a test rule whose fixes need several rounds: each collapses
// one doubled space, and overlapping ones wait for the next round. It also
// offers an unsafe fix that masks "1234".
type spaces struct{}

func (spaces) Meta() lint.Meta {
	return lint.Meta{ID: "spaces", Criteria: []string{"6.XXII"}, Severity: lint.Warning,
		Summary: lint.Message{ES: "Espacios", EN: "Spaces"}}
}

func (spaces) Check(p *lint.Pass) error {
	t := p.Doc.Text
	for i := 0; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i+1] == ' ' {
			p.Report(lint.Finding{Span: lint.Span{Start: i, End: i + 2}, Message: "doble",
				Fixes: []lint.Fix{{Safe: true, Message: "uno", Edits: []lint.Edit{{Start: i, End: i + 2, New: " "}}}}})
		}
	}
	if i := strings.Index(t, "1234"); i >= 0 {
		p.Report(lint.Finding{Span: lint.Span{Start: i, End: i + 4}, Message: "dato",
			Fixes: []lint.Fix{{Message: "ocultar", Edits: []lint.Edit{{Start: i, End: i + 4, New: "**34"}}}}})
	}
	return nil
}

func TestFixSettles(t *testing.T) {
	l := newLinter(t, spaces{})
	for _, tc := range []struct{ path, in, want string }{
		{"a.txt", "a         b 1234\n", "a b 1234\n"},
		{"a.md", "---\nid: x\n---\n# a     b 1234\n", "---\nid: x\n---\n# a b 1234\n"},
		{"a.jsonl", `{"id":"1","text":"a     b 1234"}` + "\n" + `{"id":"2","text":"c  d"}` + "\n",
			`{"id":"1","text":"a b 1234"}` + "\n" + `{"id":"2","text":"c d"}` + "\n"},
		{"a.csv", "message\n\"a     b 1234\"\n", "message\n\"a b 1234\"\n"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			out, n, err := Fix(context.Background(), l, tc.path, []byte(tc.in), FixOptions{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(out), "safe fixes only, until nothing is left")
			assert.Greater(t, n, 1)
			again, n2, err := Fix(context.Background(), l, tc.path, out, FixOptions{})
			require.NoError(t, err)
			assert.Equal(t, string(out), string(again), "fixing twice changes nothing")
			assert.Zero(t, n2)
		})
	}
}

func TestFixChosenUnsafe(t *testing.T) {
	l := newLinter(t, spaces{})
	data := []byte("tel  1234\n")
	ps, err := Read("a.txt", data)
	require.NoError(t, err)
	res := l.Lint(context.Background(), ps[0])
	require.Len(t, res.Findings, 2)
	mask := res.Findings[1]
	require.Equal(t, "dato", mask.Message)
	out, n, err := Fix(context.Background(), l, "a.txt", data, FixOptions{Choose: lint.ChooseFix(mask, 0)})
	require.NoError(t, err)
	assert.Equal(t, "tel  **34\n", string(out), "the chosen fix alone")
	assert.Equal(t, 1, n)
}

func TestFixBadFile(t *testing.T) {
	l := newLinter(t, spaces{})
	data := []byte("fecha\n2027-01-01\n")
	out, n, err := Fix(context.Background(), l, "a.csv", data, FixOptions{})
	var e *Error
	require.ErrorAs(t, err, &e, "no message column")
	assert.Equal(t, string(data), string(out))
	assert.Zero(t, n)

	// One unreadable record does not stop the others from being fixed.
	data = []byte(`{"text":"a  b"}` + "\n" + `{"text":"c","platforms":["myspace"]}` + "\n" + `{"text":"d  e"}` + "\n")
	out, n, err = Fix(context.Background(), l, "a.jsonl", data, FixOptions{})
	require.NoError(t, err)
	assert.Equal(t, `{"text":"a b"}`+"\n"+`{"text":"c","platforms":["myspace"]}`+"\n"+`{"text":"d e"}`+"\n", string(out))
	assert.Equal(t, 2, n)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err = Fix(ctx, l, "a.txt", []byte("a  b"), FixOptions{})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestReadNumbersPosts(t *testing.T) {
	ps, err := Read("a.jsonl", []byte(`{"text":"uno"}`+"\n"+`{"text":"dos"}`+"\n"))
	require.NoError(t, err)
	require.Len(t, ps, 2)
	assert.Equal(t, 1, ps[0].Number)
	assert.Equal(t, 2, ps[1].Number)
}
