package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// A compiled matcher is a table read in place from bytes it does not own
// (the built-in one is data/matcher.bin, embedded, made by go generate), so
// that a run starts matching without compiling or decoding anything. The
// layout, all integers little-endian uint32:
//
//	header    magic "VOCLEX01", the number of sections, then the offset
//	          and byte length of each section
//	pool      the bytes of every string
//	strs      string i is pool[strs[i]:strs[i+1]]; strings 0..nkeys-1 are
//	          the word keys, sorted
//	keys      per key: its vocabulary ID, its prefix ID (0: none) and the
//	          start of its symbol IDs in syms (they end at the next key's)
//	syms      the lemma and class symbols each key satisfies
//	hash      open addressing: key index + 1 per slot, 0 when empty; the
//	          slot of a key is its FNV-1a hash, then the next ones
//	bylen     the vocabulary keys sorted by length in runes, then bytes;
//	lenstart  where each length starts in bylen (for wildcards)
//	plens     the distinct byte lengths of prefix keys, ascending
//	prefixes  the key indices of prefix keys, sorted
//	pos       per part-of-speech symbol: its ID and its features (string)
//	lists     string indices of the entries' alternatives and tags
//	lexicons  the name (string index) of each lexicon
//
// then four sections per lexicon, its trie in breadth-first order:
//
//	nodes     per node (and one more at the end): the start of its edges,
//	          the start of its outputs, and its number of gap edges plus
//	          256 times its number of part-of-speech edges
//	edges     the ID of each edge: first the gaps (-n, in the order they
//	          were added), then the part-of-speech edges (in that order),
//	          then the word and symbol edges sorted by ID; edge i leads to
//	          node i+1
//	outs      the entry indices each node outputs
//	entries   per entry: category, severity, phrase and source (strings),
//	          then the start in lists, the number of alternatives and the
//	          number of tags
//
// The order of gap and part-of-speech edges is the order the compiler met
// them, so matches come out in the same order as from the source.
const tableMagic = "VOCLEX01"

const (
	secPool = iota
	secStrs
	secKeys
	secSyms
	secHash
	secByLen
	secLenStart
	secPlens
	secPrefixes
	secPOS
	secLists
	secLexicons
	secLexFirst // the first section of the first lexicon
)

// The sections of a lexicon, from secLexFirst + lexSections*i.
const (
	lexNodes = iota
	lexEdges
	lexOuts
	lexEntries
	lexSections
)

const (
	keyStride   = 3
	nodeStride  = 3
	entryStride = 7
	posStride   = 2
)

// u32s is a section of little-endian uint32s in place.
type u32s string

func (a u32s) len() int { return len(a) / 4 }

