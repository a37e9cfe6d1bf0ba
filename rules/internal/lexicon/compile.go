package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/vocero/vocero/lint"
)

// compiler reads lexicon sources into tries of word IDs held in maps. Its
// result is encoded into the table a Matcher reads (table.go); the built-in
// lexicons are compiled and encoded by go generate, so that a run does not
// pay for it.
type compiler struct {
	vocab    map[string]int32 // exact word keys
	prefixes map[string]int32 // prefix keys (pendej*)
	lex      map[string]*trie
	names    []string

	// Lemma, class and part-of-speech forms.
	syms    map[string]int32 // symbol (form.symbol) → ID
	symDefs []symDef         // the lemma and class symbols
	pos     []symDef         // the part-of-speech symbols
	classes map[string][]string
	env     *Env
	// formSyms maps a folded word to the IDs of the lemma and class
	// symbols it satisfies; built by resolve.
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
	// edges finds a child (node<<32 | ID).
	edges map[int64]int32
}

type node struct {
	next []edge
	out  []int32 // indices into trie.entries
	// pos are the part-of-speech edges (IDs of compiler.pos symbols), in
	// the order they were added; they are also in next.
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
	c, ok := t.edges[int64(n)<<32|int64(uint32(id))]
	return c, ok
}

// compile parses lexicon sources and the config's changes (keyed by
// lexicon name) into a compiler.
func compile(srcs []Source, changes map[string]lint.Lexicon, env *Env) (*compiler, error) {
	if env == nil {
		env = builtinEnv()
	}
	c := &compiler{vocab: map[string]int32{}, prefixes: map[string]int32{}, lex: map[string]*trie{},
		syms: map[string]int32{}, env: env}
	var errs []string
	classes, err := parseClasses(env.Classes, env.ClassesFile)
	if err != nil {
		errs = append(errs, err.Error())
	}
	c.classes = classes
	for _, src := range srcs {
		t := &trie{nodes: []node{{}}, edges: map[int64]int32{}}
		c.lex[src.Name] = t
		c.names = append(c.names, src.Name)
		for i, line := range strings.Split(src.Text, "\n") {
			e, err := ParseLine(src.Name, line, fmt.Sprintf("%s:%d", src.File, i+1))
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			if e != nil {
				if err := c.check(e); err != nil {
					errs = append(errs, err.Error())
					continue
				}
				c.add(t, e)
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
				err := c.check(e)
				if err == nil {
					err = c.checkLemmas(e)
				}
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				c.add(t, e)
			}
		}
		for i, line := range ch.Remove {
			if err := c.remove(t, line); err != nil {
				errs = append(errs, fmt.Sprintf("lexicons.%s.remove[%d]: %v", src.Name, i, err))
			}
		}
	}
	for name := range changes {
		if c.lex[name] == nil {
			errs = append(errs, fmt.Sprintf("lexicons: unknown lexicon %q (known: %s)", name, strings.Join(c.names, ", ")))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return c, nil
}

func (c *compiler) id(f form) int32 {
	if f.kind != wordForm {
		k := f.symbol()
		if id, ok := c.syms[k]; ok {
			return id
		}
		id := c.nextID()
		c.syms[k] = id
		if f.kind == posForm {
			c.pos = append(c.pos, symDef{id, f})
		} else {
			c.symDefs = append(c.symDefs, symDef{id, f})
		}
		return id
	}
	tab := c.vocab
	if f.prefix {
		tab = c.prefixes
	}
	if id, ok := tab[f.key]; ok {
		return id
	}
	id := c.nextID()
	tab[f.key] = id
	return id
}

func (c *compiler) nextID() int32 { return int32(len(c.vocab) + len(c.prefixes) + len(c.syms) + 1) }

// lookupID returns the ID of a form already in the compiler.
func (c *compiler) lookupID(f form) (int32, bool) {
	tab := c.vocab
	k := f.key
	switch {
	case f.kind != wordForm:
		tab, k = c.syms, f.symbol()
	case f.prefix:
		tab = c.prefixes
	}
	id, ok := tab[k]
	return id, ok
}

// gapID is the trie key of a gap of up to n words.
func gapID(n int) int32 { return int32(-n) }

// posDef returns the part-of-speech symbol of an ID, if it is one.
func (c *compiler) posDef(id int32) (symDef, bool) {
	for _, d := range c.pos {
		if d.id == id {
			return d, true
		}
	}
	return symDef{}, false
}

// sequences expands a phrase into the ID sequences it matches; a gap is
// the negative ID gapID(n). Without create, forms not in the compiler are
// left out, and a sequence that needs one is dropped.
func (c *compiler) sequences(ws []pattern, create bool) [][]int32 {
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
					id = c.id(f)
				} else {
					var ok bool
					if id, ok = c.lookupID(f); !ok {
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

func (c *compiler) add(t *trie, e *Entry) {
	idx := int32(len(t.entries))
	t.entries = append(t.entries, e)
	for _, seq := range c.sequences(e.words, true) {
		n := int32(0)
		for _, id := range seq {
			n = t.ensure(c, n, id)
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
func (t *trie) ensure(c *compiler, n, id int32) int32 {
	if id < 0 {
		for _, g := range t.nodes[n].gaps {
			if g.n == int(-id) {
				return g.child
			}
		}
		ch := int32(len(t.nodes))
		t.nodes = append(t.nodes, node{})
		t.nodes[n].gaps = append(t.nodes[n].gaps, gap{n: int(-id), child: ch})
		return ch
	}
	if ch, ok := t.child(n, id); ok {
		return ch
	}
	ch := int32(len(t.nodes))
	t.nodes = append(t.nodes, node{})
	t.nodes[n].next = append(t.nodes[n].next, edge{id, ch})
	t.edges[int64(n)<<32|int64(uint32(id))] = ch
	if _, ok := c.posDef(id); ok {
		t.nodes[n].pos = append(t.nodes[n].pos, id)
	}
	return ch
}

// remove deletes every form of a phrase (or of a whole entry line).
func (c *compiler) remove(t *trie, line string) error {
	phrase := strings.TrimSpace(line)
	if e, err := ParseLine("", phrase, ""); err == nil && e != nil {
		phrase = e.Phrase
	}
	ws, err := parsePhrase(strings.Fields(phrase))
	if err != nil {
		return err
	}
	removed := 0
	for _, seq := range c.sequences(ws, false) {
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
