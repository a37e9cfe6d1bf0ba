package rules

import (
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/mxid"
)

// A label is a word that introduces a kind of data ("CURP:", "tel.").
// Negative labels ("folio", "sección") introduce numbers that are not
// personal data.
type pdLabel struct {
	kw     string // folded: lower-case ASCII without accents
	prefix bool   // matches the start of a longer word ("tel" in "teléfono")
	kind   string // a Kind, or labelNeg
}

const labelNeg = "-"

// pdLabels are looked for in the folded text just before a candidate; the
// closest one wins.
var pdLabels = []pdLabel{
	{"curp", true, KindCURP},
	{"rfc", true, KindRFC},
	{"r.f.c", false, KindRFC},
	{"c.u.r.p", false, KindCURP},
	{"registro federal de contribuyentes", false, KindRFC},
	{"clave de elector", false, KindINEClave},
	{"clave elector", false, KindINEClave},
	{"cve. de elector", false, KindINEClave},
	{"cve de elector", false, KindINEClave},
	{"cic", false, KindINECIC},
	{"ocr", false, KindINEOCR},
	{"pasaporte", false, KindPassport},
	{"passport", false, KindPassport},
	{"clabe", true, KindCLABE},
	{"cuenta", false, KindCLABE},
	{"transferencia", false, KindCLABE},
	{"deposito", false, KindCLABE},
	{"tarjeta", false, KindCard},
	{"card", false, KindCard},
	{"visa", false, KindCard},
	{"mastercard", false, KindCard},
	{"nss", false, KindNSS},
	{"n.s.s", false, KindNSS},
	{"seguro social", false, KindNSS},
	{"seguridad social", false, KindNSS},
	{"imss", false, KindNSS},
	{"afiliacion", false, KindNSS},
	{"tel", true, KindPhone},
	{"cel", true, KindPhone},
	{"whatsapp", true, KindPhone},
	{"whats", true, KindPhone},
	{"wasap", true, KindPhone},
	{"wa", false, KindPhone},
	{"wsp", false, KindPhone},
	{"llama", true, KindPhone},
	{"marca", true, KindPhone},
	{"movil", false, KindPhone},
	{"fijo", false, KindPhone},
	{"lada", false, KindPhone},
	{"numero", false, KindPhone},
	{"num", false, KindPhone},
	{"comunica", true, KindPhone},
	{"contacto", true, KindPhone},
	{"contactar", true, KindPhone},
	{"mensaje", true, KindPhone},
	{"sms", false, KindPhone},
	{"telegram", false, KindPhone},
	{"phone", false, KindPhone},
	{"fono", false, KindPhone},
	{"folio", true, labelNeg},
	{"expediente", true, labelNeg},
	{"exp", false, labelNeg},
	{"oficio", true, labelNeg},
	{"acuerdo", true, labelNeg},
	{"isbn", false, labelNeg},
	{"issn", false, labelNeg},
	{"doi", false, labelNeg},
	{"seccion", false, labelNeg},
	{"secciones", false, labelNeg},
	{"distrito", true, labelNeg},
	{"clave", false, labelNeg},
	{"registro", false, labelNeg},
	{"serie", false, labelNeg},
	{"licitacion", false, labelNeg},
	{"contrato", false, labelNeg},
	{"convocatoria", false, labelNeg},
	{"partida", false, labelNeg},
	{"boleta", true, labelNeg},
	{"boletas", false, labelNeg},
	{"codigo postal", false, labelNeg},
	{"c.p", false, labelNeg},
	{"cp", false, labelNeg},
	{"total", false, labelNeg},
	{"votos", false, labelNeg},
	{"id", false, labelNeg},
	{"ley", false, labelNeg},
	{"articulo", false, labelNeg},
	{"art", false, labelNeg},
	{"tiraje", false, labelNeg},
	{"lote", false, labelNeg},
	{"lista nominal", false, labelNeg},
	{"padron", false, labelNeg},
	{"monto", false, labelNeg},
	{"importe", false, labelNeg},
	{"presupuesto", false, labelNeg},
	{"cifra", true, labelNeg},
	{"poblacion", false, labelNeg},
	{"suman", false, labelNeg},
	{"sumaron", false, labelNeg},
	{"promedio", false, labelNeg},
	{"cantidad", false, labelNeg},
	{"acta", true, labelNeg},
	{"guia", false, labelNeg},
	{"rastreo", false, labelNeg},
	{"pedido", false, labelNeg},
	{"orden", false, labelNeg},
	{"referencia", false, labelNeg},
	{"cct", false, labelNeg},
	{"version", false, labelNeg},
	{"ip", false, labelNeg},
	{"matricula", false, labelNeg},
	{"control", false, labelNeg},
	{"solicitud", false, labelNeg},
	{"solicitudes", false, labelNeg},
	{"recibo", false, labelNeg},
	{"ticket", false, labelNeg},
	{"factura", false, labelNeg},
	{"predial", false, labelNeg},
	{"catastral", false, labelNeg},
	{"nomina", false, labelNeg},
	{"empleado", false, labelNeg},
	{"poliza", false, labelNeg},
	{"tramite", false, labelNeg},
	{"operacion", false, labelNeg},
	{"transaccion", false, labelNeg},
	{"autorizacion", false, labelNeg},
	{"pedimento", false, labelNeg},
	{"inventario", false, labelNeg},
	{"credito", false, labelNeg},
	{"servidor", false, labelNeg},
	{"host", false, labelNeg},
}

