package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

// AllCapsOptions configure the all-caps rule.
type AllCapsOptions struct {
	// Acronyms are written in capitals and are never shouting, besides the
	// built-in list and the config's `acronyms:`. Mixed-case acronyms
	// (IEEyPC) are also restored by the fix.
	Acronyms []string `yaml:"acronyms"`
	// ProperNouns keep their capitals when the fix lowers a passage
	// (single words or phrases: "Puerto Peñasco").
	ProperNouns []string `yaml:"proper_nouns"`
	// MinRun is how many capitalised words in a row make a run that is
	// reported even when each is short; 0 means 3.
	MinRun int `yaml:"min_run"`
	// MaxAcronym is the longest word, in letters, that is taken for an
	// unknown acronym when it stands alone in normal text; 0 means 5.
	MaxAcronym int `yaml:"max_acronym"`
}

// AllCaps reports text written in capitals: runs of capitalised words,
// whole sentences or posts, and single long shouted words. Acronyms, roman
// numerals and words with digits are not shouting. Its fix writes the
// passage in sentence case, keeping acronyms and proper nouns (criterion
// 6.XXIII: "preferentemente letras mayúsculas y minúsculas").
type AllCaps struct {
	acronyms map[string]string   // upper-case form -> canonical spelling
	proper   map[string]string   // folded form (capsFold) -> canonical spelling
	phrases  map[string][]string // first word, folded -> phrases starting with it (canonical)
	minRun   int
	maxAcr   int
	dict     *dict.Dictionary   // nil: built-in lists only
	accents  *dict.Misspellings // words nearly always written with an accent (ultimo -> último)
}

// allCapsAcronyms are institutional and common acronyms of Mexican public
// life. Words that are also everyday Spanish words in capitals ("SE") are
// left out: in a shouted passage they are words.
var allCapsAcronyms = []string{
	"IEE", "IEEyPC", "INE", "IFE", "PREP", "CURP", "RFC", "TEE", "TEPJF", "TRIFE", "INAI", "DIF", "CG", "OPLE", "OPLES",
	"PRI", "PAN", "MORENA", "PT", "PVEM", "MC", "PRD", "PES", "PANAL", "RSP", "FXM",
	"IMSS", "ISSSTE", "ISSSTESON", "SAT", "SEP", "SEC", "UNISON", "UNAM", "ITSON", "UES", "IPN", "COVID", "SARS",
	"ONU", "OEA", "SCJN", "FGR", "FGJE", "FEPADE", "FISEL", "CNDH", "CEDH", "INEGI", "CFE", "PEMEX", "SRE", "SEGOB",
	"SEDENA", "SEMAR", "CONAPRED", "CONAGUA", "INFONAVIT", "FOVISSSTE", "SNTE", "SIJE", "CAEL", "LGIPE", "LIPEES",
	"DOF", "CPEUM", "CP", "PDF", "URL", "WWW", "QR", "TV", "MXN", "USD", "UTC", "MST", "OK", "ID", "IA", "ONG", "ONGs",
	"LGBT", "LGBTI", "LGBTQ", "LGBTTTIQ", "LGBTIQ", "CAM", "CAES", "SE-CAE", "MDC", "UMA", "NSS", "CLABE", "SPEN",
	"DEOE", "DERFE", "RNP", "SNR", "PNT", "SIPOT", "CIDH", "UNESCO", "UNICEF", "OCDE", "FAQ", "RSVP", "SMS", "PIN",
}

