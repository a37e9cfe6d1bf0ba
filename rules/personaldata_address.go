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
	{"barrio", false, false}, {"residencial", false, false}, {"ejido", false, false}, {"localidad", false, false},
	{"unidad habitacional", false, false}, {"conjunto habitacional", false, false}, {"rancheria", false, false},
	{"c.p", false, true}, {"cp", false, true}, {"codigo postal", false, true},
}

// streetMarkers open a street name.
var streetMarkers = []string{
	"calle", "c.", "av", "av.", "ave", "avenida", "blvd", "blvr", "bulevar", "boulevard", "privada", "priv", "cerrada", "cda",
	"callejon", "andador", "prolongacion", "prol", "carretera", "carr", "paseo", "circuito", "cto", "retorno", "calzada",
	"camino", "periferico", "libramiento", "domicilio", "direccion", "calle:", "calz", "calz.",
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
		if c != 'c' && c != 'f' && c != 'b' && c != 'r' && c != 'e' && c != 'a' && c != 'p' && c != 'l' && c != 'u' || a > 0 && isWordByte(f[a-1]) {
			continue
		}
		for _, an := range addrAnchors {
			if !anchorWordAt(f, a) {
				break
			}
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
		if c == 'c' || c == 'a' || c == 'b' || c == 'p' || c == 'r' {
			r.streetAddress(p, s, a)
		}
	}
}

// streetLead are the street words that open an address with no colonia.
var streetLead = []string{
	"calle", "c.", "av.", "av", "ave", "avenida", "blvd.", "blvd", "blvr", "bulevar", "boulevard", "privada", "priv.", "cerrada",
	"cda.", "callejon", "andador", "prolongacion", "prol.", "carretera", "paseo", "circuito", "retorno", "calzada", "calz.", "calz",
}

// addressLabels introduce an address without saying whose it is.
var addressLabelIndex = markerIndex([]string{"domicilio", "direccion", "dir.", "domiciliado", "domiciliada", "entregar en", "ubicado en", "ubicada en"})

// streetAddress reports an address with no colonia that starts with the
// street word at fold index a ("Calle Pino 12, Hermosillo, Sonora"): when
// a municipality, state or postal code follows, or its clause gives it
// as an address or a person's.
func (r *PersonalData) streetAddress(p *pdOut, s *pdScan, a int) {
	end, numEnd, ok := s.streetLed(a)
	if !ok || s.overlapsTaken(int(s.pos[a]), int(s.pos[end])) {
		return
	}
	lo := s.clauseStart(a, 100, s.addrFloor)
	if end == numEnd && !s.privateCue(lo, a) && s.closest(lo, a, addressLabelIndex) < 0 {
		return
	}
	sp := lint.Span{Start: int(s.pos[a]), End: int(s.pos[end])}
	if s.placePublic(a, end) || r.institutionAddress(s.text[sp.Start:sp.End]) {
		s.block(sp)
		return
	}
	r.report(p, s, KindAddress, sp, false)
}