var pdLabelIndex = newWordIndex(pdLabels)

// label returns the kind of the closest label in the folded text before
// Text offset off (within about six words), or "".
func (s *pdScan) label(off int) string {
	k := s.foldIndex(off)
	at, l := s.lastOf(k-48, k, pdLabelIndex)
	if l == nil {
		return ""
	}
	// "Número" says nothing of what it numbers: a word for something
	// else just before it decides ("recibo número …", "no. de control").
	if l.kw == "numero" || l.kw == "num" {
		if _, l2 := s.lastOf(at-24, at, pdLabelIndex); l2 != nil && l2.kind == labelNeg {
			return labelNeg
		}
	}
	return l.kind
}

// scanAlnum finds CURPs, claves de elector and personal RFCs. Each starts
// with letters followed by a date, so only the places where a letter meets
// a digit are tried: four letters back (CURP, RFC) and six (clave).
func (r *PersonalData) scanAlnum(p *pdOut, s *pdScan) {
	st := s.stream
	next := 0 // matches may not overlap
	for d := 4; d < len(st); d++ {
		if !st[d].digit() || !st[d-1].letter() {
			continue
		}
		for _, i := range [2]int{d - 6, d - 4} {
			if i < next || i < 0 || i+10 > len(st) {
				continue
			}
			if m := r.alnumAt(p, s, i); m > 0 {
				next = m
				break
			}
		}
	}
}

// alnumAt tries the letter-first identifiers at stream index i and returns
// the index after the one it reported, or 0.
func (r *PersonalData) alnumAt(p *pdOut, s *pdScan, i int) int {
	st := s.stream
	c := st[i]
	if !c.letter() || !st[i+3].letter() || c.tok == lint.Hashtag || c.tok == lint.Mention || c.tok == lint.Cashtag {
		return 0
	}
	var buf [18]byte
	if i+18 <= len(st) && st[i+4].digit() && s.window(buf[:], i, 18) {
		switch mxid.CURP(string(buf[:18])) {
		case mxid.Valid:
			r.report(p, s, KindCURP, s.span(i, i+18), false)
			return i + 18
		case mxid.Possible:
			if s.label(int(c.off)) == KindCURP {
				r.report(p, s, KindCURP, s.span(i, i+18), true)
				return i + 18
			}
		}
	}
	if c.tok == lint.URL {
		return 0
	}
	if i+18 <= len(st) && st[i+5].letter() && st[i+6].digit() && s.window(buf[:], i, 18) &&
		mxid.ClaveElector(string(buf[:18])) == mxid.Valid && !glued(st, i+18, true) {
		r.report(p, s, KindINEClave, s.span(i, i+18), false)
		return i + 18
	}
	if !st[i+4].digit() || !s.window(buf[:], i, 13) {
		return r.rfcBase(p, s, i)
	}
	status, kind := mxid.RFC(string(buf[:13]))
	if status == mxid.Invalid {
		return r.rfcBase(p, s, i)
	}
	if kind != mxid.Person || glued(st, i+13, true) {
		return 0 // not a person's, or a longer number follows
	}
	labelled := s.label(int(c.off)) == KindRFC
	midWord := i > 0 && st[i].brk == brkGlue
	if midWord && labelled && !gluedAfterRFC(st, i) {
		return 0 // starts inside some other word ("cuENTA 160303...")
	}
	bounded := !midWord && !glued(st, i+13, false)
	switch {
	case status == mxid.Valid && (bounded || labelled):
		r.report(p, s, KindRFC, s.span(i, i+13), false)
		return i + 13
	case status == mxid.Possible && labelled:
		r.report(p, s, KindRFC, s.span(i, i+13), true)
		return i + 13
	}
	return 0
}

