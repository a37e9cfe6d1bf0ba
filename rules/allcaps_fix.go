package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/vocero/vocero/dict"
)

// capsChoice is how the fix writes one shouted word, before sentence case.
type capsChoice struct {
	form   string
	proper bool // a proper noun: keeps its capitals at any place
	sure   bool // one answer; false when the fix had to guess
}

// capsFreqGap is how many frequency classes (a log scale) one spelling
// must lead another by to be taken for the word without asking.
const capsFreqGap = 3

// choose decides how the shouted word ws[i] is written in lower case:
//
//   - its accents come from the dictionary: the spelling that is a word
//     when the one written is not (CIUDADANIA is ciudadanía). When both are
//     words (ULTIMO: ultimo, a form of ultimar, and último), the written
//     one stays unless the other is far more frequent or listed as the
//     usual meaning; either way the choice is not sure, unless frequency
//     settles it (DE is de, not dé) or the writer puts accents on other
//     capitals of the passage, which makes a missing one deliberate;
//   - a proper noun (HERMOSILLO) keeps its capital; one that is also a
//     common word (MAGDALENA, EMPALME, CALLES) is the proper noun only
//     where the context says so: after «municipio de», «estado de»... it
//     is sure, after another preposition likely, after an article it is
//     the common word;
//   - a word the dictionary does not know is taken for a name and keeps
//     its initial, which a person must confirm.
func (r *AllCaps) choose(ws []capsWord, i int, accents bool, lower cases.Caser) capsChoice {
	w := ws[i]
	lw := lower.String(w.text)
	listed, isListed := r.proper[capsFold(w.text)]
	if r.dict == nil {
		if isListed {
			return capsChoice{form: listed, proper: true, sure: true}
		}
		return capsChoice{form: lw, sure: true}
	}
	var vs []dict.Entry
	if w.accent || accents {
		// The writer types accents, so the spelling as written is meant
		// when it is a word: a plain look-up finds it, cheaper than
		// gathering every accented variant.
		if e, ok := r.dict.Lookup(lw); ok && !e.Acronym && strings.ToLower(e.Form) == lw {
			vs = []dict.Entry{e}
		}
	}
	if vs == nil {
		vs = r.dict.Variants(w.text)
	}
	var exact, other []dict.Entry // common words: as written, and with other accents
	for _, e := range vs {
		switch {
		case e.Acronym || e.Proper:
		case e.Form == lw:
			exact = append(exact, e)
		default:
			other = append(other, e)
		}
	}
	proper := listed
	if !isListed {
		// A capitalised form of the dictionary that is not merely a common
		// word with a capital (Último, Para) and that is spelt as written
		// up to the accents the writer left out.
		for _, e := range vs {
			if e.Proper && !e.Acronym && !capsHasLower(vs, e.Form) && (!w.accent || lower.String(e.Form) == lw) {
				proper = e.Form
				break
			}
		}
	}
	common, cfreq, sure := "", 0, true
	switch {
	case len(exact) > 0:
		common, cfreq = lw, exact[0].Freq
		if w.accent || accents || len(other) == 0 {
			break
		}
		best := capsMostFrequent(other)
		probable, isProbable := r.accents.Fix(lw)
		prev, _ := capsPrevWords(ws, i, lower)
		switch {
		case isProbable && probable == best.Form, best.Freq >= cfreq+capsFreqGap:
			common, cfreq, sure = best.Form, best.Freq, false
		case cfreq >= best.Freq+capsFreqGap:
		case capsDeterminers[prev]:
			// After a determiner comes a noun or an adjective, not the
			// verb form an accent would make of it (tu voto, not votó).
		default:
			sure = false
		}
	case len(other) > 0 && (!w.accent || proper == ""):
		best := capsMostFrequent(other)
		common, cfreq = best.Form, best.Freq
		for _, e := range other {
			if e.Form != best.Form && e.Freq+capsFreqGap > best.Freq {
				sure = false // two spellings, neither clearly the word
			}
		}
	case r.dict.Contains(lw):
		common, cfreq = lw, 0 // a derived form: infórmate, precandidata
	default:
		if forms := r.derivedAccents(lw); len(forms) > 0 {
			common, sure = forms[0], len(forms) == 1 // inscríbete
		}
	}
	switch {
	case proper == "" && common == "":
		// Unknown: more often a name (a surname, a place) than anything
		// else, but a guess.
		return capsChoice{form: capsTitle(lw), proper: true, sure: false}
	case proper == "":
		return capsChoice{form: common, sure: sure}
	case common == "":
		return capsChoice{form: proper, proper: true, sure: true}
	case cfreq <= 2:
		// The common word is rare (sonora the adjective): the name.
		return capsChoice{form: proper, proper: true, sure: true}
	}
	// A proper noun that is also a common word: the words before decide.
	prev, prev2 := capsPrevWords(ws, i, lower)
	switch {
	case capsDeterminers[prev]:
		return capsChoice{form: common, sure: sure}
	case prev == "de" && capsPlaceNouns[prev2]:
		return capsChoice{form: proper, proper: true, sure: true}
	case capsPlacePrepositions[prev]:
		return capsChoice{form: proper, proper: true, sure: false}
	}
	return capsChoice{form: common, sure: false}
}