// allCapsProperNouns are names the fix writes with their capitals. Places
// of Sonora and institutions' names; the dictionary adds the rest.
var allCapsProperNouns = []string{
	"Sonora", "Hermosillo", "México", "Mexicana", "Mexicano", "Mexicanos", "Mexicanas", "Cajeme", "Navojoa", "Guaymas", "Nogales", "Caborca",
	"Huatabampo", "Empalme", "Etchojoa", "Álamos", "Cananea", "Obregón", "Magdalena", "Bácum", "Yécora",
	"Moctezuma", "Ures", "Huépac", "Arizpe", "Sahuaripa", "Bavispe", "Nacozari", "Pitiquito", "Benjamín", "Hill",
	"Ímuris", "Banámichi", "Aconchi", "Baviácora", "Mazatán", "Rosario", "Quiriego", "Cucurpe", "Fronteras",
	"Naco", "Opodepe", "Rayón", "Tubutama", "Trincheras", "Oquitoa", "Sáric", "Plutarco", "Calles",
	"San Luis Río Colorado", "Puerto Peñasco", "Agua Prieta", "Ciudad Obregón", "San Ignacio Río Muerto",
	"General Plutarco Elías Calles", "Ciudad de México", "Estados Unidos Mexicanos", "Estados Unidos",
	"Instituto Estatal Electoral y de Participación Ciudadana", "Instituto Estatal Electoral", "Instituto Nacional Electoral",
	"Consejo General", "Tribunal Estatal Electoral", "Tribunal Electoral del Poder Judicial de la Federación",
	"Congreso del Estado", "Gobierno del Estado", "Suprema Corte de Justicia de la Nación", "Diario Oficial de la Federación",
	"Boletín Oficial", "Constitución Política", "Universidad de Sonora", "Universidad Estatal de Sonora",
	"Instituto Tecnológico de Sonora", "Universidad Nacional Autónoma de México", "Sala Superior", "Sala Regional Guadalajara", "Facebook", "Instagram", "Threads", "Bluesky", "Mastodon", "LinkedIn",
	"WhatsApp", "YouTube", "TikTok", "Twitter", "Google", "Internet",
}

// NewAllCaps returns the all-caps rule. acronyms and words come from the
// config (`acronyms:`, and `words:` whose capitalised entries are proper
// nouns); o adds the rule's own options. d, when not nil, tells words from
// unknown acronyms and restores proper nouns; nil leaves the built-in lists
// alone.
func NewAllCaps(o AllCapsOptions, acronyms, words []string, d *dict.Dictionary) *AllCaps {
	r := &AllCaps{
		acronyms: map[string]string{},
		proper:   map[string]string{},
		phrases:  map[string][]string{},
		minRun:   o.MinRun,
		maxAcr:   o.MaxAcronym,
		dict:     d,
		accents:  dict.ProbableAccents(),
	}
	if r.minRun <= 0 {
		r.minRun = 3
	}
	if r.maxAcr <= 0 {
		r.maxAcr = 5
	}
	upper := cases.Upper(language.Spanish)
	for _, list := range [][]string{allCapsAcronyms, acronyms, o.Acronyms} {
		for _, a := range list {
			if a = strings.TrimSpace(a); a != "" {
				r.acronyms[upper.String(a)] = a
			}
		}
	}
	addProper := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			return
		}
		if !strings.Contains(n, " ") {
			r.proper[capsFold(n)] = n
			return
		}
		first, _, _ := strings.Cut(n, " ")
		k := capsFold(first)
		r.phrases[k] = append(r.phrases[k], n)
	}
	for _, n := range allCapsProperNouns {
		addProper(n)
	}
	if d != nil {
		for _, n := range dict.Places() {
			addProper(n)
		}
	}
	for _, w := range words {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			addProper(w)
		}
	}
	for _, n := range o.ProperNouns {
		addProper(n)
	}
	return r
}

func allCapsFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o AllCapsOptions
	if err := cfg.Rule("all-caps").Options.Decode(&o); err != nil {
		return nil, err
	}
	if o.MinRun < 0 || o.MaxAcronym < 0 {
		return nil, fmt.Errorf("%s: rules.all-caps: min_run and max_acronym must not be negative", configWhere(cfg))
	}
	d := dict.Default()
	if len(cfg.Words) > 0 {
		d = d.WithWords(cfg.Words...)
	}
	return NewAllCaps(o, cfg.Acronyms, cfg.Words, d), nil
}

