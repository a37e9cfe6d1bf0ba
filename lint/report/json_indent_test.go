package report

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"testing"

	"github.com/vocero/vocero/lint"
)

func checkIndented(t *testing.T, src []byte) {
	t.Helper()
	var want bytes.Buffer
	if err := json.Indent(&want, src, "    ", "  "); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	if got := appendIndented(nil, src, "    ", "  "); !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("appendIndented(%s):\n got %s\nwant %s", src, got, want.Bytes())
	}
}

func TestAppendIndentedMatchesIndent(t *testing.T) {
	for _, s := range []string{`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":"d"}]}`, `"x"`, `3`,
		`{"k":"a \"b\" \\ {c} [d], e: f","l":["\\\\",""],"m":true}`} {
		checkIndented(t, []byte(s))
	}
	pieces := []string{"", "a", "\"", "\\", "\n", "{", "}", "[", "]", ",", ":", "ñ", "\xff", "\u2028", "<&>"}
	rng := rand.New(rand.NewSource(2))
	str := func() string {
		var b []byte
		for i := rng.Intn(5); i > 0; i-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		return string(b)
	}
	for i := 0; i < 2000; i++ {
		f := lint.Finding{Rule: str(), Kind: str(), Severity: lint.Warning, Message: str(), Text: str(),
			Span: lint.Span{Start: rng.Intn(99), End: rng.Intn(99)}}
		if rng.Intn(2) == 0 {
			f.Path, f.Post = str(), rng.Intn(9)
		}
		for k := rng.Intn(3); k > 0; k-- {
			f.Criteria = append(f.Criteria, str())
		}
		for k := rng.Intn(3); k > 0; k-- {
			fx := lint.Fix{Message: str(), Safe: rng.Intn(2) == 0}
			for e := rng.Intn(3); e > 0; e-- {
				fx.Edits = append(fx.Edits, lint.Edit{Start: rng.Intn(9), End: rng.Intn(9), New: str()})
			}
			f.Fixes = append(f.Fixes, fx)
		}
		b, err := f.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		checkIndented(t, b)
	}
}
