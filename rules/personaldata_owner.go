package rules

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Whose is a phone number or an address? Only the value decides: the
// institution's configured data is public, and so is a value that the
// clause it sits in gives as an office's public contact ("Oficinas del
// Consejo Municipal: …", "Llámanos al …"). A person's name, role or a
// personal label in that clause ("cel.", "WhatsApp", "coordinadora",
// "con Pedro") makes it private whatever institutional words stand
// around it. Words in other sentences, in a link or before another
// number say nothing about this one.

// privateCues mark a value as a person's. They are whole words, folded.
var privateCues = []string{
	// Labels people use for their own lines.
	"cel", "cel.", "celular", "celulares", "cell", "whatsapp", "whatsap", "whats", "wats", "watsap", "wasap", "wassap", "wsp", "wa",
	"wapp", "movil", "moviles", "telegram", "signal", "personal", "particular", "privado", "de casa", "casa de mi", "casa de su",
	// First person singular, and someone else's.
	"mi numero", "mi telefono", "mi tel", "mi tel.", "mi linea", "mi correo", "su numero", "su telefono", "su tel", "su tel.", "su linea",
	"llamame", "marcame", "escribeme", "mandame", "contactame", "hablame", "buscame", "mensajeame",
	// Roles held by persons.
	"coordinador", "coordinadora", "coordinadores", "coordinadoras", "capacitador", "capacitadora", "capacitadores", "capacitadoras",
	"supervisor", "supervisora", "supervisores", "supervisoras", "enlace", "enlaces", "responsable", "encargado", "encargada",
	"consejero", "consejera", "consejeros", "consejeras", "presidente", "presidenta", "secretario", "vocal", "funcionario",
	"funcionaria", "funcionarios", "asesor", "asesora", "promotor", "promotora", "gestor", "gestora", "delegado", "delegada",
	"representante", "candidato", "candidata", "voluntario", "voluntaria", "observador", "observadora", "auxiliar", "escrutador",
	"escrutadora", "director", "directora", "jefe", "jefa", "contador", "contadora", "abogado", "abogada",
	// Titles and forms of address.
	"sr", "sr.", "sra", "sra.", "srita", "srita.", "senor", "senora", "senorita", "don", "lic", "lic.", "licenciado", "licenciada",
	"ing", "ing.", "ingeniero", "ingeniera", "dr", "dr.", "dra", "dra.", "doctor", "doctora", "mtro", "mtro.", "mtra", "mtra.",
	"maestro", "maestra", "profe", "profesor", "profesora", "profr", "profr.", "profra", "profra.", "arq", "arq.",
	// Family, neighbours and the persons a post may be about.
	"esposa", "esposo", "hijo", "hija", "mama", "papa", "abuela", "abuelo", "hermano", "hermana", "tia", "tio", "primo", "prima",
	"familiar", "amigo", "amiga", "vecino", "vecina", "ganador", "ganadora", "afectado", "afectada", "denunciante",
	"quejoso", "quejosa", "joven", "nino", "nina", "estudiante", "alumno", "alumna", "participante", "companero",
	"companera",
	// Where a person lives.
	"vive", "vivo", "vivimos", "viven", "vivia", "habita", "reside", "resido", "residen", "mi casa", "su casa",
	"mi domicilio", "su domicilio", "domicilio particular", "mi direccion", "su direccion",
}

// publicPhoneCues give a phone number as an office's public line.
var publicPhoneCues = []string{
	"oficina", "oficinas", "consejo", "consejos", "consejo municipal", "consejo distrital", "junta", "juntas", "instituto", "iee",
	"ieesonora", "ine", "inetel", "conmutador", "linea de atencion", "atencion ciudadana", "atencion al publico",
	"atencion a la ciudadania", "atencion al ciudadano", "centro de atencion", "telefono de atencion", "modulo", "modulos", "sede", "sedes", "unidad",
	"direccion ejecutiva", "secretaria ejecutiva", "oficialia", "oficialia de partes", "ayuntamiento", "tribunal", "fiscalia",
	"fepade", "dif", "cruz roja", "proteccion civil", "registro civil", "hospital", "comision", "dependencia", "locatel",
	"llamanos", "marcanos", "contactanos", "escribenos", "comunicate con nosotros", "nuestro telefono", "nuestro numero",
	"nuestros telefonos", "nuestros numeros", "nuestra linea", "nuestras lineas", "nuestro conmutador", "nuestras oficinas",
	"nuestra oficina", "nuestro whatsapp", "whatsapp oficial", "whatsapp institucional", "linea oficial", "telefono oficial",
	"numero oficial", "telefonos oficiales", "atendemos", "te atendemos", "le atendemos",
	// Offices of a public body, by their usual names.
	"departamento", "coordinacion", "subdireccion", "jefatura", "vocalia", "presidencia", "direccion de", "area de",
	"contraloria", "tesoreria", "organo interno", "mesa de ayuda", "call center",
	// Emergency services.
	"bomberos", "policia", "seguridad publica", "emergencias", "cruz verde",
}

