package lint

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func unisegGraphemes(s string) []Span {
	out := []Span{}
	pos, state := 0, -1
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.StepString(s, state)
		out = append(out, Span{pos, pos + len(c)})
		pos += len(c)
	}
	return out
}

var segmentCases = []string{
	"", "a", "Elección2027", "ieesonora.org.mx/prep", "$1,250,000.00 y 10:30 h", "l'amour d’été",
	"a.b.c a..b 1.2.3 1,,2 a:b a::b", "_x_ __ x_1", "año  niño\nPEÑA\r\nfin", "1️⃣ #️⃣ 🇲🇽🇲🇽 👩\u200d💻 👍🏽",
	"e\u0301 a\u0301b", "«Vota» ¿Ya? ¡Sí! — 2026–2027 …", "a\u00b7b", "ª º µ ÷ × ß ÿ Ā ž ɏ",
	"C.P. 83000, Col. Centro", "x\u00a0y", "a'b' 'a 1'2",
}

func TestFastWordsMatchesUniseg(t *testing.T) {
	cases := append([]string{}, segmentCases...)
	for _, name := range []string{"../testdata/corpus/clean.jsonl", "../testdata/corpus/replies.jsonl"} {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var rec struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
			cases = append(cases, rec.Text)
		}
		f.Close()
	}
	fast := 0
	for _, s := range cases {
		got, ok := fastWords(s, []Span{})
		if !ok {
			continue
		}
		fast++
		assert.Equal(t, unisegWords(s, []Span{}), got, "%q", s)
	}
	assert.Greater(t, fast, len(cases)*9/10, "the fast path should take most posts")
}

func TestFastGraphemesMatchesUniseg(t *testing.T) {
	for _, s := range segmentCases {
		if got, ok := fastGraphemes(s); ok {
			assert.Equal(t, unisegGraphemes(s), got, "%q", s)
		}
	}
	_, ok := fastGraphemes("e\u0301")
	assert.False(t, ok)
}

func FuzzFastWords(f *testing.F) {
	for _, s := range segmentCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		if got, ok := fastWords(s, []Span{}); ok {
			require.Equal(t, unisegWords(s, []Span{}), got, "%q", s)
		}
		if got, ok := fastGraphemes(s); ok {
			require.Equal(t, unisegGraphemes(s), got, "%q", s)
		}
	})
}
