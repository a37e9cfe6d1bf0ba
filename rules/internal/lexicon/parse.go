package lexicon

import (
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
)

// Entry is one line of a lexicon.
type Entry struct {
	// Lexicon is the name of the lexicon the entry belongs to.
	Lexicon string
	// Category becomes the finding's kind ("insult", "rumour").
	Category string
	// Severity is the entry's severity; Off marks a context marker that is
	// never reported itself.
	Severity lint.Severity
	// Phrase is the phrase as written in the file (with its + * / marks).
	Phrase string
	// Alternatives are plain replacements offered for the phrase.
	Alternatives []string
	// Tags restrict when the entry is reported (without the @).
	Tags []string
	// Source names where the entry was read ("courtesy.txt:12").
	Source string

	words []pattern
}

// Marker reports whether the entry only marks context.
func (e *Entry) Marker() bool { return e.Severity == lint.Off }

// Has reports whether the entry carries the tag.
func (e *Entry) Has(tag string) bool {
	for _, t := range e.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Examples returns every phrase the entry matches, in folded form (a
// prefix shown with "o" after it), for tests and documentation.
func (e *Entry) Examples() []string {
	out := []string{""}
	for _, p := range e.words {
		var next []string
		for _, s := range out {
			for _, f := range p.forms {
				w := f.key
				if f.prefix {
					w += "o"
				}
				if s != "" {
					w = s + " " + w
				}
				next = append(next, w)
			}
		}
		out = next
	}
	return out
}

// KnownTags are the tags an entry may carry.
var KnownTags = []string{"person", "noun", "reply", "nolink", "alone", "unapproved", "council", "label"}

// pattern is one word position of a phrase: any of its forms.
type pattern struct {
	forms []form
}

type form struct {
	key    string // normalised word or prefix
	prefix bool
}

// ParseLine parses one entry line. It returns nil and no error for blank and
// comment lines.
func ParseLine(lexicon, line, source string) (*Entry, error) {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' {
		return nil, nil
	}
	fields := strings.Fields(line)
	if len(fields) < 3 {
		return nil, fmt.Errorf("%s: want <category> <severity> <phrase>, got %q", source, line)
	}
	e := &Entry{Lexicon: lexicon, Category: fields[0], Source: source}
	if !validCategory(e.Category) {
		return nil, fmt.Errorf("%s: category %q is not lower-case kebab-case", source, e.Category)
	}
	sev, err := parseSeverity(fields[1])
	if err != nil {
		return nil, fmt.Errorf("%s: %v", source, err)
	}
	e.Severity = sev
	var phrase, alts []string
	inAlts := false
	for _, f := range fields[2:] {
		switch {
		case strings.HasPrefix(f, "@") && len(f) > 1:
			tag := f[1:]
			if !known(tag) {
				return nil, fmt.Errorf("%s: unknown tag @%s (known: @%s)", source, tag, strings.Join(KnownTags, " @"))
			}
			e.Tags = append(e.Tags, tag)
		case len(e.Tags) > 0:
			return nil, fmt.Errorf("%s: %q after the tags; tags go last", source, f)
		case f == "=>":
			if inAlts {
				return nil, fmt.Errorf("%s: two => in one entry", source)
			}
			inAlts = true
		case inAlts:
			alts = append(alts, f)
		default:
			phrase = append(phrase, f)
		}
	}
	if len(phrase) == 0 {
		return nil, fmt.Errorf("%s: entry without a phrase", source)
	}
	if inAlts {
		for _, a := range strings.Split(strings.Join(alts, " "), ";") {
			if a = strings.TrimSpace(a); a != "" {
				e.Alternatives = append(e.Alternatives, a)
			}
		}
		if len(e.Alternatives) == 0 {
			return nil, fmt.Errorf("%s: => without an alternative", source)
		}
	}
	e.Phrase = strings.Join(phrase, " ")
	e.words, err = parsePhrase(phrase)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", source, err)
	}
	return e, nil
}

func known(tag string) bool {
	for _, t := range KnownTags {
		if t == tag {
			return true
		}
	}
	return false
}

func validCategory(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

func parseSeverity(s string) (lint.Severity, error) {
	switch s {
	case "-":
		return lint.Off, nil
	case "error":
		return lint.Error, nil
	case "warning":
		return lint.Warning, nil
	case "info":
		return lint.Info, nil
	}
	return lint.Off, fmt.Errorf("severity %q is not error, warning, info or -", s)
}

// maxForms bounds the phrases one entry expands to.
const maxForms = 512

// parsePhrase reads the word syntax: plain words, word+ for gender and
// number, stem* for a prefix, a/b/c for alternatives.
func parsePhrase(words []string) ([]pattern, error) {
	out := make([]pattern, 0, len(words))
	total := 1
	for _, w := range words {
		var p pattern
		for _, alt := range strings.Split(w, "/") {
			if alt == "" {
				return nil, fmt.Errorf("empty alternative in %q", w)
			}
			switch {
			case strings.HasSuffix(alt, "*"):
				k := foldPlain(strings.TrimSuffix(alt, "*"))
				if len([]rune(k)) < 3 {
					return nil, fmt.Errorf("prefix %q is too short (three letters at least)", alt)
				}
				p.forms = append(p.forms, form{key: k, prefix: true})
			case strings.HasSuffix(alt, "+"):
				k := foldPlain(strings.TrimSuffix(alt, "+"))
				if k == "" {
					return nil, fmt.Errorf("%q has no letters", alt)
				}
				for _, f := range inflect(k) {
					p.forms = append(p.forms, form{key: f})
				}
			default:
				k := foldPlain(alt)
				if k == "" {
					return nil, fmt.Errorf("%q has no letters", alt)
				}
				p.forms = append(p.forms, form{key: k})
			}
		}
		total *= len(p.forms)
		if total > maxForms {
			return nil, fmt.Errorf("phrase expands to more than %d forms", maxForms)
		}
		out = append(out, p)
	}
	return out, nil
}

// inflect returns the gender and number forms of a folded adjective or
// noun: o → a os as; a → as; e → es; z → ces; ón án ín or és → +a +es +as;
// other consonants → +es; accented vowels were folded, so a final vowel
// other than o a e takes s and es.
func inflect(k string) []string {
	n := len(k)
	last := k[n-1]
	stem := k[:n-1]
	switch {
	case last == 'o':
		return []string{k, stem + "a", k + "s", stem + "as"}
	case last == 'a':
		return []string{k, k + "s"}
	case last == 'e':
		return []string{k, k + "s"}
	case last == 'z':
		return []string{k, stem + "ces"}
	case n >= 2 && (strings.HasSuffix(k, "on") || strings.HasSuffix(k, "an") || strings.HasSuffix(k, "in") || strings.HasSuffix(k, "or") || strings.HasSuffix(k, "es")):
		return []string{k, k + "a", k + "es", k + "as"}
	case last == 'i' || last == 'u':
		return []string{k, k + "s", k + "es"}
	}
	return []string{k, k + "es"}
}