// publicPlaceCues give an address as a public venue: a polling station's
// site, an office, a public building or the venue of an event.
var publicPlaceCues = []string{
	"casilla", "casillas", "se instalara", "se instalaran", "instalara", "instalaran", "vota en", "votar en", "centro de votacion",
	"sede", "sedes", "oficina", "oficinas", "consejo", "consejos", "junta", "modulo", "modulos", "instituto", "iee", "ieesonora",
	"ine", "escuela", "primaria", "secundaria", "preparatoria", "jardin de ninos", "kinder", "universidad", "unison", "cecyte",
	"cobach", "conalep", "auditorio", "plaza", "biblioteca", "centro comunitario", "centro cultural", "centro civico",
	"centro de convenciones", "casa de la cultura", "salon", "gimnasio", "unidad deportiva", "parque", "museo", "teatro",
	"estadio", "palacio", "ayuntamiento", "tribunal", "fiscalia", "hospital", "centro de salud", "dif", "registro civil",
	"instalaciones", "nuestras oficinas", "nuestra sede", "nuestro domicilio", "visitanos", "te esperamos", "los esperamos",
	"las esperamos", "les esperamos", "acude", "acudir", "asiste", "asistir", "sesion", "evento", "foro", "taller",
	"capacitacion", "conferencia", "recinto", "edificio", "bodega", "archivo", "ventanilla", "oficialia", "tesoreria",
	"mercado", "templo", "iglesia", "parroquia", "cruz roja", "hotel", "restaurante", "club", "clinica", "imss", "issste",
	"explanada", "polideportivo", "domo", "sala", "comisaria", "delegacion", "cine", "campus", "facultad", "tecnologico",
	"colegio", "centro de usos multiples", "salon de eventos", "palapa", "cancha", "kiosco",
	// Public events and activities held at a public site. Generic words for a
	// place, a meeting, a delivery or a shop are left out: a neighbour's
	// meeting or a delivery at a home gives a personal address.
	"simulacro", "cierre vial", "cierres viales", "computo", "computos", "recuento", "mesa receptora", "mesa directiva",
	"jornada electoral", "feria", "mitin", "debate", "desfile", "caravana", "concentracion", "centro de gobierno",
	"se realizara", "se llevara a cabo", "recepcion", "punto de reunion", "lugar",
}

// institutionWords never name a person, even written with a capital after
// "con" or "a" ("comunícate con Atención Ciudadana").
var institutionWords = []string{
	"oficina", "oficinas", "consejo", "instituto", "junta", "atencion", "ciudadana", "oficialia", "direccion", "unidad", "secretaria",
	"presidencia", "comision", "coordinacion", "tribunal", "fiscalia", "ayuntamiento", "gobierno", "modulo", "linea", "centro",
	"area", "departamento", "subdireccion", "jefatura", "contraloria", "transparencia", "proteccion", "cruz", "policia",
	"bomberos", "emergencias", "soporte", "mesa", "servicio", "servicios", "partes", "comunicacion", "registro", "sede",
	"sistema", "programa", "municipio", "estado", "la", "las", "los", "el", "un", "una", "nuestro", "nuestra", "nuestros",
	"nuestras", "sus", "tu", "tus",
}

