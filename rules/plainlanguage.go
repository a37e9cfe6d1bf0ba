package rules

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
	"github.com/vocero/vocero/rules/internal/syllable"
)

// PlainLanguageOptions configure the plain-language rule.
type PlainLanguageOptions struct {
	// MaxSentenceWords is the longest sentence, in words, not reported;
	// 0 means 30.
	MaxSentenceWords int `yaml:"max_sentence_words"`
	// MinSentences and MinWords are how long a text must be before it is
	// scored (shorter posts are never scored); 0 means 3 and 60.
	MinSentences int `yaml:"min_sentences"`
	MinWords     int `yaml:"min_words"`
	// Formula is "inflesz" (Szigriszt-Pazos, the default) or
	// "fernandez-huerta".
	Formula string `yaml:"formula"`
	// MinScore is the lowest score not reported; 0 means 40 for INFLESZ
	// ("muy difícil" below it) and 50 for Fernández-Huerta.
	MinScore float64 `yaml:"min_score"`
	// Lexicon adds entries to, or removes them from, the built-in
	// plain-language lexicon (config key lexicons.plain-language).
	Lexicon lint.Lexicon `yaml:"-"`
}

// PlainLanguage gives advice on clear language (criteria 4.XIII and
// 6.XXI): sentences that are too long, texts whose readability score is
// low, and bureaucratic phrases that have a plain alternative.
type PlainLanguage struct {
	m            *lexicon.Matcher
	maxSentence  int
	minSentences int
	minWords     int
	formula      syllable.Formula
	minScore     float64
}

// NewPlainLanguage returns the plain-language rule.
func NewPlainLanguage(o PlainLanguageOptions) (*PlainLanguage, error) {
	r := &PlainLanguage{maxSentence: o.MaxSentenceWords, minSentences: o.MinSentences, minWords: o.MinWords, minScore: o.MinScore}
	switch strings.ToLower(o.Formula) {
	case "", "inflesz", "szigriszt-pazos":
		r.formula = syllable.INFLESZ
	case "fernandez-huerta", "fernández-huerta":
		r.formula = syllable.FernandezHuerta
	default:
		return nil, fmt.Errorf("rules.plain-language: formula %q is not inflesz or fernandez-huerta", o.Formula)
	}
	if o.MaxSentenceWords < 0 || o.MinSentences < 0 || o.MinWords < 0 {
		return nil, fmt.Errorf("rules.plain-language: max_sentence_words, min_sentences and min_words must not be negative")
	}
	if math.IsNaN(o.MinScore) || o.MinScore < 0 || o.MinScore > 120 {
		return nil, fmt.Errorf("rules.plain-language: min_score must be between 0 and 120, got %v", o.MinScore)
	}
	if r.maxSentence == 0 {
		r.maxSentence = 30
	}
	if r.minSentences == 0 {
		r.minSentences = 3
	}
	if r.minWords == 0 {
		r.minWords = 60
	}
	if r.minScore == 0 {
		r.minScore = 40
		if r.formula == syllable.FernandezHuerta {
			r.minScore = 50
		}
	}
	m, err := lexicon.For(lexicon.PlainLanguage, o.Lexicon)
	if err != nil {
		return nil, err
	}
	r.m = m
	return r, nil
}

func plainLanguageFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o PlainLanguageOptions
	if err := cfg.Rule(plainLanguageMeta.ID).Options.Decode(&o); err != nil {
		return nil, err
	}
	o.Lexicon = cfg.Lexicons[lexicon.PlainLanguage]
	r, err := NewPlainLanguage(o)
	if err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	return r, nil
}