// streetLed reads a street word, the street's name, a house number and
// interior numbers from fold index a, then what follows the address. It
// returns the end of the address, the end of its numbers, and false when
// there is no such address or a colonia follows (its own anchor reads it).
func (s *pdScan) streetLed(a int) (int, int, bool) {
	f := s.fold
	// "C.P." is a postal code's label, not "C." for calle.
	if !streetLeadAt(f, a) || s.matchAt(a, []string{"c.p.", "c. p.", "c.p"}) > 0 {
		return 0, 0, false
	}
	m := s.matchAt(a, streetLead)
	if m < 0 {
		return 0, 0, false
	}
	j := skipSpaces(f, m)
	words := 0
	for words < 6 && j < len(f) {
		w, we := s.wordAt(j)
		if we == j {
			break
		}
		if w[0] >= '0' && w[0] <= '9' {
			// "Calle 5 de Mayo 12": a date names the street.
			k := skipSpaces(f, we)
			if k+3 <= len(f) && string(f[k:k+3]) == "de " {
				if mm, me := readMonth(f, k+3); mm > 0 {
					j, words = skipSpaces(f, me), words+1
					continue
				}
			}
			break
		}
		if contains(houseMarkers, w) || contains(houseMarkers, w+".") {
			break
		}
		if contains(addrStopWords, w) && !contains(nameConnectors, w) || isStreetWord(w) || contains(anchorWords, w) {
			return 0, 0, false
		}
		if !contains(nameConnectors, w) {
			words++
		}
		j = we
		if j < len(f) && f[j] == '.' {
			j++
		}
		j = skipSpaces(f, j)
	}
	if words == 0 || j >= len(f) {
		return 0, 0, false
	}
	// The house number, after an optional marker.
	if x := s.matchAt(j, []string{"#", "no.", "no", "num.", "num", "numero", "nro.", "nro"}); x > 0 {
		j = skipSpaces(f, x)
	} else if f[j] == '#' {
		j = skipSpaces(f, j+1)
	}
	var ne int
	if j+3 <= len(f) && string(f[j:j+3]) == "s/n" {
		ne = j + 3
	} else {
		_, e := readNum(f, j, 5)
		if e == j || e < len(f) && (f[e] == ':' || f[e] == '%' || f[e] == '/' || f[e] == '.' && e+1 < len(f) && f[e+1] >= '0' && f[e+1] <= '9') {
			return 0, 0, false
		}
		ne = e
		if s.nextWord(ne, 4, []string{"de", "del", "hrs", "horas", "h", "am", "pm", "a.m", "p.m", "personas", "votos", "casillas", "anos"}) {
			return 0, 0, false
		}
		// "123-B", "123 B".
		if ne+2 <= len(f) && (f[ne] == '-' || f[ne] == ' ') && f[ne+1] >= 'a' && f[ne+1] <= 'z' && (ne+2 == len(f) || !isWordByte(f[ne+2])) {
			ne += 2
		}
	}
	// Interior numbers: "Int. 4", "Depto. 5", "Mz. 3 Lt. 12".
	for {
		k := ne
		for k < len(f) && k-ne < 2 && (f[k] == ' ' || f[k] == ',') {
			k++
		}
		x := s.matchAt(k, interiorMarkers)
		if x < 0 || contains(houseMarkers, string(f[k:x])) {
			break
		}
		x = skipSpaces(f, x)
		if x < len(f) && f[x] == '#' {
			x = skipSpaces(f, x+1)
		}
		w, we := s.wordAt(x)
		if we == x || len(w) > 5 {
			break
		}
		ne = we
	}
	// A colonia or postal code next, maybe after cross streets or a
	// landmark: the anchor reads the address.
	for k := ne; k < len(f) && k-ne < 60; k++ {
		if (k == 0 || !isWordByte(f[k-1])) && s.matchAt(k, anchorWords) > 0 && s.houseGap(ne, k) {
			return 0, 0, false
		}
	}
	return s.addressTail(ne), ne, true
}

// streetLeadAt is a quick test that fold index a may start one of
// streetLead, so that most words cost one switch.
func streetLeadAt(f []byte, a int) bool {
	e := a
	for e < len(f) && f[e] >= 'a' && f[e] <= 'z' {
		e++
	}
	switch string(f[a:e]) {
	case "calle", "c", "av", "ave", "avenida", "blvd", "blvr", "bulevar", "boulevard", "privada", "priv", "cerrada", "cda",
		"callejon", "andador", "prolongacion", "prol", "carretera", "paseo", "circuito", "retorno", "calzada", "calz":
		return true
	}
	return false
}

// anchorWordAt is a quick test that fold index a may start one of
// addrAnchors, so that most words cost one switch.
func anchorWordAt(f []byte, a int) bool {
	e := a
	for e < len(f) && f[e] >= 'a' && f[e] <= 'z' {
		e++
	}
	switch string(f[a:e]) {
	case "colonia", "col", "fraccionamiento", "fracc", "barrio", "residencial", "ejido", "localidad", "unidad", "conjunto",
		"rancheria", "c", "cp", "codigo":
		return true
	}
	return false
}