// homeCues say that an address is where someone lives.
var homeCues = []string{"vive", "vivo", "vivimos", "viven", "vivia", "habita", "reside", "resido", "residen", "mi casa", "su casa",
	"mi domicilio", "su domicilio", "domicilio particular", "mi direccion", "su direccion", "casa de", "domicilio de", "domicilio del"}

var (
	homeIndex        = markerIndex(homeCues)
	privateIndex     = markerIndex(privateCues)
	publicPhoneIndex = markerIndex(publicPhoneCues)
	publicPlaceIndex = markerIndex(publicPlaceCues)
)

// nameIntros are the words after which a capitalised word is a person's
// name: "con Pedro", "a Juan", "por Ana".
var nameIntros = []string{"con", "a", "por"}

// contactNouns followed by "de" and a capitalised word name its owner:
// "teléfono de Pedro".
var contactNouns = []string{"telefono", "tel", "numero", "contacto", "linea", "celular", "cel", "whatsapp"}

// abbreviations end in a dot without ending the sentence.
var abbreviations = []string{
	"prof", "profa", "profr", "mtra", "mtro", "srta", "srita", "tels", "depto", "dpto", "ofna", "ofic", "blvd", "blvr", "priv",
	"fracc", "prol", "carr", "secc", "dist", "calz", "whats", "telef", "mpio", "edif", "cols",
}

// sentenceEnd reports whether the dot at fold index j ends a sentence: it
// follows a number, a closing bracket or a word of four letters or more
// that is not a usual abbreviation ("Tel.", "Col.", "Lic." do not end one).
func sentenceEnd(f []byte, j int) bool {
	if j == 0 {
		return false
	}
	c := f[j-1]
	if c >= '0' && c <= '9' || c == ')' || c == '"' {
		return true
	}
	k := j
	for k > 0 && f[k-1] >= 'a' && f[k-1] <= 'z' {
		k--
	}
	if j-k < 4 || k > 0 && f[k-1] == '.' {
		return false
	}
	return !contains(abbreviations, string(f[k:j]))
}

// clauseStart returns the fold index where the clause that ends at fold
// index k starts: after the last sentence end, semicolon, paragraph
// break, earlier value (floor) or link, at most max bytes back. A line
// break ends a clause too, unless the value starts its line (its label
// is then on the line above).
func (s *pdScan) clauseStart(k, max, floor int) int {
	f := s.fold
	lo := k - max
	if lo < floor {
		lo = floor
	}
	if lo < 0 {
		lo = 0
	}
	lo = s.tokenFloor(lo, k)
	bare := true  // nothing but spaces and punctuation between j and k
	card := false // the value's line holds only it and a phone label
	for j := k - 1; j >= lo; j-- {
		switch c := f[j]; c {
		case '\n':
			// A line that holds only the value and a phone label ("Tel.")
			// belongs with the lines above it: a contact card.
			if !card && !bare && s.labelOnly(j+1, k) {
				card = true
			}
			if !bare && !card || j > 0 && f[j-1] == '\n' {
				return j + 1
			}
		case ';', '!', '?', '|':
			return j + 1
		case '.':
			if j+1 < len(f) && (f[j+1] == ' ' || f[j+1] == '\n' && !card) && sentenceEnd(f, j) {
				return j + 1
			}
		default:
			if isWordByte(c) || c == 'x' {
				bare = false
			}
		}
	}
	return lo
}

// plainPhoneLabels name a line without saying whose it is.
var plainPhoneLabels = []string{"tel", "tels", "telefono", "telefonos", "t", "fax", "conmutador", "lada", "num", "numero", "no"}

// labelOnly reports whether fold[a:b] holds nothing but plain phone labels
// and punctuation.
func (s *pdScan) labelOnly(a, b int) bool {
	f := s.fold
	for j := a; j < b; {
		if !isWordByte(f[j]) {
			if f[j] == 'x' {
				return false
			}
			j++
			continue
		}
		e := j
		for e < b && isWordByte(f[e]) {
			e++
		}
		if !contains(plainPhoneLabels, string(f[j:e])) {
			return false
		}
		j = e
	}
	return true
}