var allCapsMeta = lint.Meta{
	ID:       "all-caps",
	Criteria: []string{"6.XXIII"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Palabras y pasajes escritos en mayúsculas sostenidas",
		EN: "Words and passages written in capitals",
	},
	Doc: lint.Message{
		ES: "Los criterios piden escribir preferentemente con mayúsculas y minúsculas. La regla señala tres o más palabras " +
			"seguidas en mayúsculas, una oración o una publicación completa en mayúsculas y las palabras largas gritadas " +
			"(«ÚLTIMO DÍA»). No son gritos las siglas (IEE, IEEyPC, INE, PREP, CURP... y las de `acronyms:`), los números " +
			"romanos (XXIII), las palabras con cifras ni las palabras de hasta cinco letras sueltas en texto normal, que " +
			"suelen ser siglas. La corrección escribe el pasaje en tipo oración: mayúscula inicial de oración, siglas y " +
			"nombres propios (Sonora, Hermosillo, Instituto Estatal Electoral...) intactos, y acentos devueltos con el " +
			"diccionario (CIUDADANIA: ciudadanía). Cuando hay que elegir entre dos palabras (ULTIMO: último o ultimo; " +
			"MAGDALENA: el municipio o una magdalena) o una palabra es desconocida, la corrección se propone pero no se " +
			"aplica sola.",
		EN: "The criteria ask for upper and lower case. The rule reports three or more capitalised words in a row, a " +
			"sentence or a whole post in capitals, and long shouted words (\"ÚLTIMO DÍA\"). Acronyms (IEE, IEEyPC, INE, " +
			"PREP, CURP... and those in `acronyms:`), roman numerals (XXIII), words with digits and words of up to five " +
			"letters standing alone in normal text, which are usually acronyms, are not shouting. The fix writes the " +
			"passage in sentence case, keeping acronyms and proper nouns (Sonora, Hermosillo, Instituto Estatal Electoral...) " +
			"and restoring accents from the dictionary (CIUDADANIA: ciudadanía). When it must choose between two words " +
			"(ULTIMO: último or ultimo; MAGDALENA: the municipality or a cupcake) or a word is unknown, the fix is offered " +
			"but not applied on its own.",
	},
	Bad:  "ÚLTIMO DÍA PARA REGISTRARTE EN HERMOSILLO. CONSULTA EL PREP.",
	Good: "Último día para registrarte en Hermosillo. Consulta el PREP.",
	Messages: map[string]lint.Message{
		"post": {
			ES: "Toda la publicación está en mayúsculas: «%s»; escríbela en mayúsculas y minúsculas (criterio 6.XXIII)",
			EN: "The whole post is in capitals: \"%s\"; write it in upper and lower case (criterion 6.XXIII)",
		},
		"sentence": {
			ES: "Oración en mayúsculas sostenidas: «%s»; escríbela en mayúsculas y minúsculas (criterio 6.XXIII)",
			EN: "Sentence in capitals: \"%s\"; write it in upper and lower case (criterion 6.XXIII)",
		},
		"run": {
			ES: "Texto en mayúsculas sostenidas: «%s»; escríbelo en mayúsculas y minúsculas (criterio 6.XXIII)",
			EN: "Text in capitals: \"%s\"; write it in upper and lower case (criterion 6.XXIII)",
		},
		"word": {
			ES: "Palabra en mayúsculas sostenidas: «%s»; escríbela en minúsculas, con mayúscula inicial solo si empieza oración o es nombre propio (criterio 6.XXIII)",
			EN: "Word in capitals: \"%s\"; write it in lower case, capitalised only at the start of a sentence or in a proper noun (criterion 6.XXIII)",
		},
		"fix": {
			ES: "Escribir en mayúsculas y minúsculas",
			EN: "Write in upper and lower case",
		},
	},
}

// Meta implements lint.Rule.
func (*AllCaps) Meta() lint.Meta { return allCapsMeta }

