package rules

import (
	"time"

	"github.com/vocero/vocero/lint"
)

// A birth label introduces a date of birth. Third-person verbs need a
// written year of this century or the last (a historic figure's birth date
// is public).
type birthLabel struct {
	kw    string
	third bool
	max   int  // how far after the label the date may start
	past  bool // a birthday: its date is a birth date only two years back or more
}

var birthLabels = []birthLabel{
	{"fecha de nacimiento", false, 40, false}, {"fecha nacimiento", false, 40, false}, {"fecha de nac", false, 30, false},
	{"fecha nac", false, 30, false}, {"fec. de nac", false, 30, false}, {"fec. nac", false, 30, false}, {"fec nac", false, 30, false},
	{"f. de nac", false, 30, false}, {"f. nac", false, 30, false}, {"f.nac", false, 30, false}, {"f nac", false, 12, false},
	{"f/nac", false, 30, false}, {"f/n", false, 10, false}, {"f.n.", false, 10, false}, {"f.n", false, 10, false},
	{"fn", false, 6, false}, {"fdn", false, 10, false}, {"dob", false, 10, false}, {"date of birth", false, 30, false},
	{"birth date", false, 30, false}, {"nacimiento", false, 6, false}, {"mi cumpleanos", false, 30, false},
	{"nac.", false, 6, false}, {"nac:", false, 6, false}, {"cumpleanos", true, 30, true}, {"cumple", true, 20, true},
	{"birthday", true, 20, true}, {"d.o.b", false, 10, false},
	{"naciste", false, 50, false}, {"nacimos", false, 50, false}, {"naci", false, 50, false},
	{"nacio", true, 50, false}, {"nacido", true, 50, false}, {"nacida", true, 50, false}, {"nacieron", true, 50, false},
	{"born", true, 30, false},
}

// birthFillers may stand between a label and its date: "Fecha de
// nacimiento del menor: …", "naciste el día …".
var birthFillers = []string{
	"es", "el", "la", "fue", "era", "dia", "de", "del", "su", "mi", "tu", "menor", "nino", "nina", "joven", "bebe", "titular",
	"interesado", "interesada", "solicitante", "ciudadano", "ciudadana", "aspirante", "participante", "ganador", "ganadora",
	"registrado", "registrada", "on", "is", "was", "the", "en", "aqui", "alla", "pasado", "y", "lugar", "mismo", "un", "una",
	"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "madrugada", "manana", "tarde", "noche", "del",
	"fecha", "son", "sera", "anos", "a", "o", "dd", "mm", "aa", "aaaa", "yyyy",
}

// dayWords are the days of the month written out, folded.
var dayWords = []string{
	"primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce",
	"quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres",
	"veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta", "treinta y uno",
}

// scanBirthdates reports a date right after a birth label.
func (r *PersonalData) scanBirthdates(p *pdOut, s *pdScan) {
	f := s.fold
	var now time.Time
	for j := 0; j < len(f); j++ {
		c := f[j]
		if c != 'f' && c != 'n' && c != 'm' && c != 'd' && c != 'b' && c != 'c' || j > 0 && isWordByte(f[j-1]) || !birthWordAt(f, j) {
			continue
		}
		for _, l := range birthLabels {
			e := j + len(l.kw)
			if l.kw[0] != c || e > len(f) || string(f[j:e]) != l.kw {
				continue
			}
			// "nac" abbreviates "nacimiento": "F. de nacimiento".
			if len(l.kw) >= 3 && l.kw[len(l.kw)-3:] == "nac" && e+7 <= len(f) && string(f[e:e+7]) == "imiento" {
				e += 7
			}
			if e < len(f) && isWordByte(f[e]) && isWordByte(l.kw[len(l.kw)-1]) {
				continue
			}
			d, ok := s.dateAfter(e, l.max)
			if !ok {
				break
			}
			if now.IsZero() {
				now = p.doc.PublishTime()
			}
			if d.yy {
				// "85" is 1985, "05" is 2005 when the post is later.
				d.y += 2000
				if d.y > now.Year() {
					d.y -= 100
				}
			}
			// A date after the post goes out is no birth date; a third
			// person's needs a recent year, and a public body's founding
			// ("el IEE nació el…") is public.
			if d.after(now) || l.third && (d.y == 0 || d.y < 1920 || s.clausePublic(int(s.pos[j]), publicBodyIndex)) {
				break
			}
			// A birthday of this year or the last is a party's date.
			if l.past && d.y > now.Year()-2 {
				break
			}
			r.report(p, s, KindBirthdate, lint.Span{Start: int(s.pos[d.a]), End: int(s.pos[d.b])}, false)
			break
		}
	}
}