// rfcBase reports a person's RFC written without its homoclave (four
// letters and the birth date) right after its label, and returns the
// stream index after it, or 0.
func (r *PersonalData) rfcBase(p *pdOut, s *pdScan, i int) int {
	st := s.stream
	var buf [10]byte
	if !s.window(buf[:], i, 10) || !mxid.RFCBase(string(buf[:])) || glued(st, i+10, false) {
		return 0
	}
	if i > 0 && st[i].brk == brkGlue && !gluedAfterRFC(st, i) || s.label(int(st[i].off)) != KindRFC {
		return 0
	}
	r.report(p, s, KindRFC, s.span(i, i+10), false)
	return i + 10
}

// gluedAfterRFC reports whether the letters glued before stream index i
// end with the label RFC ("RFCGOMA850101AB1").
func gluedAfterRFC(st []idChar, i int) bool {
	return i >= 3 && st[i-3].c == 'R' && st[i-2].c == 'F' && st[i-1].c == 'C' &&
		st[i-2].brk == brkGlue && st[i-1].brk == brkGlue && (i == 3 || st[i-3].brk != brkGlue)
}

// glued reports whether stream character j exists and is glued to the one
// before it (a digit only, when digitsOnly).
func glued(st []idChar, j int, digitsOnly bool) bool {
	if j >= len(st) || st[j].brk != brkGlue {
		return false
	}
	return !digitsOnly || st[j].digit()
}

// phoneGroupings are the ways people group the ten digits of a Mexican
// number when nothing labels it.
var phoneGroupings = [][]int{
	{10}, {3, 3, 4}, {3, 3, 2, 2}, {2, 4, 4}, {2, 2, 2, 2, 2}, {3, 7}, {2, 8}, {3, 4, 3}, {4, 2, 2, 2},
	{4, 3, 3}, {3, 2, 2, 3}, {3, 3, 1, 3}, {2, 4, 2, 2}, {4, 6}, {6, 4},
}

func sameGroups(g []int, want []int) bool {
	if len(g) != len(want) {
		return false
	}
	for i := range g {
		if g[i] != want[i] {
			return false
		}
	}
	return true
}

func phoneGrouping(g []int) bool {
	for _, w := range phoneGroupings {
		if sameGroups(g, w) {
			return true
		}
	}
	return false
}

// tollFree reports whether a ten-digit national number is a toll-free or
// premium service line: an organisation's, never a person's.
func tollFree(n string) bool {
	return len(n) >= 3 && (n[:3] == "800" || n[:3] == "900" || n[:3] == "888" || n[:3] == "877" || n[:3] == "866" || n[:3] == "855" || n[:3] == "844" || n[:3] == "833")
}

// afterNegatives are words after a number that make it a count or amount.
var afterNegatives = []string{
	"votos", "voto", "pesos", "mxn", "usd", "dolares", "%", "por ciento", "habitantes", "personas", "ciudadanos", "ciudadanas",
	"electores", "boletas", "mdp", "millones", "mil", "ejemplares", "hrs", "horas", "km", "metros", "m2", "registros", "firmas",
	"participantes", "casillas", "credenciales", "alumnos", "estudiantes", "hectareas", "toneladas", "litros", "visitas", "vistas",
	"seguidores", "usuarios", "cuentas", "veces", "razones", "likes", "reproducciones", "impresiones", "descargas", "consultas",
	"solicitudes", "documentos", "paginas", "hojas", "piezas", "unidades", "dias", "anos", "kilometros", "kg", "gramos", "bytes",
	"mb", "gb", "puntos", "lugares", "asientos", "ejemplares", "votantes", "hogares", "viviendas", "menores", "jovenes",
}

