package dict

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/genenglish

// englishText lists English word forms that are not Spanish (generated
// from Debian's hunspell-en-us by internal/genenglish).
//
//go:embed data/ingles.txt
var englishText string

//go:embed data/ingles_equivalentes.txt
var englishEquivText string

var (
	englishOnce  sync.Once
	englishWords []string
	englishEquiv map[string]string
)

func loadEnglish() {
	for _, l := range strings.Split(englishText, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			englishWords = append(englishWords, l)
		}
	}
	sort.Strings(englishWords)
	englishEquiv = map[string]string{}
	for _, l := range strings.Split(englishEquivText, "\n") {
		if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
			continue
		}
		en, es, _ := strings.Cut(l, "=") // a line without = is English with no equivalent
		englishEquiv[strings.TrimSpace(en)] = strings.TrimSpace(es)
	}
}

// English reports whether w (in any capitalisation) is an English word
// that is not Spanish and is not an accent or a b/v, c/s/z... confusion
// away from a Spanish word, and gives its recommended Spanish equivalent
// when one is listed ("" otherwise). The list is made from Debian's
// hunspell-en-us dictionary by go generate; the equivalents, and a few
// frequent function words (the, of) that the generated list leaves out for
// being a confusion away from Spanish (te), are a reviewed list in
// data/ingles_equivalentes.txt.
func English(w string) (spanish string, ok bool) {
	englishOnce.Do(loadEnglish)
	if len(w) < 2 || len(w) > 20 {
		return "", false
	}
	lw := strings.ToLower(w)
	if es, ok := englishEquiv[lw]; ok {
		return es, true
	}
	i := sort.SearchStrings(englishWords, lw)
	return "", i < len(englishWords) && englishWords[i] == lw
}
