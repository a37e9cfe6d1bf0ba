package rules

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// oneWordEntries maps the folded forms of the one-word entries of the
// courtesy lexicon (plain words, not stems, lemmas or classes) to their
// entries.
func oneWordEntries(es []*lexicon.Entry) map[string][]*lexicon.Entry {
	out := map[string][]*lexicon.Entry{}
	for _, e := range es {
		if e.Marker() || strings.ContainsAny(e.Phrase, " *~%<") {
			continue
		}
		for _, w := range e.Examples() {
			out[w] = append(out[w], e)
		}
	}
	return out
}

// derivedSuffixes are the diminutive, augmentative and superlative endings
// that turn an insult into another word of the same meaning (idiotita,
// estupidazo, gordota, tarugote, babosísimo). Each gives the ending of
// the base word it replaces; small is set for the diminutives, which
// soften a word enough to be affectionate (gordito, viejita, payasito), so
// they only count for insults, slurs and vulgarities in every use.
var derivedSuffixes = []struct {
	suffix, base string
	small        bool
}{
	{"citos", "", true}, {"citas", "", true}, {"cito", "", true}, {"cita", "", true},
	{"itos", "os", true}, {"itas", "as", true}, {"ito", "o", true}, {"ita", "a", true},
	{"illos", "os", true}, {"illas", "as", true}, {"illo", "o", true}, {"illa", "a", true},
	{"otes", "os", false}, {"otas", "as", false}, {"ote", "o", false}, {"ota", "a", false},
	{"otes", "es", false}, {"ote", "e", false},
	{"azos", "os", false}, {"azas", "as", false}, {"azo", "o", false}, {"aza", "a", false},
	{"azo", "e", false}, {"aza", "e", false},
	{"otes", "es", false}, {"azos", "es", false}, {"ote", "", false}, {"ota", "", false},
	{"azo", "", false}, {"aza", "", false},
	{"isimos", "os", false}, {"isimas", "as", false}, {"isimo", "o", false}, {"isima", "a", false},
}

// derived adds the matches of words derived from a one-word entry by a
// diminutive or augmentative ending (pendejote, idiotita), and of an
// insult cut off with an ellipsis right after a word that aims it at a
// person ("eres un imbé…", "pinche pend..."). A derived word the dictionary
// knows as a word of its own (cabrito, ratito, perrito) never counts.
func (r *Courtesy) derived(s *lexicon.Stream, ms []lexicon.Match) []lexicon.Match {
	var words map[string][]*lexicon.Entry
	covered := func(i int) bool {
		for _, m := range ms {
			if m.First <= i && i <= m.Last {
				return true
			}
		}
		return false
	}
	var buf [32]byte
	base := buf[:0]
	found0 := len(ms)
	for i := range s.Units {
		u := &s.Units[i]
		if u.Hashtag || len(u.Key) < 3 {
			continue
		}
		cut := cutOff(s, i)
		if !cut && (len(u.Key) < 5 || !hasDerivedSuffix(u.Key)) {
			continue
		}
		if covered(i) {
			continue
		}
		if words == nil {
			words = r.words()
		}
		if cut {
			if e := cutInsult(words, u.Key); e != nil && !dict.Default().Contains(s.Raw(i)) && (s.Person(i, false, false) || addressed(s, i, false)) {
				ms = append(ms, lexicon.Match{Entry: e, Span: cutSpan(s, i), First: i, Last: i})
			}
			continue
		}
		for _, d := range derivedSuffixes {
			stem, ok := strings.CutSuffix(u.Key, d.suffix)
			if !ok || len(stem) < 3 {
				continue
			}
			found := false
			for _, st := range stemSpellings(stem) {
				if st == "" {
					break
				}
				base = append(append(base[:0], st...), d.base...)
				for _, e := range words[string(base)] {
					if d.small && (e.Has("person") || e.Has("noun") || e.Has("aimed") || e.Category == "disqualification") {
						continue
					}
					if dict.Default().Contains(s.Raw(i)) {
						break
					}
					ms = append(ms, lexicon.Match{Entry: e, Span: u.Span, First: i, Last: i})
					found = true
					break
				}
				if found {
					break
				}
			}
			if found {
				break
			}
		}
	}
	if len(ms) > found0 {
		slices.SortStableFunc(ms, func(a, b lexicon.Match) int { return a.First - b.First })
	}
	return ms
}

