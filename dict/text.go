package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Casing is how a word is capitalised.
type Casing uint8

// Casings of a word.
const (
	// Lower: no capital letters ("votación").
	Lower Casing = iota
	// Title: a capital first letter, the rest lower case ("Votación").
	Title
	// Upper: every letter a capital, at least two letters ("VOTACIÓN").
	Upper
	// Mixed: any other pattern ("IEEyPC", "iPhone").
	Mixed
)

// String names the casing.
func (c Casing) String() string {
	switch c {
	case Lower:
		return "lower"
	case Title:
		return "title"
	case Upper:
		return "upper"
	}
	return "mixed"
}

// CasingOf reports how w is capitalised.
func CasingOf(w string) Casing {
	first := true
	firstUp := false
	ups, lows := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			ups++
			if first {
				firstUp = true
			}
		case unicode.IsLower(r):
			lows++
		default:
			continue
		}
		first = false
	}
	switch {
	case ups == 0:
		return Lower
	case lows == 0 && ups >= 2:
		return Upper
	case ups == 1 && firstUp:
		return Title
	case lows == 0:
		return Title // a single capital letter ("A")
	}
	return Mixed
}

func lowerRune(r rune) rune { return unicode.ToLower(r) }
func upperRune(r rune) rune { return unicode.ToUpper(r) }

// baseRune maps a letter to its lower-case base letter without accent,
// diaeresis or tilde (Á -> a, ü -> u, ñ -> n). It is used to weigh
// suggestions, never to accept words: año and ano are different words.
func baseRune(r rune) rune {
	switch lowerRune(r) {
	case 'á', 'à', 'â', 'ä':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö':
		return 'o'
	case 'ú', 'ù', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return lowerRune(r)
}

// toLower lower-cases w (Spanish has no special case mappings).
func toLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// toTitle upper-cases the first letter of a lower-case word.
func toTitle(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	u := upperRune(r)
	if u == r {
		return w
	}
	return string(u) + w[n:]
}

// MatchCase writes word with the capitalisation pattern of like: all
// capitals when like is all capitals, a capital first letter when like
// starts with one; otherwise word as it is.
func MatchCase(word, like string) string {
	switch CasingOf(like) {
	case Upper:
		return strings.ToUpper(word)
	case Title:
		if CasingOf(word) == Lower {
			return toTitle(word)
		}
	}
	return word
}

// StripAccents removes acute accents and diaereses (á -> a, ü -> u) and
// keeps ñ, which is a letter of its own (año is not ano).
func StripAccents(w string) string {
	if isASCII(w) {
		return w
	}
	var sb strings.Builder
	sb.Grow(len(w))
	for _, r := range w {
		sb.WriteRune(stripAccent(r))
	}
	return sb.String()
}

func stripAccent(r rune) rune {
	switch r {
	case 'á':
		return 'a'
	case 'é':
		return 'e'
	case 'í':
		return 'i'
	case 'ó':
		return 'o'
	case 'ú', 'ü':
		return 'u'
	case 'Á':
		return 'A'
	case 'É':
		return 'E'
	case 'Í':
		return 'I'
	case 'Ó':
		return 'O'
	case 'Ú', 'Ü':
		return 'U'
	}
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
