package dict

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// The morphology artefact (es_MX.morph) gives every word of the automaton,
// by its number, a list of (lemma, feature list) pairs. It is read in
// place from the embedded string:
//
//	header   magic "VOCMORF2", then little-endian uint32s:
//	         words, units, lists, bundles, lemmas, lemma bytes
//	ckpt     uint32 per 32 words: the index of the word's first unit
//	counts   4 bits per word: how many units it has (low nibble first)
//	units    3 bytes each, little-endian: lemma id (bits 0-16) and
//	         feature-list id (bits 17-23); list id 127 means that the
//	         next unit holds the list id
//	lists    uint32 per list + 1: offset of its first bundle
//	bundles  uint32 each (see bundle)
//	lemmaOff uint32 per lemma + 1: offset of the lemma in the text
//	text     the lemmas, sorted, one after the other
//
// A word's analyses are its (lemma, list) pairs in order, each expanded
// into its list of bundles with the pair's lemma. Lists are numbered by
// how often they are used, so nearly every pair takes one unit.
const (
	morphMagic  = "VOCMORF2"
	morphHeader = 8 + 6*4
	lemmaBits   = 17
	maxLemmas   = 1 << lemmaBits
	listEscape  = 127
	maxUnits    = 15
)

type morphTable struct {
	data     string
	nword    int
	ckpt     int // offsets of the sections
	counts   int
	units    int
	lists    int
	bundles  int
	lemmaOff int
	text     int
	nlemma   int
	nunit    int
}