// scanDigits finds the identifiers made of digits: runs of digits joined
// by soft separators.
func (r *PersonalData) scanDigits(p *pdOut, s *pdScan) {
	st := s.stream
	for i := 0; i < len(st); {
		if !st[i].digit() {
			i++
			continue
		}
		j := i + 1
		for j < len(st) && st[j].digit() && st[j].brk != brkHard {
			j++
		}
		if j-i >= 7 {
			if !r.digitRun(p, s, i, j) {
				// Lines of a list may each hold a number: try them alone.
				a := i
				for k := i + 1; k <= j; k++ {
					if k == j || st[k].nl {
						if a > i || k < j {
							if k-a >= 7 {
								r.digitRun(p, s, a, k)
							}
						}
						a = k
					}
				}
			}
		}
		i = j
	}
}

// digitRun checks the digits of stream [i, j) and reports what they are;
// it returns whether it reported something.
func (r *PersonalData) digitRun(p *pdOut, s *pdScan, i, j int) bool {
	st := s.stream
	n := j - i
	if n > 24 {
		return false
	}
	// A WhatsApp, Telegram, tel: or sms: link carries a phone number;
	// other links' digits are identifiers of pages.
	linked, waLink := phoneLink(s.text, int(st[i].off)), false
	for k := i; k < j; k++ {
		switch st[k].tok {
		case lint.URL:
			if linked {
				waLink = true
				continue
			}
			if t, ok := s.tokenAt(int(st[k].off)); ok && (t.Host == "wa.me" || t.Host == "api.whatsapp.com" || t.Host == "web.whatsapp.com") {
				waLink = true
				continue
			}
			return false
		case lint.Hashtag, lint.Mention, lint.Cashtag, lint.Email:
			return false
		}
	}
	sp := s.span(i, j)
	if st[i].cash || s.overlapsTaken(sp.Start, sp.End) {
		return false
	}
	if !waLink && inWebAddress(s.text, sp.Start, sp.End) {
		if !linked {
			return false
		}
		waLink = true
	}
	if waLink {
		d := make([]byte, 0, n)
		for k := i; k < j; k++ {
			d = append(d, st[k].c)
		}
		if national, ok := phoneNumber(string(d), []int{n}, true, true); ok && !r.phones[phoneKey(national)] {
			if st[i].plus && sp.Start > 0 && s.text[sp.Start-1] == '+' {
				sp.Start--
			}
			r.report(p, s, KindPhone, sp, false)
			return true
		}
		return false
	}
	var buf [24]byte
	var groups [24]int
	ng := 0
	for k := i; k < j; k++ {
		buf[k-i] = st[k].c
		if k == i || st[k].brk != brkGlue {
			ng++
		}
		groups[ng-1]++
	}
	d := string(buf[:n])
	g := groups[:ng]
	label := s.label(int(st[i].off))
	// A Mexican passport number is one letter and eight digits: with its
	// label, or written as one word, it is a passport whatever label
	// (even a phone's "número") stands closer.
	if n == 8 && label != labelNeg && !(j < len(st) && st[j].brk == brkGlue) {
		if k, ok := passportLetter(st, i); ok && (len(g) == 1 && st[i].brk == brkGlue || label == KindPassport || s.passportNear(int(st[k].off))) {
			r.report(p, s, KindPassport, lint.Span{Start: int(st[k].off), End: sp.End}, false)
			return true
		}
	}
	// Letters glued before: a label written together ("tel6621234567"), a
	// passport's letter, or part of some other code.
	start := i
	if i > 0 && st[i].brk == brkGlue && st[i-1].letter() {
		k := i - 1
		for k > 0 && st[k].brk == brkGlue && st[k-1].letter() {
			k--
		}
		switch {
		case label == KindPassport && i-k <= 3:
			start = k
		case (label == "" || label == labelNeg) && !gluedWord(st[k:i]):
			return false
		}
	}
	gluedAfter := j < len(st) && st[j].brk == brkGlue && st[j].letter()
	if label == labelNeg {
		return false
	}
	if s.nextWord(s.foldIndex(sp.End), 16, afterNegatives) {
		return false
	}
	switch {
	case label == KindINECIC && n == 9:
		r.report(p, s, KindINECIC, sp, false)
		return true
	case label == KindINEOCR && n == 13:
		r.report(p, s, KindINEOCR, sp, false)
		return true
	case label == KindPassport && n >= 7 && n <= 10:
		r.report(p, s, KindPassport, lint.Span{Start: int(st[start].off), End: sp.End}, false)
		return true
	}
	if gluedAfter && label == "" {
		return false
	}
	switch n {
	case 18:
		switch mxid.CLABE(d) {
		case mxid.Valid:
			if label == KindCLABE || label == KindCard || bigGroups(g) {
				// An institution's or a charity's account for payments
				// and donations is published on purpose.
				if s.clausePublic(sp.Start, publicBodyIndex) {
					return true
				}
				r.report(p, s, KindCLABE, sp, false)
				return true
			}
		case mxid.Possible:
			if label == KindCLABE {
				r.report(p, s, KindCLABE, sp, true)
				return true
			}
		}
	case 11:
		switch mxid.NSS(d) {
		case mxid.Valid:
			if label == KindNSS || len(g) == 1 || sameGroups(g, []int{2, 2, 2, 4, 1}) || sameGroups(g, []int{10, 1}) || sameGroups(g, []int{4, 4, 3}) {
				r.report(p, s, KindNSS, sp, false)
				return true
			}
		case mxid.Possible:
			if label == KindNSS {
				r.report(p, s, KindNSS, sp, true)
				return true
			}
		}
	}
	if n >= 13 && n <= 19 {
		switch mxid.Card(d) {
		case mxid.Valid:
			if label == KindCard || label == KindCLABE || cardGrouping(g) {
				r.report(p, s, KindCard, sp, false)
				return true
			}
		case mxid.Possible:
			if label == KindCard {
				r.report(p, s, KindCard, sp, true)
				return true
			}
		}
	}
	// "#1234567890" numbers a ticket or an item.
	if sp.Start > 0 && s.text[sp.Start-1] == '#' && label != KindPhone {
		return false
	}
	if national, ok := phoneNumber(d, g, st[i].plus, label == KindPhone); ok {
		// A number given as an example ("por ejemplo 662 555 0142").
		if s.exampleContext(sp.Start) {
			return true
		}
		// The number as written starts at its '+' or opening parenthesis.
		for k := 0; k < 2 && sp.Start > 0; k++ {
			c := s.text[sp.Start-1]
			// A bracket opens an area code only when it closes inside the
			// number: "(662) 555 0142", not "(662 555 0142)".
			if c != '+' && (c != '(' || !strings.Contains(s.text[sp.Start:sp.End], ")")) {
				break
			}
			sp.Start--
		}
		k, e := s.foldIndex(sp.Start), s.foldIndex(sp.End)
		// The institution's numbers, toll-free lines and switchboards
		// (with an extension) are public whatever surrounds them.
		if r.phones[phoneKey(national)] || tollFree(national) || s.nextWord(e, 6, []string{"ext", "extension", "exts"}) && !s.privateCue(s.clauseStart(k, 80, s.phoneFloor), k) {
			s.phoneFloor, s.phoneWasPublic = e, true
			return true
		}
		if s.phonePublic(k, e) {
			return true
		}
		r.report(p, s, KindPhone, sp, false)
		return true
	}
	return false
}

