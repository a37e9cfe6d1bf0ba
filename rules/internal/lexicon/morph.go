package lexicon

import (
	"fmt"
	"strings"
)

// Feature is a set of coarse grammatical features of one reading of a word:
// its part of speech and, for a verb, its mood or non-finite form, tense,
// person and number. Patterns select words by them (analizar:ger).
type Feature uint32

// Features, grouped: a filter asks for one feature of each group it names.
const (
	Noun Feature = 1 << iota
	Adjective
	Verb
	Adverb
	Determiner
	Pronoun
	Preposition
	Conjunction
	Interjection
	ProperNoun
	Numeral

	Indicative
	Subjunctive
	Imperative
	Infinitive
	Gerund
	Participle

	Present
	Preterite
	Imperfect
	Future
	Conditional

	First
	Second
	Third

	Singular
	Plural

	Masculine
	Feminine
)

// Feature groups.
const (
	posGroup    = Noun | Adjective | Verb | Adverb | Determiner | Pronoun | Preposition | Conjunction | Interjection | ProperNoun | Numeral
	moodGroup   = Indicative | Subjunctive | Imperative | Infinitive | Gerund | Participle
	tenseGroup  = Present | Preterite | Imperfect | Future | Conditional
	personGroup = First | Second | Third
	numberGroup = Singular | Plural
	genderGroup = Masculine | Feminine
)

var featureGroups = [...]Feature{posGroup, moodGroup, tenseGroup, personGroup, numberGroup, genderGroup}

// featureNames are the names a filter uses; "1pl" and the like are read as
// two features (person and number).
var featureNames = map[string]Feature{
	"noun": Noun, "adj": Adjective, "verb": Verb, "adv": Adverb, "det": Determiner,
	"pron": Pronoun, "prep": Preposition, "conj": Conjunction, "interj": Interjection,
	"propn": ProperNoun, "num": Numeral,
	"ind": Indicative, "subj": Subjunctive, "imp": Imperative, "inf": Infinitive,
	"ger": Gerund, "part": Participle,
	"pres": Present, "pret": Preterite, "impf": Imperfect, "fut": Future, "cond": Conditional,
	"1": First, "2": Second, "3": Third, "sg": Singular, "pl": Plural,
	"masc": Masculine, "fem": Feminine,
}

// Analysis is one reading of a word form: its lemma (the infinitive of a
// verb, the masculine singular of a noun or adjective) and its features.
type Analysis struct {
	Lemma    string
	Features Feature
}

// Analyzer gives the readings of a word as written (lower case, accents
// kept). It appends to buf and returns the extended slice.
type Analyzer interface {
	Analyze(word string, buf []Analysis) []Analysis
	// Forms returns every written form of a lemma.
	Forms(lemma string) []string
}

// filter is a disjunction of alternatives; an alternative holds, for each
// group it names, the features of that group it accepts.
type filter [][]Feature

// parseFilter reads "ger", "pres.1pl,fut.1pl" (comma: or; dot: and;
// features of one group inside an alternative: or).
func parseFilter(s string) (filter, error) {
	var f filter
	for _, alt := range strings.Split(s, ",") {
		var set Feature
		for _, name := range strings.Split(alt, ".") {
			if name == "" {
				return nil, fmt.Errorf("empty feature in %q", s)
			}
			ft, ok := featureNames[name]
			if !ok && len(name) == 3 && (name[0] >= '1' && name[0] <= '3') {
				p, ok1 := featureNames[name[:1]]
				n, ok2 := featureNames[name[1:]]
				ft, ok = p|n, ok1 && ok2
			}
			if !ok {
				return nil, fmt.Errorf("unknown feature %q in %q (known: noun adj verb adv det pron prep conj interj propn num, ind subj imp inf ger part, pres pret impf fut cond, 1 2 3, sg pl, masc fem, 1sg 3pl...)", name, s)
			}
			set |= ft
		}
		var need []Feature
		for _, g := range featureGroups {
			if set&g != 0 {
				need = append(need, set&g)
			}
		}
		f = append(f, need)
	}
	return f, nil
}

// match reports whether a reading with features ft passes the filter; an
// empty filter passes everything.
func (f filter) match(ft Feature) bool {
	if len(f) == 0 {
		return true
	}
	for _, alt := range f {
		ok := true
		for _, need := range alt {
			if ft&need == 0 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
