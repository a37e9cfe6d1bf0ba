package rules

import (
	"sort"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/mxid"
)

// What separates an identifier character from the one before it.
const (
	brkGlue uint8 = iota // nothing: "GO"
	brkSoft              // a short run of spaces, dots, dashes, parentheses or one line break
	brkHard              // anything else: the two cannot belong to one identifier
)

// idChar is one character of the identifier stream: the letters and digits
// of the text, upper-cased, with what separates each from the previous one.
type idChar struct {
	c    byte // 'A'-'Z', '0'-'9' or mxid.Enye
	brk  uint8
	plus bool // a '+' sits in the gap just before
	nl   bool // the gap just before holds a line break
	cash bool // a '$' sits in the gap just before
	tok  lint.TokenKind
	off  int32 // byte offset in Document.Text
	end  int32
}

func (c idChar) digit() bool  { return c.c >= '0' && c.c <= '9' }
func (c idChar) letter() bool { return c.c >= 'A' && c.c <= 'Z' || c.c == mxid.Enye }

// pdScan is the single pass over a post's analysis view: the identifier
// stream and a folded copy of the text for finding words (lower-case ASCII,
// accents stripped, one byte per rune, with pos mapping back to Text).
type pdScan struct {
	text   string
	toks   []lint.Token
	stream []idChar
	fold   []byte
	pos    []int32 // pos[i] is the Text offset of fold[i]; pos[len(fold)] = len(text)
	used   []bool  // used[i]: byte i of text lies in a span already reported (or ruled public)

	// The last phone number and address seen (fold index of their end)
	// and whether they were public: a clause does not reach back past
	// them, and a list goes on as it started.
	phoneFloor, addrFloor         int
	phoneWasPublic, addrWasPublic bool
}

// foldRune maps a rune to one byte of the folded text.
func foldRune(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		if c == '\t' || c == '\r' {
			return ' '
		}
		return c
	case r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || r == 0x3000:
		return ' '
	case r == 0x2010 || r == 0x2011 || r == 0x2012 || r == 0x2013:
		return '-'
	}
	switch r {
	case 'á', 'à', 'ä', 'â', 'Á', 'À', 'Ä', 'Â':
		return 'a'
	case 'é', 'è', 'ë', 'ê', 'É', 'È', 'Ë', 'Ê':
		return 'e'
	case 'í', 'ì', 'ï', 'î', 'Í', 'Ì', 'Ï', 'Î':
		return 'i'
	case 'ó', 'ò', 'ö', 'ô', 'Ó', 'Ò', 'Ö', 'Ô':
		return 'o'
	case 'ú', 'ù', 'ü', 'û', 'Ú', 'Ù', 'Ü', 'Û':
		return 'u'
	case 'ñ', 'Ñ':
		return 'n'
	case '°', 'º':
		return 'o'
	}
	if isLetterRune(r) {
		return 'x'
	}
	return '~'
}

func isLetterRune(r rune) bool {
	return r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x370 && r <= 0x52F
}

// Classes of ASCII bytes for the scanner.
const (
	clsHard uint8 = iota // ends any identifier
	clsID                // a letter or digit
	clsSoft              // a separator that may sit inside an identifier
	clsNL                // a line break
	clsPlus              // '+', as in +52
	clsCash              // '$', as in $1,250
)

// asciiFold and asciiClass are tables for the ASCII fast path; they are
// computed once and never written again.
var asciiFold, asciiClass = func() (f, c [utf8.RuneSelf]byte) {
	for b := 0; b < utf8.RuneSelf; b++ {
		f[b] = foldRune(rune(b))
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9':
			c[b] = clsID
		case b == ' ' || b == '\t' || b == '.' || b == '-' || b == '(' || b == ')' || b == '\r':
			c[b] = clsSoft
		case b == '\n':
			c[b] = clsNL
		case b == '+':
			c[b] = clsPlus
		case b == '$':
			c[b] = clsCash
		}
	}
	return
}()

