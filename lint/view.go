package lint

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// view is a derived text with a map back to the original bytes.
//
// The map is sparse, so that its size follows the changes the view makes,
// not the length of the text: segs cuts the text into stretches copied
// from the original character for character ("straight": a character at
// view offset i came from offset i-vs+os) and units made up by the view (a
// replacement character, a folded form, an NFC composition, a separating
// space), whose every byte maps to the original range [os, oe).
type view struct {
	text    string
	segs    []vseg // nil when text is the original itself
	origLen int
}

// vseg is a stretch of the view from vs up to the next segment's vs.
type vseg struct {
	vs, os, oe int32
	straight   bool
}

// mapped reports whether the view differs from the original.
func (v *view) mapped() bool { return v.segs != nil }

// seg returns the index of the segment holding view byte i (0 <= i <
// len(text)).
func (v *view) seg(i int) int {
	lo, hi := 0, len(v.segs)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(v.segs[m].vs) <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// unit returns the original range of the unit that view byte i belongs to.
func (v *view) unit(i int) (int, int) {
	sg := v.segs[v.seg(i)]
	if !sg.straight {
		return int(sg.os), int(sg.oe)
	}
	cs := i
	for cs > int(sg.vs) && !utf8.RuneStart(v.text[cs]) {
		cs--
	}
	_, n := utf8.DecodeRuneInString(v.text[cs:])
	off := int(sg.os) - int(sg.vs)
	return cs + off, cs + n + off
}

// toOrig maps a view offset used as the start of a range.
func (v *view) toOrig(i int) int {
	if !v.mapped() {
		return i
	}
	if i >= len(v.text) {
		return v.origLen
	}
	if i < 0 {
		return 0
	}
	a, _ := v.unit(i)
	return a
}

// toOrigEnd maps a view offset used as the end of a range: the end of the
// unit just before it, so trailing removed characters are not included.
func (v *view) toOrigEnd(i int) int {
	if !v.mapped() {
		return i
	}
	if len(v.text) == 0 {
		return v.origLen
	}
	if i <= 0 {
		a, _ := v.unit(0)
		return a
	}
	if i > len(v.text) {
		i = len(v.text)
	}
	_, b := v.unit(i - 1)
	return b
}

// fromOrig maps an original offset to the first offset of the view whose
// unit starts at or after it: the inverse of toOrig, where removed text
// maps to what follows it.
func (v *view) fromOrig(o int) int {
	if !v.mapped() {
		return min(max(o, 0), len(v.text))
	}
	// Unit starts never decrease along the view: find the first segment
	// whose last unit starts at or after o, then the byte inside it.
	k := sort.Search(len(v.segs), func(k int) bool {
		end := len(v.text)
		if k+1 < len(v.segs) {
			end = int(v.segs[k+1].vs)
		}
		if end <= int(v.segs[k].vs) {
			return false
		}
		a, _ := v.unit(end - 1)
		return a >= o
	})
	if k == len(v.segs) {
		return len(v.text)
	}
	sg := v.segs[k]
	if !sg.straight || o <= int(sg.os) {
		return int(sg.vs)
	}
	i := int(sg.vs) + o - int(sg.os)
	for i < len(v.text) && !utf8.RuneStart(v.text[i]) {
		i++
	}
	return i
}

// mapBuilder builds the segments of a view as its bytes are written.
type mapBuilder struct {
	segs []vseg
	n    int // bytes written
}

// copied records n bytes copied from the original at os.
func (m *mapBuilder) copied(n, os int) {
	if k := len(m.segs) - 1; k >= 0 && m.segs[k].straight && int(m.segs[k].os)+m.n-int(m.segs[k].vs) == os {
		m.n += n
		return
	}
	m.segs = append(m.segs, vseg{vs: int32(m.n), os: int32(os), straight: true})
	m.n += n
}

// made records n bytes of one unit made from the original range [os, oe).
func (m *mapBuilder) made(n, os, oe int) {
	m.segs = append(m.segs, vseg{vs: int32(m.n), os: int32(os), oe: int32(oe)})
	m.n += n
}

// removed reports which original bytes are dropped from a view.
type removal struct {
	regions []Region
	keep    Reads // region kinds kept (Verbatim, Link)
	clean   bool  // remove invisible characters and fold full-width forms
}

func (r removal) drops(k RegionKind) bool {
	switch k {
	case Markup, Hidden:
		return true
	case Verbatim:
		return r.keep&ReadsVerbatim == 0
	case Link:
		return r.keep&ReadsLinks == 0
	}
	return false
}

// buildView derives a view of orig: regions dropped as r says, invisible
// characters removed and full-width forms folded when r.clean, invalid
// UTF-8 replaced by U+FFFD, then NFC. Plain text takes a fast path that
// allocates nothing.
func buildView(orig string, r removal) view {
	if !r.needsWork(orig) {
		return view{text: orig, origLen: len(orig)}
	}
	var b strings.Builder
	b.Grow(len(orig))
	var m mapBuilder
	emit := func(s string, os, oe int) {
		b.WriteString(s)
		if oe-os == len(s) && orig[os:oe] == s {
			m.copied(len(s), os)
		} else {
			m.made(len(s), os, oe)
		}
	}
	ri := 0
	var prev rune
	for i := 0; i < len(orig); {
		for ri < len(r.regions) && r.regions[ri].End <= i {
			ri++
		}
		if ri < len(r.regions) && r.regions[ri].Start <= i && r.drops(r.regions[ri].Kind) {
			reg := r.regions[ri]
			// Hidden text between two words must not glue them.
			if reg.Kind == Hidden && i > 0 && reg.End < len(orig) && !isSpaceByte(orig[i-1]) && !isSpaceByte(orig[reg.End]) {
				emit(" ", i, i)
			}
			i = reg.End
			ri++
			continue
		}
		// A kept link destination is a word of its own: the label before
		// it and the text after it must not glue to it.
		if ri < len(r.regions) && r.regions[ri].Kind == Link {
			if reg := r.regions[ri]; reg.Start == i && b.Len() > 0 && !isSpaceByte(lastByte(&b)) {
				emit(" ", i, i)
			}
		}
		if ri > 0 && !r.drops(Link) && linkJustEnded(r.regions[:ri], i) &&
			b.Len() > 0 && !isSpaceByte(lastByte(&b)) && !isSpaceByte(orig[i]) {
			emit(" ", i, i)
		}
		c, size := utf8.DecodeRuneInString(orig[i:])
		if c == utf8.RuneError && size <= 1 {
			emit("\uFFFD", i, i+1)
			i++
			prev = utf8.RuneError
			continue
		}
		if r.clean {
			if isInvisible(c) || (c == '\u200D' && !joinsEmoji(prev, orig[i+size:])) || c == 0 {
				i += size
				continue
			}
			if f, ok := foldWidth(c); ok {
				var buf [4]byte
				n := utf8.EncodeRune(buf[:], f)
				emit(string(buf[:n]), i, i+size)
				prev = f
				i += size
				continue
			}
		}
		emit(orig[i:i+size], i, i+size)
		prev = c
		i += size
	}
	text := b.String()
	v := view{text: text, segs: m.segs, origLen: len(orig)}
	if v.segs == nil {
		v.segs = []vseg{} // everything removed: still a mapped view
	}
	if !norm.NFC.IsNormalString(text) {
		v = nfcMapped(v)
	}
	return v
}

func (r removal) needsWork(s string) bool {
	for _, reg := range r.regions {
		if r.drops(reg.Kind) {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0 {
			return true
		}
		if c >= utf8.RuneSelf {
			// Start at the ASCII starter before, which a combining mark
			// may compose with.
			return r.slowNeedsWork(s[max(i-1, 0):])
		}
	}
	return false
}

func (r removal) slowNeedsWork(s string) bool {
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		return true
	}
	if !r.clean {
		return false
	}
	for _, c := range s {
		if isInvisible(c) || c == '\u200D' || c == 0 {
			return true
		}
		if _, ok := foldWidth(c); ok {
			return true
		}
	}
	return false
}

// nfcMapped composes the view's text to NFC, keeping the map: text the
// composition leaves alone keeps its map, and every output byte of a
// normalisation segment it changes maps to the whole original range of
// that segment.
func nfcMapped(in view) view {
	text := in.text
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var b strings.Builder
	b.Grow(len(text))
	var m mapBuilder
	pos, k0 := 0, 0
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		if next > pos && string(seg) == text[pos:next] && utf8.RuneCountInString(text[pos:next]) == 1 {
			// One character left alone: copy the input's map of it.
			for k0+1 < len(in.segs) && int(in.segs[k0+1].vs) <= pos {
				k0++
			}
			for k := k0; k < len(in.segs) && int(in.segs[k].vs) < next; k++ {
				sg := in.segs[k]
				a := max(int(sg.vs), pos)
				e := next
				if k+1 < len(in.segs) {
					e = min(e, int(in.segs[k+1].vs))
				}
				if sg.straight {
					m.copied(e-a, int(sg.os)+a-int(sg.vs))
				} else {
					m.made(e-a, int(sg.os), int(sg.oe))
				}
			}
			b.Write(seg)
			pos = next
			continue
		}
		// The iterator may emit part of a segment before it moves Pos
		// (U+0F93 decomposes in NFC); map that to the unit at pos.
		last := next - 1
		if next <= pos {
			last = min(pos, len(text)-1)
		}
		os, _ := in.unit(min(pos, len(text)-1))
		_, oe := in.unit(last)
		b.Write(seg)
		m.made(len(seg), os, oe)
		pos = next
	}
	out := view{text: b.String(), segs: m.segs, origLen: in.origLen}
	if out.segs == nil {
		out.segs = []vseg{}
	}
	return out
}