// capsClass is what a word is for the rule.
type capsClass uint8

const (
	capsLower     capsClass = iota // holds a lower-case letter: breaks a run
	capsLetter                     // a single capital letter (Y, A, O): joins a run
	capsExempt                     // acronym, roman numeral, word with digits
	capsShout                      // a capitalised word of two or more letters
	capsNeutral                    // token, number: neither joins nor breaks
	capsAmbiguous                  // MI, DI, VI: a word or a roman numeral; joins a run
)

// capsWord is a word of the post as the rule sees it.
type capsWord struct {
	span    lint.Span
	text    string
	class   capsClass
	letters int
	accent  bool // has an accented capital: never an acronym
}

// Check implements lint.Rule.
func (r *AllCaps) Check(p *lint.Pass) error {
	words := p.Doc.Words()
	if !capsAny(words) {
		return nil
	}
	ws := make([]capsWord, 0, len(words))
	anyUpper := false
	for _, w := range words {
		cw := r.classify(w)
		if cw.class == capsShout {
			anyUpper = true
		}
		ws = append(ws, cw)
	}
	if !anyUpper {
		return nil
	}
	sents := newCapsSentences(p.Doc, ws)
	prose := 0
	for _, w := range ws {
		if w.class != capsNeutral {
			prose++
		}
	}
	reported := 0
	for i := 0; i < len(ws) && reported < capsMaxFindings; {
		if ws[i].class == capsLower || ws[i].class == capsNeutral {
			i++
			continue
		}
		// A run: capitalised words, with tokens and numbers in between.
		j, last := i, i
		for j < len(ws) && ws[j].class != capsLower {
			if ws[j].class != capsNeutral {
				last = j
			}
			j++
		}
		if r.run(p, ws, sents, i, last+1, prose) {
			reported++
		}
		i = j
	}
	return nil
}

// capsAny reports a prose word with two capital letters or more, before
// the rule spends anything on a post.
func capsAny(words []lint.Word) bool {
	for _, w := range words {
		if w.In != 0 {
			continue
		}
		n := 0
		for _, c := range w.Text {
			if unicode.IsUpper(c) {
				if n++; n == 2 {
					return true
				}
			}
		}
	}
	return false
}

// classify sorts a word of the Document.
func (r *AllCaps) classify(w lint.Word) capsWord {
	cw := capsWord{span: w.Span, text: w.Text}
	if w.In != 0 || !w.Letters {
		cw.class = capsNeutral
		return cw
	}
	upper := 0
	for _, c := range w.Text {
		switch {
		case unicode.IsLower(c):
			cw.class = capsLower
			return cw
		case unicode.IsUpper(c):
			upper++
			cw.letters++
			if c >= utf8.RuneSelf && unicode.IsLetter(c) && capsAccented(c) {
				cw.accent = true
			}
		case unicode.IsLetter(c):
			cw.letters++
		}
	}
	switch {
	case upper == 0:
		cw.class = capsNeutral // letters without case
	case w.Digits:
		cw.class = capsExempt
	case cw.letters == 1:
		cw.class = capsLetter
	case capsRomanWords[w.Text]:
		cw.class = capsAmbiguous
	case r.isAcronym(w.Text), r.dictAcronym(w.Text), strings.Contains(w.Text, "."):
		cw.class = capsExempt // IEE, ISSSTESON, initials (A.C., E.U.A.)
	case capsRoman(w.Text):
		cw.class = capsExempt
	case r.isWord(cw) || cw.letters >= 6 && capsWordLike(w.Text):
		cw.class = capsShout
	default:
		cw.class = capsExempt // an unknown short token: an acronym (SCSI, CEA)
	}
	return cw
}

func (r *AllCaps) isAcronym(s string) bool {
	_, ok := r.acronyms[s]
	if !ok && strings.HasSuffix(s, "S") { // plural of an acronym: CAES, OPLES
		_, ok = r.acronyms[s[:len(s)-1]]
	}
	return ok
}