// hasDerivedSuffix reports whether a key ends in one of derivedSuffixes.
func hasDerivedSuffix(k string) bool {
	// Every ending is a vowel after t, l, z or m, maybe with an s: most
	// words are ruled out by their last letters alone.
	n := len(k)
	if k[n-1] == 's' {
		n--
	}
	if n < 3 {
		return false
	}
	switch k[n-1] {
	case 'o', 'a', 'e':
	default:
		return false
	}
	switch k[n-2] {
	case 't', 'l', 'z', 'm':
	default:
		return false
	}
	for _, d := range derivedSuffixes {
		if strings.HasSuffix(k, d.suffix) {
			return true
		}
	}
	return false
}

// stemSpellings gives the spellings a stem may have in its base word: the
// diminutive writes "qu" and "gu" where the base has "c" and "g" (loquito,
// loco), and "c" where it has "z" (lambisconcito keeps it, but
// tapadita/tapado do not change). The second is empty when there is none.
func stemSpellings(stem string) [2]string {
	switch {
	case strings.HasSuffix(stem, "qu"):
		return [2]string{stem, stem[:len(stem)-2] + "c"}
	case strings.HasSuffix(stem, "gu"):
		return [2]string{stem, stem[:len(stem)-2] + "g"}
	case strings.HasSuffix(stem, "c"):
		return [2]string{stem, stem[:len(stem)-1] + "z"}
	}
	return [2]string{stem}
}

// cutOff reports whether unit i is a word cut off with an ellipsis right
// after it, with no space: "pen…", "imbé...".
func cutOff(s *lexicon.Stream, i int) bool {
	after := s.Doc.Text[s.Units[i].Span.End:]
	return strings.HasPrefix(after, "…") || strings.HasPrefix(after, "..")
}

// cutSpan is the span of a cut-off word with its ellipsis.
func cutSpan(s *lexicon.Stream, i int) lint.Span {
	sp := s.Units[i].Span
	text := s.Doc.Text
	for sp.End < len(text) && (text[sp.End] == '.' || strings.HasPrefix(text[sp.End:], "…")) {
		if text[sp.End] == '.' {
			sp.End++
		} else {
			sp.End += len("…")
		}
	}
	return sp
}

// cutInsult returns the entry of the shortest listed insult, slur or
// vulgarity that a cut-off word begins ("pen" → pendejo). The caller
// asks for a word that aims it at a person before it, so that a harmless
// cut ("la com…") stays quiet.
func cutInsult(words map[string][]*lexicon.Entry, k string) *lexicon.Entry {
	if utf8.RuneCountInString(k) < 3 || strings.IndexByte(k, lexicon.Wildcard) >= 0 {
		return nil
	}
	var best string
	var entry *lexicon.Entry
	for w, es := range words {
		if len(w) <= len(k) || !strings.HasPrefix(w, k) {
			continue
		}
		for _, e := range es {
			switch e.Category {
			case "insult", "slur", "vulgarity":
			default:
				continue
			}
			if e.Has("reply") || e.Has("aimed") {
				continue
			}
			if best == "" || len(w) < len(best) || len(w) == len(best) && w < best {
				best, entry = w, e
			}
			break
		}
	}
	return entry
}

// addressWords open an address to the person: "oye, rata", "mire burro".
var addressWords = map[string]bool{
	"oye": true, "oiga": true, "oigan": true, "mira": true, "mire": true, "miren": true,
	"hola": true, "ey": true, "adiós": true, "ándale": true, "órale": true, "cállate": true,
	"cállese": true, "cállense": true, "calla": true, "quítate": true, "quítese": true,
}

// addressed reports whether unit i is the vocative right after a word of
// address, ending its phrase: "Oye rata, ...", "mire, burro.".
func addressed(s *lexicon.Stream, i int, name bool) bool {
	if i == 0 || name {
		return false
	}
	u, prev := &s.Units[i], &s.Units[i-1]
	if prev.Sentence != u.Sentence || lexicon.TitleCase(s.Doc.Slice(u.Span)) || !addressWords[s.Raw(i-1)] {
		return false
	}
	return i+1 == len(s.Units) || s.Units[i+1].Sentence != u.Sentence || s.Units[i+1].Break
}