func lastByte(b *strings.Builder) byte {
	s := b.String()
	return s[len(s)-1]
}

// linkJustEnded reports whether the last link region ends at i or only
// dropped regions lie between its end and i.
func linkJustEnded(regs []Region, i int) bool {
	end := i
	for k := len(regs) - 1; k >= 0; k-- {
		if regs[k].End != end {
			return false
		}
		if regs[k].Kind == Link {
			return true
		}
		end = regs[k].Start
	}
	return false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// isInvisible reports characters that are invisible in a post and can hide
// words from a check: zero-width space and non-joiner, word joiner, soft
// hyphen, BOM, bidi controls, Mongolian vowel separator.
func isInvisible(c rune) bool {
	switch c {
	case '\u00AD', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u180E', '\u061C',
		'\u200E', '\u200F', '\u2061', '\u2062', '\u2063', '\u2064':
		return true
	}
	return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
}

// joinsEmoji reports whether a zero-width joiner after prev, followed by
// rest, is part of an emoji sequence.
func joinsEmoji(prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	return (isPictographic(prev) || prev == '\uFE0F' || (prev >= 0x1F3FB && prev <= 0x1F3FF)) && isPictographic(next)
}

// isPictographic approximates Extended_Pictographic for the emoji blocks.
func isPictographic(c rune) bool {
	switch {
	case c >= 0x1F000 && c <= 0x1FAFF, c >= 0x2600 && c <= 0x27BF,
		c >= 0x2300 && c <= 0x23FF, c >= 0x2B00 && c <= 0x2BFF,
		c >= 0x2190 && c <= 0x21FF, c >= 0x25A0 && c <= 0x25FF:
		return true
	}
	switch c {
	case 0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299, 0x2640, 0x2642:
		return true
	}
	return false
}

// foldWidth maps full-width ASCII forms and the ideographic space to ASCII.
func foldWidth(c rune) (rune, bool) {
	switch {
	case c >= 0xFF01 && c <= 0xFF5E:
		return c - 0xFF01 + 0x21, true
	case c == 0x3000:
		return ' ', true
	}
	return c, false
}