// dictAcronym reports a form the dictionary writes in capitals and has no
// lower-case word for ("ISSSTESON", but not "SE": se is a word).
func (r *AllCaps) dictAcronym(s string) bool {
	if r.dict == nil {
		return false
	}
	e, ok := r.dict.Lookup(s)
	if !ok || !e.Acronym || e.Form != s {
		return false
	}
	lower, ok := r.dict.Lookup(strings.ToLower(s))
	return !ok || lower.Form != strings.ToLower(s)
}

// isWord reports whether a capitalised word is a word of the language, not
// an unknown acronym: with the dictionary, a known word, an accented one or
// one that is a word once its accents are restored; without it, a word
// with the vowels of one.
func (r *AllCaps) isWord(w capsWord) bool {
	if w.accent {
		return true
	}
	if r.dict != nil {
		lw := strings.ToLower(w.text)
		if e, ok := r.dict.Lookup(lw); ok {
			return !e.Acronym
		}
		return r.accentedWord(lw) // DIA, REPOSICION: words without their accents
	}
	return capsWordLike(w.text)
}

// capsAccented reports capitals that carry a diacritic (Á, É, Ñ, Ü...).
func capsAccented(c rune) bool {
	switch c {
	case 'Á', 'É', 'Í', 'Ó', 'Ú', 'Ü', 'Ñ', 'À', 'È', 'Ì', 'Ò', 'Ù':
		return true
	}
	return false
}

// capsRomanWords are roman numerals that are also Spanish words.
var capsRomanWords = map[string]bool{"MI": true, "DI": true, "VI": true, "LI": true, "MIX": true, "DIM": true, "CID": true, "VID": true, "MID": true, "MIL": true}

// capsRoman reports a well-formed roman numeral of two or more letters.
func capsRoman(s string) bool {
	if len(s) < 2 || capsRomanWords[s] {
		return false
	}
	// Thousands, hundreds, tens, units: each a digit pattern.
	rest := s
	for len(rest) > 0 && rest[0] == 'M' {
		rest = rest[1:]
	}
	if len(s)-len(rest) > 4 {
		return false
	}
	for _, d := range [][3]byte{{'C', 'D', 'M'}, {'X', 'L', 'C'}, {'I', 'V', 'X'}} {
		rest = capsRomanDigit(rest, d[0], d[1], d[2])
	}
	return rest == ""
}

