package lexicon

import (
	"sync"

	"github.com/vocero/vocero/lint"
)

// Matcher finds the entries of compiled lexicons in a document. It is
// immutable and safe for concurrent use.
type Matcher struct {
	// real opens or compiles the matcher on first use, so that building a
	// linter does not pay for it.
	real func() *Matcher

	*table
	// analyzer gives the readings of words for part-of-speech forms; it
	// may return nil.
	analyzer func() Analyzer
	// comp returns the compiled sources, for the methods that explain the
	// lexicons (Examples, Unresolved, Lemmas); the built-in matcher
	// compiles them from text when first asked. Set before and after get.
	comp func() *compiler
}

// Source is a lexicon to compile: its name and its text in the file format.
type Source struct {
	Name string
	// File names the text in error messages ("courtesy.txt").
	File string
	Text string
}

// Compile builds a matcher from lexicon sources and the config's changes
// (keyed by lexicon name). A change to a lexicon not among the sources is
// an error, as is a malformed entry or a removal that matches nothing.
func Compile(srcs []Source, changes map[string]lint.Lexicon) (*Matcher, error) {
	return CompileEnv(srcs, changes, nil)
}

// CompileEnv is Compile with the classes and the analyser of env (nil: the
// built-in ones). Errors are found here; the forms of lemmas and classes
// are resolved, and the table written, when the matcher is first used.
func CompileEnv(srcs []Source, changes map[string]lint.Lexicon, env *Env) (*Matcher, error) {
	c, err := compile(srcs, changes, env)
	if err != nil {
		return nil, err
	}
	return c.matcher(), nil
}

// matcher returns a matcher that encodes the compiled lexicons on first use.
func (c *compiler) matcher() *Matcher {
	comp := func() *compiler { return c }
	return &Matcher{comp: comp, real: sync.OnceValue(func() *Matcher {
		t, err := openTable(string(c.encode()))
		if err != nil {
			panic("lexicon: a table just encoded does not open: " + err.Error())
		}
		return &Matcher{table: t, analyzer: func() Analyzer { return c.env.Analyzer }, comp: comp}
	})}
}

// get returns the opened matcher.
func (m *Matcher) get() *Matcher {
	if m.real != nil {
		return m.real()
	}
	return m
}

// Names returns the names of the compiled lexicons.
func (m *Matcher) Names() []string {
	m = m.get()
	out := make([]string, len(m.lexs))
	for i := range m.lexs {
		out[i] = m.lexs[i].name
	}
	return out
}

// Entries returns the entries of a lexicon, in file order.
func (m *Matcher) Entries(lexicon string) []*Entry {
	m = m.get()
	l := m.lexicon(lexicon)
	if l == nil {
		return nil
	}
	out := make([]*Entry, len(l.cache))
	for i := range out {
		out[i] = m.entry(l, uint32(i))
	}
	return out
}

// Match is an entry found in a document.
type Match struct {
	Entry *Entry
	// Span covers the matched words in Document.Text.
	Span lint.Span
	// First and Last are the indices of the first and last matched units.
	First, Last int
}

// Find returns the matches of a lexicon in a stream, ordered by start.
// Overlapping matches are all returned; rules decide which to keep.
func (m *Matcher) Find(s *Stream, lexicon string) []Match {
	m = m.get()
	l := m.lexicon(lexicon)
	if l == nil || len(s.Units) == 0 {
		return nil
	}
	var out []Match
	for i := range s.Units {
		if s.Units[i].Key == "que" && !s.exclamative(i) {
			continue // a relative "que" starts no "qué ..." phrase
		}
		out = m.step(l, s, 0, i, i, out)
	}
	return out
}

// step follows the edges of node n that unit i matches.
func (m *Matcher) step(l *lexTable, s *Stream, n uint32, first, i int, out []Match) []Match {
	es, ee, gaps, pos, _, _ := l.node(n)
	ws := es + gaps + pos // the word and symbol edges
	if ws == ee && pos == 0 {
		return out
	}
	if ws < ee {
		for _, id := range s.ids(i) {
			if c, ok := l.child(ws, ee, id); ok {
				out = m.walk(l, s, c, first, i, out)
			}
		}
	}
	for j := es + gaps; j < ws; j++ {
		if f, ok := m.posFilter(int32(l.edges.at(int(j)))); ok && s.hasFeatures(i, f) {
			out = m.walk(l, s, j+1, first, i, out)
		}
	}
	return out
}

func (m *Matcher) walk(l *lexTable, s *Stream, n uint32, first, i int, out []Match) []Match {
	es, _, gaps, _, os, oe := l.node(n)
	for o := os; o < oe; o++ {
		out = append(out, Match{Entry: m.entry(l, l.outs.at(int(o))), Span: lint.Span{Start: s.Units[first].Span.Start, End: s.Units[i].Span.End}, First: first, Last: i})
	}
	if i+1 < len(s.Units) && !s.Units[i+1].Break {
		out = m.step(l, s, n, first, i+1, out)
	}
	for j := es; j < es+gaps; j++ {
		// Up to g free words of the same sentence, then the next word;
		// punctuation inside the gap is fine ("el Consejo, en su sesión,
		// analiza"), hashtags end it.
		g := -int(int32(l.edges.at(int(j))))
		for k := i + 1; k <= i+1+g && k < len(s.Units); k++ {
			u := &s.Units[k]
			if u.Sentence != s.Units[i].Sentence || u.Hashtag {
				break
			}
			out = m.step(l, s, j+1, first, k, out)
		}
	}
	return out
}
