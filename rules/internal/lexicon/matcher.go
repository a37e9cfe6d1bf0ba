package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Matcher finds the entries of compiled lexicons in a document. It is
// immutable after Compile and safe for concurrent use.
type Matcher struct {
	// real compiles the matcher on first use; set only on the shared
	// built-in matcher, so that building a linter does not pay for it.
	real func() *Matcher

	vocab    map[string]int32 // exact word keys
	prefixes map[string]int32 // prefix keys (pendej*)
	plens    []int            // distinct prefix lengths in bytes, ascending
	byLen    map[int][]string // vocab keys by rune count, for wildcard units
	maxLen   int              // longest phrase, in words
	lex      map[string]*trie
	names    []string

	// Lemma, class and part-of-speech forms.
	syms    map[string]int32 // symbol (form.symbol) → ID
	symDefs []symDef         // the lemma and class symbols
	pos     []symDef         // the part-of-speech symbols
	classes map[string][]string
	env     *Env
	// formSyms maps a folded word to the IDs of the lemma and class
	// symbols it satisfies; built on first use (resolve).
	formSyms    map[string][]int32
	resolveOnce sync.Once
}

// symDef is a lemma, class or part-of-speech form and its ID.
type symDef struct {
	id int32
	f  form
}

type trie struct {
	nodes   []node
	entries []*Entry
	sorted  bool
	// edges finds a child while the trie is built (node<<32 | ID).
	edges map[int64]int32
}

type node struct {
	// next are the edges to the children, sorted by ID once compiled (a
	// map per node cost more memory than the whole trie otherwise).
	next []edge
	out  []int32 // indices into trie.entries
	// pos are the part-of-speech edges (IDs of Matcher.pos symbols).
	pos []int32
	// gaps are the edges that let up to gap.n free words pass.
	gaps []gap
}

type edge struct{ id, child int32 }

// gap is an edge over up to n free words to a node whose edges match the
// word after them.
type gap struct {
	n     int
	child int32
}