// anchorWords are the anchors' words.
var anchorWords = []string{"colonia", "col", "fraccionamiento", "fracc", "barrio", "residencial", "ejido", "localidad",
	"unidad habitacional", "conjunto habitacional", "rancheria", "c.p", "cp", "codigo postal"}

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
		return s.addressTail(ce), true
	}
	if k >= len(f) || !(f[k] >= 'a' && f[k] <= 'z') && f[k] != 'x' && !s.dateName(k) {
		return 0, false
	}
	// The colonia's name, in any case: up to five words (connectors
	// aside), ending at punctuation, a postal code, the next street or a
	// word that carries the sentence on ("y", "para", a verb).
	// A name written with capitals ends at the first word in lower case
	// that is no connector ("Col. Centro donará…").
	titled := s.capitalised(k) && f[k] > '9'
	end, w, words := k, k, 0
	for w < len(f) && words < 5 {
		e := w
		for e < len(f) && (isWordByte(f[e]) || f[e] == 'x') {
			e++
		}
		if e == w {
			break
		}
		word := string(f[w:e])
		if w > k && (isStreetWord(word) || contains(addrStopWords, word) || contains(stateNames, word) && !s.capitalised(w) ||
			s.matchAt(w, []string{"c.p", "cp", "codigo postal"}) > 0 || e-w == 5 && word[0] >= '0' && word[0] <= '9' ||
			titled && !s.capitalised(w) && !contains(nameConnectors, word)) {
			break
		}
		if !contains(nameConnectors, word) {
			words++
			end = e
		}
		if e >= len(f) || f[e] != ' ' {
			break
		}
		w = e + 1
	}
	return s.addressTail(end), true
}

// dateName reports whether a date names a place at fold index k
// ("Col. 5 de Mayo", "Calle 16 de Septiembre").
func (s *pdScan) dateName(k int) bool {
	f := s.fold
	_, e := readNum(s.fold, k, 2)
	if e == k || e+4 > len(f) || string(f[e:e+4]) != " de " {
		return false
	}
	mm, _ := readMonth(f, e+4)
	return mm > 0
}

// nameConnectors join the words of a place name without being one.
var nameConnectors = []string{"de", "del", "la", "las", "los", "el", "y"}

// addrStopWords end a colonia's name: the sentence goes on.
var addrStopWords = []string{
	"y", "e", "o", "para", "por", "que", "donde", "en", "a", "al", "con", "entre", "esq", "esquina", "cerca", "frente", "junto",
	"es", "son", "fue", "esta", "estan", "era", "vive", "viven", "vivia", "se", "su", "sus", "mi", "tu", "lo", "le", "les", "ahi",
	"aqui", "alla", "desde", "hasta", "hoy", "manana", "ayer", "sin", "ni", "pero", "como", "cuando", "the", "at", "from", "and",
}

// stateNames are the Mexican states and their usual abbreviations,
// folded; after an address they belong to it.
var stateNames = []string{
	"aguascalientes", "ags", "baja california sur", "baja california", "bcs", "b.c.s", "b.c", "campeche", "camp", "chiapas",
	"chis", "chihuahua", "chih", "ciudad de mexico", "cdmx", "cd. de mexico", "coahuila", "coah", "colima", "durango", "dgo",
	"guanajuato", "gto", "guerrero", "gro", "hidalgo", "hgo", "jalisco", "jal", "estado de mexico", "edo. de mexico",
	"edo. mex", "edomex", "mexico", "michoacan", "mich", "morelos", "mor", "nayarit", "nay", "nuevo leon", "n.l", "oaxaca", "oax",
	"puebla", "pue", "queretaro", "qro", "quintana roo", "q. roo", "san luis potosi", "s.l.p", "slp", "sinaloa", "sin", "sonora",
	"son", "tabasco", "tab", "tamaulipas", "tamps", "tlaxcala", "tlax", "veracruz", "ver", "yucatan", "yuc", "zacatecas", "zac",
}

// interiorMarkers introduce the number of a flat, office or lot inside
// a building or block.
var interiorMarkers = []string{
	"int", "interior", "depto", "dpto", "departamento", "local", "loc", "edif", "edificio", "piso", "casa", "lt", "lote", "mz",
	"manzana", "mza", "modulo", "bis", "no", "num", "numero", "nro", "n",
}