// phoneLinks mark a link whose digits are a phone number.
var phoneLinks = []string{"wa.me/", "whatsapp://", "whatsapp.com/send", "phone=", "tel:", "sms:", "callto:", "t.me/+", "telegram.me/+"}

// phoneLink reports whether the digits at Text offset off are the phone
// number of a link: the stretch without spaces before them holds one of
// phoneLinks.
func phoneLink(text string, off int) bool {
	lo := off - 80
	if lo < 0 {
		lo = 0
	}
	a := off
	for a > lo && text[a-1] != ' ' && text[a-1] != '\n' && text[a-1] != '\t' && text[a-1] != '(' && text[a-1] != '"' && text[a-1] != '<' {
		a--
	}
	if a == off {
		return false
	}
	var buf [80]byte
	w := buf[:0]
	for k := a; k < off; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	for _, m := range phoneLinks {
		if strings.Contains(string(w), m) {
			return true
		}
	}
	return false
}

// passportLetter reports whether a lone letter stands just before stream
// index i, glued or after a soft break, and returns its index.
func passportLetter(st []idChar, i int) (int, bool) {
	k := i - 1
	if k < 0 || !st[k].letter() || st[i].brk == brkHard || st[k].tok != 0 {
		return 0, false
	}
	if k > 0 && st[k].brk == brkGlue {
		return 0, false // the end of a longer word or code
	}
	return k, true
}

var passportIndex = markerIndex([]string{"pasaporte", "pasaportes", "passport"})

