package rules

import (
	"testing"

	"github.com/vocero/vocero/lint"
)

// wordKeys gives each word the key wordKey gives it alone, whatever
// precedes it (a word after one ending in n may start with a combining
// tilde).
func TestWordKeysMatchWordKey(t *testing.T) {
	post := "Vota VOTA vota, Elección eleccion AÑO año n\u0303o Ünico 2027 x Sonora! \u0303a ÁRBOL árbol nada"
	doc := lint.NewDocument(&lint.Post{Text: post}, nil)
	words := doc.Words()
	// Also words that do not come from segmentation.
	words = append(words, lint.Word{Text: "San"}, lint.Word{Text: "\u0303o"}, lint.Word{Text: "Pan"}, lint.Word{Text: "\u0303E"})
	keys := wordKeys(words)
	for i, w := range words {
		if got, want := keys(i), wordKey(w.Text); got != want {
			t.Errorf("key of %q = %q, want %q", w.Text, got, want)
		}
	}
}