// capsRomanDigit strips one decimal digit written with one, five, ten.
func capsRomanDigit(s string, one, five, ten byte) string {
	for _, p := range []string{
		string([]byte{one, ten}), string([]byte{one, five}),
		string([]byte{five, one, one, one}), string([]byte{five, one, one}), string([]byte{five, one}), string([]byte{five}),
		string([]byte{one, one, one}), string([]byte{one, one}), string([]byte{one}),
	} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// capsWordLike tells a shouted word from an unknown acronym: words have
// vowels and no long clusters of consonants (ISSSTESON has both).
func capsWordLike(s string) bool {
	vowels, letters, cluster := 0, 0, 0
	for _, c := range s {
		if !unicode.IsLetter(c) {
			continue
		}
		letters++
		if strings.ContainsRune("AEIOUÁÉÍÓÚÜ", c) {
			vowels++
			cluster = 0
			continue
		}
		if cluster++; cluster >= 4 {
			return false
		}
	}
	return letters > 0 && 10*vowels >= 3*letters
}

// capsSentences places the words in sentences: starts[i] is true for the
// first non-neutral word of a sentence, and first/last[k] are the first
// and last non-neutral word of sentence k (-1 when it has none). A line
// break ends a sentence.
type capsSentences struct {
	starts      []bool
	sent        []int // sentence of each word
	first, last []int
}

func newCapsSentences(d *lint.Document, ws []capsWord) capsSentences {
	sents := d.Sentences()
	cs := capsSentences{starts: make([]bool, len(ws)), sent: make([]int, len(ws)), first: make([]int, len(sents)), last: make([]int, len(sents))}
	for k := range sents {
		cs.first[k], cs.last[k] = -1, -1
	}
	si := 0
	for i, w := range ws {
		for si < len(sents) && sents[si].End <= w.span.Start {
			si++
		}
		cs.sent[i] = si
		if w.class == capsNeutral || si >= len(sents) {
			continue
		}
		if cs.first[si] < 0 {
			cs.first[si] = i
			cs.starts[i] = true
		}
		cs.last[si] = i
	}
	return cs
}

// covers reports whether the words ws[a:b] hold every non-neutral word of
// a sentence.
func (cs capsSentences) covers(a, b int) bool {
	for k := cs.sent[a]; k <= cs.sent[b-1] && k < len(cs.first); k++ {
		if cs.first[k] >= a && cs.first[k] >= 0 && cs.last[k] < b {
			return true
		}
	}
	return false
}

// capsMaxFindings bounds the findings of a post: a text with thousands of
// shouted passages needs one look, not thousands of lines.
const capsMaxFindings = 25

// capsMaxFixWords is the longest passage the fix rewrites.
const capsMaxFixWords = 2000

// run reports the capitalised words ws[a:b] when they shout, and returns
// whether it did.
func (r *AllCaps) run(p *lint.Pass, ws []capsWord, sents capsSentences, a, b, prose int) bool {
	n, shout, long, items := 0, 0, 0, 0
	for _, w := range ws[a:b] {
		switch w.class {
		case capsShout:
			shout++
			n++
			if w.letters > r.maxAcr && r.isWord(w) {
				long++
			}
		case capsExempt:
			n++
		}
		if w.class != capsNeutral {
			items++
		}
	}
	if shout == 0 {
		return false
	}
	// One short capitalised word is taken for an acronym even when it
	// makes a whole sentence, unless it is the whole post and a word.
	single := shout == 1 && long == 0
	key := ""
	switch {
	case items == prose && (!single || r.wholeWord(ws[a:b])):
		key = "post"
	case !single && sents.covers(a, b):
		key = "sentence"
	case n >= r.minRun && shout >= 2:
		key = "run"
	case long > 0 && items == 1:
		key = "word"
	case long > 0:
		key = "run"
	default:
		return false
	}
	span := lint.Span{Start: ws[a].span.Start, End: ws[b-1].span.End}
	f := lint.Finding{
		Kind:    key,
		Span:    span,
		Message: p.Msgf(key, capsQuote(p.Doc.Slice(span))),
	}
	// A passage of thousands of words is not a post to fix word by word.
	if b-a > capsMaxFixWords {
		p.Report(f)
		return true
	}
	if edits, sure := r.fix(ws, sents.starts, a, b); len(edits) > 0 {
		// A fix that had to guess is offered, for a person to apply.
		f.Fixes = []lint.Fix{{Safe: sure, Message: p.Msgf("fix"), Edits: edits}}
	}
	p.Report(f)
	return true
}

// wholeWord reports whether the one shouted word in ws is a word of the
// language ("¡VOTA!"), not an unknown acronym.
func (r *AllCaps) wholeWord(ws []capsWord) bool {
	for _, w := range ws {
		if w.class == capsShout {
			return r.isWord(w)
		}
	}
	return false
}

// fix writes ws[a:b] in sentence case and reports whether the result is
// sure: false when a word had to be chosen between two (ultimo or último,
// the town of Magdalena or a magdalena) or is unknown, so that a person
// decides.
func (r *AllCaps) fix(ws []capsWord, starts []bool, a, b int) ([]lint.Edit, bool) {
	lower := cases.Lower(language.Spanish)
	news := make([]string, b-a)
	unsure := make([]bool, b-a)
	accents := false // the writer puts accents on capitals
	for _, w := range ws[a:b] {
		accents = accents || w.accent
	}
	for i := a; i < b; i++ {
		w := ws[i]
		switch w.class {
		case capsNeutral:
			news[i-a] = w.text
		case capsExempt:
			news[i-a] = w.text
			if c, ok := r.acronyms[w.text]; ok {
				news[i-a] = c
			}
		case capsLetter:
			news[i-a] = w.text
			if !starts[i] && strings.ContainsAny(w.text, "AEOUYÓ") {
				news[i-a] = lower.String(w.text)
			}
		default:
			c := r.choose(ws, i, accents, lower)
			unsure[i-a] = !c.sure
			news[i-a] = c.form
			if starts[i] && !c.proper {
				news[i-a] = capsTitle(c.form)
			}
		}
	}
	r.phraseCase(ws, a, b, news, unsure)
	r.nameCase(ws, starts, a, b, news, cases.Title(language.Spanish))
	var edits []lint.Edit
	sure := true
	for i := a; i < b; i++ {
		sure = sure && !unsure[i-a]
		if news[i-a] != ws[i].text {
			edits = append(edits, lint.Edit{Start: ws[i].span.Start, End: ws[i].span.End, New: news[i-a]})
		}
	}
	return edits, sure
}

// capsNameMaxFreq is the frequency class from which a word that is also a
// name is taken for the word.
const capsNameMaxFreq = 10

// nameCase gives a word that is also a first name or surname (MARÍA,
// CRUZ, ROSAS) its capital when a neighbour in the passage is a name:
// "MARÍA FERNANDA" is María Fernanda, though maría is also a word.
func (r *AllCaps) nameCase(ws []capsWord, starts []bool, a, b int, news []string, title cases.Caser) {
	if r.dict == nil {
		return
	}
	isName := func(k int) bool {
		if k < a || k >= b || ws[k].class != capsShout {
			return false
		}
		c, _ := utf8.DecodeRuneInString(news[k-a])
		return unicode.IsUpper(c) && !starts[k]
	}
	for changed := true; changed; {
		changed = false
		for i := a; i < b; i++ {
			c, _ := utf8.DecodeRuneInString(news[i-a])
			if ws[i].class != capsShout || unicode.IsUpper(c) || !(isName(i-1) || isName(i+1)) {
				continue
			}
			// Frequent words (en, del, con) stay words.
			if ws[i].letters < 3 {
				continue
			}
			if lw, ok := r.dict.Lookup(news[i-a]); ok && lw.Form == news[i-a] && lw.Freq >= capsNameMaxFreq {
				continue
			}
			t := title.String(news[i-a])
			if e, ok := r.dict.Lookup(t); ok && e.Form == t && e.Proper {
				news[i-a] = t
				changed = true
			}
		}
	}
}

// phraseCase gives multi-word proper nouns inside ws[a:b] their capitals
// and accents ("SAN LUIS RIO COLORADO" is San Luis Río Colorado); a word
// of a phrase is sure.
func (r *AllCaps) phraseCase(ws []capsWord, a, b int, news []string, unsure []bool) {
	for i := a; i < b; i++ {
		if ws[i].class == capsNeutral {
			continue
		}
		cands := r.phrases[capsFold(ws[i].text)]
		best := []string(nil)
		for _, ph := range cands {
			parts := strings.Fields(ph)
			if len(parts) <= len(best) || i+len(parts) > b {
				continue
			}
			ok := true
			for k, part := range parts {
				w := ws[i+k]
				if w.class == capsNeutral || capsFold(w.text) != capsFold(part) {
					ok = false
					break
				}
			}
			if ok {
				best = parts
			}
		}
		for k, part := range best {
			news[i+k-a] = part
			unsure[i+k-a] = false
		}
		if len(best) > 0 {
			i += len(best) - 1
		}
	}
}

// capsQuote shortens a passage for a message: one line, at most 60
// characters.
func capsQuote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	n := 0
	for i := range s {
		if n == 57 {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}
