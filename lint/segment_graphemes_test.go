package lint

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// graphemePieces mix what makes grapheme clusters hard (combining marks,
// ZWJ sequences, modifiers, flags, keycaps, Hangul, Indic conjuncts,
// prepended marks, controls) with plain Latin text.
var graphemePieces = []string{
	"a", "Z", "ñ", "é", " ", "  ", "\n", "\r", "\r\n", "\t", ".", "1", "\u00ad", "\u00a9", "\u00ae",
	"e\u0301", "\u0301", "\u0308\u0301", "\u200d", "\u200b", "\ufe0f", "\U0001F3FD",
	"👩\u200d💻", "👍🏽", "🇲🇽", "🇲", "1️⃣", "#️⃣", "🏳️\u200d🌈", "©\u200d©", "❤️",
	"한", "\u1100\u1161\u11a8", "क्षि", "\u0915\u094d\u0937", "\u0600\u0661", "ก่", "日本",
	"\U000E0067\U000E0062", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
	"\x00", "\u0085", "\u2028", "\uFFFD",
}

func checkGraphemes(t *testing.T, s string) {
	t.Helper()
	want := unisegGraphemes(s)
	got := appendGraphemes([]Span{}, s)
	if len(got) != len(want) {
		t.Fatalf("%q: %d clusters, uniseg finds %d: %v / %v", s, len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: cluster %d is %v, uniseg says %v", s, i, got[i], want[i])
		}
	}
	if n := countGraphemes(s); n != uniseg.GraphemeClusterCount(s) {
		t.Fatalf("%q: count %d, uniseg %d", s, n, uniseg.GraphemeClusterCount(s))
	}
}

func TestGraphemesMatchUniseg(t *testing.T) {
	for _, s := range segmentCases {
		checkGraphemes(t, s)
	}
	for _, s := range graphemePieces {
		checkGraphemes(t, s)
		checkGraphemes(t, "a"+s+"b")
	}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := rng.Intn(25); j >= 0; j-- {
			b.WriteString(graphemePieces[rng.Intn(len(graphemePieces))])
		}
		checkGraphemes(t, b.String())
	}
}

func FuzzGraphemes(f *testing.F) {
	for _, s := range segmentCases {
		f.Add(s)
	}
	for _, s := range graphemePieces {
		f.Add("x" + s + " y" + s + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGraphemes(t, strings.ToValidUTF8(s, "\uFFFD"))
	})
}

func BenchmarkGraphemes(b *testing.B) {
	s := strings.Repeat("Consulta los requisitos 🗳️ en la página del Instituto 👩🏽\u200d💻 y participa. 🇲🇽 ", 8)
	b.SetBytes(int64(len(s)))
	b.Run("hybrid", func(b *testing.B) {
		out := make([]Span, 0, len(s))
		for i := 0; i < b.N; i++ {
			out = appendGraphemes(out[:0], s)
		}
	})
	b.Run("uniseg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			state, rest := -1, s
			for len(rest) > 0 {
				_, rest, _, state = uniseg.StepString(rest, state)
			}
		}
	})
}

func TestGraphemesUntilArePrefixes(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for i := 0; i < 500; i++ {
		var b strings.Builder
		for j := rng.Intn(25); j >= 0; j-- {
			b.WriteString(graphemePieces[rng.Intn(len(graphemePieces))])
		}
		s := b.String()
		all := unisegGraphemes(s)
		n := rng.Intn(len(all) + 2)
		if got := appendGraphemesUntil(nil, s, n, -1); !equalSpans(got, all[:min(n, len(all))]) {
			t.Fatalf("%q: first %d clusters %v, want %v", s, n, got, all[:min(n, len(all))])
		}
		maxByte := rng.Intn(len(s) + 2)
		k := 0
		for k < len(all) && all[k].End <= maxByte {
			k++
		}
		want := all[:min(k+1, len(all))]
		if got := appendGraphemesUntil(nil, s, -1, maxByte); !equalSpans(got, want) {
			t.Fatalf("%q: clusters to byte %d %v, want %v", s, maxByte, got, want)
		}
	}
}

func equalSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
