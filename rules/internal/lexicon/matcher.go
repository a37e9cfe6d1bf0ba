package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Matcher finds the entries of compiled lexicons in a document. It is
// immutable after Compile and safe for concurrent use.
type Matcher struct {
	vocab    map[string]int32 // exact word keys
	prefixes map[string]int32 // prefix keys (pendej*)
	plens    []int            // distinct prefix lengths in bytes, ascending
	byLen    map[int][]string // vocab keys by rune count, for wildcard units
	maxLen   int              // longest phrase, in words
	lex      map[string]*trie
	names    []string
}

type trie struct {
	nodes   []node
	entries []*Entry
}

type node struct {
	next map[int32]int32
	out  []int32 // indices into trie.entries
}

func (t *trie) child(n int32, id int32) (int32, bool) {
	c, ok := t.nodes[n].next[id]
	return c, ok
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
	m := &Matcher{vocab: map[string]int32{}, prefixes: map[string]int32{}, byLen: map[int][]string{}, lex: map[string]*trie{}}
	var errs []string
	for _, src := range srcs {
		t := &trie{nodes: []node{{}}}
		m.lex[src.Name] = t
		m.names = append(m.names, src.Name)
		for i, line := range strings.Split(src.Text, "\n") {
			e, err := ParseLine(src.Name, line, fmt.Sprintf("%s:%d", src.File, i+1))
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			if e != nil {
				m.add(t, e)
			}
		}
		ch := changes[src.Name]
		for i, line := range ch.Add {
			e, err := ParseLine(src.Name, line, fmt.Sprintf("lexicons.%s.add[%d]", src.Name, i))
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			if e != nil {
				m.add(t, e)
			}
		}
		for i, line := range ch.Remove {
			if err := m.remove(t, line); err != nil {
				errs = append(errs, fmt.Sprintf("lexicons.%s.remove[%d]: %v", src.Name, i, err))
			}
		}
	}
	for name := range changes {
		if m.lex[name] == nil {
			errs = append(errs, fmt.Sprintf("lexicons: unknown lexicon %q (known: %s)", name, strings.Join(m.names, ", ")))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	for p := range m.prefixes {
		m.plens = append(m.plens, len(p))
	}
	sort.Ints(m.plens)
	m.plens = dedupInts(m.plens)
	for k := range m.vocab {
		n := utf8.RuneCountInString(k)
		m.byLen[n] = append(m.byLen[n], k)
	}
	for _, ks := range m.byLen {
		sort.Strings(ks)
	}
	return m, nil
}

func dedupInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Names returns the names of the compiled lexicons.
func (m *Matcher) Names() []string { return m.names }

// Entries returns the entries of a lexicon, in file order.
func (m *Matcher) Entries(lexicon string) []*Entry {
	if t := m.lex[lexicon]; t != nil {
		return t.entries
	}
	return nil
}

func (m *Matcher) id(f form) int32 {
	tab := m.vocab
	if f.prefix {
		tab = m.prefixes
	}
	if id, ok := tab[f.key]; ok {
		return id
	}
	id := int32(len(m.vocab) + len(m.prefixes) + 1)
	tab[f.key] = id
	return id
}

// sequences expands a phrase into the ID sequences it matches.
func (m *Matcher) sequences(ws []pattern, create bool) [][]int32 {
	seqs := [][]int32{nil}
	for _, p := range ws {
		var next [][]int32
		for _, s := range seqs {
			for _, f := range p.forms {
				var id int32
				if create {
					id = m.id(f)
				} else {
					tab := m.vocab
					if f.prefix {
						tab = m.prefixes
					}
					var ok bool
					if id, ok = tab[f.key]; !ok {
						continue
					}
				}
				ns := make([]int32, len(s)+1)
				copy(ns, s)
				ns[len(s)] = id
				next = append(next, ns)
			}
		}
		seqs = next
	}
	return seqs
}

func (m *Matcher) add(t *trie, e *Entry) {
	idx := int32(len(t.entries))
	t.entries = append(t.entries, e)
	if len(e.words) > m.maxLen {
		m.maxLen = len(e.words)
	}
	for _, seq := range m.sequences(e.words, true) {
		n := int32(0)
		for _, id := range seq {
			c, ok := t.child(n, id)
			if !ok {
				c = int32(len(t.nodes))
				t.nodes = append(t.nodes, node{})
				if t.nodes[n].next == nil {
					t.nodes[n].next = map[int32]int32{}
				}
				t.nodes[n].next[id] = c
			}
			n = c
		}
		dup := false
		for _, o := range t.nodes[n].out {
			if t.entries[o] == e {
				dup = true
			}
		}
		if !dup {
			t.nodes[n].out = append(t.nodes[n].out, idx)
		}
	}
}

// remove deletes every form of a phrase (or of a whole entry line).
func (m *Matcher) remove(t *trie, line string) error {
	phrase := strings.TrimSpace(line)
	if e, err := ParseLine("", phrase, ""); err == nil && e != nil {
		phrase = e.Phrase
	}
	ws, err := parsePhrase(strings.Fields(phrase))
	if err != nil {
		return err
	}
	removed := 0
	for _, seq := range m.sequences(ws, false) {
		if len(seq) != len(ws) {
			continue
		}
		n, ok := int32(0), true
		for _, id := range seq {
			if n, ok = t.child(n, id); !ok {
				break
			}
		}
		if ok && len(t.nodes[n].out) > 0 {
			t.nodes[n].out = nil
			removed++
		}
	}
	if removed == 0 {
		return fmt.Errorf("%q is not in the lexicon", phrase)
	}
	return nil
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
	t := m.lex[lexicon]
	if t == nil || len(s.Units) == 0 {
		return nil
	}
	var out []Match
	for i := range s.Units {
		if s.Units[i].Key == "que" && !s.exclamative(i) {
			continue // a relative "que" starts no "qué ..." phrase
		}
		for _, id := range s.ids(i) {
			if c, ok := t.child(0, id); ok {
				out = m.walk(t, s, c, i, i, out)
			}
		}
	}
	return out
}

func (m *Matcher) walk(t *trie, s *Stream, n int32, first, i int, out []Match) []Match {
	for _, o := range t.nodes[n].out {
		out = append(out, Match{Entry: t.entries[o], Span: lint.Span{Start: s.Units[first].Span.Start, End: s.Units[i].Span.End}, First: first, Last: i})
	}
	if len(t.nodes[n].next) == 0 || i+1 >= len(s.Units) || s.Units[i+1].Break {
		return out
	}
	for _, id := range s.ids(i + 1) {
		if c, ok := t.child(n, id); ok {
			out = m.walk(t, s, c, first, i+1, out)
		}
	}
	return out
}