func (m *morphTable) u32(off int) uint32 {
	s := m.data[off : off+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func openMorph(data string, nword int) (*morphTable, error) {
	if len(data) < morphHeader || data[:8] != morphMagic {
		return nil, errors.New("bad header")
	}
	m := &morphTable{data: data}
	h := func(i int) int { return int(m.u32(8 + 4*i)) }
	m.nword = h(0)
	m.nunit = h(1)
	nlist, nbundle := h(2), h(3)
	m.nlemma = h(4)
	ntext := h(5)
	if m.nword != nword {
		return nil, fmt.Errorf("made for %d words, the dictionary has %d", m.nword, nword)
	}
	m.ckpt = morphHeader
	m.counts = m.ckpt + 4*(m.nword/32+1)
	m.units = m.counts + align4((m.nword+1)/2)
	m.lists = m.units + align4(3*m.nunit)
	m.bundles = m.lists + 4*(nlist+1)
	m.lemmaOff = m.bundles + 4*nbundle
	m.text = m.lemmaOff + 4*(m.nlemma+1)
	if m.text+ntext != len(data) {
		return nil, errors.New("truncated")
	}
	return m, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

func (m *morphTable) count(w int) int {
	b := m.data[m.counts+w/2]
	if w&1 == 0 {
		return int(b & 15)
	}
	return int(b >> 4)
}

func (m *morphTable) unit(i int) uint32 {
	s := m.data[m.units+3*i : m.units+3*i+3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
}

// firstUnit returns the index of word w's first unit.
func (m *morphTable) firstUnit(w int) int {
	p := int(m.u32(m.ckpt + 4*(w/32)))
	k := w & 31 // nibbles to add, from the start of the block
	if k == 0 {
		return p
	}
	b := m.counts + (w&^31)/2
	lo, hi := m.u64(b), m.u64(b+8)
	// Keep the first k nibbles of the 32 in lo, hi.
	if k < 16 {
		lo &= 1<<(4*k) - 1
		hi = 0
	} else if k < 32 {
		hi &= 1<<(4*(k-16)) - 1
	}
	return p + nibbleSum(lo) + nibbleSum(hi)
}

// nibbleSum adds the 16 nibbles of x.
func nibbleSum(x uint64) int {
	const m4 = 0x0f0f0f0f0f0f0f0f
	x = x&m4 + x>>4&m4 // bytes of at most 30
	return int(x * 0x0101010101010101 >> 56)
}

func (m *morphTable) u64(off int) uint64 {
	if off+8 > len(m.data) {
		var v uint64
		for i := len(m.data) - 1; i >= off; i-- {
			v = v<<8 | uint64(m.data[i])
		}
		return v
	}
	s := m.data[off : off+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (m *morphTable) lemma(id int) string {
	a := int(m.u32(m.lemmaOff + 4*id))
	b := int(m.u32(m.lemmaOff + 4*id + 4))
	return m.data[m.text+a : m.text+b]
}

func (m *morphTable) lemmaID(s string) (int, bool) {
	i := sort.Search(m.nlemma, func(i int) bool { return m.lemma(i) >= s })
	return i, i < m.nlemma && m.lemma(i) == s
}

// appendWord appends the analyses of word number w to buf, skipping any
// already in buf[start:].
func (m *morphTable) appendWord(w int, buf []Analysis, start int) []Analysis {
	n := m.count(w)
	if n == 0 {
		return buf
	}
	p := m.firstUnit(w)
	for k := 0; k < n; k++ {
		u := m.unit(p + k)
		lemma := m.lemma(int(u & (maxLemmas - 1)))
		list := int(u >> lemmaBits)
		if list == listEscape && k+1 < n {
			k++
			list = int(m.unit(p + k))
		}
		a := int(m.u32(m.lists + 4*list))
		b := int(m.u32(m.lists + 4*list + 4))
		for j := a; j < b; j++ {
			an := bundle(m.u32(m.bundles + 4*j)).unpack(lemma)
			buf = appendUnique(buf, start, an)
		}
	}
	return buf
}

func appendUnique(buf []Analysis, start int, an Analysis) []Analysis {
	for _, x := range buf[start:] {
		if x == an {
			return buf
		}
	}
	return append(buf, an)
}

// eachWordOfLemma calls fn with the number of every word that has an
// analysis with lemma id.
func (m *morphTable) eachWordOfLemma(id int, fn func(w int)) {
	for b := 0; 32*b < m.nword; b++ {
		// Skip a block of 32 words unless one of its units may name the
		// lemma (a list-id unit after an escape may match by chance; the
		// exact walk below sorts that out).
		u0, u1 := int(m.u32(m.ckpt+4*b)), m.nunit
		if 32*(b+1) < m.nword || m.nword%32 == 0 {
			u1 = int(m.u32(m.ckpt + 4*(b+1)))
		}
		hit := false
		units := m.data[m.units+3*u0 : m.units+3*u1]
		lo, mid, hi := byte(id), byte(id>>8), byte(id>>16)
		for i := 0; i+2 < len(units); i += 3 {
			if units[i] == lo && units[i+1] == mid && units[i+2]&1 == hi {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		p := u0
		for w := 32 * b; w < 32*(b+1) && w < m.nword; w++ {
			n := m.count(w)
			for k := 0; k < n; k++ {
				u := m.unit(p + k)
				if int(u&(maxLemmas-1)) == id {
					fn(w)
					break
				}
				if u>>lemmaBits == listEscape {
					k++
				}
			}
			p += n
		}
	}
}

// encodeMorph writes the artefact for nword words; entries maps a word
// number to its analyses (in the order to report them).
func encodeMorph(nword int, entries map[int][]Analysis) ([]byte, error) {
	// Lemmas, sorted.
	lemmaSet := map[string]bool{}
	for _, as := range entries {
		for _, a := range as {
			lemmaSet[a.Lemma] = true
		}
	}
	lemmas := make([]string, 0, len(lemmaSet))
	for l := range lemmaSet {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	if len(lemmas) >= maxLemmas {
		return nil, fmt.Errorf("morphology: %d lemmas; at most %d fit", len(lemmas), maxLemmas)
	}
	lemmaIdx := make(map[string]int, len(lemmas))
	for i, l := range lemmas {
		lemmaIdx[l] = i
	}
	// Feature lists: collect each word's (lemma, list) pairs, then number
	// the lists by use (most used first; ties by first use) so that most
	// fit the 7 bits of a unit.
	words := make([]int, 0, len(entries))
	for w := range entries {
		if w < 0 || w >= nword {
			return nil, fmt.Errorf("morphology: word number %d out of range", w)
		}
		words = append(words, w)
	}
	sort.Ints(words)
	type pair struct {
		lemma int
		key   string
	}
	wordPairs := map[int][]pair{}
	listUse := map[string]int{}
	listFirst := map[string]int{}
	var listBundles = map[string][]bundle{}
	for _, w := range words {
		var order []string
		groups := map[string][]bundle{}
		for _, a := range entries[w] {
			if _, ok := groups[a.Lemma]; !ok {
				order = append(order, a.Lemma)
			}
			b := packBundle(a)
			dup := false
			for _, x := range groups[a.Lemma] {
				dup = dup || x == b
			}
			if !dup {
				groups[a.Lemma] = append(groups[a.Lemma], b)
			}
		}
		for _, l := range order {
			bs := groups[l]
			key := make([]byte, 0, 4*len(bs))
			for _, b := range bs {
				key = binary.LittleEndian.AppendUint32(key, uint32(b))
			}
			k := string(key)
			if _, ok := listFirst[k]; !ok {
				listFirst[k] = len(listFirst)
				listBundles[k] = bs
			}
			listUse[k]++
			wordPairs[w] = append(wordPairs[w], pair{lemmaIdx[l], k})
		}
	}
	keys := make([]string, 0, len(listFirst))
	for k := range listFirst {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if listUse[a] != listUse[b] {
			return listUse[a] > listUse[b]
		}
		return listFirst[a] < listFirst[b]
	})
	listID := map[string]int{}
	var listOff []uint32
	var bundles []uint32
	for i, k := range keys {
		listID[k] = i
		listOff = append(listOff, uint32(len(bundles)))
		for _, b := range listBundles[k] {
			bundles = append(bundles, uint32(b))
		}
	}
	listOff = append(listOff, uint32(len(bundles)))
	if len(keys) >= 1<<24 {
		return nil, fmt.Errorf("morphology: %d feature lists; at most %d fit", len(keys), 1<<24)
	}
	// Units per word.
	wordUnits := map[int][]uint32{}
	nunit := 0
	for _, w := range words {
		var us []uint32
		for _, p := range wordPairs[w] {
			id := listID[p.key]
			if id < listEscape {
				us = append(us, uint32(p.lemma)|uint32(id)<<lemmaBits)
			} else {
				us = append(us, uint32(p.lemma)|listEscape<<lemmaBits, uint32(id))
			}
		}
		if len(us) > maxUnits {
			return nil, fmt.Errorf("morphology: word %d needs %d units; at most %d fit", w, len(us), maxUnits)
		}
		wordUnits[w] = us
		nunit += len(us)
	}
	text := 0
	for _, l := range lemmas {
		text += len(l)
	}
	size := morphHeader + 4*(nword/32+1) + align4((nword+1)/2) + align4(3*nunit) + 4*len(listOff) + 4*len(bundles) + 4*(len(lemmas)+1) + text
	out := make([]byte, 0, size)
	out = append(out, morphMagic...)
	for _, v := range []int{nword, nunit, len(listOff) - 1, len(bundles), len(lemmas), text} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	p := 0
	for w := 0; w < nword; w++ {
		if w%32 == 0 {
			out = binary.LittleEndian.AppendUint32(out, uint32(p))
		}
		p += len(wordUnits[w])
	}
	if nword%32 == 0 {
		out = binary.LittleEndian.AppendUint32(out, uint32(p))
	}
	counts := make([]byte, align4((nword+1)/2))
	for w, us := range wordUnits {
		n := byte(len(us))
		if w&1 == 0 {
			counts[w/2] |= n
		} else {
			counts[w/2] |= n << 4
		}
	}
	out = append(out, counts...)
	for w := 0; w < nword; w++ {
		for _, u := range wordUnits[w] {
			out = append(out, byte(u), byte(u>>8), byte(u>>16))
		}
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	for _, o := range listOff {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	for _, b := range bundles {
		out = binary.LittleEndian.AppendUint32(out, b)
	}
	off := 0
	for _, l := range lemmas {
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		off += len(l)
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(off))
	for _, l := range lemmas {
		out = append(out, l...)
	}
	if len(out) != size {
		return nil, fmt.Errorf("morphology: internal error: %d bytes written, %d planned", len(out), size)
	}
	return out, nil
}