// tokenFloor returns the fold index just after the last link or e-mail
// address that ends in fold [lo, k), or lo.
func (s *pdScan) tokenFloor(lo, k int) int {
	t := s.toks
	if len(t) == 0 || k >= len(s.pos) {
		return lo
	}
	off, min := int(s.pos[k]), int(s.pos[lo])
	// Tokens are sorted and do not overlap: the first one ending after off.
	i := sort.Search(len(t), func(i int) bool { return t[i].End > off })
	for i--; i >= 0 && t[i].End > min; i-- {
		if t[i].Kind == lint.URL || t[i].Kind == lint.Email {
			return s.foldIndex(t[i].End)
		}
	}
	return lo
}

// privateCue reports whether fold[lo:hi] marks what follows as a
// person's: a private cue or a person's name.
func (s *pdScan) privateCue(lo, hi int) bool {
	for j := hi; j > lo; {
		at, l := s.lastOf(lo, j, privateIndex)
		if l == nil {
			break
		}
		if !s.officialLine(at, at+len(l.kw)) && !s.staffOrOffice(at, l.kw) {
			return true
		}
		j = at
	}
	return s.nameCue(lo, hi)
}

// officialLine reports whether the cue at fold [a, e) is the institution's
// own line: "nuestro WhatsApp", "WhatsApp oficial".
func (s *pdScan) officialLine(a, e int) bool {
	f := s.fold
	for _, w := range []string{"nuestro ", "nuestra ", "linea de "} {
		if a >= len(w) && string(f[a-len(w):a]) == w {
			return true
		}
	}
	return s.nextWord(e, 3, []string{"oficial", "institucional", "del instituto", "del iee"})
}

// staffOrOffice reports whether the cue at fold index at is a noun for
// staff ("el personal del consejo") or names an office ("Secretaría
// Particular"), not a person's contact.
func (s *pdScan) staffOrOffice(at int, kw string) bool {
	f := s.fold
	var before []string
	switch kw {
	case "personal":
		before = []string{"el ", "del ", "al ", "nuestro ", "su ", "todo el ", "de "}
	case "particular":
		before = []string{"secretaria ", "oficina "}
	default:
		return false
	}
	for _, w := range before {
		if at >= len(w) && string(f[at-len(w):at]) == w {
			return true
		}
	}
	return false
}

// nameCue reports whether fold[lo:hi] holds a person's name: a word
// written with a capital (not an acronym, not an office) right after
// "con", "a" or "por", or after "teléfono de".
func (s *pdScan) nameCue(lo, hi int) bool {
	f := s.fold
	prevA, prevE, ppA, ppE := -1, -1, -1, -1
	for j := lo; j < hi; {
		if !isWordByte(f[j]) && f[j] != 'x' {
			j++
			continue
		}
		e := j
		for e < hi && (isWordByte(f[e]) || f[e] == 'x') {
			e++
		}
		if e-j >= 2 && s.personName(j, e) {
			if prevA >= 0 {
				prev := string(f[prevA:prevE])
				if contains(nameIntros, prev) || (prev == "de" || prev == "del") && ppA >= 0 && contains(contactNouns, string(f[ppA:ppE])) {
					return true
				}
			}
			if s.givenNameAt(j, e, prevA, prevE, hi) {
				return true
			}
		}
		ppA, ppE, prevA, prevE = prevA, prevE, j, e
		j = e
	}
	return false
}