// newPDScan builds the stream and the folded text in one pass over text.
// It reuses the buffers of s when given one.
func newPDScan(text string, toks []lint.Token, s *pdScan) *pdScan {
	n := len(text)
	if s == nil {
		s = &pdScan{}
	}
	s.text, s.toks = text, toks
	if cap(s.fold) < n {
		s.stream = make([]idChar, n)
		s.fold = make([]byte, n)
		s.pos = make([]int32, n+1)
		s.used = make([]bool, n)
	}
	s.stream, s.fold, s.pos, s.used = s.stream[:n], s.fold[:n], s.pos[:n+1], s.used[:n]
	clear(s.used)
	s.phoneFloor, s.addrFloor, s.phoneWasPublic, s.addrWasPublic = 0, 0, false, false
	var (
		gapRunes, gapNL int
		gapHard         = true
		plus, cash      bool
		ti, nf, ns      int
	)
	for i := 0; i < n; {
		b := text[i]
		var (
			c    byte
			cls  uint8
			size = 1
		)
		if b < utf8.RuneSelf {
			s.fold[nf] = asciiFold[b]
			cls = asciiClass[b]
			if cls == clsID {
				c = b
				if b >= 'a' {
					c = b - 'a' + 'A'
				}
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			s.fold[nf] = foldRune(r)
			switch r {
			case 'ñ', 'Ñ':
				cls, c = clsID, mxid.Enye
			case 0xA0, 0x202F, 0x2009, 0x2007, 0x2010, 0x2011, 0x2012, 0x2013:
				cls = clsSoft
			}
		}
		s.pos[nf] = int32(i)
		nf++
		switch cls {
		case clsID:
			brk := brkGlue
			if gapRunes > 0 {
				brk = brkSoft
				if gapHard || gapNL > 1 || gapRunes > 4 {
					brk = brkHard
				}
			}
			var tk lint.TokenKind
			if len(toks) > 0 {
				for ti < len(toks) && toks[ti].End <= i {
					ti++
				}
				if ti < len(toks) && toks[ti].Start <= i {
					tk = toks[ti].Kind
				}
			}
			s.stream[ns] = idChar{c: c, brk: brk, plus: plus, nl: gapNL > 0, cash: cash, tok: tk, off: int32(i), end: int32(i + size)}
			ns++
			gapRunes, gapNL, gapHard, plus, cash = 0, 0, false, false, false
		case clsSoft:
			gapRunes++
		case clsNL:
			gapRunes++
			gapNL++
		case clsPlus:
			gapRunes++
			plus = true
		case clsCash:
			gapRunes++
			cash, gapHard = true, true
		default:
			gapRunes++
			gapHard, plus = true, false
		}
		i += size
	}
	s.pos[nf] = int32(n)
	s.fold, s.pos, s.stream = s.fold[:nf], s.pos[:nf+1], s.stream[:ns]
	return s
}

// foldIndex returns the index in fold of the rune at Text offset off.
func (s *pdScan) foldIndex(off int) int {
	lo, hi := 0, len(s.fold)
	for lo < hi {
		m := (lo + hi) / 2
		if int(s.pos[m]) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// take reports whether sp overlaps nothing reported yet, and takes it.
func (s *pdScan) take(sp lint.Span) bool {
	if s.overlapsTaken(sp.Start, sp.End) {
		return false
	}
	s.block(sp)
	return true
}

// block marks sp as dealt with, so no other finding overlaps it.
func (s *pdScan) block(sp lint.Span) {
	for i := sp.Start; i < sp.End && i < len(s.used); i++ {
		s.used[i] = true
	}
}

// overlapsTaken reports whether [a, b) overlaps a reported span.
func (s *pdScan) overlapsTaken(a, b int) bool {
	for i := a; i < b && i < len(s.used); i++ {
		if s.used[i] {
			return true
		}
	}
	return false
}

// window copies n stream characters from i into buf if none of them is
// separated from the previous by a hard break.
func (s *pdScan) window(buf []byte, i, n int) bool {
	if i+n > len(s.stream) {
		return false
	}
	for k := 0; k < n; k++ {
		c := s.stream[i+k]
		if k > 0 && c.brk == brkHard {
			return false
		}
		buf[k] = c.c
	}
	return true
}

// span returns the Text span of stream characters [i, j).
func (s *pdScan) span(i, j int) lint.Span {
	return lint.Span{Start: int(s.stream[i].off), End: int(s.stream[j-1].end)}
}

// isWordByte reports whether a folded byte belongs to a word.
func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// wordIndex groups keywords by their first byte, longest first, so that
// the closest keyword before a position is found in one backward pass.
type wordIndex [utf8.RuneSelf][]pdLabel

func newWordIndex(labels []pdLabel) *wordIndex {
	var idx wordIndex
	for _, l := range labels {
		c := l.kw[0]
		idx[c] = append(idx[c], l)
	}
	for c := range idx {
		sort.SliceStable(idx[c], func(i, j int) bool { return len(idx[c][i].kw) > len(idx[c][j].kw) })
	}
	return &idx
}

// markerIndex indexes whole words.
func markerIndex(words []string) *wordIndex {
	ls := make([]pdLabel, len(words))
	for i, w := range words {
		ls[i] = pdLabel{kw: w}
	}
	return newWordIndex(ls)
}

// lastOf returns the start and the keyword of the last keyword of idx that
// starts a word in fold[lo:hi] and ends by hi, or -1. A keyword not marked
// prefix must not run on into a longer word, but may be glued to a number
// ("tel6621234567").
func (s *pdScan) lastOf(lo, hi int, idx *wordIndex) (int, *pdLabel) {
	f := s.fold
	if lo < 0 {
		lo = 0
	}
	if hi > len(f) {
		hi = len(f)
	}
	for j := hi - 1; j >= lo; j-- {
		c := f[j]
		if c >= utf8.RuneSelf || len(idx[c]) == 0 || j > 0 && isWordByte(f[j-1]) && isWordByte(c) {
			continue
		}
		for k := range idx[c] {
			l := &idx[c][k]
			e := j + len(l.kw)
			if e > hi || string(f[j:e]) != l.kw {
				continue
			}
			if !l.prefix && e < len(f) && f[e] >= 'a' && f[e] <= 'z' && isWordByte(l.kw[len(l.kw)-1]) {
				continue
			}
			return j, l
		}
	}
	return -1, nil
}

// nextWord reports whether a word of words starts at fold index j after
// skipping spaces and light punctuation, within max bytes.
func (s *pdScan) nextWord(j, max int, words []string) bool {
	f := s.fold
	end := j + max
	if end > len(f) {
		end = len(f)
	}
	for j < end && (f[j] == ' ' || f[j] == '\n' || f[j] == ',' || f[j] == ')' || f[j] == '(' || f[j] == ':') {
		j++
	}
	for _, w := range words {
		if j+len(w) <= len(f) && string(f[j:j+len(w)]) == w {
			e := j + len(w)
			if e >= len(f) || !isWordByte(f[e]) || !isWordByte(w[len(w)-1]) {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the token that covers Text offset i.
func (s *pdScan) tokenAt(i int) (lint.Token, bool) {
	t := s.toks
	k := sort.Search(len(t), func(j int) bool { return t[j].End > i })
	if k < len(t) && t[k].Start <= i {
		return t[k], true
	}
	return lint.Token{}, false
}
