package source

import (
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
	out, n, err := ApplyFixes("a.txt", data, rs, func(f lint.Finding) bool { return f.Text == "DOS" })
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
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 4, End: 6, New: "ID"}}}},                          // front matter
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 14, End: 15, New: "##"}}}},                        // heading #
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 21, End: 23, New: ""}}}},                          // emphasis
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 22, End: 22, New: "x"}}}},                         // insertion inside **
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 16, End: 20, New: "Adiós"}, {Start: 5, End: 5}}}}, // one bad edit spoils the fix
		{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 30, End: 99, New: ""}}}},                          // out of range
	}
	for i, f := range bad {
		out, n, err := ApplyFixes("a.md", []byte(src), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, func(lint.Finding) bool { return true })
		require.NoError(t, err)
		assert.Equal(t, src, string(out), "case %d", i)
		assert.Zero(t, n, "case %d", i)
	}
	good := lint.Finding{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 16, End: 20, New: "Adiós"}}}}
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
		f := lint.Finding{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{e}}}
		out, n, err := ApplyFixes("a.csv", []byte(data), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, nil)
		require.NoError(t, err)
		assert.Equal(t, data, string(out))
		assert.Zero(t, n)
	}
	f := lint.Finding{Rule: "x", Fix: &lint.Fix{Edits: []lint.Edit{{Start: 0, End: 4, New: "Hola, \"Sonora\""}}}}
	out, n, err := ApplyFixes("a.csv", []byte(data), []lint.Result{{Post: p, Findings: []lint.Finding{f}}}, nil)
	require.NoError(t, err)
	assert.Equal(t, "message,link\n\"Hola, \"\"Sonora\"\"\",https://ine.mx/x\n", string(out), "a cell that needs quotes gets them")
	assert.Equal(t, 1, n)
	again, err := Read("a.csv", out)
	require.NoError(t, err)
	assert.Equal(t, "Hola, \"Sonora\" https://ine.mx/x", again[0].Text)
}

func TestSafeFix(t *testing.T) {
	fix := &lint.Fix{Message: "m", Edits: []lint.Edit{{Start: 0, End: 1, New: "a"}}}
	for _, tc := range []struct {
		name string
		f    lint.Finding
		want bool
	}{
		{"fix without suggestions", lint.Finding{Fix: fix}, true},
		{"fix matching its one suggestion", lint.Finding{Fix: fix, Suggestions: []string{"a"}}, true},
		{"no fix", lint.Finding{}, false},
		{"no fix but suggestions", lint.Finding{Suggestions: []string{"a", "b"}}, false},
		{"several suggestions: a person chooses", lint.Finding{Fix: fix, Suggestions: []string{"a", "b"}}, false},
		{"empty fix", lint.Finding{Fix: &lint.Fix{Message: "m"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, SafeFix(tc.f)) })
	}
}

func TestApplyFixesUnsupported(t *testing.T) {
	out, n, err := ApplyFixes("a.doc", []byte("x"), nil, nil)
	require.Error(t, err)
	assert.Equal(t, "x", string(out))
	assert.Zero(t, n)
}
