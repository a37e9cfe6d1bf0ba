package lint

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/require"
)

func unisegSentences(s string) []Span {
	var out []Span
	pos, state := 0, -1
	for len(s) > 0 {
		var sent string
		sent, s, state = uniseg.FirstSentenceInString(s, state)
		out = append(out, Span{pos, pos + len(sent)})
		pos += len(sent)
	}
	return out
}

var sentenceCases = []string{
	"", "Hola.", "Hola. Adiós.", "¿Ya votaste? Consulta tu casilla.", "¡Vota! Es tu derecho.",
	"El Sr. Pérez llegó. Luego habló.", "Son 3.5 millones. Bien.", "U.S.A. es un país.", "etc. y más.",
	"Dijo: «Vota». Luego se fue.", "(Hola.) Adiós.", "Fin.\nOtra línea\r\nY otra", "a.b.c", "Uno... dos... Tres.",
	"¿Qué? ¡No! Sí.", "Vota.Es fácil.", "Hola.  \n\nAdiós", "Hola!?, dijo él.", "Año 2027. Elección.",
	"«Hola». «Adiós».", "x.\u0301 Y", "Él dijo \"no.\" Luego", "1. Primero 2. Segundo", "Ves—Sí. No",
	"! \r", "! \r\nx", ". \rx", "a.\r\nb", "!  \r x",
}

func TestFastSentencesMatchesUniseg(t *testing.T) {
	for _, s := range sentenceCases {
		got, ok := fastSentences(s)
		require.True(t, ok, "%q", s)
		require.Equal(t, unisegSentences(s), got, "%q", s)
	}
}

// Every character of the fast path, in every context that matters to the
// rules, must segment as uniseg does.
func TestFastSentencesClassesMatchUniseg(t *testing.T) {
	contexts := []string{"a%s b", "a.%s b", "a.%s B", "A.%s b", "a. %s b", "a.%s. b", "%s. b", "a?%s B", "a. %s", "1.%s2", "a%s.B", "a.%s\nb"}
	for r := rune(0); r < 0x1FA00; r++ {
		if !utf8.ValidRune(r) || sentenceClass(r) == sbUnknown {
			continue
		}
		for _, c := range contexts {
			s := strings.Replace(c, "%s", string(r), 1)
			got, ok := fastSentences(s)
			require.True(t, ok)
			require.Equal(t, unisegSentences(s), got, "U+%04X in %q", r, c)
		}
	}
}

func FuzzFastSentences(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "")
		if got, ok := fastSentences(s); ok {
			require.Equal(t, unisegSentences(s), got, "%q", s)
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("Consulta la convocatoria del Consejo General. ¿Ya votaste? ¡Participa! ", 4)
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			fastSentences(text)
		}
	})
	b.Run("uniseg", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			unisegSentences(text)
		}
	})
}
