package lint

import (
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Word segmentation is the hottest path of the engine: every rule reads
// words. For text made of Latin letters, digits, common punctuation and
// emoji, the UAX #29 word rules reduce to a few classes, and this scanner
// returns the same word segments as uniseg several times faster. Any other
// character sends the whole text to uniseg.

type wbClass uint8

const (
	wbOther   wbClass = iota
	wbLetter          // ALetter
	wbNumeric         // Numeric
	wbMidLet          // MidLetter
	wbMidNumL         // MidNumLet and Single_Quote
	wbMidNum          // MidNum
	wbExtNumL         // ExtendNumLet
	wbExtend          // Extend, Format, ZWJ (rule WB4)
	wbNewline         // CR, LF, Newline: WB4 does not attach after them
	wbUnknown         // outside the fast path
)

var asciiWB = func() (t [128]wbClass) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = wbLetter, wbLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbNumeric
	}
	t[':'] = wbMidLet
	t['.'], t['\''] = wbMidNumL, wbMidNumL
	t[','], t[';'] = wbMidNum, wbMidNum
	t['_'] = wbExtNumL
	t['\n'], t['\r'], t['\v'], t['\f'] = wbNewline, wbNewline, wbNewline, wbNewline
	return t
}()

func wordClass(r rune) wbClass {
	if r < utf8.RuneSelf {
		return asciiWB[r]
	}
	switch {
	case r == 0xAA || r == 0xB5 || r == 0xBA || (r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7):
		return wbLetter
	case r == 0xB7:
		return wbMidLet
	case r == 0x85:
		return wbNewline
	case r == 0xAD:
		return wbExtend
	case r >= 0xA0 && r <= 0xBF:
		return wbOther
	case r >= 0x300 && r <= 0x36F, r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF,
		r >= 0x20D0 && r <= 0x20F0, r >= 0xE0020 && r <= 0xE007F, r == 0x200C, r == 0x200D:
		return wbExtend
	case r == 0x2018 || r == 0x2019 || r == 0x2024:
		return wbMidNumL
	case r == 0x2027:
		return wbMidLet
	case r == 0x2044:
		return wbMidNum
	case r == 0x202F || r == 0x203F || r == 0x2040 || r == 0x2054:
		return wbExtNumL
	case r >= 0x2010 && r <= 0x2026, r >= 0x2030 && r <= 0x205E:
		return wbOther
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return wbOther // regional indicators pair up, but never with letters
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF:
		return wbOther
	}
	return wbUnknown
}