func (a u32s) at(i int) uint32 {
	b := a[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// hashKey is FNV-1a over the key's bytes.
func hashKey(k []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range k {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// lexTable is one lexicon's trie in the table.
type lexTable struct {
	name                       string
	nodes, edges, outs, ntries u32s
	// cache holds the entries decoded so far: an entry is built when it
	// is first matched.
	cache []atomic.Pointer[Entry]
}

// node returns the edge range of node n, its number of gap and
// part-of-speech edges, and its output range.
func (t *lexTable) node(n uint32) (es, ee, gaps, pos, os, oe uint32) {
	i := int(n) * nodeStride
	es, os = t.nodes.at(i), t.nodes.at(i+1)
	k := t.nodes.at(i + 2)
	ee, oe = t.nodes.at(i+nodeStride), t.nodes.at(i+nodeStride+1)
	return es, ee, k & 0xff, k >> 8, os, oe
}

// child finds the edge of an ID among the sorted edges [lo, hi) and
// returns the node it leads to.
func (t *lexTable) child(lo, hi uint32, id int32) (uint32, bool) {
	if hi-lo <= 8 {
		for j := lo; j < hi; j++ {
			if int32(t.edges.at(int(j))) == id {
				return j + 1, true
			}
		}
		return 0, false
	}
	end := hi
	for lo < hi {
		h := (lo + hi) >> 1
		if int32(t.edges.at(int(h))) < id {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < end && int32(t.edges.at(int(lo))) == id {
		return lo + 1, true
	}
	return 0, false
}

// posSym is a part-of-speech symbol of the table.
type posSym struct {
	id     int32
	filter filter
}

// table is a compiled matcher read in place.
type table struct {
	data                                                     string
	pool                                                     string
	strs, keys, syms, hash, byLen, lenStart, plens, prefixes u32s
	lists                                                    u32s
	nkeys                                                    int
	mask                                                     uint32
	pos                                                      []posSym
	lexs                                                     []lexTable
}

func (t *table) str(i uint32) string { return t.pool[t.strs.at(int(i)):t.strs.at(int(i)+1)] }

// keyIndex returns the index of a key, or -1.
func (t *table) keyIndex(k []byte) int {
	for h := hashKey(k) & t.mask; ; h = (h + 1) & t.mask {
		s := t.hash.at(int(h))
		if s == 0 {
			return -1
		}
		if t.str(s-1) == string(k) {
			return int(s - 1)
		}
	}
}

func (t *table) vocabID(ki int) int32  { return int32(t.keys.at(ki * keyStride)) }
func (t *table) prefixID(ki int) int32 { return int32(t.keys.at(ki*keyStride + 1)) }

// symRange returns the range in syms of a key's symbol IDs.
func (t *table) symRange(ki int) (int, int) {
	return int(t.keys.at(ki*keyStride + 2)), int(t.keys.at((ki+1)*keyStride + 2))
}

func (t *table) posFilter(id int32) (filter, bool) {
	for _, p := range t.pos {
		if p.id == id {
			return p.filter, true
		}
	}
	return nil, false
}

func (t *table) lexicon(name string) *lexTable {
	for i := range t.lexs {
		if t.lexs[i].name == name {
			return &t.lexs[i]
		}
	}
	return nil
}

// entry returns entry o of a lexicon, decoding it on first use.
func (t *table) entry(l *lexTable, o uint32) *Entry {
	if e := l.cache[o].Load(); e != nil {
		return e
	}
	r := int(o) * entryStride
	e := &Entry{Lexicon: l.name, Category: t.str(l.ntries.at(r)), Severity: lint.Severity(int32(l.ntries.at(r + 1))),
		Phrase: t.str(l.ntries.at(r + 2)), Source: t.str(l.ntries.at(r + 3))}
	ls, na, nt := int(l.ntries.at(r+4)), int(l.ntries.at(r+5)), int(l.ntries.at(r+6))
	if na > 0 {
		e.Alternatives = make([]string, na)
		for i := range e.Alternatives {
			e.Alternatives[i] = t.str(t.lists.at(ls + i))
		}
	}
	if nt > 0 {
		e.Tags = make([]string, nt)
		for i := range e.Tags {
			e.Tags[i] = t.str(t.lists.at(ls + na + i))
		}
	}
	if l.cache[o].CompareAndSwap(nil, e) {
		return e
	}
	return l.cache[o].Load()
}

// openTable reads the header of a table and checks that its sections are
// in bounds; the indices inside them are checked by verify (in tests and
// after go generate).
func openTable(data string) (*table, error) {
	if len(data) < len(tableMagic)+4 || data[:len(tableMagic)] != tableMagic {
		return nil, errors.New("not a lexicon table (bad magic)")
	}
	head := u32s(data[len(tableMagic):])
	nsec := int(head.at(0))
	if nsec < secLexFirst || (nsec-secLexFirst)%lexSections != 0 || len(tableMagic)+4+8*nsec > len(data) {
		return nil, errors.New("lexicon table: bad header")
	}
	secs := make([]string, nsec)
	for i := range secs {
		off, n := int(head.at(1+2*i)), int(head.at(2+2*i))
		if off > len(data) || n > len(data)-off || (i != secPool && n%4 != 0) {
			return nil, fmt.Errorf("lexicon table: section %d out of bounds", i)
		}
		secs[i] = data[off : off+n]
	}
	t := &table{data: data, pool: secs[secPool], strs: u32s(secs[secStrs]), keys: u32s(secs[secKeys]),
		syms: u32s(secs[secSyms]), hash: u32s(secs[secHash]), byLen: u32s(secs[secByLen]),
		lenStart: u32s(secs[secLenStart]), plens: u32s(secs[secPlens]), prefixes: u32s(secs[secPrefixes]),
		lists: u32s(secs[secLists])}
	t.nkeys = t.keys.len()/keyStride - 1
	nh := t.hash.len()
	if t.nkeys < 0 || t.keys.len()%keyStride != 0 || nh == 0 || nh&(nh-1) != 0 || nh <= t.nkeys {
		return nil, errors.New("lexicon table: bad key or hash section")
	}
	t.mask = uint32(nh - 1)
	pos := u32s(secs[secPOS])
	for i := 0; i+posStride <= pos.len(); i += posStride {
		f, err := parseFilter(t.str(pos.at(i + 1)))
		if err != nil {
			return nil, fmt.Errorf("lexicon table: %v", err)
		}
		t.pos = append(t.pos, posSym{int32(pos.at(i)), f})
	}
	names := u32s(secs[secLexicons])
	if names.len() != (nsec-secLexFirst)/lexSections {
		return nil, errors.New("lexicon table: lexicon count differs from its sections")
	}
	t.lexs = make([]lexTable, names.len())
	for i := range t.lexs {
		s := secs[secLexFirst+i*lexSections:]
		l := &t.lexs[i]
		l.name = t.str(names.at(i))
		l.nodes, l.edges, l.outs, l.ntries = u32s(s[lexNodes]), u32s(s[lexEdges]), u32s(s[lexOuts]), u32s(s[lexEntries])
		if l.nodes.len() < 2*nodeStride || l.nodes.len()%nodeStride != 0 || l.ntries.len()%entryStride != 0 {
			return nil, fmt.Errorf("lexicon table: lexicon %q: bad node or entry section", l.name)
		}
		l.cache = make([]atomic.Pointer[Entry], l.ntries.len()/entryStride)
	}
	return t, nil
}

// verify checks every index of the table against the section it points
// into, so that matching never reads out of bounds.
func (t *table) verify() error {
	nstr := t.strs.len() - 1
	if nstr < t.nkeys {
		return errors.New("fewer strings than keys")
	}
	for i := 0; i < nstr; i++ {
		if t.strs.at(i) > t.strs.at(i+1) || int(t.strs.at(i+1)) > len(t.pool) {
			return fmt.Errorf("string %d out of bounds", i)
		}
	}
	for i := 1; i < t.nkeys; i++ {
		if t.str(uint32(i-1)) >= t.str(uint32(i)) {
			return fmt.Errorf("keys %d and %d not sorted", i-1, i)
		}
	}
	for i := 0; i < t.nkeys; i++ {
		a, b := t.symRange(i)
		if a > b || b > t.syms.len() {
			return fmt.Errorf("key %d: symbols out of bounds", i)
		}
		if t.keyIndex([]byte(t.str(uint32(i)))) != i {
			return fmt.Errorf("key %q not found through the hash", t.str(uint32(i)))
		}
	}
	for _, sec := range []u32s{t.byLen, t.prefixes} {
		for i := 0; i < sec.len(); i++ {
			if int(sec.at(i)) >= t.nkeys {
				return errors.New("key index out of bounds")
			}
		}
	}
	for i := 0; i+1 < t.lenStart.len(); i++ {
		if t.lenStart.at(i) > t.lenStart.at(i+1) || int(t.lenStart.at(i+1)) > t.byLen.len() {
			return errors.New("length index out of bounds")
		}
	}
	for i := 0; i < t.lists.len(); i++ {
		if int(t.lists.at(i)) >= nstr {
			return errors.New("list string out of bounds")
		}
	}
	for li := range t.lexs {
		l := &t.lexs[li]
		nn := uint32(l.nodes.len()/nodeStride - 1)
		if nn != uint32(l.edges.len())+1 {
			return fmt.Errorf("%s: %d nodes for %d edges", l.name, nn, l.edges.len())
		}
		for n := uint32(0); n < nn; n++ {
			es, ee, gaps, pos, os, oe := l.node(n)
			if es > ee || int(ee) > l.edges.len() || es+gaps+pos > ee || os > oe || int(oe) > l.outs.len() {
				return fmt.Errorf("%s: node %d out of bounds", l.name, n)
			}
			for j := es + gaps + pos + 1; j < ee; j++ {
				if int32(l.edges.at(int(j-1))) >= int32(l.edges.at(int(j))) {
					return fmt.Errorf("%s: node %d: edges not sorted", l.name, n)
				}
			}
		}
		ne := uint32(len(l.cache))
		for i := 0; i < l.outs.len(); i++ {
			if l.outs.at(i) >= ne {
				return fmt.Errorf("%s: output out of bounds", l.name)
			}
		}
		for o := 0; o < len(l.cache); o++ {
			r := o * entryStride
			for _, k := range []int{0, 2, 3} {
				if int(l.ntries.at(r+k)) >= nstr {
					return fmt.Errorf("%s: entry %d: string out of bounds", l.name, o)
				}
			}
			if l.ntries.at(r+4)+l.ntries.at(r+5)+l.ntries.at(r+6) > uint32(t.lists.len()) {
				return fmt.Errorf("%s: entry %d: list out of bounds", l.name, o)
			}
		}
	}
	return nil
}

// tableWriter builds the sections of a table.
type tableWriter struct {
	pool   strings.Builder
	strs   []uint32
	strIdx map[string]uint32
}

func (w *tableWriter) str(s string) uint32 {
	if i, ok := w.strIdx[s]; ok {
		return i
	}
	i := uint32(len(w.strs) - 1)
	w.strIdx[s] = i
	w.pool.WriteString(s)
	w.strs = append(w.strs, uint32(w.pool.Len()))
	return i
}

// encode writes the compiled lexicons as a table. The result depends only
// on the sources, so go generate reproduces it byte for byte.
func (c *compiler) encode() []byte {
	c.resolve()
	w := &tableWriter{strs: []uint32{0}, strIdx: map[string]uint32{}}

	keySet := map[string]bool{}
	for k := range c.vocab {
		keySet[k] = true
	}
	for k := range c.prefixes {
		keySet[k] = true
	}
	for k := range c.formSyms {
		keySet[k] = true
	}
	keys := make([]string, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var keyRec, syms, prefixes, plens []uint32
	for i, k := range keys {
		w.str(k)
		keyRec = append(keyRec, uint32(c.vocab[k]), uint32(c.prefixes[k]), uint32(len(syms)))
		for _, id := range c.formSyms[k] {
			syms = append(syms, uint32(id))
		}
		if c.prefixes[k] != 0 {
			prefixes = append(prefixes, uint32(i))
			plens = append(plens, uint32(len(k)))
		}
	}
	keyRec = append(keyRec, 0, 0, uint32(len(syms)))
	sort.Slice(plens, func(i, j int) bool { return plens[i] < plens[j] })
	plens = dedup(plens)

	nh := 1
	for nh <= 2*len(keys) {
		nh *= 2
	}
	hash := make([]uint32, nh)
	for i, k := range keys {
		h := hashKey([]byte(k)) & uint32(nh-1)
		for hash[h] != 0 {
			h = (h + 1) & uint32(nh-1)
		}
		hash[h] = uint32(i) + 1
	}

	var byLen []uint32
	runes := map[uint32]int{}
	maxRunes := 0
	for i, k := range keys {
		if c.vocab[k] != 0 {
			byLen = append(byLen, uint32(i))
			n := utf8.RuneCountInString(k)
			runes[uint32(i)] = n
			maxRunes = max(maxRunes, n)
		}
	}
	sort.SliceStable(byLen, func(i, j int) bool { return runes[byLen[i]] < runes[byLen[j]] })
	lenStart := make([]uint32, maxRunes+2)
	for n := range lenStart {
		lenStart[n] = uint32(sort.Search(len(byLen), func(i int) bool { return runes[byLen[i]] >= n }))
	}

	var pos []uint32
	for _, d := range c.pos {
		pos = append(pos, uint32(d.id), w.str(d.f.feats))
	}

	var lists, names []uint32
	var lexSecs [][]uint32
	for _, name := range c.names {
		names = append(names, w.str(name))
		t := c.lex[name]
		nodes, edges, outs := t.flatten(c)
		var ents []uint32
		for _, e := range t.entries {
			ents = append(ents, w.str(e.Category), uint32(int32(e.Severity)), w.str(e.Phrase), w.str(e.Source),
				uint32(len(lists)), uint32(len(e.Alternatives)), uint32(len(e.Tags)))
			for _, a := range e.Alternatives {
				lists = append(lists, w.str(a))
			}
			for _, tag := range e.Tags {
				lists = append(lists, w.str(tag))
			}
		}
		lexSecs = append(lexSecs, nodes, edges, outs, ents)
	}

	secs := [][]uint32{secStrs: w.strs, secKeys: keyRec, secSyms: syms, secHash: hash, secByLen: byLen,
		secLenStart: lenStart, secPlens: plens, secPrefixes: prefixes, secPOS: pos, secLists: lists, secLexicons: names}
	secs = append(secs, lexSecs...)
	pool := w.pool.String()
	hdr := len(tableMagic) + 4 + 8*len(secs)
	off := align4(hdr)
	out := make([]byte, off, off+len(pool)+4*len(keys)*8)
	copy(out, tableMagic)
	binary.LittleEndian.PutUint32(out[len(tableMagic):], uint32(len(secs)))
	put := func(i, off, n int) {
		binary.LittleEndian.PutUint32(out[len(tableMagic)+4+8*i:], uint32(off))
		binary.LittleEndian.PutUint32(out[len(tableMagic)+8+8*i:], uint32(n))
	}
	put(secPool, len(out), len(pool))
	out = append(out, pool...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	for i, s := range secs {
		if i == secPool {
			continue
		}
		put(i, len(out), 4*len(s))
		for _, x := range s {
			out = binary.LittleEndian.AppendUint32(out, x)
		}
	}
	return out
}

func align4(n int) int { return (n + 3) &^ 3 }

func dedup(xs []uint32) []uint32 {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// flatten numbers the trie's nodes breadth first, so that the child of the
// i-th edge is node i+1, and writes the nodes, edges and outputs sections.
func (t *trie) flatten(c *compiler) (nodes, edges, outs []uint32) {
	queue := []int32{0}
	for qi := 0; qi < len(queue); qi++ {
		nd := &t.nodes[queue[qi]]
		nodes = append(nodes, uint32(len(edges)), uint32(len(outs)), uint32(len(nd.gaps))|uint32(len(nd.pos))<<8)
		for _, o := range nd.out {
			outs = append(outs, uint32(o))
		}
		for _, g := range nd.gaps {
			edges = append(edges, uint32(gapID(g.n)))
			queue = append(queue, g.child)
		}
		for _, id := range nd.pos {
			ch, _ := t.child(queue[qi], id)
			edges = append(edges, uint32(id))
			queue = append(queue, ch)
		}
		words := make([]edge, 0, len(nd.next))
		for _, e := range nd.next {
			if _, ok := c.posDef(e.id); !ok {
				words = append(words, e)
			}
		}
		sort.Slice(words, func(i, j int) bool { return words[i].id < words[j].id })
		for _, e := range words {
			edges = append(edges, uint32(e.id))
			queue = append(queue, e.child)
		}
	}
	nodes = append(nodes, uint32(len(edges)), uint32(len(outs)), 0)
	return nodes, edges, outs
}
