package lexicon

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Env is what lemma and class forms are resolved against: the word
// classes and the analyser that gives the forms of a lemma.
type Env struct {
	// Classes is the text of the classes file (see classes.txt).
	Classes string
	// ClassesFile names it in error messages.
	ClassesFile string
	// Analyzer gives the forms of lemmas and the readings of words; nil
	// leaves lemma and part-of-speech forms without matches.
	Analyzer Analyzer
	// Forms is a table of the forms of lemmas, generated from the
	// analyser (forms.txt), read before asking the analyser: finding the
	// forms of a lemma scans the whole dictionary.
	Forms string

	tableOnce sync.Once
	table     map[string][]reading
}

// tableReadings returns the readings of a lemma in the generated table.
func (e *Env) tableReadings(lemma string) ([]reading, bool) {
	e.tableOnce.Do(func() { e.table = parseForms(e.Forms) })
	r, ok := e.table[lemma]
	return r, ok
}

// parseForms reads the generated table: one lemma a line, then its forms
// as form=features (hexadecimal Feature bits), one per reading. Malformed
// fields are skipped (the file is generated and checked by a test).
func parseForms(text string) map[string][]reading {
	out := map[string][]reading{}
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		lemma, rest, _ := strings.Cut(line, " ")
		var rs []reading
		for _, f := range strings.Fields(rest) {
			w, hex, ok := strings.Cut(f, "=")
			n, err := strconv.ParseUint(hex, 16, 32)
			if ok && err == nil {
				rs = append(rs, reading{form: w, feat: Feature(n)})
			}
		}
		out[lemma] = rs
	}
	return out
}

// builtinEnv is the embedded classes file with the bundled dictionary's
// analyser.
var builtinEnv = sync.OnceValue(func() *Env {
	data, err := files.ReadFile("data/classes.txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded classes.txt missing: %v", err))
	}
	forms, err := files.ReadFile("data/forms.txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded forms.txt missing: %v", err))
	}
	return &Env{Classes: string(data), ClassesFile: "classes.txt", Analyzer: defaultAnalyzer(), Forms: string(forms)}
})