// fastWords returns the spans of the word segments that hold a letter or a
// digit, or ok=false when the text needs the full algorithm.
func fastWords(s string, out []Span) ([]Span, bool) {
	type item struct {
		c    wbClass
		i, n int
	}
	next := func(i int) item {
		if i >= len(s) {
			return item{wbOther, i, 0}
		}
		if c := s[i]; c < utf8.RuneSelf {
			return item{asciiWB[c], i, 1}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		return item{wordClass(r), i, n}
	}
	// skipExt returns the first item at or after i that is not Extend.
	skipExt := func(i int) item {
		it := next(i)
		for it.c == wbExtend {
			it = next(it.i + it.n)
		}
		return it
	}
	i := 0
	for i < len(s) {
		it := next(i)
		switch it.c {
		case wbUnknown:
			return out, false
		case wbLetter, wbNumeric, wbExtNumL:
		default:
			i += it.n
			continue
		}
		start, last := i, it.c
		hasLN := last != wbExtNumL
		i += it.n
		for i < len(s) {
			cur := next(i)
			switch cur.c {
			case wbUnknown:
				return out, false
			case wbExtend:
				i += cur.n
				continue
			case wbLetter, wbNumeric, wbExtNumL:
				last = cur.c
				if cur.c != wbExtNumL {
					hasLN = true
				}
				i += cur.n
				continue
			case wbMidLet, wbMidNumL, wbMidNum:
				after := skipExt(cur.i + cur.n)
				if after.c == wbUnknown {
					return out, false
				}
				if (last == wbLetter && after.c == wbLetter && cur.c != wbMidNum) ||
					(last == wbNumeric && after.c == wbNumeric && cur.c != wbMidLet) {
					last = after.c
					i = after.i + after.n
					continue
				}
			}
			break
		}
		if hasLN {
			out = append(out, Span{start, i})
		}
	}
	return out, true
}

// Graphemes: every code point below U+0300 (ASCII, Latin-1, the Latin
// Extended blocks, IPA and spacing modifiers) is a grapheme cluster of its
// own, except CR LF, and between two such code points there is always a
// cluster boundary after which UAX #29 does not look back. So the text is
// split at those boundaries: runs of such code points are counted one by
// one, and only the stretches around other characters (combining marks,
// emoji sequences, flags, other scripts) go to uniseg, each on its own.

// lowCP reports whether the code point starting at s[i] is below U+0300
// (its lead byte is below 0xCC).
func lowCP(s string, i int) bool { return s[i] < 0xCC }

// cpLen returns the length of the code point starting at s[i].
func cpLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// complexEnd returns the end of the stretch that starts at the cluster
// boundary i and needs the full rules: the first boundary after i between
// two code points below U+0300 (not CR LF), or len(s).
func complexEnd(s string, i int) int {
	prev, j := i, i+cpLen(s, i) // the code points before and after a candidate
	for j < len(s) {
		if lowCP(s, prev) && lowCP(s, j) && !(s[prev] == '\r' && s[j] == '\n') {
			return j
		}
		prev, j = j, j+cpLen(s, j)
	}
	return len(s)
}

// simpleAt reports whether the code point at the cluster boundary i is a
// cluster on its own (or with a following LF, when it is CR), and returns
// the cluster's end.
func simpleAt(s string, i int) (int, bool) {
	if !lowCP(s, i) {
		return 0, false
	}
	n := cpLen(s, i)
	if i+n == len(s) {
		return i + n, true
	}
	if !lowCP(s, i+n) {
		return 0, false
	}
	if s[i] == '\r' && s[i+n] == '\n' {
		n++
	}
	return i + n, true
}

// appendGraphemes appends the grapheme clusters of s (UAX #29, as uniseg
// finds them) to out.
func appendGraphemes(out []Span, s string) []Span {
	return appendGraphemesUntil(out, s, -1, -1)
}

// appendGraphemesUntil is appendGraphemes that stops after maxCount
// clusters, or after the first that ends past maxByte (a negative bound is
// no bound). Clusters found so far are final: a boundary depends only on
// the text before it and the character after it.
func appendGraphemesUntil(out []Span, s string, maxCount, maxByte int) []Span {
	n0 := len(out)
	done := func() bool {
		n := len(out) - n0
		return maxCount >= 0 && n >= maxCount || maxByte >= 0 && n > 0 && out[len(out)-1].End > maxByte
	}
	for i := 0; i < len(s) && !done(); {
		if e, ok := simpleAt(s, i); ok {
			out = append(out, Span{i, e})
			i = e
			continue
		}
		end := complexEnd(s, i)
		rest, pos, state := s[i:end], i, -1
		for len(rest) > 0 && !done() {
			var c string
			c, rest, _, state = uniseg.StepString(rest, state)
			out = append(out, Span{pos, pos + len(c)})
			pos += len(c)
		}
		i = end
	}
	return out
}

// countGraphemes returns the number of grapheme clusters of s, as
// uniseg.GraphemeClusterCount does.
func countGraphemes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if e, ok := simpleAt(s, i); ok {
			n++
			i = e
			continue
		}
		end := complexEnd(s, i)
		n += uniseg.GraphemeClusterCount(s[i:end])
		i = end
	}
	return n
}

// fastGraphemes returns one span per code point (CR LF together) when no
// character of s can join its neighbours in a grapheme cluster.
func fastGraphemes(s string) ([]Span, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xCC { // lead bytes of U+0300 and above
			return nil, false
		}
	}
	out := make([]Span, 0, len(s))
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			n = 2
		}
		out = append(out, Span{i, i + n})
		i += n
	}
	return out, true
}
