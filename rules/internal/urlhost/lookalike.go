package urlhost

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"
)

// Reason says why a host looks like a protected domain.
type Reason uint8

// Reasons a host is a look-alike, from the most to the least certain.
const (
	NotLookalike Reason = iota
	// MixedScript: a label mixes scripts (Latin with Cyrillic or Greek...).
	MixedScript
	// Homograph: the host reads as the protected domain once confusable
	// characters (Cyrillic "о", digit "0", accented letters) are mapped.
	Homograph
	// Embedded: the protected domain appears inside the host, not at its
	// end (ieesonora.org.mx.example.com, ieesonora.org.mx-login.com).
	Embedded
	// NearName: the registrable name is one edit away from the protected
	// one, equal to it under another suffix, or carries it as a
	// hyphenated part or as a subdomain label (fake-ieesonora.org.mx).
	NearName
)

// Protected is a domain that look-alikes are checked against, prepared
// once.
type Protected struct {
	// Domain is the normalised domain.
	Domain string
	// Name is the registrable label of Domain ("ieesonora" for
	// ieesonora.org.mx), or "" when Domain is itself a public suffix.
	Name string
	// NameChecks enables the name-based checks (NearName), which are only
	// safe for distinctive names.
	NameChecks bool

	skeleton string
	skName   string
}

// NewProtected prepares domain (normalised with Domain). nameChecks turns on
// the name-based checks; they apply anyway only to names of at least
// minName letters.
func NewProtected(domain string, nameChecks bool, minName int) Protected {
	p := Protected{Domain: domain, skeleton: Skeleton(domain)}
	p.Name = registrableName(domain)
	p.skName = registrableName(p.skeleton)
	p.NameChecks = nameChecks && utf8.RuneCountInString(p.Name) >= minName
	return p
}

// registrableName returns the label just left of the public suffix.
func registrableName(host string) string {
	e, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(e, ".")
	return name
}

// Lookalike reports whether the host of u (not under any protected domain:
// the caller checks that first) imitates one of them, and which.
func Lookalike(u URL, protected []Protected) (Reason, *Protected) {
	if u.IP || u.Host == "" {
		return NotLookalike, nil
	}
	if MixedScripts(u.Display) {
		// Say which domain it imitates when one matches; mixed scripts
		// are suspicious on their own.
		sk := Skeleton(u.Display)
		for i := range protected {
			if p := &protected[i]; sk == p.skeleton || Under(sk, p.skeleton) {
				return MixedScript, p
			}
		}
		return MixedScript, nil
	}
	sk := Skeleton(u.Display)
	for i := range protected {
		p := &protected[i]
		if sk == p.skeleton || Under(sk, p.skeleton) {
			return Homograph, p
		}
	}
	for i := range protected {
		p := &protected[i]
		if embedded(u.Host, p.Domain) || embedded(sk, p.skeleton) {
			return Embedded, p
		}
	}
	var name string
	var labels []string
	for i := range protected {
		p := &protected[i]
		if !p.NameChecks {
			continue
		}
		if labels == nil {
			name = registrableName(sk)
			labels = strings.Split(sk, ".")
		}
		if name != "" && (name == p.skName || oneEdit(name, p.skName)) {
			return NearName, p
		}
		for _, l := range labels {
			if l == p.skName {
				return NearName, p
			}
			if strings.IndexByte(l, '-') >= 0 {
				for _, part := range strings.Split(l, "-") {
					if part == p.skName || len(part) >= 5 && oneEdit(part, p.skName) {
						return NearName, p
					}
				}
			}
		}
	}
	return NotLookalike, nil
}

// embedded reports whether d occurs in host on label or hyphen boundaries
// other than as host's suffix.
func embedded(host, d string) bool {
	if d == "" {
		return false
	}
	for i := 0; i+len(d) <= len(host); {
		j := strings.Index(host[i:], d)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(d)
		before := at == 0 || host[at-1] == '.' || host[at-1] == '-'
		after := end < len(host) && (host[end] == '.' || host[end] == '-')
		if before && after {
			return true
		}
		i = at + 1
	}
	return false
}

// oneEdit reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of adjacent letters.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if d := len(a) - len(b); d > 4 || d < -4 {
		return false // more than one rune apart whatever the encoding
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		i := 0
		for i < len(ra) && ra[i] == rb[i] {
			i++
		}
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true
		}
		return string(ra[i+1:]) == string(rb[i+1:])
	case 1:
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i+1:]) == string(rb[i:])
	}
	return false
}

