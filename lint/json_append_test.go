package lint

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"testing"
)

// refFinding encodes a finding by reflection, the way MarshalJSON did
// before it wrote the bytes itself: the reference for appendFindingJSON.
func refFinding(t testing.TB, f Finding) []byte {
	t.Helper()
	type refFix struct {
		Message string `json:"message"`
		Safe    bool   `json:"safe"`
		Edits   []Edit `json:"edits"`
	}
	type ref struct {
		Path      *string  `json:"path,omitempty"`
		Post      *int     `json:"post,omitempty"`
		ID        *string  `json:"id,omitempty"`
		Rule      string   `json:"rule"`
		Kind      string   `json:"kind"`
		Severity  Severity `json:"severity"`
		Message   string   `json:"message"`
		Criteria  []string `json:"criteria"`
		Start     int      `json:"start"`
		End       int      `json:"end"`
		Line      int      `json:"line"`
		Column    int      `json:"column"`
		EndLine   int      `json:"end_line"`
		EndColumn int      `json:"end_column"`
		Text      string   `json:"text"`
		Fixes     []refFix `json:"fixes"`
	}
	j := ref{Rule: f.Rule, Kind: f.Kind, Severity: f.Severity, Message: f.Message, Criteria: f.Criteria,
		Start: f.Span.Start, End: f.Span.End, Line: f.Line, Column: f.Column, EndLine: f.EndLine,
		EndColumn: f.EndColumn, Text: f.Text, Fixes: []refFix{}}
	if f.Path != "" || f.Post != 0 || f.PostID != "" {
		j.Path, j.Post, j.ID = &f.Path, &f.Post, &f.PostID
	}
	if j.Criteria == nil {
		j.Criteria = []string{}
	}
	for _, fx := range f.Fixes {
		e := fx.Edits
		if e == nil {
			e = []Edit{}
		}
		j.Fixes = append(j.Fixes, refFix{fx.Message, fx.Safe, e})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&j); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func checkFindingJSON(t testing.TB, f Finding) {
	t.Helper()
	got, err := f.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if want := refFinding(t, f); !bytes.Equal(got, want) {
		t.Fatalf("MarshalJSON of %#v:\n got %s\nwant %s", f, got, want)
	}
}

// The tricky strings: every escape encoding/json makes, invalid UTF-8,
// HTML characters it leaves alone here, line and paragraph separators.
var jsonPieces = []string{"", "a", "ñ", "«x»", "\"", "\\", "\b", "\f", "\n", "\r", "\t", "\x00", "\x1f", "\x7f",
	"<", ">", "&", "\u2028", "\u2029", "\u2027", "\xff", "\xe2\x80", "😀", "\ufffd", "/", "\u00e9"}

func randJSONString(rng *rand.Rand) string {
	var b []byte
	for i := rng.Intn(6); i > 0; i-- {
		b = append(b, jsonPieces[rng.Intn(len(jsonPieces))]...)
	}
	return string(b)
}

func TestFindingJSONMatchesReflection(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		s := func() string { return randJSONString(rng) }
		f := Finding{Rule: s(), Kind: s(), Severity: Severity(rng.Intn(4)), Message: s(),
			Span: Span{rng.Intn(1000) - 10, rng.Intn(1 << 30)}, Line: rng.Intn(9), Column: rng.Intn(99),
			EndLine: rng.Intn(9), EndColumn: rng.Intn(99), Text: s()}
		switch rng.Intn(4) {
		case 0:
			f.Path = s()
		case 1:
			f.Post = rng.Intn(5)
		case 2:
			f.PostID = s()
		}
		for k := rng.Intn(3); k > 0; k-- {
			f.Criteria = append(f.Criteria, s())
		}
		if rng.Intn(5) == 0 {
			f.Criteria = []string{}
		}
		for k := rng.Intn(3); k > 0; k-- {
			fx := Fix{Message: s(), Safe: rng.Intn(2) == 0}
			for e := rng.Intn(3); e > 0; e-- {
				fx.Edits = append(fx.Edits, Edit{rng.Intn(50), rng.Intn(50), s()})
			}
			f.Fixes = append(f.Fixes, fx)
		}
		checkFindingJSON(t, f)
	}
}

func FuzzFindingJSONBytes(f *testing.F) {
	f.Add("spelling", "«x» <b>", "\u2028\xff\x01", 3, "a.md")
	f.Fuzz(func(t *testing.T, rule, msg, text string, post int, path string) {
		checkFindingJSON(t, Finding{Rule: rule, Message: msg, Text: text, Post: post, Path: path,
			Severity: Warning, Criteria: []string{msg},
			Fixes: []Fix{{Message: text, Edits: []Edit{{Start: post, New: msg}}}, {Message: rule}}})
	})
}
