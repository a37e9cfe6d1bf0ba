// Package urlhost takes apart links as people write them in posts (with or
// without a scheme) and tells what host they really lead to: lower-cased,
// internationalised names in punycode, trailing dot and userinfo removed,
// IP literals recognised the way browsers recognise them.
//
// It also answers the questions the external-link rule asks about a host:
// whether it sits under a domain on a label boundary, and whether it looks
// like a protected domain without being it (mixed scripts, confusable
// characters, one edit away).
package urlhost

import (
	"net/netip"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// URL is a link split into the parts the rule needs. Offsets are byte
// offsets into the string given to Parse.
type URL struct {
	// Scheme is the lower-cased scheme ("https"), or "" when the link was
	// written without one.
	Scheme string
	// SchemeEnd is the offset just after "scheme://" (0 without scheme).
	SchemeEnd int
	// Userinfo is the text before the last '@' of the authority, if any.
	Userinfo string
	// RawHost is the host as written; HostStart and HostEnd locate it.
	RawHost            string
	HostStart, HostEnd int
	// Host is the normalised host: lower-case ASCII, IDN labels in
	// punycode, no trailing dot. IPv6 literals keep their brackets.
	Host string
	// Display is Host with punycode labels decoded, for messages and for
	// script checks.
	Display string
	// Port is the port as written, without ':'.
	Port string
	// IP is set when the host is an IPv4 or IPv6 address in any form a
	// browser accepts (dotted, decimal, hex, bracketed IPv6).
	IP bool
	// Query is the query without '?', located by QueryStart (just after
	// '?') and QueryEnd; QueryStart is -1 when there is no '?'.
	Query                string
	QueryStart, QueryEnd int
	// IDNError is set when the host holds characters that IDNA rejects;
	// Host is then the best-effort lower-cased form.
	IDNError bool
}

// Parse splits raw, a link as written. It never fails on odd input: it
// returns ok=false only when no host can be found at all.
func Parse(raw string) (u URL, ok bool) {
	u.QueryStart = -1
	rest := 0
	if i := strings.Index(raw, "://"); i > 0 && isScheme(raw[:i]) {
		u.Scheme = strings.ToLower(raw[:i])
		rest = i + 3
	} else if i := strings.Index(raw, "//"); i == 0 {
		rest = 2
	}
	u.SchemeEnd = rest
	// The authority ends at the first path, query or fragment delimiter;
	// browsers treat '\' like '/' in web URLs.
	end := len(raw)
	if i := strings.IndexAny(raw[rest:], "/?#\\"); i >= 0 {
		end = rest + i
	}
	auth := raw[rest:end]
	hostStart := rest
	if at := strings.LastIndexByte(auth, '@'); at >= 0 {
		u.Userinfo = auth[:at]
		hostStart = rest + at + 1
		auth = auth[at+1:]
	}
	host := auth
	if strings.HasPrefix(host, "[") {
		j := strings.IndexByte(host, ']')
		if j < 0 {
			return u, false
		}
		host = host[:j+1]
		if p := auth[j+1:]; strings.HasPrefix(p, ":") {
			u.Port = p[1:]
		}
	} else if j := strings.LastIndexByte(host, ':'); j >= 0 {
		u.Port = host[j+1:]
		host = host[:j]
	}
	u.RawHost, u.HostStart, u.HostEnd = host, hostStart, hostStart+len(host)
	if host == "" {
		return u, false
	}
	u.Host, u.Display, u.IP, u.IDNError = normalise(host)
	if u.Host == "" {
		return u, false
	}
	if q := strings.IndexByte(raw[end:], '?'); q >= 0 {
		u.QueryStart = end + q + 1
		u.QueryEnd = len(raw)
		if f := strings.IndexByte(raw[u.QueryStart:], '#'); f >= 0 {
			u.QueryEnd = u.QueryStart + f
		}
		// A '?' after a '#' belongs to the fragment.
		if f := strings.IndexByte(raw[end:], '#'); f >= 0 && f < q {
			u.QueryStart = -1
			u.QueryEnd = 0
		} else {
			u.Query = raw[u.QueryStart:u.QueryEnd]
		}
	}
	return u, true
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// profile maps the way browsers do before lookup (case folding, full-width
// dots), without STD3 rules so that hosts with '_' still normalise.
var profile = idna.New(idna.MapForLookup(), idna.Transitional(false), idna.StrictDomainName(false), idna.BidiRule())

// normalise returns the ASCII host, its display form, whether it is an IP
// address, and whether IDNA rejected it.
func normalise(host string) (ascii, display string, ip, idnErr bool) {
	if strings.HasPrefix(host, "[") {
		inner := strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
		if a, err := netip.ParseAddr(inner); err == nil && a.Is6() {
			s := "[" + a.String() + "]"
			return s, s, true, false
		}
		return "", "", false, true
	}
	h := Unescape(host)
	h = strings.TrimRight(h, ".。．｡")
	if h == "" {
		return "", "", false, false
	}
	var a string
	var err error
	if plainASCII(h) {
		// Nothing for IDNA to map or check: skip it (the common case).
		a = lowerASCII(h)
	} else {
		a, err = profile.ToASCII(h)
	}
	if err != nil || a == "" {
		idnErr = true
		a = lowerASCII(h)
		if !isASCII(a) {
			if p, err := idna.Punycode.ToASCII(strings.ToLower(h)); err == nil {
				a = p
			}
		}
	}
	a = strings.TrimRight(a, ".")
	if v4, ok := ipv4(a); ok {
		return v4, v4, true, false
	}
	display = a
	if strings.Contains(a, "xn--") {
		if d, err := idna.Punycode.ToUnicode(a); err == nil {
			display = d
		}
	} else if !isASCII(h) {
		display = strings.ToLower(h)
	}
	return a, display, false, idnErr
}

// Unescape decodes %XX in a host, as browsers do before IDNA; a malformed
// escape is left as written.
func Unescape(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			b.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	out := b.String()
	if !utf8.ValidString(out) {
		return s
	}
	return out
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// plainASCII reports a host of ASCII letters, digits, '-', '_' and '.'
// with no punycode label.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '_' || s[i] == '.') {
			return false
		}
	}
	return !strings.Contains(lowerASCII(s), "xn--") && !strings.Contains(s, "..")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ipv4 follows the WHATWG URL standard: a host whose last label is a
// number (decimal, 0x hex or 0-prefixed octal) is an IPv4 address, in any
// of the 1- to 4-part forms (3232235777, 0xC0.0xA8.1.1, 127.1). It returns
// the dotted form.
func ipv4(h string) (string, bool) {
	labels := strings.Split(h, ".")
	if len(labels) > 1 && labels[len(labels)-1] == "" {
		labels = labels[:len(labels)-1]
	}
	if _, ok := ipNumber(labels[len(labels)-1]); !ok || len(labels) > 4 {
		return "", false
	}
	var parts []uint64
	for _, l := range labels {
		n, ok := ipNumber(l)
		if !ok {
			return "", false
		}
		parts = append(parts, n)
	}
	var v uint64
	for i, n := range parts[:len(parts)-1] {
		if n > 255 {
			return "", false
		}
		v |= n << (8 * (3 - uint(i)))
	}
	last := parts[len(parts)-1]
	if last >= 1<<(8*(5-uint(len(parts)))) {
		return "", false
	}
	v |= last
	a := netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
	return a.String(), true
}

func ipNumber(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := uint64(10)
	switch {
	case len(s) >= 2 && s[0] == '0' && s[1]|0x20 == 'x':
		base, s = 16, s[2:]
		if s == "" {
			return 0, true
		}
	case len(s) > 1 && s[0] == '0':
		base, s = 8, s[1:]
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := unhex(s[i])
		if d < 0 || uint64(d) >= base {
			return 0, false
		}
		n = n*base + uint64(d)
		if n > 1<<32 {
			return 0, false
		}
	}
	return n, true
}

// Under reports whether host is domain or one of its subdomains, matching
// whole labels only: "www.ine.mx" is under "ine.mx", "mine.mx" is not.
func Under(host, domain string) bool {
	if domain == "" {
		return false
	}
	if len(host) == len(domain) {
		return host == domain
	}
	return len(host) > len(domain) && host[len(host)-len(domain)-1] == '.' && strings.HasSuffix(host, domain)
}

// Domain normalises a domain written in a config the same way Parse
// normalises hosts; it accepts a bare domain or a URL.
func Domain(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, ok := Parse(s)
	if !ok {
		return ""
	}
	return strings.TrimPrefix(u.Host, "*.")
}