// aimedBefore are the words after which a word of @aimed is said straight
// to or of a person: second person forms, words of address, and the
// words that build insults (pinche, so, ¡qué...!).
var aimedBefore = map[string]bool{
	"eres": true, "sois": true, "seas": true, "eras": true, "fuiste": true, "serás": true,
	"serías": true, "pareces": true, "usted": true, "tú": true,
	"ustedes": true, "pinche": true, "pinches": true, "pinchi": true, "so": true, "qué": true,
	"grandísimo": true, "grandísima": true, "tremendo": true, "tremenda": true,
}

// aimedCopulas say what someone is only with an indefinite article ("es
// una falsa", but not "la noticia es falsa").
var aimedCopulas = map[string]bool{
	"es": true, "son": true, "era": true, "eran": true, "fue": true, "fueron": true,
	"será": true, "serán": true, "sería": true, "parece": true, "parecen": true,
	"sea": true, "sean": true, "eres": true, "seas": true, "usted": true, "tú": true,
}

// aimedArticles may stand between the words of aimedBefore or aimedCopulas
// and the word.
var aimedArticles = map[string]bool{"un": true, "una": true, "unos": true, "unas": true}

// aimedDegree may stand between a word of aimedBefore and the word.
var aimedDegree = map[string]bool{"muy": true, "tan": true, "bien": true, "re": true, "más": true, "bastante": true}

// aimedFollowers may come right after the word without making it part of
// a longer phrase ("eres una diva y ...", but not "es una mina de oro").
var aimedFollowers = map[string]bool{
	"y": true, "e": true, "o": true, "u": true, "ni": true, "que": true, "pero": true,
	"como": true, "porque": true, "pues": true, "eh": true, "ya": true, "no": true,
	"sí": true, "si": true, "así": true, "usted": true, "tú": true, "ustedes": true,
	"jaja": true, "mejor": true, "eres": true, "sos": true, "saliste": true, "resultaste": true, "siempre": true, "nomás": true, "también": true,
}

// aimed reports whether the word at unit i is said straight to or of a
// person, for words with everyday meanings (falsa, diva, mina, barata): it
// must come right after a word of aimedBefore or of address (maybe with an
// article or a degree word), after a copula and an indefinite article,
// or, in a reply, open a sentence as a vocative or stand as a sentence of
// its own ("@x Diva.", "Diva, ..."); and it must end its
// phrase, so that "una mina de oro" or "eres una diva del pop" stay quiet.
// A capitalised word inside a sentence is a name.
func aimed(s *lexicon.Stream, i int, reply bool) bool {
	u := &s.Units[i]
	first := i == 0 || s.Units[i-1].Sentence != u.Sentence
	if u.Hashtag || !first && lexicon.TitleCase(s.Doc.Slice(u.Span)) {
		return false
	}
	if n := i + 1; n < len(s.Units) && s.Units[n].Sentence == u.Sentence && !s.Units[n].Break && !aimedFollowers[s.Units[n].Key] && !aimedFollowers[s.Raw(n)] {
		return false
	}
	if first {
		return reply && leading(s, i)
	}
	if u.Break {
		return false
	}
	j := i - 1
	raw := s.Raw(j)
	if aimedBefore[raw] || addressWords[raw] {
		return true
	}
	// "No sea tacaño": a negative imperative opening the sentence.
	if (raw == "sea" || raw == "sean") && j >= 1 && s.Units[j-1].Sentence == u.Sentence && s.Raw(j-1) == "no" &&
		(j == 1 || s.Units[j-2].Sentence != u.Sentence) {
		return true
	}
	if j == 0 || s.Units[j-1].Sentence != u.Sentence || s.Units[j].Break {
		return false
	}
	prev := s.Raw(j - 1)
	switch {
	case aimedArticles[raw]:
		return aimedCopulas[prev] || aimedBefore[prev]
	case aimedDegree[raw]:
		return aimedBefore[prev]
	}
	return false
}

// leading reports whether unit i, first in its sentence, is the whole
// sentence (mentions aside) or a vocative before a comma: "@x Diva.",
// "Diva, ya le contestamos".
func leading(s *lexicon.Stream, i int) bool {
	u := &s.Units[i]
	if i+1 == len(s.Units) || s.Units[i+1].Sentence != u.Sentence {
		return true
	}
	after := strings.TrimLeft(s.Doc.Text[u.Span.End:], " ")
	return strings.HasPrefix(after, ",")
}
