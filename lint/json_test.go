package lint

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindingJSON(t *testing.T) {
	f := Finding{
		Rule: "spelling", Kind: "suggest", Severity: Warning, Message: "Palabra «conbocatoria» <b> & c",
		Criteria: []string{"6.XXII"}, Span: Span{3, 15},
		Fixes: []Fix{
			{Message: "Escribir «convocatoria»", Edits: []Edit{{3, 15, "convocatoria"}}},
			{Message: "Escribir «convocatorias»", Safe: true, Edits: []Edit{{3, 15, "convocatorias"}}},
		},
		Line: 1, Column: 4, EndLine: 1, EndColumn: 16, Text: "conbocatoria",
		Path: "a.md", Post: 2, PostID: "p-1",
	}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"path":"a.md","post":2,"id":"p-1","rule":"spelling","kind":"suggest","severity":"warning",
		"message":"Palabra «conbocatoria» <b> & c","criteria":["6.XXII"],"start":3,"end":15,"line":1,"column":4,
		"end_line":1,"end_column":16,"text":"conbocatoria","fixes":[
		{"message":"Escribir «convocatoria»","safe":false,"edits":[{"start":3,"end":15,"new":"convocatoria"}]},
		{"message":"Escribir «convocatorias»","safe":true,"edits":[{"start":3,"end":15,"new":"convocatorias"}]}]}`, string(b))
	// Keys in the documented order.
	order := []string{`"path"`, `"post"`, `"id"`, `"rule"`, `"kind"`, `"severity"`, `"message"`, `"criteria"`, `"start"`, `"end"`,
		`"line"`, `"column"`, `"end_line"`, `"end_column"`, `"text"`, `"fixes"`}
	last := -1
	for _, k := range order {
		i := strings.Index(string(b), k+":")
		require.Greater(t, i, last, "key %s out of order in %s", k, b)
		last = i
	}
	var back Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back, "round trip")

	// A finding that belongs to no file has no location keys; lists are
	// never null.
	b, err = json.Marshal(Finding{Rule: "x", Severity: Info})
	require.NoError(t, err)
	assert.JSONEq(t, `{"rule":"x","kind":"","severity":"info","message":"","criteria":[],"start":0,"end":0,
		"line":0,"column":0,"end_line":0,"end_column":0,"text":"","fixes":[]}`, string(b))
	b, err = json.Marshal(Fix{Message: "m"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"message":"m","safe":false,"edits":[]}`, string(b))

	// Bad severities fail both ways.
	_, err = json.Marshal(Finding{Severity: 9})
	assert.Error(t, err)
	assert.Error(t, json.Unmarshal([]byte(`{"severity":"grave"}`), &back))
}

func TestResultJSON(t *testing.T) {
	r := Result{
		Post:     &Post{Path: "lote.jsonl", Number: 3, ID: "a3", Text: "no se escribe"},
		Findings: []Finding{{Rule: "x", Severity: Error, Path: "lote.jsonl", Post: 3, PostID: "a3"}},
		Err:      errors.New("rule y: broke"),
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"path":"lote.jsonl","post":3,"id":"a3","findings":[{"path":"lote.jsonl","post":3,"id":"a3",
		"rule":"x","kind":"","severity":"error","message":"","criteria":[],"start":0,"end":0,"line":0,"column":0,
		"end_line":0,"end_column":0,"text":"","fixes":[]}],"error":"rule y: broke"}`, string(b))
	var back Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, &Post{Path: "lote.jsonl", Number: 3, ID: "a3"}, back.Post)
	assert.EqualError(t, back.Err, "rule y: broke")
	assert.Equal(t, r.Findings, back.Findings)

	b, err = json.Marshal(Result{Post: &Post{Text: "x"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"findings":[]}`, string(b))
}

// TestLintSetsLocation checks that a finding knows its post's file, number
// and ID, so that json.Marshal of it alone says where it belongs.
func TestLintSetsLocation(t *testing.T) {
	l := mustNew(t, Config{}, wordRule{id: "w", word: "x", sev: Warning})
	res := l.Lint(context.Background(), Post{Text: "a x", Path: "a.jsonl", Number: 4, ID: "r4"})
	require.Len(t, res.Findings, 1)
	f := res.Findings[0]
	assert.Equal(t, "a.jsonl", f.Path)
	assert.Equal(t, 4, f.Post)
	assert.Equal(t, "r4", f.PostID)
}

// FuzzFindingJSON: any input either fails to read or reads into a Finding
// that writes back to JSON that reads into the same Finding.
func FuzzFindingJSON(f *testing.F) {
	f.Add([]byte(`{"path":"a.md","post":1,"id":"x","rule":"r","kind":"","severity":"warning","message":"m","criteria":["6.III"],"start":0,"end":3,"line":1,"column":1,"end_line":1,"end_column":4,"text":"abc","fixes":[{"message":"f","safe":true,"edits":[{"start":0,"end":3,"new":"A"}]}]}`))
	f.Add([]byte(`{"severity":"info","fixes":null,"criteria":[]}`))
	f.Add([]byte(`{"severity":"grave"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Finding
		if json.Unmarshal(data, &a) != nil {
			return
		}
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var c Finding
		require.NoError(t, json.Unmarshal(b, &c))
		assert.Equal(t, a, c)
	})
}

// FuzzFixApply: Apply never panics; it either fails and gives the text
// back, or the result has the right length and keeps the bytes outside the
// edits.
func FuzzFixApply(f *testing.F) {
	f.Add("Ya votaste?", 0, 0, "¿", 10, 11, "?")
	f.Add("año", 1, 3, "n", 0, 0, "")
	f.Fuzz(func(t *testing.T, text string, s1, e1 int, n1 string, s2, e2 int, n2 string) {
		fx := Fix{Edits: []Edit{{s1, e1, n1}, {s2, e2, n2}}}
		got, err := fx.Apply(text)
		if err != nil {
			assert.Equal(t, text, got)
			return
		}
		assert.Equal(t, len(text)+len(n1)-(e1-s1)+len(n2)-(e2-s2), len(got))
		first := min(s1, s2)
		assert.Equal(t, text[:first], got[:first])
	})
}