// MixedScripts reports whether a label of the host mixes letters of
// different scripts (the classic homograph attack: Latin with Cyrillic).
// Han with Hiragana or Katakana, as Japanese is written, is not mixing.
func MixedScripts(host string) bool {
	if isASCII(host) {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		var seen *unicode.RangeTable
		for _, r := range label {
			if r < utf8.RuneSelf && !isLetterASCII(r) {
				continue
			}
			s := scriptOf(r)
			if s == nil {
				continue
			}
			if seen == nil {
				seen = s
				continue
			}
			if s != seen && !japanese(s, seen) {
				return true
			}
		}
	}
	return false
}

func isLetterASCII(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian,
	unicode.Hebrew, unicode.Arabic, unicode.Han, unicode.Hiragana,
	unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.Devanagari,
	unicode.Georgian, unicode.Cherokee,
}

func scriptOf(r rune) *unicode.RangeTable {
	if !unicode.IsLetter(r) {
		return nil
	}
	for _, s := range scripts {
		if unicode.Is(s, r) {
			return s
		}
	}
	return nil
}

func japanese(a, b *unicode.RangeTable) bool {
	j := func(s *unicode.RangeTable) bool {
		return s == unicode.Han || s == unicode.Hiragana || s == unicode.Katakana
	}
	return j(a) && j(b)
}

// confusables maps characters that read as a Latin letter or digit in
// common fonts to that letter. It is a small, hand-picked subset of the
// Unicode confusables data covering Cyrillic, Greek and Latin variants
// used against Latin domains.
var confusables = map[rune]string{
	// Cyrillic
	'а': "a", 'в': "b", 'е': "e", 'ё': "e", 'з': "3", 'і': "l", 'ї': "l", 'ј': "j",
	'к': "k", 'м': "m", 'н': "h", 'о': "o", 'п': "n", 'р': "p", 'с': "c", 'т': "t",
	'у': "y", 'х': "x", 'ѕ': "s", 'һ': "h", 'ԁ': "d", 'ԛ': "q", 'ԝ': "w", 'ӏ': "l",
	'ы': "bl", 'ь': "b", 'ѵ': "v", 'ɡ': "g", 'ց': "g", 'ո': "n", 'ս': "u", 'օ': "o",
	// Greek
	'α': "a", 'β': "b", 'ε': "e", 'η': "n", 'ι': "l", 'κ': "k", 'ν': "v", 'ο': "o",
	'ρ': "p", 'τ': "t", 'υ': "u", 'χ': "x", 'ϲ': "c", 'ϳ': "j", 'ω': "w",
	// Latin variants and symbols
	'ı': "l", 'ȷ': "j", 'ɑ': "a", 'ℓ': "l", 'ǀ': "l", 'ɩ': "l", 'ʟ': "l",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ħ': "h", 'ł': "l",
	// digits and look-alike pairs are handled in Skeleton
}

// Skeleton maps a host to the ASCII string it reads as: accents dropped,
// confusable letters mapped, "0" read as "o", "1", "i" and "l" read alike,
// and "rn", "vv" read as "m", "w". Two hosts with equal skeletons look alike.
func Skeleton(host string) string {
	var b strings.Builder
	b.Grow(len(host))
	if isASCII(host) {
		for i := 0; i < len(host); i++ {
			c := host[i]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			switch c {
			case '0':
				c = 'o'
			case '1', 'i', '|':
				c = 'l'
			}
			b.WriteByte(c)
		}
		return collapsePairs(b.String())
	}
	for _, r := range norm.NFD.String(strings.ToLower(host)) {
		switch {
		case r == '0':
			b.WriteByte('o')
		case r == '1', r == 'i', r == '|':
			b.WriteByte('l')
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// accents and other combining marks
		default:
			if s, ok := confusables[r]; ok {
				b.WriteString(s)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return collapsePairs(b.String())
}

// collapsePairs reads "rn" as "m" and "vv" as "w".
func collapsePairs(s string) string {
	if strings.Contains(s, "rn") {
		s = strings.ReplaceAll(s, "rn", "m")
	}
	if strings.Contains(s, "vv") {
		s = strings.ReplaceAll(s, "vv", "w")
	}
	return s
}
