package lexicon

import "github.com/vocero/vocero/dict"

// dictAnalyzer reads lemmas and features from the morphological analyser
// of the bundled dictionary.
type dictAnalyzer struct{ d *dict.Dictionary }

// defaultAnalyzer returns the analyser of the bundled dictionary.
func defaultAnalyzer() Analyzer { return dictAnalyzer{dict.Default()} }

var (
	posFeature    = [...]Feature{dict.Noun: Noun, dict.Adjective: Adjective, dict.Verb: Verb, dict.Adverb: Adverb, dict.Determiner: Determiner, dict.Pronoun: Pronoun, dict.Preposition: Preposition, dict.Conjunction: Conjunction, dict.Interjection: Interjection, dict.ProperNoun: ProperNoun, dict.Numeral: Numeral}
	moodFeature   = [...]Feature{dict.Indicative: Indicative, dict.Subjunctive: Subjunctive, dict.Imperative: Imperative, dict.Infinitive: Infinitive, dict.Gerund: Gerund, dict.Participle: Participle}
	tenseFeature  = [...]Feature{dict.Present: Present, dict.Preterite: Preterite, dict.Imperfect: Imperfect, dict.Future: Future, dict.Conditional: Conditional}
	personFeature = [...]Feature{1: First, 2: Second, 3: Third}
	numberFeature = [...]Feature{dict.Singular: Singular, dict.Plural: Plural}
	genderFeature = [...]Feature{dict.Masculine: Masculine, dict.Feminine: Feminine}
)

// features converts the analyser's reading to a feature set.
func features(a dict.Analysis) Feature {
	var f Feature
	if int(a.POS) < len(posFeature) {
		f |= posFeature[a.POS]
	}
	if int(a.Mood) < len(moodFeature) {
		f |= moodFeature[a.Mood]
	}
	if int(a.Tense) < len(tenseFeature) {
		f |= tenseFeature[a.Tense]
	}
	if int(a.Person) < len(personFeature) {
		f |= personFeature[a.Person]
	}
	if int(a.Number) < len(numberFeature) {
		f |= numberFeature[a.Number]
	}
	if int(a.Gender) < len(genderFeature) {
		f |= genderFeature[a.Gender]
	}
	return f
}

func (d dictAnalyzer) Analyze(word string, buf []Analysis) []Analysis {
	var tmp [16]dict.Analysis
	for _, a := range d.d.Analyze(word, tmp[:0]) {
		buf = append(buf, Analysis{Lemma: a.Lemma, Features: features(a)})
	}
	return buf
}

func (d dictAnalyzer) Forms(lemma string) []string { return d.d.Forms(lemma) }

// DictAnalyzer returns the analyser of the bundled dictionary.
func DictAnalyzer() Analyzer { return defaultAnalyzer() }

// GenEnv is the built-in environment without the forms table, to generate
// it.
func GenEnv() *Env {
	e := builtinEnv()
	return &Env{Classes: e.Classes, ClassesFile: e.ClassesFile, Analyzer: e.Analyzer}
}
