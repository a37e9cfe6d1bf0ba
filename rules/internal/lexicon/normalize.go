package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wildcard stands for one unknown letter in a unit key ("p*to" → "p?to").
const Wildcard = '?'

// Laughter is the key every spelling of laughter reads as.
const Laughter = "jaja"

// foldRune maps a lower-cased rune to its key form: accents and diaeresis
// removed (ñ kept), look-alike Cyrillic and Greek letters to Latin. It
// returns -1 for a rune that is dropped (combining marks, apostrophes).
func foldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'ē':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'ī':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'ō':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'ū':
		return 'u'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'ñ'
	// Cyrillic look-alikes.
	case 'а':
		return 'a'
	case 'е':
		return 'e'
	case 'о':
		return 'o'
	case 'р':
		return 'p'
	case 'с':
		return 'c'
	case 'х':
		return 'x'
	case 'у':
		return 'y'
	case 'і':
		return 'i'
	case 'ј':
		return 'j'
	case 'ѕ':
		return 's'
	case 'к':
		return 'k'
	case 'м':
		return 'm'
	case 'т':
		return 't'
	case 'н':
		return 'h'
	// Greek look-alikes.
	case 'ο':
		return 'o'
	case 'α':
		return 'a'
	case 'ε':
		return 'e'
	case 'ι':
		return 'i'
	case 'κ':
		return 'k'
	case 'ν':
		return 'v'
	case 'τ':
		return 't'
	case 'ρ':
		return 'p'
	case '’', '‘', 'ʼ':
		return -1
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}

// leet reads a digit as the letter it imitates, or returns -1.
func leet(c byte) rune {
	switch c {
	case '0':
		return 'o'
	case '1':
		return 'i'
	case '3':
		return 'e'
	case '4':
		return 'a'
	case '5':
		return 's'
	case '7':
		return 't'
	}
	return -1
}

// foldPlain folds a lexicon word: lower case, accents removed (ñ kept).
func foldPlain(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = foldRune(unicode.ToLower(r))
		if r < 0 || r == '\'' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldWord folds a word of the text into buf and returns it. Digits read as
// letters when the word also holds letters; "*" and "@" become Wildcard,
// "$" reads as "s"; other symbols are dropped.
func foldWord(buf []byte, w string) []byte {
	letters, digits := false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z':
			letters = true
		}
	}
	leetOK := letters && digits
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+0x20)
			case c >= 'a' && c <= 'z':
				buf = append(buf, c)
			case c >= '0' && c <= '9':
				if r := leet(c); leetOK && r > 0 {
					buf = append(buf, byte(r))
				} else {
					buf = append(buf, c)
				}
			case c == '*' || c == '@':
				buf = append(buf, Wildcard)
			case c == '$':
				buf = append(buf, 's')
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if r == utf8.RuneError {
			continue
		}
		r = foldRune(unicode.ToLower(r))
		if r < 0 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// stretched reports whether a key shows letters repeated for emphasis: a
// run of three, a double letter Spanish never doubles (anything but c l r
// n e o), or a doubled vowel at the end.
func stretched(k []byte) bool {
	for i := 1; i < len(k); i++ {
		if k[i] != k[i-1] || k[i] >= utf8.RuneSelf {
			continue
		}
		if i+1 < len(k) && k[i+1] == k[i] {
			return true
		}
		switch k[i] {
		case 'c', 'l', 'r', 'n', 'e', 'o':
			if i == len(k)-1 && (k[i] == 'e' || k[i] == 'o') {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// squeeze reduces runs of a letter to one, or to two for the letters
// Spanish doubles as consonants (rr ll cc nn) when keepDoubles is set.
func squeeze(dst, k []byte, keepDoubles bool) []byte {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if i > 0 && c == k[i-1] && c < utf8.RuneSelf {
			if keepDoubles && (c == 'r' || c == 'l' || c == 'c' || c == 'n') && (i < 2 || k[i-2] != c) {
				dst = append(dst, c)
			}
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// laughter reports whether a key spells laughter: "jaja", "jajajaj",
// "jejeje", "jijiji", "haha", "jsjsjs", with stretched letters already
// squeezed. The vowel (a, e or i) must be the same throughout, so "hija",
// "hoja" and the name "Jojó" are words, not laughter.
func laughter(k []byte) bool {
	if len(k) < 4 {
		return false
	}
	if k[0] == 'j' && k[1] == 's' {
		for i, c := range k {
			if c != "js"[i%2] {
				return false
			}
		}
		return true
	}
	if k[0] != 'j' && k[0] != 'h' {
		return false
	}
	v := k[1]
	if v != 'a' && v != 'e' && v != 'i' {
		return false
	}
	for i, c := range k {
		if i%2 == 0 {
			if c != 'j' && c != 'h' {
				return false
			}
		} else if c != v {
			return false
		}
	}
	return true
}