func (t *trie) child(n int32, id int32) (int32, bool) {
	if !t.sorted {
		c, ok := t.edges[int64(n)<<32|int64(uint32(id))]
		return c, ok
	}
	es := t.nodes[n].next
	if len(es) <= 8 {
		for _, e := range es {
			if e.id == id {
				return e.child, true
			}
		}
		return 0, false
	}
	lo, hi := 0, len(es)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if es[h].id < id {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(es) && es[lo].id == id {
		return es[lo].child, true
	}
	return 0, false
}

// sort orders every node's edges by ID, for the binary search of child.
func (t *trie) sort() {
	for i := range t.nodes {
		es := t.nodes[i].next
		sort.Slice(es, func(a, b int) bool { return es[a].id < es[b].id })
	}
	t.sorted = true
	t.edges = nil
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
// built-in ones).
func CompileEnv(srcs []Source, changes map[string]lint.Lexicon, env *Env) (*Matcher, error) {
	if env == nil {
		env = builtinEnv()
	}
	m := &Matcher{vocab: map[string]int32{}, prefixes: map[string]int32{}, byLen: map[int][]string{}, lex: map[string]*trie{},
		syms: map[string]int32{}, env: env}
	var errs []string
	classes, err := parseClasses(env.Classes, env.ClassesFile)
	if err != nil {
		errs = append(errs, err.Error())
	}
	m.classes = classes
	for _, src := range srcs {
		t := &trie{nodes: []node{{}}, edges: map[int64]int32{}}
		m.lex[src.Name] = t
		m.names = append(m.names, src.Name)
		for i, line := range strings.Split(src.Text, "\n") {
			e, err := ParseLine(src.Name, line, fmt.Sprintf("%s:%d", src.File, i+1))
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			if e != nil {
				if err := m.check(e); err != nil {
					errs = append(errs, err.Error())
					continue
				}
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
				err := m.check(e)
				if err == nil {
					err = m.checkLemmas(e)
				}
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
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
	for _, t := range m.lex {
		t.sort()
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
func (m *Matcher) Names() []string { return m.get().names }

// get returns the compiled matcher.
func (m *Matcher) get() *Matcher {
	if m.real != nil {
		return m.real()
	}
	return m
}

// Entries returns the entries of a lexicon, in file order.
func (m *Matcher) Entries(lexicon string) []*Entry {
	m = m.get()
	if t := m.lex[lexicon]; t != nil {
		return t.entries
	}
	return nil
}

func (m *Matcher) id(f form) int32 {
	if f.kind != wordForm {
		k := f.symbol()
		if id, ok := m.syms[k]; ok {
			return id
		}
		id := m.nextID()
		m.syms[k] = id
		if f.kind == posForm {
			m.pos = append(m.pos, symDef{id, f})
		} else {
			m.symDefs = append(m.symDefs, symDef{id, f})
		}
		return id
	}
	tab := m.vocab
	if f.prefix {
		tab = m.prefixes
	}
	if id, ok := tab[f.key]; ok {
		return id
	}
	id := m.nextID()
	tab[f.key] = id
	return id
}

func (m *Matcher) nextID() int32 { return int32(len(m.vocab) + len(m.prefixes) + len(m.syms) + 1) }

// lookupID returns the ID of a form already in the matcher.
func (m *Matcher) lookupID(f form) (int32, bool) {
	tab := m.vocab
	k := f.key
	switch {
	case f.kind != wordForm:
		tab, k = m.syms, f.symbol()
	case f.prefix:
		tab = m.prefixes
	}
	id, ok := tab[k]
	return id, ok
}

// gapID is the trie key of a gap of up to n words.
func gapID(n int) int32 { return int32(-n) }

// isPOS reports whether an ID is a part-of-speech symbol, and which.
func (m *Matcher) posDef(id int32) (symDef, bool) {
	for _, d := range m.pos {
		if d.id == id {
			return d, true
		}
	}
	return symDef{}, false
}

// sequences expands a phrase into the ID sequences it matches; a gap is
// the negative ID gapID(n). Without create, forms not in the matcher are
// left out, and a sequence that needs one is dropped.
func (m *Matcher) sequences(ws []pattern, create bool) [][]int32 {
	seqs := [][]int32{nil}
	for _, p := range ws {
		var next [][]int32
		for _, s := range seqs {
			if p.gap > 0 {
				next = append(next, append(s[:len(s):len(s)], gapID(p.gap)))
				continue
			}
			if p.optional {
				next = append(next, s)
			}
			for _, f := range p.forms {
				var id int32
				if create {
					id = m.id(f)
				} else {
					var ok bool
					if id, ok = m.lookupID(f); !ok {
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
			n = t.ensure(m, n, id)
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

// ensure returns the child of node n for an ID, adding it when missing.
func (t *trie) ensure(m *Matcher, n, id int32) int32 {
	if id < 0 {
		for _, g := range t.nodes[n].gaps {
			if g.n == int(-id) {
				return g.child
			}
		}
		c := int32(len(t.nodes))
		t.nodes = append(t.nodes, node{})
		t.nodes[n].gaps = append(t.nodes[n].gaps, gap{n: int(-id), child: c})
		return c
	}
	if c, ok := t.child(n, id); ok {
		return c
	}
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, node{})
	t.nodes[n].next = append(t.nodes[n].next, edge{id, c})
	t.edges[int64(n)<<32|int64(uint32(id))] = c
	if _, ok := m.posDef(id); ok {
		t.nodes[n].pos = append(t.nodes[n].pos, id)
	}
	return c
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
		n, ok := int32(0), true
		for _, id := range seq {
			if id < 0 {
				ok = false
				for _, g := range t.nodes[n].gaps {
					if g.n == int(-id) {
						n, ok = g.child, true
					}
				}
			} else {
				n, ok = t.child(n, id)
			}
			if !ok {
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
	m = m.get()
	t := m.lex[lexicon]
	if t == nil || len(s.Units) == 0 {
		return nil
	}
	var out []Match
	for i := range s.Units {
		if s.Units[i].Key == "que" && !s.exclamative(i) {
			continue // a relative "que" starts no "qué ..." phrase
		}
		out = m.step(t, s, 0, i, i, out)
	}
	return out
}

// step follows the edges of node n that unit i matches.
func (m *Matcher) step(t *trie, s *Stream, n int32, first, i int, out []Match) []Match {
	nd := &t.nodes[n]
	if len(nd.next) == 0 {
		return out
	}
	for _, id := range s.ids(i) {
		if c, ok := t.child(n, id); ok {
			out = m.walk(t, s, c, first, i, out)
		}
	}
	for _, id := range nd.pos {
		if d, ok := m.posDef(id); ok && s.hasFeatures(i, d.f.filter) {
			c, _ := t.child(n, id)
			out = m.walk(t, s, c, first, i, out)
		}
	}
	return out
}

func (m *Matcher) walk(t *trie, s *Stream, n int32, first, i int, out []Match) []Match {
	nd := &t.nodes[n]
	for _, o := range nd.out {
		out = append(out, Match{Entry: t.entries[o], Span: lint.Span{Start: s.Units[first].Span.Start, End: s.Units[i].Span.End}, First: first, Last: i})
	}
	if i+1 < len(s.Units) && !s.Units[i+1].Break {
		out = m.step(t, s, n, first, i+1, out)
	}
	for _, g := range nd.gaps {
		// Up to g.n free words of the same sentence, then the next word;
		// punctuation inside the gap is fine ("el Consejo, en su sesión,
		// analiza"), hashtags end it.
		for j := i + 1; j <= i+1+g.n && j < len(s.Units); j++ {
			u := &s.Units[j]
			if u.Sentence != s.Units[i].Sentence || u.Hashtag {
				break
			}
			out = m.step(t, s, g.child, first, j, out)
		}
	}
	return out
}