// wordAt returns the word that starts at fold index j (letters and digits).
func (s *pdScan) wordAt(j int) (string, int) {
	f := s.fold
	e := j
	for e < len(f) && (isWordByte(f[e]) || f[e] == 'x') {
		e++
	}
	return string(f[j:e]), e
}

// matchAt returns the end of the first of words that starts at fold
// index j as a whole word, or -1.
func (s *pdScan) matchAt(j int, words []string) int {
	f := s.fold
	for _, w := range words {
		e := j + len(w)
		if e <= len(f) && string(f[j:e]) == w && (e == len(f) || !isWordByte(f[e]) || !isWordByte(w[len(w)-1])) {
			if e < len(f) && f[e] == '.' {
				e++
			}
			return e
		}
	}
	return -1
}

// addressTail extends an address that ends at fold index e over what
// follows it: a postal code, the municipality and the state ("…, C.P.
// 83000, Hermosillo, Son.").
func (s *pdScan) addressTail(e int) int {
	f := s.fold
	for parts := 0; parts < 4; parts++ {
		j, nl := e, 0
		for j < len(f) && j-e < 3 && (f[j] == ',' || f[j] == ' ' || f[j] == '-' || f[j] == '\n' && nl == 0) {
			if f[j] == '\n' {
				nl++
			}
			j++
		}
		if j >= len(f) || j == e && parts > 0 {
			break
		}
		// A postal code, labelled or not.
		if m := s.matchAt(j, []string{"c.p.", "c. p.", "c.p", "cp", "codigo postal"}); m > 0 {
			for m < len(f) && (f[m] == ' ' || f[m] == ':' || f[m] == '.') {
				m++
			}
			if _, ce := readNum(f, m, 5); ce-m == 5 {
				e = ce
				continue
			}
			break
		}
		if _, ce := readNum(f, j, 5); ce-j == 5 {
			e = ce
			continue
		}
		if m := s.matchAt(j, stateNames); m > 0 && (s.capitalised(j) || parts > 0 || len(stateNameAt(f, j, m)) > 3) && s.placeEnds(m) {
			// The dot after a full name ends the sentence; after "Son." it
			// is the abbreviation's.
			if name := stateNameAt(f, j, m); f[m-1] == '.' && len(name) > 5 && !strings.Contains(name, ".") {
				m--
			}
			e = m
			continue
		}
		// A municipality: a place name (capitalised, or any case before a
		// state) that ends the address.
		m, words := j, 0
		if x := s.matchAt(j, []string{"municipio de", "mpio. de", "mpio.", "mpio", "ciudad", "cd."}); x > 0 {
			m = x
			for m < len(f) && f[m] == ' ' {
				m++
			}
		}
		end := -1
		for words < 3 {
			w, we := s.wordAt(m)
			if we == m || contains(addrStopWords, w) || isStreetWord(w) {
				break
			}
			if !contains(nameConnectors, w) {
				if !s.capitalised(m) && !s.stateAfter(we) {
					break
				}
				words++
				end = we
			}
			if we >= len(f) || f[we] != ' ' {
				break
			}
			m = we + 1
		}
		if end < 0 || !s.placeEnds(end) {
			break
		}
		e = end
	}
	return e
}

// placeEnds reports whether a place name may end at fold index e: at the
// end of the text or of a clause, or before a state or postal code.
func (s *pdScan) placeEnds(e int) bool {
	f := s.fold
	if e >= len(f) {
		return true
	}
	switch f[e] {
	case ',', '.', ';', '\n', ')', ':', '!', '?':
		return true
	}
	return s.stateAfter(e)
}

// stateAfter reports whether a state name follows fold index e.
func (s *pdScan) stateAfter(e int) bool {
	f := s.fold
	j := e
	for j < len(f) && j-e < 3 && (f[j] == ',' || f[j] == ' ') {
		j++
	}
	return j > e && s.matchAt(j, stateNames) > 0
}

