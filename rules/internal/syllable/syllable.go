// Package syllable counts the syllables of Spanish words and scores the
// readability of Spanish text (Fernández-Huerta and Szigriszt-Pazos
// INFLESZ).
//
// Counting follows Spanish orthographic syllabification: a syllable has one
// vowel nucleus, and consecutive vowels share a nucleus (diphthong,
// triphthong) unless two strong vowels meet (a, e, o: hiatus) or a weak
// vowel (i, u) carries an accent (día, baúl). The u of que, qui, gue, gui
// is silent; ü is pronounced (pingüino); y is a vowel only at the end of a
// word after a vowel (rey, Uruguay) or alone (y). h does not break a
// diphthong (prohi-bir, ahu-ma-do), as in the Ortografía of 2010, except
// before hue, hua, hie, which start a syllable (ca-ca-hua-te).
package syllable

import (
	"unicode"
	"unicode/utf8"
)

// vowel classes
const (
	notVowel = iota
	strong   // a e o, with or without accent
	weak     // i u ü y
	stressed // í ú: a weak vowel with an accent, always its own nucleus
)

func class(r rune) int {
	switch r {
	case 'a', 'e', 'o', 'á', 'é', 'ó', 'à', 'è', 'ò', 'â', 'ê', 'ô':
		return strong
	case 'i', 'u', 'ü', 'ï':
		return weak
	case 'í', 'ú', 'ì', 'ù':
		return stressed
	}
	return notVowel
}

// Count returns the number of syllables of a word. A word without vowels
// (an acronym such as PRD, a number) counts one syllable per letter group,
// at least one; an empty word counts zero.
func Count(word string) int {
	var rs [64]rune
	runes := rs[:0]
	for _, r := range word {
		if unicode.IsLetter(r) {
			runes = append(runes, unicode.ToLower(r))
		}
	}
	if len(runes) == 0 {
		if word == "" {
			return 0
		}
		return 1
	}
	n := 0
	prev := notVowel
	var prevRune rune
	for i, r := range runes {
		c := class(r)
		switch {
		case r == 'h':
			// hue, hua, hie start a syllable (ca-ca-hua-te); elsewhere h
			// does not end a vowel group (prohi-bir).
			if i+2 < len(runes) && class(runes[i+1]) == weak && class(runes[i+2]) != notVowel {
				prev = notVowel
			}
			continue
		case r == 'y':
			// A vowel when alone or final after a vowel; else a consonant.
			if len(runes) == 1 || (i == len(runes)-1 && prev != notVowel) {
				c = weak
			}
		case r == 'u' && i > 0 && (runes[i-1] == 'q' || runes[i-1] == 'g') && i+1 < len(runes) && frontVowel(runes[i+1]):
			c = notVowel // silent u of que, qui, gue, gui
		}
		if c == notVowel {
			prev = notVowel
			continue
		}
		if prev == notVowel || newNucleus(prev, c, prevRune, r) {
			n++
		}
		prev, prevRune = c, r
	}
	if n == 0 {
		return 1
	}
	return n
}

func frontVowel(r rune) bool {
	switch r {
	case 'e', 'i', 'é', 'í':
		return true
	}
	return false
}

// newNucleus reports whether vowel b starts a new nucleus after vowel a.
func newNucleus(a, b int, ra, rb rune) bool {
	switch {
	case a == stressed || b == stressed:
		return true // hiatus: día, país, reír, baúl
	case a == strong && b == strong:
		return true // hiatus: cre-er, po-e-ta
	case a == weak && b == weak:
		return fold(ra) == fold(rb) // chi-i-ta; but cui-da-do, ciu-dad
	}
	return false // diphthong: strong and weak
}

func fold(r rune) rune {
	switch r {
	case 'ü':
		return 'u'
	case 'ï':
		return 'i'
	}
	return r
}

// Formula is a Spanish readability formula.
type Formula int

// Formulas. Both give higher scores to easier text, on a 0–100 scale.
const (
	// INFLESZ is Szigriszt-Pazos' perspicuity with the INFLESZ scale:
	// 206.835 − 62.3·syllables/words − words/sentences. Below 40 is very
	// hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy.
	INFLESZ Formula = iota
	// FernandezHuerta is Fernández-Huerta's ease (with the usual correction):
	// 206.84 − 60·syllables/words − 1.02·words/sentences. Below 60 is
	// somewhat hard, 60–70 normal.
	FernandezHuerta
)

// String returns the formula's name.
func (f Formula) String() string {
	if f == FernandezHuerta {
		return "Fernández-Huerta"
	}
	return "INFLESZ"
}

// Score returns the readability of a text with the given counts; 0 when
// there are no words or sentences.
func (f Formula) Score(syllables, words, sentences int) float64 {
	if words == 0 || sentences == 0 {
		return 0
	}
	spw := float64(syllables) / float64(words)
	wps := float64(words) / float64(sentences)
	if f == FernandezHuerta {
		return 206.84 - 60*spw - 1.02*wps
	}
	return 206.835 - 62.3*spw - wps
}

// Letters reports whether s holds a letter, for callers that skip numbers.
func Letters(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) {
			return true
		}
		s = s[n:]
	}
	return false
}