// givenNames are frequent given names in Mexico, folded. Those that are
// also common words or place names (Rosario, Guadalupe, Luz) count only
// before a surname; see weakNames.
var givenNames = []string{
	"abel", "abigail", "abraham", "adan", "adela", "adolfo", "adrian", "adriana", "agustin", "aida", "alan", "alba", "alberto", "alejandra",
	"alejandro", "alexis", "alfonso", "alfredo", "alicia", "alma", "alonso", "alvaro", "amalia", "amanda", "amparo", "ana", "andrea",
	"andres", "angel", "angela", "angelica", "anibal", "antonio", "araceli", "ariadna", "armando", "arturo", "aurora", "axel", "barbara",
	"beatriz", "benjamin", "benito", "bernardo", "berenice", "blanca", "brenda", "brian", "camila", "carina", "carla", "carlos", "carmen",
	"carolina", "catalina", "cecilia", "cesar", "claudia", "clara", "concepcion", "cristian", "cristina", "cynthia", "daniel", "daniela",
	"dante", "dario", "david", "diana", "diego", "dulce", "edgar", "eduardo", "efrain", "elena", "elias", "elizabeth", "elsa", "elvia",
	"emilio", "emiliano", "emma", "enrique", "erika", "ernesto", "esteban", "estela", "ester", "esther", "eva", "evelyn", "fabiola",
	"federico", "felipe", "fernanda", "fernando", "fidel", "flor", "francisca", "francisco", "gabriel", "gabriela", "gerardo", "german",
	"gilberto", "gloria", "gonzalo", "graciela", "gregorio", "guadalupe", "guillermo", "gustavo", "hector", "hilda", "hugo", "ignacio",
	"irene", "iris", "irma", "isaac", "isabel", "israel", "itzel", "ivan", "jaime", "javier", "jazmin", "jesus", "jimena", "joaquin",
	"jorge", "jose", "josefina", "juan", "juana", "julia", "julian", "julio", "karen", "karina", "karla", "laura", "leonardo", "leticia",
	"lidia", "liliana", "lizbeth", "lorena", "lourdes", "lucia", "luis", "luisa", "lupita", "luz", "manuel", "manuela", "marco", "marcos",
	"margarita", "maria", "mariana", "maribel", "maricela", "mario", "marisol", "marta", "martha", "martin", "mateo", "mauricio",
	"mayra", "miguel", "minerva", "miriam", "monica", "myriam", "nadia", "nancy", "natalia", "nayeli", "norma", "octavio", "olga",
	"omar", "oscar", "pablo", "pamela", "patricia", "paola", "paula", "pedro", "perla", "rafael", "ramiro", "ramon", "raquel", "raul",
	"rebeca", "refugio", "reyna", "ricardo", "roberto", "rocio", "rodolfo", "rodrigo", "rogelio", "rosa", "rosalba", "rosario",
	"ruben", "ruth", "salvador", "samuel", "sandra", "santiago", "sara", "sergio", "silvia", "sofia", "sonia", "susana", "tania",
	"teresa", "tomas", "ulises", "valentina", "valeria", "veronica", "vicente", "victor", "virginia", "ximena", "yadira", "yesenia",
	"yolanda", "yuridia", "zulema",
}

// weakNames are given names that are also words or places: a person's
// name only with a capitalised word after them ("Rosario Gómez").
var weakNames = []string{"guadalupe", "rosario", "luz", "flor", "dulce", "aurora", "gloria", "angel", "jesus", "refugio",
	"amparo", "concepcion", "reyna", "benito", "benjamin", "clara", "iris", "perla", "alba"}

// namedPlaces are places and institutions named after persons: a given
// name starting one is no person here.
var namedPlaces = []string{
	"benito juarez", "benjamin hill", "plutarco elias", "alvaro obregon", "miguel hidalgo", "emiliano zapata", "lazaro cardenas",
	"venustiano carranza", "vicente guerrero", "ignacio zaragoza", "ignacio allende", "jose maria", "guadalupe victoria",
	"adolfo lopez", "adolfo ruiz", "gustavo a", "luis encinas", "luis donaldo", "abelardo l", "agustin melgar", "juan escutia",
	"francisco i", "francisco villa", "francisco madero", "josefa ortiz", "leona vicario", "manuel avila", "rosario castellanos",
}

// placeBefore are words after which a given name names a place, a street
// or a building ("Consejo Municipal de Benito Juárez", "calle Miguel
// Hidalgo", "en Magdalena").
var placeBefore = []string{"de", "del", "en", "san", "santa", "colonia", "col", "fracc", "fraccionamiento", "calle", "av", "avenida",
	"blvd", "bulevar", "boulevard", "privada", "calzada", "escuela", "primaria", "secundaria", "colegio", "plaza", "parque", "jardin",
	"hospital", "clinica", "estadio", "auditorio", "centro", "unidad", "gral", "general", "heroica", "villa", "ciudad", "cd",
	"municipio", "localidad", "ejido", "barrio", "presa", "puerto", "bahia", "valle", "sierra"}

