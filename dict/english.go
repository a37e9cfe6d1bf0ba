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
	equivOnce    sync.Once
	englishEquiv map[string]string
)

func loadEnglish() {
	for _, l := range strings.Split(englishText, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			englishWords = append(englishWords, l)
		}
	}
	sort.Strings(englishWords)
}

// loadEquivalents reads the short reviewed list apart from the long
// generated one, which most posts never need.
func loadEquivalents() {
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
	if len(w) < 2 || len(w) > 20 {
		return "", false
	}
	equivOnce.Do(loadEquivalents)
	lw := strings.ToLower(w)
	if es, ok := englishEquiv[lw]; ok {
		return es, true
	}
	englishOnce.Do(loadEnglish)
	i := sort.SearchStrings(englishWords, lw)
	return "", i < len(englishWords) && englishWords[i] == lw
}

// EnglishEquivalent returns the recommended Spanish equivalent of lw, an
// English word in lower case that Spanish posts often use in place of a
// Spanish one (meeting: reunión; link: enlace), or "" when none is
// listed. The list, data/ingles_equivalentes.txt, is reviewed by hand
// from the Fundéu RAE recommendations; it leaves out the loans the
// Diccionario de la lengua española accepts (software, web, blog) and the
// words of technical prose whose English name is the usual one (file,
// user, default).
func EnglishEquivalent(lw string) string {
	equivOnce.Do(loadEquivalents)
	return englishEquiv[lw]
}

// HasEnglishEquivalent reports whether EnglishEquivalent(string(lw)) would
// give an equivalent, without converting lw.
func HasEnglishEquivalent(lw []byte) bool {
	equivOnce.Do(loadEquivalents)
	return englishEquiv[string(lw)] != ""
}