// derivedAccents returns the spellings of lw with one vowel accented that
// the dictionary accepts as derived forms (INSCRIBETE is inscríbete, a
// verb with an enclitic pronoun, which no word list holds).
func (r *AllCaps) derivedAccents(lw string) []string {
	if utf8.RuneCountInString(lw) > 40 {
		return nil
	}
	var out []string
	for i, c := range lw {
		acc, ok := capsAcute[c]
		if !ok {
			continue
		}
		cand := lw[:i] + string(acc) + lw[i+utf8.RuneLen(c):]
		if r.dict.Contains(cand) {
			out = append(out, cand)
		}
	}
	return out
}

var capsAcute = map[rune]rune{'a': 'á', 'e': 'é', 'i': 'í', 'o': 'ó', 'u': 'ú'}

// accentedWord reports whether lw, not a word as written, is one with
// accents restored.
func (r *AllCaps) accentedWord(lw string) bool {
	for _, e := range r.dict.Variants(lw) {
		if !e.Proper && !e.Acronym {
			return true
		}
	}
	return len(r.derivedAccents(lw)) > 0
}

// capsHasLower reports whether vs holds form in lower case as a common word.
func capsHasLower(vs []dict.Entry, form string) bool {
	lf := strings.ToLower(form)
	for _, e := range vs {
		if !e.Proper && e.Form == lf {
			return true
		}
	}
	return false
}

// capsMostFrequent returns the most frequent entry, the first on a tie.
func capsMostFrequent(es []dict.Entry) dict.Entry {
	best := es[0]
	for _, e := range es[1:] {
		if e.Freq > best.Freq {
			best = e
		}
	}
	return best
}

// capsPrevWords returns the two words before ws[i], in lower case (""
// where there is none); tokens and numbers in between end the look.
func capsPrevWords(ws []capsWord, i int, lower cases.Caser) (string, string) {
	var out [2]string
	for k, n := i-1, 0; k >= 0 && n < 2; k-- {
		if ws[k].class == capsNeutral {
			break
		}
		out[n] = lower.String(ws[k].text)
		n++
	}
	return out[0], out[1]
}

// capsDeterminers come before a common noun, not before a place's name.
var capsDeterminers = map[string]bool{
	"el": true, "la": true, "los": true, "las": true, "un": true, "una": true, "unos": true, "unas": true,
	"este": true, "esta": true, "estos": true, "estas": true, "ese": true, "esa": true, "esos": true, "esas": true,
	"aquel": true, "aquella": true, "aquellos": true, "aquellas": true, "mi": true, "mis": true, "tu": true, "tus": true,
	"su": true, "sus": true, "nuestro": true, "nuestra": true, "nuestros": true, "nuestras": true, "del": true, "al": true,
	"otro": true, "otra": true, "otros": true, "otras": true, "cada": true, "varios": true, "varias": true,
	"muchos": true, "muchas": true, "algunos": true, "algunas": true, "sin": true,
}

// capsPlacePrepositions come before a place's name ("en Magdalena").
var capsPlacePrepositions = map[string]bool{
	"en": true, "de": true, "desde": true, "hasta": true, "a": true, "para": true, "por": true, "hacia": true, "y": true,
}

// capsPlaceNouns followed by «de» name a place ("municipio de Empalme").
var capsPlaceNouns = map[string]bool{
	"municipio": true, "municipios": true, "ayuntamiento": true, "localidad": true, "ciudad": true, "estado": true,
	"comunidad": true, "poblado": true, "cabecera": true, "región": true, "region": true, "pueblo": true,
}

// capsFold folds case, accents, diaeresis and the tilde of ñ, to match a
// shouted word with a listed name whatever accents were typed.
func capsFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		c = unicode.ToLower(c)
		switch c {
		case 'á', 'à', 'â', 'ä':
			c = 'a'
		case 'é', 'è', 'ê', 'ë':
			c = 'e'
		case 'í', 'ì', 'î', 'ï':
			c = 'i'
		case 'ó', 'ò', 'ô', 'ö':
			c = 'o'
		case 'ú', 'ù', 'û', 'ü':
			c = 'u'
		case 'ñ':
			c = 'n'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// capsTitle upper-cases the first letter of a lower-case word.
func capsTitle(s string) string {
	c, n := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(c)) + s[n:]
}