// houseNumber returns the fold span of the house number of the street
// that an anchor at fold index a closes: the last number before it, or
// the one before an interior number ("123 Int. 4"), with nothing but
// such numbers, letters and cross streets ("entre Juárez y Morelos")
// between it and the anchor; (-1, -1) when there is none.
func (s *pdScan) houseNumber(lo, a int) (int, int) {
	f := s.fold
	hi := a
	bp, be := -1, -1 // the earliest number found so far
	for tries := 0; tries < 3; tries++ {
		np, ne := -1, -1
		for j := hi - 1; j >= lo; j-- {
			if f[j] == 'n' && j >= 2 && f[j-1] == '/' && f[j-2] == 's' && (j-2 == 0 || !isWordByte(f[j-3])) && (j+1 >= len(f) || !isWordByte(f[j+1])) {
				np, ne = j-2, j+1 // s/n: sin número
				break
			}
			if f[j] >= '0' && f[j] <= '9' {
				ne = j + 1
				for j > lo && f[j-1] >= '0' && f[j-1] <= '9' {
					j--
				}
				np = j
				break
			}
		}
		if np < 0 || !s.houseGap(ne, a) {
			// "Mz. 3 Lt. 12": a lot's numbers stand for the house number.
			return bp, be
		}
		bp, be = np, ne
		// An interior number: the house number comes before its marker.
		k := np
		for k > lo && (f[k-1] == ' ' || f[k-1] == '.' || f[k-1] == '#' || f[k-1] == ',') {
			k--
		}
		w := k
		for w > lo && isWordByte(f[w-1]) {
			w--
		}
		word := string(f[w:k])
		if w < k && contains(interiorMarkers, word) && !contains(houseMarkers, word) {
			hi = w
			continue
		}
		return np, ne
	}
	return bp, be
}

// landmarkWords open a description of where the house stands ("frente
// al parque", "a un costado de la tienda").
var landmarkWords = []string{"frente", "junto", "cerca", "atras", "detras", "costado", "lado", "enseguida", "enfrente"}

// houseGap reports whether fold [e, a) holds only what may stand between
// a house number and the colonia.
func (s *pdScan) houseGap(e, a int) bool {
	f := s.fold
	if a-e > 60 {
		return false
	}
	cross := false
	for j := e; j < a; {
		if !isWordByte(f[j]) && f[j] != 'x' {
			switch f[j] {
			case ' ', ',', '.', '-', '#', '/', '(', ')', ':', '\n':
			default:
				return false
			}
			j++
			continue
		}
		w, we := s.wordAt(j)
		switch {
		case w[0] >= '0' && w[0] <= '9', len(w) == 1, w == "s/n", contains(interiorMarkers, w):
		case w == "entre" || w == "esq" || w == "esquina" || contains(landmarkWords, w):
			cross = true
		case cross:
		default:
			return false
		}
		j = we
	}
	return true
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
	// The last number before the anchor, not part of a date or time, with
	// only an interior number or cross streets between them.
	np, ne := s.houseNumber(lo, a)
	if np < 0 || ne-np > 5 || np > 0 && (isWordByte(f[np-1]) && f[np-1] > '9' && f[np-1] != 'o' || f[np-1] == '/' || f[np-1] == ':' || f[np-1] == ',') {
		return 0, false
	}
	if ne < len(f) && (f[ne] == ':' || f[ne] == '%' || f[ne] == '/') {
		return 0, false
	}
	if s.nextWord(ne, 4, []string{"de", "del", "hrs", "horas", "am", "pm", "a.m", "p.m"}) {
		return 0, false
	}
	// A street marker opens the address, with the markers right before
	// it ("Blvd. Paseo Río Sonora").
	if m := s.closest(lo, np, streetIndex); m >= 0 {
		for {
			k := m
			for k > lo && (f[k-1] == ' ' || f[k-1] == '.') {
				k--
			}
			w := k
			for w > lo && isWordByte(f[w-1]) {
				w--
			}
			if w == k || !isStreetWord(string(f[w:k])) || f[w] == 'd' {
				return m, true // "domicilio" and "dirección" label the address
			}
			m = w
		}
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

// stateNameAt returns the state name at fold [j, m), dot aside.
func stateNameAt(f []byte, j, m int) string {
	if m > j && f[m-1] == '.' {
		m--
	}
	return string(f[j:m])
}