// birthWordAt is a quick test that fold index j starts the first word of
// one of birthLabels, so that most words cost one switch.
func birthWordAt(f []byte, j int) bool {
	e := j
	for e < len(f) && f[e] >= 'a' && f[e] <= 'z' {
		e++
	}
	switch string(f[j:e]) {
	case "fecha", "fec", "f", "fn", "fdn", "dob", "date", "birth", "nacimiento", "mi", "naciste", "nacimos", "naci", "nacio",
		"nacido", "nacida", "nacieron", "born", "nac", "cumpleanos", "cumple", "birthday", "d":
		return true
	}
	return false
}

// pdDate is a date found in the folded text: its fold span and its parts
// (y is 0 when no year is written).
type pdDate struct {
	a, b    int
	y, m, d int
	yy      bool // the year was written with two digits
}

func (d pdDate) after(t time.Time) bool {
	if d.y == 0 {
		return false
	}
	ty, tm, td := t.Date()
	switch {
	case d.y != ty:
		return d.y > ty
	case d.m != int(tm):
		return d.m > int(tm)
	}
	return d.d > td
}

// dateAfter looks for a date that starts within max bytes of fold index
// j, with only filler words and a place (capitalised words) before it.
func (s *pdScan) dateAfter(j, max int) (pdDate, bool) {
	f := s.fold
	end := j + max
	if end > len(f) {
		end = len(f)
	}
	for a := j; a < end; {
		c := f[a]
		switch {
		case c == ' ' || c == ':' || c == ',' || c == '-' || c == '(' || c == ')' || c == '/' || c == '.' || c == '=':
			a++
			continue
		case c == '\n':
			if a > j && f[a-1] == '\n' {
				return pdDate{}, false
			}
			a++
			continue
		case !isWordByte(c):
			return pdDate{}, false
		}
		if d, ok := s.dateAt(a); ok {
			return d, true
		}
		e := a
		for e < len(f) && (isWordByte(f[e]) || f[e] == 'x') {
			e++
		}
		w := string(f[a:e])
		// A place may stand before the date: "nació en Cajeme el…",
		// "Lugar y fecha de nacimiento: Hermosillo, Sonora, 12/03/1985".
		if !contains(birthFillers, w) && !(s.capitalised(a) && c > '9' && !contains(months, w) && !contains(publicBodyCues, w)) {
			return pdDate{}, false
		}
		a = e
	}
	return pdDate{}, false
}