var plainLanguageMeta = lint.Meta{
	ID:       "plain-language",
	Criteria: []string{"4.XIII", "6.XXI"},
	Severity: lint.Info,
	Summary: lint.Message{
		ES: "Oraciones largas, textos difíciles de leer y frases burocráticas",
		EN: "Long sentences, hard-to-read texts and bureaucratic phrases",
	},
	Doc: lint.Message{
		ES: "El Instituto escribe en lenguaje claro, con términos sencillos y comprensibles para todo el público (4.XIII), y con " +
			"entradas cercanas a los usuarios (6.XXI). Como consejo se señalan las oraciones de más de 30 palabras, los textos de al " +
			"menos 3 oraciones y 60 palabras cuyo índice de legibilidad (INFLESZ de Szigriszt-Pazos, o Fernández-Huerta) queda por " +
			"debajo del umbral, calculado con un contador de sílabas del español que respeta diptongos, hiatos y tildes, y las frases " +
			"burocráticas que tienen una alternativa sencilla («en virtud de que» → «porque», «a efecto de» → «para», «coadyuvar» → " +
			"«ayudar»), que se ofrecen como corrección para que la aplique quien escribe, y las nominalizaciones y fórmulas impersonales en " +
			"cualquier tiempo («se llevó a cabo la entrega» → «entregar», «se encuentra abierta» → «está»), cuya alternativa es un consejo. Opciones: `max_sentence_words` (30), `min_sentences` (3), " +
			"`min_words` (60), `formula` (inflesz o fernandez-huerta) y `min_score` (40 con INFLESZ, 50 con Fernández-Huerta).",
		EN: "The Institute writes in plain language, with simple terms everyone understands (4.XIII), and with posts close to " +
			"users (6.XXI). As advice, reports sentences over 30 words, texts of at least 3 sentences and 60 words whose readability " +
			"score (Szigriszt-Pazos INFLESZ, or Fernández-Huerta) is below the threshold, computed with a Spanish syllable counter " +
			"that handles diphthongs, hiatus and accents, and bureaucratic phrases with a plain alternative («en virtud de que» → " +
			"«porque», «a efecto de» → «para», «coadyuvar» → «ayudar»), offered as fixes for the author to apply, and nominalisations and impersonal formulas in any tense («se llevó a " +
			"cabo la entrega» → «entregar», «se encuentra abierta» → «está»), whose alternative is advice. Options: " +
			"`max_sentence_words` (30), `min_sentences` (3), `min_words` (60), `formula` (inflesz or fernandez-huerta) and " +
			"`min_score` (40 with INFLESZ, 50 with Fernández-Huerta).",
	},
	Bad:  "En virtud de que el Consejo General aprobó el acuerdo, se hace del conocimiento de la ciudadanía el calendario.",
	Good: "Porque el Consejo General aprobó el acuerdo, te informamos el calendario.",
	Messages: map[string]lint.Message{
		"bureaucratic": {
			ES: "Frase burocrática: «%s»; en lenguaje claro di «%s» (criterios 4.XIII y 6.XXI)",
			EN: "Bureaucratic phrase: «%s»; in plain language say «%s» (criteria 4.XIII and 6.XXI)",
		},
		"fix": {
			ES: "Cambiar por «%s»",
			EN: "Replace with «%s»",
		},
		"long-sentence": {
			ES: "Oración de %d palabras (más de %d); divídela en oraciones más cortas (criterios 4.XIII y 6.XXI)",
			EN: "Sentence of %d words (over %d); split it into shorter sentences (criteria 4.XIII and 6.XXI)",
		},
		"readability": {
			ES: "Texto difícil de leer: índice %s de %.0f, por debajo de %.0f; usa oraciones más cortas y palabras más sencillas (criterios 4.XIII y 6.XXI)",
			EN: "Hard-to-read text: %s score %.0f, below %.0f; use shorter sentences and simpler words (criteria 4.XIII and 6.XXI)",
		},
	},
}

// Meta implements lint.Rule.
func (*PlainLanguage) Meta() lint.Meta { return plainLanguageMeta }

// Check implements lint.Rule.
func (r *PlainLanguage) Check(p *lint.Pass) error {
	r.bureaucratic(p)
	r.measure(p)
	return nil
}

func (r *PlainLanguage) bureaucratic(p *lint.Pass) {
	s := r.m.Stream(p.Doc)
	for _, m := range lexicon.Select(r.m.Find(s, lexicon.PlainLanguage)) {
		e := m.Entry
		if len(e.Alternatives) == 0 {
			continue
		}
		quote := p.Doc.Slice(m.Span)
		alts := make([]string, len(e.Alternatives))
		for i, a := range e.Alternatives {
			alts[i] = matchCase(quote, a)
		}
		or := " o "
		if p.Lang == lint.English {
			or = " or "
		}
		f := lint.Finding{Kind: e.Category, Severity: e.Severity, Span: m.Span,
			Message: p.Msgf("bureaucratic", quote, strings.Join(alts, "» "+strings.TrimSpace(or)+" «"))}
		// Never safe: a plain phrase often needs the sentence around it
		// rewritten too ("sírvase presentar" → "por favor, presente"), so
		// the author applies it.
		if !e.Has("advice") {
			// An @advice entry matches any form of a verb ("se llevó a
			// cabo la entrega" → entregar): its alternative guides a
			// rewrite and is no replacement for the quoted words.
			f.Fixes = alternatives(m.Span, alts, func(a string) string { return p.Msgf("fix", a) })
		}
		p.Report(f)
	}
}

// matchCase capitalises the alternative when the phrase starts with a
// capital ("En virtud de que" → "Porque").
func matchCase(phrase, alt string) string {
	r, _ := utf8.DecodeRuneInString(phrase)
	if !unicode.IsUpper(r) {
		return alt
	}
	a, n := utf8.DecodeRuneInString(alt)
	return string(unicode.ToUpper(a)) + alt[n:]
}

// measure reports long sentences and scores the whole text.
func (r *PlainLanguage) measure(p *lint.Pass) {
	doc := p.Doc
	words := doc.Words()
	sents := doc.Sentences()
	wi := 0
	totalWords, totalSyll, counted := 0, 0, 0
	for _, sp := range sents {
		n := 0
		for ; wi < len(words) && words[wi].Start < sp.End; wi++ {
			w := words[wi]
			if w.In != 0 && w.In != lint.Number {
				continue
			}
			n++
			totalSyll += syllable.Count(w.Text)
		}
		if n == 0 {
			continue
		}
		counted++
		totalWords += n
		if n > r.maxSentence {
			p.Report(lint.Finding{Kind: "long-sentence", Span: trimSpan(doc.Text, sp), Message: p.Msgf("long-sentence", n, r.maxSentence)})
		}
	}
	if counted < r.minSentences || totalWords < r.minWords {
		return
	}
	score := r.formula.Score(totalSyll, totalWords, counted)
	if score < r.minScore {
		p.Report(lint.Finding{Kind: "readability", Span: trimSpan(doc.Text, lint.Span{Start: 0, End: len(doc.Text)}),
			Message: p.Msgf("readability", r.formula.String(), score, r.minScore)})
	}
}

// trimSpan drops the white space at both ends of a span.
func trimSpan(text string, s lint.Span) lint.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}
