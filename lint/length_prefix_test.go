package lint

import (
	"math/rand"
	"strings"
	"testing"
)

// checkPrefixCounts compares the count of every prefix that prefixCounts
// gives with the count of the prefix on its own.
func checkPrefixCounts(t *testing.T, text string) {
	t.Helper()
	var marks []xMark
	prefix := prefixCounts(X, text, ttURLs(text, nil, false), &marks)
	for e := 0; e <= len(text); e++ {
		n, ok := prefix(e)
		if !ok {
			t.Fatalf("no X count of %q[:%d]", text, e)
		}
		if want := countPublished(X, text[:e]); n != want {
			t.Fatalf("X count of %q[:%d] = %d, want %d", text, e, n, want)
		}
	}
}

func TestPrefixCountsX(t *testing.T) {
	for _, text := range []string{
		"",
		" ",
		"Hola mundo",
		"Consulta https://ieesonora.org.mx/convocatorias y ieesonora.org.mx. Gracias",
		"Vota 🗳️ hoy 👩🏽‍💻 en https://www.ine.mx/a?b=c#d, o en t.co/x\n",
		"日本語 テキスト https://example.com 😀😀 fin",
		"https://a.very.long.subdomain.example.com/with/a/long/path?and=query más texto",
		"1️⃣ #️⃣ 🇲🇽 x",
		"dos  espacios\t\ty\r\nlíneas",
	} {
		checkPrefixCounts(t, text)
	}
	pieces := []string{"hola", "elección", " ", "  ", "\n", "🗳️", "👩🏽‍💻", "🇲🇽", "https://ieesonora.org.mx/a", "ine.mx",
		"www.ejemplo.com/ruta.", "t.co/abc", "日本", "x.", ",", "@usuario", "#Vota", "a\u0301", "\u200b", "1️⃣"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for j := rng.Intn(30); j >= 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkPrefixCounts(t, b.String())
	}
}

func FuzzPrefixCountsX(f *testing.F) {
	f.Add("Consulta https://ieesonora.org.mx/convocatorias y 🗳️ vota")
	f.Add("www.a.com. b.mx/c 👩🏽‍💻")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 400 {
			return
		}
		text = normalizeForLength(text)
		checkPrefixCounts(t, text)
	})
}

// normalizeForLength makes s a published text: valid UTF-8 in NFC, as the
// length counts receive it.
func normalizeForLength(s string) string {
	v := buildView(s, removal{clean: false})
	return v.text
}
