package dict

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The artefact is a minimal acyclic automaton (a DAWG) over a small
// alphabet of symbols, one per distinct character of the word list, laid
// out so that it is used in place from the embedded bytes:
//
//	header   magic "VOCDAWG1", then little-endian uint32s:
//	         symbols, edges, words, infoOffset
//	symbols  one uint32 rune per symbol, symbol i+1 is rune i (0 is unused)
//	edges    8 bytes each (uint64), at an 8-byte-aligned offset
//	info     one byte per word, indexed by the word's number
//
// An edge packs its symbol (bits 0-7), "last edge of its state" (bit 8),
// "a word ends after this edge" (bit 9), the index of the first edge of
// its target state (bits 10-31, 0 when the target has no edges) and the
// number of words reached through the earlier edges of its state (bits
// 32-63). Summing those counts along a path numbers the words 0..n-1 in
// sorted order: a minimal perfect hash used to index the info bytes.
//
// Edge 0 is a placeholder so that target 0 can mean "no edges"; the root
// state starts at edge 1.
const (
	magic      = "VOCDAWG1"
	headerSize = 8 + 4*4
	edgeLast   = 1 << 8
	edgeFinal  = 1 << 9
	maxEdges   = 1 << 22
)

// automaton reads the layout above from bytes it does not own.
type automaton struct {
	edges []byte // 8 bytes per edge
	info  []byte
	runes []rune // symbol -> rune; index 0 unused
	nword int
	ascii [128]uint8
	latin [0x250 - 128]uint8 // symbols of U+0080..U+024F (accented Latin letters)
	high  []rune             // other non-ASCII runes, sorted
	highS []uint8            // their symbols
	root  [256]uint64        // the root's edges by symbol (0: none)
	// per symbol: lower-case symbol, base letter symbol (lower, no accent)
	lower []uint8
	base  []uint8
	upper []uint8

	subOnce sync.Once
	subTab  []uint8 // see substitutions
}

func openAutomaton(b []byte) (*automaton, error) {
	if len(b) < headerSize || string(b[:8]) != magic {
		return nil, errors.New("dictionary data: bad header")
	}
	nsym := int(binary.LittleEndian.Uint32(b[8:]))
	nedge := int(binary.LittleEndian.Uint32(b[12:]))
	nword := int(binary.LittleEndian.Uint32(b[16:]))
	infoOff := int(binary.LittleEndian.Uint32(b[20:]))
	symOff := headerSize
	edgeOff := align8(symOff + 4*nsym)
	if nsym > 255 || edgeOff+8*nedge > len(b) || infoOff < edgeOff+8*nedge || infoOff+nword > len(b) {
		return nil, errors.New("dictionary data: truncated")
	}
	a := &automaton{edges: b[edgeOff : edgeOff+8*nedge], info: b[infoOff : infoOff+nword], nword: nword}
	a.runes = make([]rune, nsym+1)
	for i := 0; i < nsym; i++ {
		a.runes[i+1] = rune(binary.LittleEndian.Uint32(b[symOff+4*i:]))
	}
	a.initSymbols()
	return a, nil
}

func align8(n int) int { return (n + 7) &^ 7 }

func (a *automaton) initSymbols() {
	n := len(a.runes)
	a.lower = make([]uint8, n)
	a.base = make([]uint8, n)
	a.upper = make([]uint8, n)
	for s := 1; s < n; s++ {
		r := a.runes[s]
		switch {
		case r < 128:
			a.ascii[r] = uint8(s)
		case r < 0x250:
			a.latin[r-128] = uint8(s)
		default:
			a.high = append(a.high, r)
			a.highS = append(a.highS, uint8(s))
		}
	}
	if len(a.edges) >= 16 {
		for i := 1; ; i++ {
			e := a.edge(i)
			a.root[edgeSym(e)] = e
			if edgeIsLast(e) || 8*(i+1) >= len(a.edges) {
				break
			}
		}
	}
	for s := 1; s < n; s++ {
		r := a.runes[s]
		a.lower[s] = a.sym(lowerRune(r))
		if a.lower[s] == 0 {
			a.lower[s] = uint8(s)
		}
		a.upper[s] = a.sym(upperRune(r))
		if a.upper[s] == 0 {
			a.upper[s] = uint8(s)
		}
		a.base[s] = a.sym(baseRune(r))
		if a.base[s] == 0 {
			a.base[s] = a.lower[s]
		}
	}
}

// sym returns the symbol of r, or 0 when no word has r.
func (a *automaton) sym(r rune) uint8 {
	if r < 128 {
		if r < 0 {
			return 0
		}
		return a.ascii[r]
	}
	if r < 0x250 {
		return a.latin[r-128]
	}
	i := sort.Search(len(a.high), func(i int) bool { return a.high[i] >= r })
	if i < len(a.high) && a.high[i] == r {
		return a.highS[i]
	}
	return 0
}

