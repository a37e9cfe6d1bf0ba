package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// addrAnchor is a word that closes a street address: the colonia
// (neighbourhood) or the postal code.
type addrAnchor struct {
	kw     string
	prefix bool
	cp     bool // a postal code: five digits must follow
}

var addrAnchors = []addrAnchor{
	{"colonia", false, false}, {"col", false, false}, {"fraccionamiento", false, false}, {"fracc", false, false},
	{"barrio", false, false}, {"residencial", false, false}, {"ejido", false, false},
	{"c.p", false, true}, {"cp", false, true}, {"codigo postal", false, true},
}

// streetMarkers open a street name.
var streetMarkers = []string{
	"calle", "c.", "av", "av.", "ave", "avenida", "blvd", "blvr", "bulevar", "boulevard", "privada", "priv", "cerrada", "cda",
	"callejon", "andador", "prolongacion", "prol", "carretera", "carr", "paseo", "circuito", "cto", "retorno", "calzada",
	"camino", "periferico", "libramiento", "domicilio", "direccion", "calle:",
}

// isStreetWord reports whether a folded word opens a street name.
func isStreetWord(w string) bool {
	for _, m := range streetMarkers {
		if strings.TrimSuffix(m, ".") == w || strings.TrimSuffix(m, ":") == w {
			return true
		}
	}
	return false
}

// houseMarkers introduce a house number.
var houseMarkers = []string{"#", "no.", "no", "num", "num.", "numero", "n.", "nro", "nro.", "n"}

// scanAddresses reports street addresses (street, number and colonia or
// postal code) unless they are introduced as a public place or are the
// institution's.
func (r *PersonalData) scanAddresses(p *pdOut, s *pdScan) {
	f := s.fold
	for a := 0; a < len(f); a++ {
		c := f[a]
		if c != 'c' && c != 'f' && c != 'b' && c != 'r' && c != 'e' || a > 0 && isWordByte(f[a-1]) {
			continue
		}
		for _, an := range addrAnchors {
			e := a + len(an.kw)
			if an.kw[0] != c || e > len(f) || string(f[a:e]) != an.kw || e < len(f) && isWordByte(f[e]) {
				continue
			}
			if s.overlapsTaken(int(s.pos[a]), int(s.pos[e])) {
				continue
			}
			end, ok := s.anchorEnd(a, e, an.cp)
			if !ok {
				continue
			}
			start, ok := s.streetStart(a)
			if !ok {
				// The colonia may come first: "colonia Centro, calle Pino 123".
				if an.cp {
					continue
				}
				m := s.nextStreet(end)
				if m < 0 {
					continue
				}
				start, end = a, m
			}
			sp := lint.Span{Start: int(s.pos[start]), End: int(s.pos[end])}
			if s.placePublic(start, end) || r.institutionAddress(s.text[sp.Start:sp.End]) {
				s.block(sp)
				continue
			}
			r.report(p, s, KindAddress, sp, false)
			break
		}
	}
}

// anchorEnd returns the fold index where the address that the anchor at
// [a, e) closes ends: after the postal code, or after the colonia's name
// (and a postal code that follows it).
func (s *pdScan) anchorEnd(a, e int, cp bool) (int, bool) {
	f := s.fold
	k := e
	for k < len(f) && (f[k] == '.' || f[k] == ' ' || f[k] == ':') {
		k++
	}
	if cp {
		_, ce := readNum(f, k, 5)
		if ce-k != 5 {
			return 0, false
		}
		return ce, true
	}
	if k >= len(f) || !(f[k] >= 'a' && f[k] <= 'z') && f[k] != 'x' {
		return 0, false
	}
	// The colonia's name: capitalised words (and connectors), up to
	// punctuation or the first word in lower case.
	end, w := k, k
	for w < len(f) && w-k < 48 {
		e := w
		for e < len(f) && (isWordByte(f[e]) || f[e] == 'x') {
			e++
		}
		if e == w {
			break
		}
		word := string(f[w:e])
		if w > k && isStreetWord(word) {
			break // the next address starts
		}
		if w > k && !s.capitalised(w) && word != "de" && word != "del" && word != "la" && word != "las" && word != "los" && word != "el" && word != "y" {
			break
		}
		if s.capitalised(w) || w == k {
			end = e
		}
		if e >= len(f) || f[e] != ' ' {
			break
		}
		w = e + 1
	}
	// A postal code right after the colonia belongs to the address.
	m := end
	for m < len(f) && m-end < 4 && (f[m] == ',' || f[m] == ' ' || f[m] == '.') {
		m++
	}
	for _, w := range []string{"c.p.", "c.p", "cp", "codigo postal"} {
		if m+len(w) <= len(f) && string(f[m:m+len(w)]) == w {
			q := m + len(w)
			for q < len(f) && (f[q] == '.' || f[q] == ' ' || f[q] == ':') {
				q++
			}
			if _, ce := readNum(f, q, 5); ce-q == 5 {
				return ce, true
			}
		}
	}
	return end, true
}