// dateAt reads a date at fold index a: 12/03/1985, 12-03-85, 12.03.1985,
// 1985-03-12, 12 03 1985, 12-mar-1985, 12 de marzo de 1985, 12 de marzo
// del 85, 1o. de mayo, doce de marzo de 1985, marzo 12, 1985.
func (s *pdScan) dateAt(a int) (pdDate, bool) {
	f := s.fold
	if mm, e := readMonth(f, a); mm > 0 {
		k := skipSpaces(f, e)
		dd, e2 := readNum(f, k, 2)
		if e2 == k || dd < 1 || dd > 31 {
			return pdDate{}, false
		}
		k = e2
		for k < len(f) && (f[k] == ',' || f[k] == ' ') {
			k++
		}
		if y, e3 := readNum(f, k, 4); e3-k == 4 {
			return pdDate{a, e3, y, mm, dd, false}, true
		}
		return pdDate{a, e2, 0, mm, dd, false}, true
	}
	var dd, e1 int
	if f[a] >= '0' && f[a] <= '9' {
		var n1 int
		n1, e1 = readNum(f, a, 4)
		if e1 == a {
			return pdDate{}, false
		}
		if e1 < len(f) && (f[e1] == '/' || f[e1] == '-' || f[e1] == '.' || f[e1] == ' ') {
			if d, ok := numericDate(f, a, e1, n1); ok {
				return d, true
			}
		}
		if e1-a > 2 {
			return pdDate{}, false
		}
		dd = n1
		// Ordinals: 1o, 1º, 1ro, 1er.
		for _, o := range []string{"ro", "er", "o"} {
			if e1+len(o) <= len(f) && string(f[e1:e1+len(o)]) == o && (e1+len(o) == len(f) || !isWordByte(f[e1+len(o)])) {
				e1 += len(o)
				if e1 < len(f) && f[e1] == '.' {
					e1++
				}
				break
			}
		}
	} else {
		for i, w := range dayWords {
			if a+len(w) <= len(f) && string(f[a:a+len(w)]) == w && (a+len(w) == len(f) || !isWordByte(f[a+len(w)])) {
				dd, e1 = i+1, a+len(w)
			}
		}
		if dd == 0 {
			return pdDate{}, false
		}
	}
	if dd < 1 || dd > 31 {
		return pdDate{}, false
	}
	k := skipSpaces(f, e1)
	if k+3 <= len(f) && string(f[k:k+3]) == "de " {
		k += 3
	}
	mm, e2 := readMonth(f, k)
	if mm == 0 {
		return pdDate{}, false
	}
	k = skipSpaces(f, e2)
	short := false
	switch {
	case k+4 <= len(f) && string(f[k:k+4]) == "del ":
		k, short = k+4, true
	case k+3 <= len(f) && string(f[k:k+3]) == "de ":
		k, short = k+3, true
	case k < len(f) && f[k] == ',':
		k = skipSpaces(f, k+1)
	case k > e2 || k < len(f) && (f[k] == '-' || f[k] == '/' || f[k] == '.'):
		// "12 ene. 85", "12-mar-85": a two-digit year that no time or
		// unit follows.
		if k == e2 {
			k++
		}
		if y, e3 := readNum(f, k, 4); e3-k == 2 && (e3 == len(f) || f[e3] != ':' && !isWordByte(f[e3])) &&
			!s.nextWord(e3, 3, []string{"h", "hrs", "horas", "am", "pm", "a.m", "p.m", "anos", "%"}) {
			return pdDate{a, e3, y, mm, dd, true}, true
		}
	}
	if y, e3 := readNum(f, k, 4); e3-k == 4 || short && e3-k == 2 {
		return pdDate{a, e3, y, mm, dd, e3-k == 2}, true
	}
	return pdDate{a, e2, 0, mm, dd, false}, true
}

// numericDate reads the rest of a date of numbers whose first number n1
// spans fold [a, e1) and is followed by a separator.
func numericDate(f []byte, a, e1, n1 int) (pdDate, bool) {
	sep := f[e1]
	k := e1 + 1
	n2, e2 := readNum(f, k, 2)
	if e2 == k {
		if sep == ' ' {
			return pdDate{}, false
		}
		n2, e2 = readMonth(f, k)
		if e2 == k {
			n2, e2 = readRoman(f, k)
		}
	}
	if e2 == k || e2 >= len(f) || f[e2] != sep {
		return pdDate{}, false
	}
	n3, e3 := readNum(f, e2+1, 4)
	digits3 := e3 - e2 - 1
	switch {
	case e1-a == 4 && sep != ' ' && n2 >= 1 && n2 <= 12 && digits3 >= 1 && digits3 <= 2 && n3 >= 1 && n3 <= 31:
		return pdDate{a, e3, n1, n2, n3, false}, true
	case e1-a <= 2 && n1 >= 1 && n1 <= 31 && n2 >= 1 && n2 <= 12 && (digits3 == 4 || digits3 == 2 && sep != ' '):
		return pdDate{a, e3, n3, n2, n1, digits3 == 2}, true
	}
	return pdDate{}, false
}

func skipSpaces(f []byte, k int) int {
	for k < len(f) && f[k] == ' ' {
		k++
	}
	return k
}

// romanMonths are the months in Roman numerals, folded ("12-III-1985").
var romanMonths = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}

// readRoman reads a month in Roman numerals at j and returns its number.
func readRoman(f []byte, j int) (int, int) {
	e := j
	for e < len(f) && (f[e] == 'i' || f[e] == 'v' || f[e] == 'x') {
		e++
	}
	for i, m := range romanMonths {
		if string(f[j:e]) == m {
			return i + 1, e
		}
	}
	return 0, j
}