func (a *automaton) edge(i int) uint64 {
	return binary.LittleEndian.Uint64(a.edges[8*i:])
}

func edgeSym(e uint64) uint8    { return uint8(e) }
func edgeTarget(e uint64) int   { return int(e>>10) & (maxEdges - 1) }
func edgeSkip(e uint64) int     { return int(e >> 32) }
func edgeIsFinal(e uint64) bool { return e&edgeFinal != 0 }
func edgeIsLast(e uint64) bool  { return e&edgeLast != 0 }

// step follows the edge labelled s from the state starting at edge node.
func (a *automaton) step(node int, s uint8) (uint64, bool) {
	if node == 1 {
		e := a.root[s]
		return e, e != 0
	}
	if node == 0 {
		return 0, false
	}
	for i := node; ; i++ {
		e := a.edge(i)
		if edgeSym(e) == s {
			return e, true
		}
		if edgeIsLast(e) || edgeSym(e) > s {
			return 0, false
		}
	}
}

// index returns the number of word w, or -1 when w is not a word.
func (a *automaton) index(w string) int {
	node, idx := 1, 0
	var e uint64
	if w == "" {
		return -1
	}
	for i := 0; i < len(w); {
		var r rune
		if c := w[i]; c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(w[i:])
			i += n
		}
		s := a.sym(r)
		if s == 0 {
			return -1
		}
		if e != 0 && edgeIsFinal(e) {
			idx++
		}
		var ok bool
		e, ok = a.step(node, s)
		if !ok {
			return -1
		}
		idx += edgeSkip(e)
		node = edgeTarget(e)
	}
	if !edgeIsFinal(e) {
		return -1
	}
	return idx
}

// indexSyms is index for a word given as symbols.
func (a *automaton) indexSyms(w []uint8) int {
	node, idx := 1, 0
	var e uint64
	if len(w) == 0 {
		return -1
	}
	for _, s := range w {
		if e != 0 && edgeIsFinal(e) {
			idx++
		}
		var ok bool
		e, ok = a.step(node, s)
		if !ok {
			return -1
		}
		idx += edgeSkip(e)
		node = edgeTarget(e)
	}
	if !edgeIsFinal(e) {
		return -1
	}
	return idx
}

// toSyms appends the symbols of w to buf; ok is false when w holds a
// character no word has.
func (a *automaton) toSyms(buf []uint8, w string) ([]uint8, bool) {
	for _, r := range w {
		s := a.sym(r)
		if s == 0 {
			return buf, false
		}
		buf = append(buf, s)
	}
	return buf, true
}

func (a *automaton) str(syms []uint8) string {
	var sb strings.Builder
	sb.Grow(len(syms) + 4)
	for _, s := range syms {
		sb.WriteRune(a.runes[s])
	}
	return sb.String()
}

// builder makes a minimal automaton from words added in sorted order
// (Daciuk et al.'s incremental algorithm).
type builder struct {
	states   []bstate
	register map[string]int
	path     []int // states of the previous word; path[0] is the root
	prev     []uint8
	symOf    map[rune]uint8
	words    int
}

type bstate struct {
	edges []bedge
}

type bedge struct {
	sym    uint8
	final  bool
	target int // -1: none yet
}

func newBuilder(alphabet []rune) (*builder, error) {
	if len(alphabet) > 255 {
		return nil, fmt.Errorf("dictionary has %d distinct characters; at most 255 are supported", len(alphabet))
	}
	b := &builder{register: map[string]int{}, symOf: map[rune]uint8{}}
	for i, r := range alphabet {
		b.symOf[r] = uint8(i + 1)
	}
	b.states = append(b.states, bstate{})
	b.path = []int{0}
	return b, nil
}