// passportNear reports whether a passport label stands within a few words
// before Text offset off ("pasaporte mexicano núm. G…").
func (s *pdScan) passportNear(off int) bool {
	k := s.foldIndex(off)
	return s.closest(k-40, k, passportIndex) >= 0
}

// gluedWord reports whether letters glued before a number are a short
// word of running text ("al6621234567"), not part of a code.
func gluedWord(letters []idChar) bool {
	var w [3]byte
	if len(letters) > len(w) {
		return false
	}
	for i, c := range letters {
		w[i] = c.c
	}
	switch string(w[:len(letters)]) {
	case "AL", "EL", "ES", "EN", "Y", "O", "A", "DEL", "MI", "SU", "AL:", "NO":
		return true
	}
	return false
}

// inWebAddress reports whether text[a:b] lies in a web address that the
// token extractor did not take (an IP host, a path): the stretch without
// spaces around it holds "://" or "www.", or a path goes on after it.
func inWebAddress(text string, a, b int) bool {
	if b < len(text) && text[b] == '/' {
		return true
	}
	lo := a - 64
	if lo < 0 {
		lo = 0
	}
	for k := a - 1; k >= lo; k-- {
		c := text[k]
		if c == ' ' || c == '\n' || c == '\t' {
			break
		}
		if c == '/' && k > 0 && text[k-1] == '/' && k > 1 && text[k-2] == ':' {
			return true
		}
		if c == '.' && k >= 3 && (text[k-3:k] == "www" || text[k-3:k] == "WWW") {
			return true
		}
	}
	return false
}

// bigGroups accepts the groupings of an unlabelled account number: no
// group shorter than three digits, but a lone check digit at the end.
func bigGroups(g []int) bool {
	for k, n := range g {
		if n < 3 && !(k == len(g)-1 && n == 1 && k > 0) {
			return false
		}
	}
	return true
}

// cardGrouping accepts one block, blocks of four, or American Express's 4-6-5.
func cardGrouping(g []int) bool {
	if len(g) == 1 || sameGroups(g, []int{4, 6, 5}) || sameGroups(g, []int{4, 6, 4}) {
		return true
	}
	for k, n := range g {
		if n != 4 && !(k == len(g)-1 && n >= 1 && n <= 4) {
			return false
		}
	}
	return len(g) >= 3
}

// phoneNumber decides whether digits d, grouped as g, are a phone number.
// It returns the national number (ten digits for Mexico) to compare with
// the institution's.
func phoneNumber(d string, g []int, plus, labelled bool) (string, bool) {
	n := len(d)
	if plus {
		if len(d) > 2 && d[:2] == "52" {
			rest := d[2:]
			if len(rest) == 11 && rest[0] == '1' {
				rest = rest[1:]
			}
			if len(rest) == 10 && rest[0] >= '2' {
				return rest, true
			}
			return "", false
		}
		if n >= 8 && n <= 15 && d[0] != '0' {
			if d[0] == '1' && n == 11 {
				// North American toll-free numbers are an organisation's.
				if tollFree(d[1:]) {
					return d[1:], true
				}
			}
			return d, true
		}
		return "", false
	}
	// 00 dials out of Mexico: "00 1 520 555 0142".
	if n >= 11 && d[:2] == "00" && d[2] != '0' {
		return phoneNumber(d[2:], nil, true, labelled)
	}
	national := func(prefix int) (string, bool) {
		rest := d[prefix:]
		if rest[0] < '2' {
			return "", false
		}
		if labelled {
			return rest, true
		}
		// The prefix must stand apart from the number.
		k, sum := 0, 0
		for k < len(g) && sum < prefix {
			sum += g[k]
			k++
		}
		if sum != prefix {
			return "", false
		}
		return rest, phoneGrouping(g[k:])
	}
	switch {
	case n == 10:
		return national(0)
	case n == 12 && d[:2] == "52", n == 12 && d[:2] == "01":
		return national(2)
	case n == 13 && (d[:3] == "521" || d[:3] == "044" || d[:3] == "045"):
		return national(3)
	case labelled && (n == 7 || n == 8) && d[0] >= '2':
		// Local numbers of seven or eight digits, in pairs after a lone
		// first digit at most ("2 14 56 78").
		for k, x := range g {
			if x < 2 && !(k == 0 && n == 7 && len(g) == 4) {
				return "", false
			}
		}
		return d, true
	}
	return "", false
}
