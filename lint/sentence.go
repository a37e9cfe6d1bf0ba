package lint

import (
	"unicode"
	"unicode/utf8"
)

// Sentence segmentation, like words, has a fast path for Latin text: the
// UAX #29 sentence rules reduce to a few classes, and a scan with a short
// look-ahead returns the same sentences as uniseg. Any other character
// sends the whole text to uniseg.

type sbClass uint8

const (
	sbOther sbClass = iota
	sbCR
	sbLF
	sbSep
	sbExtend // Extend and Format
	sbSp
	sbLower
	sbUpper
	sbOLetter
	sbNumeric
	sbATerm
	sbSTerm
	sbSContinue
	sbClose
	sbUnknown
)

func sentenceClass(r rune) sbClass {
	switch {
	case r >= 'a' && r <= 'z':
		return sbLower
	case r >= 'A' && r <= 'Z':
		return sbUpper
	case r >= '0' && r <= '9':
		return sbNumeric
	case r < utf8.RuneSelf:
		switch r {
		case '\r':
			return sbCR
		case '\n':
			return sbLF
		case ' ', '\t', '\v', '\f':
			return sbSp
		case '.':
			return sbATerm
		case '!', '?':
			return sbSTerm
		case ',', '-', ':':
			return sbSContinue
		case '"', '\'', '(', ')', '[', ']', '{', '}':
			return sbClose
		}
		return sbOther
	case r == 0x85:
		return sbSep
	case r == 0xA0:
		return sbSp
	case r == 0xAD:
		return sbExtend
	case r == 0xAB || r == 0xBB:
		return sbClose
	case r >= 0xA0 && r <= 0x24F:
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			return sbUpper
		case unicode.IsLower(r) || r == 0xAA || r == 0xBA:
			return sbLower
		case unicode.IsLetter(r):
			return sbOLetter
		}
		return sbOther
	case r >= 0x300 && r <= 0x36F, r == 0x200C, r == 0x200D, r >= 0xFE00 && r <= 0xFE0F:
		return sbExtend
	case r == 0x2013 || r == 0x2014:
		return sbSContinue
	case r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D:
		return sbClose
	case r == 0x2022 || r == 0x2026:
		return sbOther
	case r >= 0x275B && r <= 0x2760, unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf) && r >= 0x2600 && r <= 0x27BF:
		return sbClose // quotation ornaments and brackets among the dingbats
	case r >= 0x1F300 && r <= 0x1F3FA, r >= 0x1F400 && r <= 0x1F64F, r >= 0x1F680 && r <= 0x1F6FF,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x2600 && r <= 0x27BF:
		return sbOther
	}
	return sbUnknown
}

// fastSentences returns the sentence spans of s, or ok=false when s holds
// a character outside the fast path.
func fastSentences(s string) (out []Span, ok bool) {
	n := len(s)
	cls := make([]sbClass, 0, n)
	pos := make([]int, 0, n+1)
	for i := 0; i < n; {
		var r rune
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		c := sentenceClass(r)
		if c == sbUnknown {
			return nil, false
		}
		cls = append(cls, c)
		pos = append(pos, i)
		i += size
	}
	pos = append(pos, n)
	m := len(cls)
	// skip returns the first index at or after i that is not Extend.
	skip := func(i int) int {
		for i < m && cls[i] == sbExtend {
			i++
		}
		return i
	}
	// prevBase returns the class before i, ignoring Extend.
	prevBase := func(i int) sbClass {
		for i--; i >= 0; i-- {
			if cls[i] != sbExtend {
				return cls[i]
			}
		}
		return sbOther
	}
	start := 0
	for i := 0; i < m; {
		c := cls[i]
		switch c {
		case sbCR:
			j := i + 1
			if j < m && cls[j] == sbLF {
				j++
			}
			out = append(out, Span{pos[start], pos[j]})
			start, i = j, j
			continue
		case sbLF, sbSep:
			out = append(out, Span{pos[start], pos[i+1]})
			start, i = i+1, i+1
			continue
		case sbATerm, sbSTerm:
		default:
			i++
			continue
		}
		next := skip(i + 1)
		if c == sbATerm && next < m {
			// SB6 and SB7.
			if cls[next] == sbNumeric {
				i = next
				continue
			}
			if p := prevBase(i); (p == sbUpper || p == sbLower) && cls[next] == sbUpper {
				i = next
				continue
			}
		}
		// SB9, SB10: the terminator takes closing marks, then spaces.
		j := next
		for j < m && cls[j] == sbClose {
			j = skip(j + 1)
		}
		sp := j
		for j < m && cls[j] == sbSp {
			j = skip(j + 1)
		}
		if j < m {
			switch cls[j] {
			case sbCR, sbLF, sbSep:
				// uniseg takes one line break into the sentence (a CR
				// without its LF), except after ? or ! and spaces; the
				// fast path agrees with it.
				if c == sbATerm || sp == j {
					j++
				}
			default:
				if c == sbATerm && lowerFollows(cls, j) {
					i = j // SB8
					continue
				}
				if cls[j] == sbSContinue || cls[j] == sbATerm || cls[j] == sbSTerm {
					i = j // SB8a
					continue
				}
			}
		}
		out = append(out, Span{pos[start], pos[j]})
		start, i = j, j
	}
	if start < m {
		out = append(out, Span{pos[start], n})
	}
	return out, true
}

// lowerFollows reports whether, from i, a lower-case letter comes before
// any letter, terminator or paragraph break (rule SB8).
func lowerFollows(cls []sbClass, i int) bool {
	for ; i < len(cls); i++ {
		switch cls[i] {
		case sbLower:
			return true
		case sbOLetter, sbUpper, sbCR, sbLF, sbSep, sbATerm, sbSTerm:
			return false
		}
	}
	return false
}