// givenNameAt reports whether the capitalised word at fold [a, e) is a
// person's given name: listed, not naming a place or building after a
// capitalised word or a place word, and, for a weak name, followed by a
// surname. prevA and prevE delimit the word before it (-1 when none).
func (s *pdScan) givenNameAt(a, e, prevA, prevE, hi int) bool {
	f := s.fold
	w := string(f[a:e])
	if !contains(givenNames, w) {
		return false
	}
	if prevA >= 0 {
		prev := string(f[prevA:prevE])
		// Only a space between: the name continues a capitalised phrase
		// ("Escuela Primaria Benito Juárez").
		joined := prevE+1 == a && f[prevE] == ' ' || prevE+2 == a && f[prevE] == '.' && f[prevE+1] == ' '
		if contains(placeBefore, prev) || joined && s.capitalised(prevA) && !contains(privateCues, prev) && !contains(privateCues, prev+".") {
			return false
		}
	}
	// The next word: a surname or a second given name.
	n := e
	for n < hi && f[n] == ' ' {
		n++
	}
	ne := n
	for ne < hi && (isWordByte(f[ne]) || f[ne] == 'x') {
		ne++
	}
	next := n > e && ne > n && s.personName(n, ne)
	if next {
		pair := w + " " + string(f[n:ne])
		for _, p := range namedPlaces {
			if pair == p || len(p) > len(pair) && p[:len(pair)+1] == pair+" " || len(pair) > len(p) && pair[:len(p)] == p {
				return false
			}
		}
	}
	return next || !contains(weakNames, w)
}

// personName reports whether the word at fold [a, e) reads like a given
// name: a capital then lower case, and no word of an office.
func (s *pdScan) personName(a, e int) bool {
	t := s.text[s.pos[a]:]
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(t[n:])
	if !unicode.IsLower(r2) {
		return false // an acronym: INE, IEE
	}
	w := string(s.fold[a:e])
	return !contains(institutionWords, w) && !contains(months, w) && !contains(publicPhoneCues, w) && !contains(publicPlaceCues, w)
}

// connectorsOnly reports whether fold[a:b] holds nothing but separators
// and the words that join items of a list ("662 259 4900 o al 662 259
// 4901", "Calle Uno 1, Col. Centro; Calle Dos 2, Col. Norte").
func (s *pdScan) connectorsOnly(a, b int) bool {
	f := s.fold
	for j := a; j < b; {
		if !isWordByte(f[j]) {
			if f[j] != ' ' && f[j] != ',' && f[j] != ';' && f[j] != '/' && f[j] != '-' && f[j] != '\n' && f[j] != ':' && f[j] != '.' && f[j] != '(' && f[j] != ')' {
				return false
			}
			j++
			continue
		}
		e := j
		for e < b && isWordByte(f[e]) {
			e++
		}
		switch string(f[j:e]) {
		case "o", "y", "e", "u", "al", "a", "ext", "tel", "tels", "telefono", "telefonos", "y/o":
		default:
			return false
		}
		j = e
	}
	return true
}

// phonePublic reports whether the phone number at fold [k, e) is given as
// an office's public line. It remembers the number, so that the next one
// is read in its own clause.
func (s *pdScan) phonePublic(k, e int) bool {
	lo := s.clauseStart(k, 80, s.phoneFloor)
	pub := false
	switch {
	case s.privateCue(lo, k), s.privateAside(e):
	case s.closest(lo, k, publicPhoneIndex) >= 0:
		pub = true
	case s.phoneFloor > 0 && lo == s.phoneFloor && s.phoneWasPublic && s.connectorsOnly(lo, k):
		// "Llámanos al 662 259 4900 o al 662 259 4901".
		pub = true
	default:
		pub = s.publicList(lo, s.phoneFloor, s.phoneWasPublic, publicPhoneIndex)
	}
	s.phoneFloor, s.phoneWasPublic = e, pub
	return pub
}

// privateAside reports whether a bracket right after fold index e says
// whose the value is: "662 555 0142 (cel. de la coordinadora)".
func (s *pdScan) privateAside(e int) bool {
	f := s.fold
	j := skipSpaces(f, e)
	if j >= len(f) || f[j] != '(' {
		return false
	}
	for k := j + 1; k < len(f) && k-j < 60; k++ {
		if f[k] == ')' || f[k] == '\n' {
			return s.privateCue(j+1, k)
		}
	}
	return false
}