// streetStart finds the street and house number before the anchor at a and
// returns where the address starts.
func (s *pdScan) streetStart(a int) (int, bool) {
	f := s.fold
	lo := a - 80
	if lo < 0 {
		lo = 0
	}
	nl := 0
	for j := a - 1; j > lo; j-- {
		if f[j] == '\n' {
			nl++
			if nl == 2 || f[j-1] == '\n' {
				lo = j + 1
				break
			}
		}
	}
	// The last number before the anchor, not part of a date or time.
	np, ne := -1, -1
	for j := a - 1; j >= lo; j-- {
		if f[j] >= '0' && f[j] <= '9' {
			ne = j + 1
			for j > lo && f[j-1] >= '0' && f[j-1] <= '9' {
				j--
			}
			np = j
			break
		}
	}
	if np < 0 || ne-np > 5 || np > 0 && (isWordByte(f[np-1]) && f[np-1] > '9' && f[np-1] != 'o' || f[np-1] == '/' || f[np-1] == ':' || f[np-1] == ',') {
		return 0, false
	}
	if ne < len(f) && (f[ne] == ':' || f[ne] == '%' || f[ne] == '/') {
		return 0, false
	}
	if s.nextWord(ne, 4, []string{"de", "del", "hrs", "horas", "am", "pm", "a.m", "p.m"}) {
		return 0, false
	}
	// A street marker opens the address.
	if m := s.closest(lo, np, streetIndex); m >= 0 {
		return m, true
	}
	// Or a capitalised street name, with or without a house-number marker.
	k := np
	for k > lo && f[k-1] == ' ' {
		k--
	}
	for _, hm := range houseMarkers {
		if k-len(hm) >= lo && string(f[k-len(hm):k]) == hm && (k-len(hm) == 0 || !isWordByte(f[k-len(hm)-1]) || hm == "#") {
			k -= len(hm)
			break
		}
	}
	for k > lo && f[k-1] == ' ' {
		k--
	}
	// Capitalised words (and connectors) before the number name the street.
	start, words := -1, 0
	for k > lo && words < 5 {
		e := k
		for k > lo && isWordByte(f[k-1]) || k > lo && f[k-1] == 'x' {
			k--
		}
		if k == e {
			break
		}
		w := string(f[k:e])
		if w == "de" || w == "la" || w == "del" || w == "los" || w == "las" {
			words++
		} else if s.capitalised(k) {
			start = k
			words++
		} else {
			break
		}
		for k > lo && f[k-1] == ' ' {
			k--
		}
	}
	if start < 0 {
		return 0, false
	}
	return start, true
}

// nextStreet looks right after fold index j for a street and house
// number ("…, calle Pino 123") and returns the fold index after the number,
// or -1.
func (s *pdScan) nextStreet(j int) int {
	f := s.fold
	for j < len(f) && (f[j] == ',' || f[j] == ' ' || f[j] == ';') {
		j++
	}
	hi := j + 50
	if hi > len(f) {
		hi = len(f)
	}
	m := -1
	for _, w := range streetMarkers {
		if j+len(w) <= len(f) && string(f[j:j+len(w)]) == w && (j+len(w) == len(f) || !isWordByte(f[j+len(w)]) || w[len(w)-1] == '.') {
			m = j + len(w)
			break
		}
	}
	if m < 0 {
		return -1
	}
	for k := m; k < hi; k++ {
		if f[k] == ',' || f[k] == '\n' || f[k] == ';' {
			return -1
		}
		if f[k] >= '0' && f[k] <= '9' && !isWordByte(f[k-1]) {
			_, e := readNum(f, k, 5)
			if e == k {
				return -1
			}
			return e
		}
	}
	return -1
}

// capitalised reports whether the word at fold index k starts with an
// upper-case letter in the text.
func (s *pdScan) capitalised(k int) bool {
	r, _ := utf8.DecodeRuneInString(s.text[s.pos[k]:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// addressKey reduces an address to its street words and house number, so
// that "Blvd. Luis Encinas No. 35, Col. Centro" and "bulevar luis encinas
// 35" compare equal.
func addressKey(a string) string {
	var b strings.Builder
	for _, r := range a {
		b.WriteByte(foldRune(r))
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return !isWordByte(byte(r)) })
	var key []string
	for _, w := range words {
		switch w {
		case "calle", "c", "av", "ave", "avenida", "blvd", "blvr", "bulevar", "boulevard", "no", "num", "numero", "nro", "n",
			"de", "la", "el", "del", "los", "las", "esq", "esquina", "y", "prol", "prolongacion", "privada", "priv":
			continue
		}
		key = append(key, w)
		if w[0] >= '0' && w[0] <= '9' {
			return strings.Join(key, " ")
		}
		if len(key) > 8 {
			break
		}
	}
	return ""
}

func (r *PersonalData) institutionAddress(text string) bool {
	if len(r.addresses) == 0 {
		return false
	}
	k := addressKey(text)
	if k == "" {
		return false
	}
	for _, a := range r.addresses {
		if a == k || strings.HasSuffix(k, " "+a) || strings.HasSuffix(a, " "+k) {
			return true
		}
	}
	return false
}
