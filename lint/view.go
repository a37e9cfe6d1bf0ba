package lint

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// view is a derived text with a map back to the original bytes.
type view struct {
	text string
	// start[i] and end[i] give, for byte i of text, the original range of
	// the unit it came from; nil when text is the original itself.
	start, end []int32
	origLen    int
}

// toOrig maps a view offset used as the start of a range.
func (v *view) toOrig(i int) int {
	if v.start == nil {
		return i
	}
	if i >= len(v.text) {
		return v.origLen
	}
	if i < 0 {
		return 0
	}
	return int(v.start[i])
}

// toOrigEnd maps a view offset used as the end of a range: the end of the
// unit just before it, so trailing removed characters are not included.
func (v *view) toOrigEnd(i int) int {
	if v.start == nil {
		return i
	}
	if i <= 0 {
		if len(v.text) == 0 {
			return v.origLen
		}
		return int(v.start[0])
	}
	if i > len(v.text) {
		i = len(v.text)
	}
	return int(v.end[i-1])
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
	start := make([]int32, 0, len(orig)+8)
	end := make([]int32, 0, len(orig)+8)
	emit := func(s string, os, oe int) {
		b.WriteString(s)
		for range len(s) {
			start = append(start, int32(os))
			end = append(end, int32(oe))
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
	if !norm.NFC.IsNormalString(text) {
		text, start, end = nfcMapped(text, start, end)
	}
	return view{text: text, start: start, end: end, origLen: len(orig)}
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

// nfcMapped composes text to NFC, keeping the map: every output byte of a
// normalisation segment maps to the whole original range of that segment.
func nfcMapped(text string, start, end []int32) (string, []int32, []int32) {
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var b strings.Builder
	b.Grow(len(text))
	ns := make([]int32, 0, len(text))
	ne := make([]int32, 0, len(text))
	pos := 0
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		// The iterator may emit part of a segment before it moves Pos
		// (U+0F93 decomposes in NFC); map that to the unit at pos.
		last := next - 1
		if next <= pos {
			last = min(pos, len(end)-1)
		}
		os, oe := start[min(pos, len(start)-1)], end[last]
		b.Write(seg)
		for range len(seg) {
			ns = append(ns, os)
			ne = append(ne, oe)
		}
		pos = next
	}
	return b.String(), ns, ne
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