// placePublic reports whether the address at fold [k, e) is given as a
// public venue: named in its clause or right after it, with no sign that
// it is a person's home.
func (s *pdScan) placePublic(k, e int) bool {
	lo := s.clauseStart(k, 100, s.addrFloor)
	pub := false
	// The cue closest to the address decides ("el conversatorio con Juan
	// Pérez será en el Auditorio, Calle…"), but a word of home always
	// does ("vivo frente a la escuela, Calle…").
	if at := s.closest(lo, k, publicPlaceIndex); at >= 0 && !s.privateCue(at, k) && s.closest(lo, k, homeIndex) < 0 {
		lo = at
	}
	switch {
	case s.privateCue(lo, k):
	case s.closest(lo, k, publicPlaceIndex) >= 0, s.placeAfter(e):
		pub = true
	case s.addrFloor > 0 && s.addrWasPublic && s.listContinues(k):
		pub = true
	default:
		pub = s.publicList(lo, s.addrFloor, s.addrWasPublic, publicPlaceIndex)
	}
	s.addrFloor, s.addrWasPublic = e, pub
	return pub
}

// publicList reports whether the line that starts at fold index lo is an
// item of a list of public contacts or venues: the line above is a
// heading ending in ':' that names an office or venue ("Teléfonos de los
// consejos:"), or holds the previous item, which was public.
func (s *pdScan) publicList(lo, floor int, wasPublic bool, idx *wordIndex) bool {
	f := s.fold
	if lo == 0 || f[lo-1] != '\n' {
		return false
	}
	e := lo - 1
	pl := e
	for pl > 0 && f[pl-1] != '\n' {
		pl--
	}
	if floor > pl && floor <= e {
		return wasPublic
	}
	t := e
	for t > pl && (f[t-1] == ' ' || f[t-1] == '\r') {
		t--
	}
	return t > pl && f[t-1] == ':' && !s.privateCue(pl, t) && s.closest(pl, t, idx) >= 0
}

// listContinues reports whether only list separators stand between the
// previous address and fold index k.
func (s *pdScan) listContinues(k int) bool {
	return s.addrFloor <= k && k-s.addrFloor < 12 && s.connectorsOnly(s.addrFloor, k)
}

// placeAfter reports whether a public venue is named right after fold
// index e, in the same sentence ("Calle Pino 12, Col. Centro: sede del
// consejo").
func (s *pdScan) placeAfter(e int) bool {
	f := s.fold
	hi := e + 40
	if hi > len(f) {
		hi = len(f)
	}
	for j := e; j < hi; j++ {
		if f[j] == '\n' || f[j] == ';' || f[j] == '.' && j+1 < len(f) && f[j+1] == ' ' && sentenceEnd(f, j) {
			hi = j
			break
		}
	}
	if s.privateCue(e, hi) {
		return false
	}
	return s.closest(e, hi, publicPlaceIndex) >= 0
}

// Public bodies that publish an account for payments or donations, or
// whose founding date a post may give.
var publicBodyCues = []string{
	"instituto", "iee", "ieesonora", "ine", "consejo", "tribunal", "ayuntamiento", "gobierno", "tesoreria", "dif", "cruz roja",
	"teleton", "fundacion", "asociacion", "a.c.", "partido", "organismo", "institucion", "universidad", "ciudad", "municipio",
	"estado", "banco", "empresa", "periodico", "escuela", "ley", "programa", "proyecto", "reforma", "iniciativa", "sistema",
	"movimiento", "comite", "comision", "organizacion", "sindicato", "constitucion", "credencial", "padron", "revista", "festival",
	"feria", "pueblo", "club", "equipo", "colonia", "red", "instituciones", "democracia", "republica", "nacion",
}

var publicBodyIndex = markerIndex(publicBodyCues)

// clausePublic reports whether the clause before Text offset off names an
// office or public body, with no sign of a person: for an account that
// takes donations, or a founding date.
func (s *pdScan) clausePublic(off int, idx *wordIndex) bool {
	k := s.foldIndex(off)
	lo := s.clauseStart(k, 100, 0)
	return !s.privateCue(lo, k) && s.closest(lo, k, idx) >= 0
}
