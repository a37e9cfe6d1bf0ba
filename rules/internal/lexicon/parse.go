package lexicon

import (
	"fmt"
	"strconv"
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

// patterns returns the entry's word patterns. An entry read from the
// generated table carries only its phrase, which parses as it did when the
// table was made.
func (e *Entry) patterns() []pattern {
	if e.words != nil {
		return e.words
	}
	ws, _ := parsePhrase(strings.Fields(e.Phrase))
	return ws
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
	for _, p := range e.patterns() {
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
var KnownTags = []string{"person", "noun", "aimed", "reply", "nolink", "alone", "chat", "start", "unapproved", "council", "private", "label", "advice"}

// pattern is one word position of a phrase: any of its forms, or a gap.
type pattern struct {
	forms []form
	// optional: the position may be left out ("no?").
	optional bool
	// gap > 0: up to gap free words of the same sentence ("..3").
	gap int
}

// formKind says what a form matches.
type formKind uint8

const (
	wordForm  formKind = iota // a folded word, or a prefix
	lemmaForm                 // ~lemma: any form of a lemma
	classForm                 // %class: any form of a lemma of a class
	posForm                   // <verb.ger>: any word with these features
)

type form struct {
	key    string // normalised word, prefix, lemma or class name
	prefix bool
	kind   formKind
	// feats is the feature filter of a lemma, class or part-of-speech
	// form as written ("ger", "pres.1pl"); filter is its parsed form.
	feats  string
	filter filter
}

// symbol is the key of a lemma, class or part-of-speech form in the
// matcher's symbol table.
func (f form) symbol() string {
	switch f.kind {
	case lemmaForm:
		return "~" + f.key + ":" + f.feats
	case classForm:
		return "%" + f.key + ":" + f.feats
	case posForm:
		return "<" + f.feats + ">"
	}
	return f.key
}

// maxGap bounds a gap of free words.
const maxGap = 8

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
// number, stem* for a prefix, ~lemma and %class with an optional feature
// filter (~estar:pres, %deliberar:ger), <features> for a part of speech
// (<verb.inf>), a/b/c for alternatives, a trailing ? for an optional
// position (no?) and ..N for up to N free words.
func parsePhrase(words []string) ([]pattern, error) {
	out := make([]pattern, 0, len(words))
	total := 1
	for wi, w := range words {
		var p pattern
		if strings.HasPrefix(w, "..") {
			n, err := strconv.Atoi(w[2:])
			if err != nil || n < 1 || n > maxGap {
				return nil, fmt.Errorf("gap %q: want ..1 to ..%d", w, maxGap)
			}
			if wi == 0 || wi == len(words)-1 {
				return nil, fmt.Errorf("gap %q at the edge of the phrase", w)
			}
			if out[len(out)-1].gap > 0 || out[len(out)-1].optional {
				return nil, fmt.Errorf("gap %q after a gap or an optional word", w)
			}
			out = append(out, pattern{gap: n})
			continue
		}
		if len(w) > 1 && strings.HasSuffix(w, "?") {
			if wi > 0 && out[len(out)-1].gap > 0 {
				return nil, fmt.Errorf("optional %q after a gap", w)
			}
			p.optional = true
			w = w[:len(w)-1]
		}
		for _, alt := range strings.Split(w, "/") {
			if alt == "" {
				return nil, fmt.Errorf("empty alternative in %q", w)
			}
			f, err := parseForm(alt)
			if err != nil {
				return nil, err
			}
			if f.kind == wordForm && !f.prefix && strings.HasSuffix(alt, "+") {
				for _, k := range inflect(f.key) {
					p.forms = append(p.forms, form{key: k})
				}
				continue
			}
			p.forms = append(p.forms, f)
		}
		n := len(p.forms)
		if p.optional {
			n++
		}
		total *= n
		if total > maxForms {
			return nil, fmt.Errorf("phrase expands to more than %d forms", maxForms)
		}
		out = append(out, p)
	}
	required := 0
	for _, p := range out {
		if !p.optional && p.gap == 0 {
			required++
		}
	}
	if required == 0 {
		return nil, fmt.Errorf("phrase of optional words only")
	}
	return out, nil
}

// parseForm reads one alternative of a word position.
func parseForm(alt string) (form, error) {
	switch {
	case strings.HasPrefix(alt, "<"):
		if !strings.HasSuffix(alt, ">") || len(alt) < 3 {
			return form{}, fmt.Errorf("%q: a part of speech is written <verb> or <verb.ger>", alt)
		}
		feats := alt[1 : len(alt)-1]
		f, err := parseFilter(feats)
		if err != nil {
			return form{}, err
		}
		return form{kind: posForm, feats: feats, filter: f}, nil
	case strings.HasPrefix(alt, "~"), strings.HasPrefix(alt, "%"):
		kind := lemmaForm
		if alt[0] == '%' {
			kind = classForm
		}
		name, feats, _ := strings.Cut(alt[1:], ":")
		fo := form{key: strings.ToLower(name), kind: kind, feats: feats}
		if kind == classForm && !validCategory(fo.key) {
			return form{}, fmt.Errorf("%q: a class name is lower-case kebab-case", alt)
		}
		if kind == lemmaForm && foldPlain(fo.key) == "" {
			return form{}, fmt.Errorf("%q has no letters", alt)
		}
		if feats != "" {
			f, err := parseFilter(feats)
			if err != nil {
				return form{}, err
			}
			fo.filter = f
		}
		return fo, nil
	case strings.HasSuffix(alt, "*"):
		k := foldPlain(strings.TrimSuffix(alt, "*"))
		if len([]rune(k)) < 3 {
			return form{}, fmt.Errorf("prefix %q is too short (three letters at least)", alt)
		}
		return form{key: k, prefix: true}, nil
	case strings.HasSuffix(alt, "+"):
		k := foldPlain(strings.TrimSuffix(alt, "+"))
		if k == "" {
			return form{}, fmt.Errorf("%q has no letters", alt)
		}
		return form{key: k}, nil
	}
	k := foldPlain(alt)
	if k == "" {
		return form{}, fmt.Errorf("%q has no letters", alt)
	}
	return form{key: k}, nil
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