// alphabetOf returns the sorted distinct runes of words.
func alphabetOf(words []string) []rune {
	seen := map[rune]bool{}
	for _, w := range words {
		for _, r := range w {
			seen[r] = true
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func (b *builder) add(w string) error {
	syms := make([]uint8, 0, len(w))
	for _, r := range w {
		syms = append(syms, b.symOf[r])
	}
	if len(syms) == 0 {
		return nil
	}
	cp := 0
	for cp < len(syms) && cp < len(b.prev) && syms[cp] == b.prev[cp] {
		cp++
	}
	if cp == len(syms) && cp == len(b.prev) {
		return nil // duplicate
	}
	if b.words > 0 && cp < len(b.prev) && cp < len(syms) && syms[cp] < b.prev[cp] || cp == len(syms) && cp < len(b.prev) {
		return fmt.Errorf("words not sorted at %q", w)
	}
	b.minimize(cp)
	for i := cp; i < len(syms); i++ {
		st := &b.states[b.path[i]]
		st.edges = append(st.edges, bedge{sym: syms[i], target: -1})
		b.states = append(b.states, bstate{})
		n := len(b.states) - 1
		b.states[b.path[i]].edges[len(b.states[b.path[i]].edges)-1].target = n
		b.path = append(b.path[:i+1], n)
	}
	last := &b.states[b.path[len(syms)-1]]
	last.edges[len(last.edges)-1].final = true
	b.prev = syms
	b.words++
	return nil
}

// minimize registers the states of the previous word below depth d.
func (b *builder) minimize(d int) {
	for i := len(b.path) - 1; i > d; i-- {
		child := b.path[i]
		parent := b.path[i-1]
		key := b.key(child)
		pe := &b.states[parent].edges[len(b.states[parent].edges)-1]
		if id, ok := b.register[key]; ok {
			pe.target = id
			// The child state is dropped; it stays in the slice unused.
		} else {
			b.register[key] = child
		}
	}
	b.path = b.path[:d+1]
}

func (b *builder) key(s int) string {
	st := &b.states[s]
	buf := make([]byte, 0, len(st.edges)*6)
	for _, e := range st.edges {
		f := byte(0)
		if e.final {
			f = 1
		}
		buf = append(buf, e.sym, f)
		buf = binary.AppendUvarint(buf, uint64(e.target))
	}
	return string(buf)
}

// encode writes the artefact; info holds one byte per word in sorted order
// (nil for zeros).
func (b *builder) encode(alphabet []rune, info []byte) ([]byte, error) {
	b.minimize(0)
	// Count words per state, children first (targets have larger ids only
	// before registration, so compute recursively with memo).
	counts := make([]int, len(b.states))
	for i := range counts {
		counts[i] = -1
	}
	var count func(s int) int
	count = func(s int) int {
		if counts[s] >= 0 {
			return counts[s]
		}
		n := 0
		for _, e := range b.states[s].edges {
			if e.final {
				n++
			}
			n += count(e.target)
		}
		counts[s] = n
		return n
	}
	total := count(0)
	if total != b.words {
		return nil, fmt.Errorf("internal error: automaton holds %d words, %d added", total, b.words)
	}
	// Lay out reachable states breadth-first from the root.
	pos := make([]int, len(b.states))
	for i := range pos {
		pos[i] = -1
	}
	order := []int{0}
	pos[0] = 1
	next := 1 + len(b.states[0].edges)
	for k := 0; k < len(order); k++ {
		for _, e := range b.states[order[k]].edges {
			t := e.target
			if pos[t] >= 0 || len(b.states[t].edges) == 0 {
				continue
			}
			pos[t] = next
			next += len(b.states[t].edges)
			order = append(order, t)
		}
	}
	nedge := next
	if nedge >= maxEdges {
		return nil, fmt.Errorf("automaton too large: %d edges", nedge)
	}
	if info == nil {
		info = make([]byte, total)
	}
	if len(info) != total {
		return nil, fmt.Errorf("info has %d bytes for %d words", len(info), total)
	}
	edgeOff := align8(headerSize + 4*len(alphabet))
	infoOff := edgeOff + 8*nedge
	out := make([]byte, infoOff+total)
	copy(out, magic)
	binary.LittleEndian.PutUint32(out[8:], uint32(len(alphabet)))
	binary.LittleEndian.PutUint32(out[12:], uint32(nedge))
	binary.LittleEndian.PutUint32(out[16:], uint32(total))
	binary.LittleEndian.PutUint32(out[20:], uint32(infoOff))
	for i, r := range alphabet {
		binary.LittleEndian.PutUint32(out[headerSize+4*i:], uint32(r))
	}
	for _, s := range order {
		es := b.states[s].edges
		skip := 0
		for j, e := range es {
			v := uint64(e.sym) | uint64(skip)<<32
			if j == len(es)-1 {
				v |= edgeLast
			}
			if e.final {
				v |= edgeFinal
				skip++
			}
			if t := pos[e.target]; t > 0 {
				v |= uint64(t) << 10
			}
			skip += counts[e.target]
			binary.LittleEndian.PutUint64(out[edgeOff+8*(pos[s]+j):], v)
		}
	}
	copy(out[infoOff:], info)
	return out, nil
}

// buildAutomaton builds the artefact bytes for sorted, unique words.
func buildAutomaton(words []string, info []byte) ([]byte, error) {
	alpha := alphabetOf(words)
	b, err := newBuilder(alpha)
	if err != nil {
		return nil, err
	}
	for _, w := range words {
		if err := b.add(w); err != nil {
			return nil, err
		}
	}
	return b.encode(alpha, info)
}
