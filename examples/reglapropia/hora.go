// Package reglapropia shows a rule of the institution's own, written only
// against vocero's public API (packages lint and rules) and run beside the
// built-in rules:
//
//	linter, err := rules.NewLinter(cfg, reglapropia.NewHora(reglapropia.HoraOptions{}))
//
// The rule, hora-24, asks for times in the 24-hour form the institution
// uses in its notices ("19:00 horas", not "7 pm"), with a fix.
package reglapropia

import (
	"fmt"
	"regexp"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// HoraOptions configure the rule.
type HoraOptions struct {
	// Suffix follows the time in the fix; "horas" when empty. The YAML
	// key is `sufijo`: `rules: {hora-24: {sufijo: hrs.}}`.
	Suffix string `yaml:"sufijo"`
}

// Hora reports times written with a.m./p.m. It is immutable and safe for
// concurrent use.
type Hora struct {
	suffix string
}

// NewHora builds the rule.
func NewHora(o HoraOptions) *Hora {
	if o.Suffix == "" {
		o.Suffix = "horas"
	}
	return &Hora{suffix: o.Suffix}
}

// HoraFromConfig builds the rule from the `rules: hora-24:` options of a
// config, so that a user can tune it in .vocero.yaml.
func HoraFromConfig(cfg *lint.Config) (*Hora, error) {
	var o HoraOptions
	if err := cfg.Rule(HoraID).Options.Decode(&o); err != nil {
		return nil, err
	}
	return NewHora(o), nil
}

// HoraID is the rule's ID.
const HoraID = "hora-24"

// Meta describes the rule.
func (h *Hora) Meta() lint.Meta {
	return lint.Meta{
		ID:       HoraID,
		Criteria: []string{"6.XXII"},
		Severity: lint.Warning,
		Summary: lint.Message{
			ES: "Horas en formato de 24 horas, como en los avisos del Instituto",
			EN: "Times in the 24-hour form, as in the institute's notices",
		},
		Doc: lint.Message{
			ES: "Los avisos del Instituto escriben la hora en formato de 24 horas («19:00 horas»); «7 pm» o «7:30 p. m.» se cambian por esa forma.",
			EN: "The institute's notices write times in the 24-hour form (\"19:00 horas\"); \"7 pm\" or \"7:30 p. m.\" become that form.",
		},
		Bad:  "El debate empieza a las 7 pm.",
		Good: "El debate empieza a las 19:00 horas.",
		Messages: map[string]lint.Message{
			"ampm": {
				ES: "Hora en formato de 12 horas: «%s»; escríbela como «%s» (criterio 6.XXII)",
				EN: "Time in the 12-hour form: «%s»; write it as «%s» (criterion 6.XXII)",
			},
		},
	}
}

// hourRE finds "7 pm", "7:30 p.m.", "10 a. m.", "12PM". Word boundaries
// are checked by hand: Go's \b only knows ASCII letters.
var hourRE = regexp.MustCompile(`(?i)(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?\s?m\.?`)

// Check reports every 12-hour time in running prose.
func (h *Hora) Check(p *lint.Pass) error {
	text := p.Doc.Text
	for _, m := range hourRE.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[0], m[1]
		if !boundaryBefore(text, start) || !boundaryAfter(text, end) {
			continue
		}
		if tok, in := p.Doc.TokenAt(start); in && tok.Kind != lint.Number && tok.Kind != lint.Emoji {
			continue // inside a URL, hashtag, mention or e-mail
		}
		if text[end-1] == '.' && endsSentence(text, end) {
			end-- // the abbreviation's period also ends the sentence: keep it
		}
		hour, _ := strconv.Atoi(text[m[2]:m[3]])
		if hour < 1 || hour > 12 {
			continue
		}
		minutes := "00"
		if m[4] >= 0 {
			minutes = text[m[4]:m[5]]
		}
		pm := text[m[6]] == 'p' || text[m[6]] == 'P'
		switch {
		case pm && hour < 12:
			hour += 12
		case !pm && hour == 12:
			hour = 0
		}
		want := fmt.Sprintf("%02d:%s %s", hour, minutes, h.suffix)
		span := lint.Span{Start: start, End: end}
		p.Report(lint.Finding{
			Span:    span,
			Message: p.Msgf("ampm", p.Doc.Slice(span), want),
			Fixes:   []lint.Fix{{Safe: true, Message: "Escribir «" + want + "»", Edits: []lint.Edit{{Start: start, End: end, New: want}}}},
		})
	}
	return nil
}

// endsSentence reports whether the text after i starts a new sentence or
// ends: nothing, a line break, or spaces and a capital letter.
func endsSentence(text string, i int) bool {
	for _, r := range text[i:] {
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r):
			continue
		default:
			return unicode.IsUpper(r)
		}
	}
	return true
}

// boundaryBefore reports whether text[i] starts a word: no letter or digit
// just before it.
func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// boundaryAfter reports whether the match ends a word. A match that ends
// with a period ends a word by itself ("7 p.m.").
func boundaryAfter(text string, i int) bool {
	if i == len(text) || text[i-1] == '.' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