// parseClasses reads "name: lemma lemma ..." lines; a class may span
// several lines, each starting with its name.
func parseClasses(text, file string) (map[string][]string, error) {
	out := map[string][]string{}
	var errs []string
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		name, rest, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || !validCategory(name) {
			errs = append(errs, fmt.Sprintf("%s:%d: want <class>: <lemma> <lemma>..., got %q", file, i+1, line))
			continue
		}
		for _, w := range strings.Fields(rest) {
			out[name] = append(out[name], strings.ToLower(w))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// check reports lemma and class forms the matcher cannot resolve: an
// unknown class.
func (m *compiler) check(e *Entry) error {
	for _, p := range e.words {
		for _, f := range p.forms {
			if f.kind == classForm && m.classes[f.key] == nil {
				names := make([]string, 0, len(m.classes))
				for n := range m.classes {
					names = append(names, n)
				}
				sort.Strings(names)
				return fmt.Errorf("%s: unknown class %%%s (known: %s)", e.Source, f.key, strings.Join(names, " "))
			}
		}
	}
	return nil
}

// checkLemmas reports lemmas the analyser does not know (for entries added
// by the config; the built-in ones are checked by the tests).
func (m *compiler) checkLemmas(e *Entry) error {
	if m.env.Analyzer == nil {
		return nil
	}
	for _, p := range e.words {
		for _, f := range p.forms {
			if f.kind == lemmaForm && len(m.readingsOf(f.key)) == 0 {
				return fmt.Errorf("%s: %q is not a lemma of the dictionary", e.Source, f.key)
			}
		}
	}
	return nil
}

// reading is one form of a lemma with its features.
type reading struct {
	form string
	feat Feature
}

// readingsOf returns the forms of a lemma with their features. A lemma the
// analyser does not know stands for itself, with no features.
func (m *compiler) readingsOf(lemma string) []reading {
	if m.env.Forms != "" {
		if r, ok := m.env.tableReadings(lemma); ok {
			return r
		}
	}
	an := m.env.Analyzer
	if an == nil {
		return nil
	}
	var out []reading
	var buf []Analysis
	for _, w := range an.Forms(lemma) {
		buf = an.Analyze(w, buf[:0])
		for _, a := range buf {
			if a.Lemma == lemma {
				out = append(out, reading{form: w, feat: a.Features})
			}
		}
	}
	return out
}

// resolve builds the table of lemma and class forms, once, before the
// compiled lexicons are encoded: it costs the analyser's look-ups, which
// a program that never lints should not pay.
func (m *compiler) resolve() {
	m.resolveOnce.Do(func() {
		if len(m.symDefs) == 0 {
			return
		}
		cache := map[string][]reading{}
		get := func(l string) []reading {
			r, ok := cache[l]
			if !ok {
				r = m.readingsOf(l)
				cache[l] = r
			}
			return r
		}
		tab := map[string][]int32{}
		add := func(w string, id int32) {
			k := foldPlain(w)
			for _, x := range tab[k] {
				if x == id {
					return
				}
			}
			tab[k] = append(tab[k], id)
		}
		for _, d := range m.symDefs {
			lemmas := []string{d.f.key}
			if d.f.kind == classForm {
				lemmas = m.classes[d.f.key]
			}
			for _, l := range lemmas {
				rs := get(l)
				if len(rs) == 0 && len(d.f.filter) == 0 {
					// A word the analyser does not give as a lemma
					// (ieesonora; enojado, whose lemma is enojar): the
					// word and its gender and number forms.
					for _, w := range inflect(foldPlain(l)) {
						add(w, d.id)
					}
				}
				for _, r := range rs {
					if d.f.filter.match(r.feat) {
						add(r.form, d.id)
					}
				}
			}
		}
		m.formSyms = tab
	})
}

// hasFeatures reports whether a reading of unit i passes the filter; the
// readings are computed once per unit, on first need.
func (s *Stream) hasFeatures(i int, f filter) bool {
	an := s.m.analyzer()
	if an == nil {
		return false
	}
	if s.readings == nil {
		s.readings = make([][]Analysis, len(s.Units))
		s.rbuf = make([]Analysis, 0, 16)
	}
	if s.readings[i] == nil {
		// The readings of all units share one backing array (one
		// allocation per post, not per word); a unit's slice is capped so
		// that later appends never write into it, and is non-nil once
		// computed, even when the word has no reading.
		start := len(s.rbuf)
		s.rbuf = an.Analyze(s.Raw(i), s.rbuf)
		s.readings[i] = s.rbuf[start:len(s.rbuf):len(s.rbuf)]
	}
	for _, a := range s.readings[i] {
		if f.match(a.Features) {
			return true
		}
	}
	return false
}

// Examples returns phrases the entry matches, in folded form, for tests
// and documentation: a prefix is shown with "o" after it, a lemma or class
// by forms that pass its filter (each lemma of a class at least once, as
// far as the count allows), an optional word both with and without it,
// and a gap by no word. A part-of-speech form has no example; the entry
// then has none.
func (m *Matcher) Examples(e *Entry) []string { return m.comp().examples(e) }

func (m *compiler) examples(e *Entry) []string {
	out := []string{""}
	for _, p := range e.patterns() {
		if p.gap > 0 {
			continue
		}
		var words []string
		for _, f := range p.forms {
			switch f.kind {
			case wordForm:
				w := f.key
				if f.prefix {
					w += "o"
				}
				words = append(words, w)
			case lemmaForm, classForm:
				words = append(words, m.examplesOf(f)...)
			case posForm:
				return nil
			}
		}
		if p.optional {
			words = append(words, "")
		}
		var next []string
		for i, s := range out {
			for j, w := range words {
				// Keep the product small: every word once, not every pair.
				if len(out) > 1 && len(words) > 1 && (i+j)%len(words) != 0 && len(out)*len(words) > maxForms/4 {
					continue
				}
				switch {
				case w == "":
					next = append(next, s)
				case s == "":
					next = append(next, w)
				default:
					next = append(next, s+" "+w)
				}
			}
		}
		out = next
	}
	return out
}

// examplesOf returns one form per lemma of a lemma or class form that
// passes its filter.
func (m *compiler) examplesOf(f form) []string {
	lemmas := []string{f.key}
	if f.kind == classForm {
		lemmas = m.classes[f.key]
	}
	var out []string
	for _, l := range lemmas {
		rs := m.readingsOf(l)
		if len(rs) == 0 && len(f.filter) == 0 {
			out = append(out, foldPlain(l))
		}
		for _, r := range rs {
			if f.filter.match(r.feat) {
				out = append(out, foldPlain(r.form))
				break
			}
		}
	}
	return out
}

// Unresolved returns, for tests, the lemmas the analyser does not know and
// the lemma and class forms no form of which passes their filter.
func (m *Matcher) Unresolved() []string { return m.comp().unresolved() }

func (m *compiler) unresolved() []string {
	var out []string
	for _, d := range m.symDefs {
		lemmas := []string{d.f.key}
		if d.f.kind == classForm {
			lemmas = m.classes[d.f.key]
		}
		any := false
		for _, l := range lemmas {
			if len(m.readingsOf(l)) == 0 && (d.f.kind == lemmaForm || len(d.f.filter) > 0) {
				out = append(out, d.f.symbol()+": unknown lemma "+l)
			}
			if len(m.examplesOf(form{key: l, kind: lemmaForm, filter: d.f.filter})) > 0 {
				any = true
			}
		}
		if !any {
			out = append(out, d.f.symbol()+": no form passes the filter")
		}
	}
	return out
}

// Lemmas returns the lemmas the matcher's lemma and class forms name,
// sorted, for the generated forms table.
func (m *Matcher) Lemmas() []string { return m.comp().lemmas() }

func (m *compiler) lemmas() []string {
	seen := map[string]bool{}
	for _, d := range m.symDefs {
		if d.f.kind == classForm {
			for _, l := range m.classes[d.f.key] {
				seen[l] = true
			}
		} else {
			seen[d.f.key] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// FormsTable writes the forms table of lemmas (the format parseForms
// reads) from an analyser; go generate writes data/forms.txt with it.
func FormsTable(an Analyzer, lemmas []string) string {
	var b strings.Builder
	b.WriteString("# Code generated by go generate (genforms.go); DO NOT EDIT.\n")
	b.WriteString("# The forms of the lemmas the voice lexicons name, with their features\n")
	b.WriteString("# (hexadecimal lexicon.Feature bits), from the analyser of package dict.\n")
	var buf []Analysis
	for _, l := range lemmas {
		b.WriteString(l)
		for _, w := range an.Forms(l) {
			buf = an.Analyze(w, buf[:0])
			var seen []Feature
			for _, a := range buf {
				if a.Lemma != l || containsFeature(seen, a.Features) {
					continue
				}
				seen = append(seen, a.Features)
				fmt.Fprintf(&b, " %s=%x", w, uint32(a.Features))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func containsFeature(fs []Feature, f Feature) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}
