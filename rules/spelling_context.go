package rules

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

// Context spelling: words that are correct on their own but not where they
// stand (mas for más, esta for está, «se publico» for «se publicó», «de
// echo» for «de hecho»). Each check reads the neighbours of a word in the
// Document's word stream and their analyses from dict, and speaks only when
// the neighbours decide; otherwise it stays quiet. The pairs follow the
// Ortografía de la lengua española (RAE y ASALE, 2010), §3.4 (tilde
// diacrítica) and §3.4.2 (interrogativos y exclamativos).

// ctxPost holds what the context checks of one post read.
type ctxPost struct {
	r      *Spelling
	p      *lint.Pass
	text   string
	words  []lint.Word
	starts []bool
	low    []string          // lower case of prose words, "" elsewhere
	ana    [][]dict.Analysis // analyses, computed on first use
	anaOK  []bool
	q      []bool // the word lies in a question
	qstart []bool // first word of a question
	estart []bool // first word of an exclamation
	skip   []bool // already reported as the second word of a pair
	flags  []bool // backing array of the five above
	buf    []dict.Analysis
}

// ctxPosts keeps the per-post state of the context checks between posts:
// its slices are most of what the spelling rule allocates per post.
var ctxPosts = sync.Pool{New: func() any { return &ctxPost{buf: make([]dict.Analysis, 0, 64)} }}

// ctxPoolMax is the most words whose state goes back to the pool; a huge
// post's is left to the collector.
const ctxPoolMax = 2048

func newCtxPost(r *Spelling, p *lint.Pass, words []lint.Word, starts []bool) *ctxPost {
	n := len(words)
	c := ctxPosts.Get().(*ctxPost)
	c.r, c.p, c.text, c.words, c.starts = r, p, p.Doc.Text, words, starts
	if cap(c.low) < n {
		c.low = make([]string, n)
		c.ana = make([][]dict.Analysis, n)
		c.flags = make([]bool, 5*n)
	} else {
		c.low = c.low[:n]
		c.ana = c.ana[:n]
		c.flags = c.flags[:5*n]
		clear(c.low)
		clear(c.ana)
		clear(c.flags)
	}
	f := c.flags
	c.anaOK, c.q, c.qstart, c.estart, c.skip = f[:n:n], f[n:2*n:2*n], f[2*n:3*n:3*n], f[3*n:4*n:4*n], f[4*n:]
	c.buf = c.buf[:0]
	for i, w := range words {
		if w.In == 0 && w.Letters && !w.Digits {
			c.low[i] = strings.ToLower(w.Text)
		}
	}
	c.marks('?', '¿', c.q, c.qstart)
	c.marks('!', '¡', nil, c.estart)
	return c
}

// release returns c to the pool; c is not used after it.
func (c *ctxPost) release() {
	if len(c.low) > ctxPoolMax || cap(c.buf) > 64*ctxPoolMax {
		return
	}
	clear(c.low) // no strings of the post stay reachable
	c.r, c.p, c.text, c.words, c.starts = nil, nil, "", nil, nil
	ctxPosts.Put(c)
}

// marks finds the questions (or exclamations) of the post: the words
// before a closing mark back to its opening mark or, when the writer left
// the opening mark out, to the start of the sentence.
func (c *ctxPost) marks(closeMark, openMark rune, in, first []bool) {
	for i := range c.words {
		if !strings.ContainsRune(c.after(i), closeMark) {
			continue
		}
		for j := i; j >= 0; j-- {
			if in != nil {
				in[j] = true
			}
			g := c.gap(j)
			if strings.ContainsRune(g, openMark) || c.starts[j] || strings.ContainsAny(g, ".!?;:\n") {
				first[j] = true
				break
			}
		}
	}
}

// gap is the text between word i-1 (or the start) and word i.
func (c *ctxPost) gap(i int) string {
	if i <= 0 {
		return c.text[:c.words[0].Start]
	}
	return c.text[c.words[i-1].End:c.words[i].Start]
}

// after is the text between word i and the next word (or the end).
func (c *ctxPost) after(i int) string {
	if i+1 < len(c.words) {
		return c.text[c.words[i].End:c.words[i+1].Start]
	}
	return c.text[c.words[i].End:]
}

// blank reports whether s holds only spaces.
func blank(s string) bool {
	return strings.TrimSpace(s) == ""
}

// prev returns the word before i when nothing but spaces separates them
// and it is prose, or -1.
func (c *ctxPost) prev(i int) int {
	if i <= 0 || c.low[i-1] == "" || !blank(c.gap(i)) || c.starts[i] {
		return -1
	}
	return i - 1
}

// next returns the word after i when nothing but spaces separates them.
func (c *ctxPost) next(i int) int {
	if i+1 >= len(c.words) || c.low[i+1] == "" || !blank(c.after(i)) || c.starts[i+1] {
		return -1
	}
	return i + 1
}

// lw returns the lower-case word i, or "" when i is out of range.
func (c *ctxPost) lw(i int) string {
	if i < 0 || i >= len(c.low) {
		return ""
	}
	return c.low[i]
}

// stop reports whether punctuation or the end of the post follows word i.
// An opening quotation mark or bracket does not stop the phrase: «en mi
// «perfil»», «lleva el "don"».
func (c *ctxPost) stop(i int) bool {
	if i+1 >= len(c.words) {
		return true
	}
	a := c.after(i)
	t := strings.TrimLeft(a, " ")
	if strings.HasPrefix(t, "«") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "(") ||
		len(t) < len(a) && (t == "\"" || t == "'") {
		return false
	}
	return strings.ContainsAny(a, ".,;:!?)»\"…—\n") || c.starts[i+1]
}

// joined reports whether word i is part of a compound joined by a hyphen
// or a slash (Sun Yat-Se, y/o): its neighbours are not its context.
func (c *ctxPost) joined(i int) bool {
	return i > 0 && joiner(c.gap(i)) || i+1 < len(c.words) && joiner(c.after(i))
}

// joiner reports whether s is made only of hyphens and slashes.
func joiner(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] != '-' && s[k] != '/' {
			return false
		}
	}
	return s != ""
}

// an returns the analyses of word i.
func (c *ctxPost) an(i int) []dict.Analysis {
	if i < 0 || i >= len(c.words) || c.low[i] == "" {
		return nil
	}
	if !c.anaOK[i] {
		c.anaOK[i] = true
		start := len(c.buf)
		c.buf = c.r.d.Analyze(c.words[i].Text, c.buf)
		c.ana[i] = c.buf[start:len(c.buf):len(c.buf)]
	}
	return c.ana[i]
}

func finite(a dict.Analysis) bool {
	return a.POS == dict.Verb && (a.Mood == dict.Indicative || a.Mood == dict.Subjunctive || a.Mood == dict.Imperative)
}

// has reports whether some reading of word i satisfies f.
func (c *ctxPost) has(i int, f func(dict.Analysis) bool) bool {
	for _, a := range c.an(i) {
		if f(a) {
			return true
		}
	}
	return false
}

func isPOS(ps ...dict.POS) func(dict.Analysis) bool {
	return func(a dict.Analysis) bool {
		for _, p := range ps {
			if a.POS == p {
				return true
			}
		}
		return false
	}
}

var (
	nominal = isPOS(dict.Noun, dict.Adjective, dict.ProperNoun)
	nounish = isPOS(dict.Noun, dict.ProperNoun)
	adjish  = func(a dict.Analysis) bool {
		return a.POS == dict.Adjective || a.POS == dict.Verb && a.Mood == dict.Participle
	}
	gerund   = func(a dict.Analysis) bool { return a.POS == dict.Verb && a.Mood == dict.Gerund }
	infinit  = func(a dict.Analysis) bool { return a.POS == dict.Verb && a.Mood == dict.Infinitive }
	particip = func(a dict.Analysis) bool { return a.POS == dict.Verb && a.Mood == dict.Participle }
	otherCat = isPOS(dict.Adverb, dict.Preposition, dict.Conjunction, dict.Pronoun, dict.Determiner)
)

// known reports whether word i has analyses at all.
func (c *ctxPost) known(i int) bool { return len(c.an(i)) > 0 }

// onlyNoun reports whether word i is a noun and nothing that could follow
// a verb form (no verb, adjective, adverb, preposition or pronoun reading).
func (c *ctxPost) onlyNoun(i int) bool {
	if !c.known(i) || !c.has(i, nounish) {
		return false
	}
	return !c.has(i, func(a dict.Analysis) bool {
		return a.POS == dict.Verb || a.POS == dict.Adjective || otherCat(a) || a.POS == dict.Interjection
	})
}

// nounLike reports whether word i is a lower-case noun with no finite verb
// or closed-class reading (resultados: also a participle).
func (c *ctxPost) nounLike(i int) bool {
	return c.has(i, nounish) && dict.CasingOf(c.words[i].Text) == dict.Lower &&
		!c.has(i, func(a dict.Analysis) bool { return finite(a) || otherCat(a) })
}

// pluralNoun reports whether word i, which the morphology may give only as
// a verb (destino: destinar), has a plural that is a noun or an unanalysed
// word of the dictionary (destinos): it is a noun too.
func (c *ctxPost) pluralNoun(i int) bool {
	l := c.low[i]
	if l == "" || !strings.ContainsAny(l[len(l)-1:], "aeo") {
		return false
	}
	pl := l + "s"
	if !c.r.d.Contains(pl) {
		return false
	}
	as := c.r.d.Analyze(pl, c.buf[len(c.buf):])
	if len(as) == 0 {
		return true
	}
	for _, a := range as {
		if a.POS == dict.Noun {
			return true
		}
	}
	return false
}

// onlyFinite reports whether word i is only a finite verb form.
func (c *ctxPost) onlyFinite(i int) bool {
	if !c.known(i) {
		return false
	}
	return !c.has(i, func(a dict.Analysis) bool { return !finite(a) })
}

// lemmaIn reports whether some verb reading of word i has a lemma in set.
func (c *ctxPost) lemmaIn(i int, set map[string]bool) bool {
	return c.has(i, func(a dict.Analysis) bool { return a.POS == dict.Verb && set[a.Lemma] })
}

// lemmaOf reports whether some verb reading of word i has one of lemmas.
func (c *ctxPost) lemmaOf(i int, lemmas ...string) bool {
	return c.has(i, func(a dict.Analysis) bool { return a.POS == dict.Verb && oneOf(a.Lemma, lemmas...) })
}

// oneOf reports whether w is one of ws.
func oneOf(w string, ws ...string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	ctxDet = set("el", "un", "una", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "ese", "esa",
		"esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "su", "sus", "mi", "mis", "tu", "tus",
		"nuestro", "nuestra", "nuestros", "nuestras", "cada")
	ctxArticleAmb = set("la", "las", "los")
	ctxPrep       = set("a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia",
		"hasta", "mediante", "para", "por", "según", "sin", "sobre", "tras")
	ctxClitic  = set("me", "te", "se", "le", "les", "nos", "lo", "la", "los", "las")
	ctxSubject = map[string][2]uint8{ // person, number
		"yo": {1, 1}, "tú": {2, 1}, "él": {3, 1}, "ella": {3, 1}, "usted": {3, 1},
		"nosotros": {1, 2}, "nosotras": {1, 2}, "ellos": {3, 2}, "ellas": {3, 2}, "ustedes": {3, 2},
	}
	ctxPast  = set("ayer", "anoche", "antier", "anteayer", "antenoche")
	ctxKnow  = set("saber", "preguntar", "averiguar", "explicar", "entender", "comprender", "ignorar", "indicar", "consultar", "revisar", "checar", "decir", "descubrir", "enseñar", "aprender", "investigar", "imaginar", "mostrar", "conocer", "ver", "mirar", "recordar", "olvidar", "elegir", "decidir", "informar", "verificar", "platicar", "contar")
	ctxWhyV  = set("saber", "preguntar", "averiguar", "ignorar", "entender", "comprender", "explicar", "decir", "contar", "imaginar", "investigar", "descubrir", "olvidar", "recordar")
	ctxQWord = map[string]string{"que": "qué", "como": "cómo", "cuando": "cuándo", "donde": "dónde", "adonde": "adónde",
		"quien": "quién", "quienes": "quiénes", "cual": "cuál", "cuales": "cuáles", "cuanto": "cuánto", "cuanta": "cuánta",
		"cuantos": "cuántos", "cuantas": "cuántas"}
	ctxQPrep = set("a", "de", "en", "con", "por", "para", "desde", "hasta", "hacia", "sobre", "entre", "y", "pero", "entonces", "o")
	ctxNeg   = set("no", "nunca", "ni", "tampoco", "nadie", "nada", "jamás", "ningún", "ninguna", "ninguno")
	ctxQuant = set("un", "una", "unos", "unas", "mucho", "mucha", "muchos", "muchas", "varios", "varias", "poco", "poca",
		"pocos", "pocas", "algún", "alguna", "algunos", "algunas", "suficiente", "suficientes", "demasiados", "demasiadas")
)

// check runs the context checks on word i and reports whether the word is
// settled: reported, or found right in its context (the per-word checks
// then leave it alone).
func (c *ctxPost) check(i int) bool {
	if c.skip[i] {
		return true
	}
	l := c.low[i]
	if l == "" || c.words[i].In != 0 || c.joined(i) {
		return false
	}
	if f, ok := ctxChecks[l]; ok {
		if f(c, i) {
			return true
		}
	}
	return c.morphPair(i)
}

var ctxChecks map[string]func(c *ctxPost, i int) bool

func init() {
	ctxChecks = map[string]func(c *ctxPost, i int) bool{
		"mas": (*ctxPost).mas, "más": (*ctxPost).masAcc, "esta": (*ctxPost).esta, "está": (*ctxPost).estaAcc,
		"aun": (*ctxPost).aun, "aún": (*ctxPost).aunAcc, "si": (*ctxPost).si, "sí": (*ctxPost).siAcc,
		"el": (*ctxPost).el, "él": (*ctxPost).elAcc, "tu": (*ctxPost).tu, "tú": (*ctxPost).tuAcc,
		"mi": (*ctxPost).mi, "mí": (*ctxPost).miAcc, "se": (*ctxPost).se, "sé": (*ctxPost).seAcc,
		"de": (*ctxPost).de, "dé": (*ctxPost).deAcc, "te": (*ctxPost).te, "té": (*ctxPost).teAcc,
		"porque": (*ctxPost).porque, "porqué": (*ctxPost).porqueNoun, "por": (*ctxPost).porQue,
		"echo": (*ctxPost).echo, "hecho": (*ctxPost).hecho, "haber": (*ctxPost).haber, "a": (*ctxPost).aVer,
		"ahí": (*ctxPost).ahi, "hay": (*ctxPost).hay, "ay": (*ctxPost).ay, "tubo": (*ctxPost).tubo, "tuvo": (*ctxPost).tuvo,
		"valla": (*ctxPost).valla, "vaya": (*ctxPost).vaya, "halla": (*ctxPost).halla, "haya": (*ctxPost).haya, "ves": (*ctxPost).ves,
		"vez": (*ctxPost).vez, "calló": (*ctxPost).callo, "sino": (*ctxPost).sino,
		"qué": (*ctxPost).queAcc, "dónde": (*ctxPost).queAcc, "cómo": (*ctxPost).comoAcc,
		"cuándo": (*ctxPost).whenAcc, "cayó": (*ctxPost).cayo,
	}
	for w := range ctxQWord {
		if w == "que" || w == "como" || w == "cuando" || w == "donde" || w == "quien" || w == "cual" || w == "quienes" || w == "cuales" || w == "adonde" ||
			strings.HasPrefix(w, "cuant") {
			w := w
			prevF := ctxChecks[w]
			ctxChecks[w] = func(c *ctxPost, i int) bool {
				if c.interrogative(i) {
					return true
				}
				if prevF != nil {
					return prevF(c, i)
				}
				return false
			}
		}
	}
}

// report reports word i (through word j) as a context error with fix.
func (c *ctxPost) report(i, j int, kind string, fix string, was, want lint.Message) bool {
	sp := lint.Span{Start: c.words[i].Start, End: c.words[j].End}
	orig := c.text[sp.Start:sp.End]
	fix = dict.MatchCase(fix, orig)
	p := c.p
	p.Report(lint.Finding{
		Kind:    kind,
		Span:    sp,
		Message: p.Msgf("context", orig, p.Msg(was), fix, p.Msg(want)),
		Fixes:   []lint.Fix{{Message: p.Msgf("fix", fix), Edits: []lint.Edit{{Start: sp.Start, End: sp.End, New: fix}}}},
	})
	for k := i + 1; k <= j; k++ {
		c.skip[k] = true
	}
	return true
}

// pair reports word i, whose reading is glossed under its own form, with
// the fix glossed under fix.
func (c *ctxPost) pair(i int, kind, fix string) bool {
	return c.pairSpan(i, i, kind, fix)
}

func (c *ctxPost) pairSpan(i, j int, kind, fix string) bool {
	from := c.low[i]
	if j > i {
		from += " " + c.low[j]
	}
	return c.report(i, j, kind, fix, ctxGloss[from], ctxGloss[fix])
}

// ctxGloss says briefly what each member of a pair means.
var ctxGloss = map[string]lint.Message{
	"más":     {ES: "cantidad o comparación", EN: "'more'"},
	"mas":     {ES: "equivale a «pero»", EN: "means 'but'"},
	"está":    {ES: "verbo estar", EN: "the verb 'is'"},
	"esta":    {ES: "demostrativo: esta semana", EN: "the demonstrative 'this'"},
	"aún":     {ES: "todavía", EN: "'still, yet'"},
	"aun":     {ES: "incluso", EN: "'even'"},
	"sí":      {ES: "afirmación o pronombre: sí mismo", EN: "'yes' or 'itself'"},
	"si":      {ES: "condición: si votas", EN: "'if'"},
	"él":      {ES: "pronombre personal", EN: "the pronoun 'he'"},
	"el":      {ES: "artículo: el voto", EN: "the article 'the'"},
	"tú":      {ES: "pronombre personal", EN: "the pronoun 'you'"},
	"tu":      {ES: "posesivo: tu voto", EN: "the possessive 'your'"},
	"mí":      {ES: "pronombre: para mí", EN: "the pronoun 'me'"},
	"mi":      {ES: "posesivo: mi voto", EN: "the possessive 'my'"},
	"sé":      {ES: "verbo saber o ser: no sé, sé responsable", EN: "the verb 'I know' or 'be'"},
	"se":      {ES: "pronombre: se publicó", EN: "a pronoun, as in «se publicó»"},
	"dé":      {ES: "verbo dar: que se dé", EN: "the verb 'give'"},
	"de":      {ES: "preposición", EN: "the preposition 'of'"},
	"té":      {ES: "la bebida", EN: "'tea'"},
	"te":      {ES: "pronombre: te invitamos", EN: "the pronoun 'you'"},
	"qué":     {ES: "interrogativo o exclamativo", EN: "interrogative or exclamative"},
	"que":     {ES: "relativo o conjunción", EN: "relative or conjunction"},
	"interr":  {ES: "interrogativo o exclamativo", EN: "interrogative or exclamative"},
	"rel":     {ES: "relativo o conjunción", EN: "relative or conjunction"},
	"por qué": {ES: "pregunta la causa", EN: "asks 'why'"},
	"porque":  {ES: "da la causa", EN: "gives the cause, 'because'"},
	"porqué":  {ES: "sustantivo: el porqué", EN: "the noun 'the reason'"},
	"por que": {ES: "preposición y relativo", EN: "preposition and relative"},
	"hecho":   {ES: "participio de hacer: he hecho, de hecho", EN: "past participle of 'do'"},
	"echo":    {ES: "verbo echar", EN: "the verb 'throw'"},
	"haber":   {ES: "verbo haber", EN: "the verb 'have'"},
	"a ver":   {ES: "expresión: a ver si…", EN: "'let's see'"},
	"hay":     {ES: "verbo haber: hay que", EN: "'there is'"},
	"ahí":     {ES: "lugar", EN: "'there'"},
	"ay":      {ES: "queja o sorpresa", EN: "the interjection 'oh'"},
	"tuvo":    {ES: "verbo tener", EN: "the verb 'had'"},
	"tubo":    {ES: "cilindro hueco", EN: "'tube'"},
	"vaya":    {ES: "verbo ir o exclamación", EN: "the verb 'go' or an exclamation"},
	"valla":   {ES: "cerca o cartel", EN: "'fence, billboard'"},
	"haya":    {ES: "verbo haber", EN: "the verb 'have'"},
	"halla":   {ES: "verbo hallar: encuentra", EN: "'finds'"},
	"vez":     {ES: "ocasión: una vez", EN: "'time, occasion'"},
	"ves":     {ES: "verbo ver", EN: "'you see'"},
	"cayó":    {ES: "verbo caer", EN: "'fell'"},
	"calló":   {ES: "verbo callar", EN: "'fell silent'"},
	"sino":    {ES: "no esto sino aquello", EN: "'but rather'"},
	"si no":   {ES: "condición negativa: si no votas", EN: "'if not'"},
}

// --- más / mas -----------------------------------------------------------

func (c *ctxPost) mas(i int) bool {
	// After a comma or semicolon mas may be the literary «pero».
	if strings.ContainsAny(c.gap(i), ",;") || oneOf(c.lw(c.next(i)), "no", "nunca", "tampoco", "sí", "ni") {
		return false
	}
	return c.pair(i, "accent", "más")
}

// masAcc catches «más» for the literary «mas» (pero): after a comma and
// before «no» and a verb: «Lo intentamos, más no fue posible».
func (c *ctxPost) masAcc(i int) bool {
	n := c.next(i)
	if !strings.Contains(c.gap(i), ",") || n < 0 || c.low[n] != "no" {
		return false
	}
	k := c.next(n)
	for k >= 0 && ctxClitic[c.low[k]] {
		k = c.next(k)
	}
	if k >= 0 && c.onlyFinite(k) {
		return c.pair(i, "accent", "mas")
	}
	return false
}

// --- está / esta ---------------------------------------------------------

func (c *ctxPost) esta(i int) bool {
	n := c.next(i)
	pv := c.prev(i)
	if pv >= 0 && ctxPrep[c.low[pv]] {
		return false // «de esta manera»: a verb never follows a preposition
	}
	if n < 0 {
		// «¿Dónde esta?», «El PREP esta.»: a verb; «Prefiero esta.»: a pronoun.
		if c.stop(i) && pv >= 0 && (oneOf(c.low[pv], "dónde", "donde", "cómo", "como", "aquí", "ahí", "allí", "allá", "ya", "no") ||
			c.has(pv, isPOS(dict.ProperNoun)) && !c.has(pv, isPOS(dict.Verb, dict.Preposition))) {
			return c.pair(i, "accent", "está")
		}
		return false
	}
	if pv >= 0 && c.q[i] && oneOf(c.low[pv], "dónde", "donde", "cómo", "como", "quién") && !c.onlyNoun(n) {
		return c.pair(i, "accent", "está") // «¿Dónde esta la casilla?»
	}
	// A pronoun never takes a demonstrative after it: «Todo esta listo»,
	// «Ella esta en la sesión» (but «para ella esta decisión»).
	if pv >= 0 && ctxPronSubject[c.low[pv]] && !ctxPrep[c.lw(c.prev(pv))] && !c.onlyNoun(n) {
		return c.pair(i, "accent", "está")
	}
	if c.has(n, finite) && !c.has(n, nominal) {
		return false // «esta es», pronoun subject
	}
	if oneOf(c.low[n], "el", "un", "una", "unos", "unas") {
		return c.pair(i, "accent", "está") // two determiners never meet: «¿Dónde esta la casilla?»
	}
	nounR := c.has(n, nounish)
	verbComp := c.has(n, func(a dict.Analysis) bool {
		return adjish(a) || gerund(a) || a.POS == dict.Adverb || a.POS == dict.Preposition
	})
	if !verbComp || !c.known(n) {
		return false
	}
	if ctxPrep[c.low[n]] && c.low[n] != "de" || c.low[n] == "de" && c.lw(n+1) == "acuerdo" {
		return c.pair(i, "accent", "está")
	}
	if c.has(n, func(a dict.Analysis) bool { return a.POS == dict.Adverb }) && !nounR {
		if oneOf(c.low[n], "más", "menos", "no", "sí", "también", "tampoco", "ya", "siempre", "nunca", "solo", "sólo", "aquí", "ahora", "hoy") {
			return false
		}
		return c.pair(i, "accent", "está")
	}
	nn := c.next(n)
	// «¿Ya esta lista tu credencial?»: the subject comes after.
	if nn >= 0 && ctxDet[c.low[nn]] && !oneOf(c.low[nn], "esta", "este", "estos", "estas", "cada") && c.has(n, adjish) {
		return c.pair(i, "accent", "está")
	}
	if nn >= 0 && c.has(nn, nounish) && !c.has(nn, isPOS(dict.Preposition, dict.Conjunction)) {
		return false // «esta nueva etapa»: an adjective before the noun
	}
	if c.has(n, gerund) {
		return c.pair(i, "accent", "está")
	}
	if !nounR {
		return c.pair(i, "accent", "está")
	}
	// Noun or adjective (lista, abierta): a verb after a subject noun.
	if pv >= 0 && c.has(pv, nominal) && !c.has(pv, isPOS(dict.Verb, dict.Preposition, dict.Determiner)) && c.lw(nn) != "de" {
		return c.pair(i, "accent", "está")
	}
	return false
}

func (c *ctxPost) estaAcc(i int) bool {
	n := c.next(i)
	// A preposition never comes before a verb: «en está consulta».
	afterPrep := ctxPrep[c.lw(c.prev(i))] && n >= 0 && c.has(n, nounish) && !c.has(n, otherCat)
	if n < 0 || dict.CasingOf(c.words[n].Text) != dict.Lower || !c.onlyNoun(n) && !afterPrep {
		return false
	}
	// «está semana»: a feminine singular noun needs the demonstrative.
	if !c.has(n, func(a dict.Analysis) bool { return a.Gender != dict.Masculine && a.Number != dict.Plural }) {
		return false
	}
	return c.pair(i, "accent", "esta")
}

// ctxPronSubject are pronouns that may be the subject of a verb and are
// never followed by a determiner.
var ctxPronSubject = set("todo", "eso", "esto", "aquello", "nada", "algo", "alguien", "nadie", "ello", "él", "ella",
	"ellos", "ellas", "usted", "ustedes", "yo", "tú", "nosotros", "nosotras")

// --- aún / aun -----------------------------------------------------------

var ctxAunStill = set("no", "hay", "falta", "faltan", "queda", "quedan", "es", "son", "está", "están", "estás", "estamos",
	"tienes", "tiene", "tenemos", "tienen", "puedes", "puede", "pueden", "podemos", "sigue", "siguen", "existe", "existen",
	"estás", "estar", "seguimos", "continúa", "continúan", "hace", "era", "estaba", "había")

func (c *ctxPost) aun(i int) bool {
	if c.lw(c.prev(i)) == "ni" {
		return false
	}
	n := c.next(i)
	if n >= 0 && ctxAunStill[c.low[n]] || n < 0 && c.stop(i) && i > 0 && !c.starts[i] {
		return c.pair(i, "accent", "aún")
	}
	// Aun (incluso) goes before a phrase, a gerund or «así», «cuando», «si»;
	// before a finite verb it is aún (todavía): «¿Aun puedo votar?».
	if n >= 0 && c.onlyFinite(n) && c.has(n, func(a dict.Analysis) bool { return a.Mood == dict.Indicative }) {
		return c.pair(i, "accent", "aún")
	}
	return false
}

func (c *ctxPost) aunAcc(i int) bool {
	n := c.next(i)
	if c.lw(c.prev(i)) == "ni" || n >= 0 && (oneOf(c.low[n], "así", "cuando", "si") || c.has(n, gerund) && !c.has(n, finite)) {
		return c.pair(i, "accent", "aun")
	}
	return false
}

// --- sí / si -------------------------------------------------------------

func (c *ctxPost) si(i int) bool {
	if c.siNo(i) {
		return true
	}
	n := c.next(i)
	pv := c.prev(i)
	switch {
	case n >= 0 && c.low[n] == "que" && pv >= 0 && oneOf(c.low[pv], "eso", "esto", "ahora", "ahí", "aquí", "ese", "esa", "este", "esta"):
		return c.pair(i, "accent", "sí") // «eso sí que es»
	case n >= 0 && oneOf(c.low[n], "mismo", "misma", "mismos", "mismas"):
		return c.pair(i, "accent", "sí")
	case pv >= 0 && c.low[pv] == "por" && c.lw(c.prev(pv)) == "de":
		return c.pair(i, "accent", "sí") // de por sí
	case n < 0 && c.stop(i):
		// «Claro que si.», «Si, claro»: an answer. «por si.» is odd but
		// not this error.
		if pv >= 0 && c.low[pv] == "por" {
			return false
		}
		if i+1 < len(c.words) && strings.HasPrefix(strings.TrimSpace(c.after(i)), "—") {
			return false
		}
		// «Es como si, después de…, quisieran»; «preguntaos si, como seres
		// humanos, …»: a condition or question interrupted by an aside
		// between commas.
		if strings.HasPrefix(strings.TrimSpace(c.after(i)), ",") && (pv >= 0 && (c.low[pv] == "como" || c.lemmaIn(pv, ctxIfVerbs)) || c.aside(i+1)) {
			return false
		}
		return c.pair(i, "accent", "sí")
	}
	// «Yo si voy», «Ahora si votaré»: after a subject or «ahora», with a
	// verb and no main clause after it, si is the affirmation.
	if pv >= 0 && n >= 0 && (ctxSubject[c.low[pv]] != [2]uint8{} || oneOf(c.low[pv], "ahora", "hoy", "vez")) &&
		!ctxPrep[c.lw(c.prev(pv))] && !c.q[i] {
		k := n
		for k >= 0 && ctxClitic[c.low[k]] {
			k = c.next(k)
		}
		if k >= 0 && c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) && !c.has(k, nominal) && c.clauseEnds(k) {
			return c.pair(i, "accent", "sí")
		}
	}
	return false
}

// aside reports whether the words from k are an aside closed by a comma
// within a few words, with more of the sentence after it: «Si, pues, no
// existe».
func (c *ctxPost) aside(k int) bool {
	for j := k; j < len(c.words) && j < k+7; j++ {
		a := c.after(j)
		if strings.ContainsAny(a, ".;:!?\n") || j+1 >= len(c.words) {
			return false
		}
		if strings.Contains(a, ",") {
			return true
		}
	}
	return false
}

// clauseEnds reports whether the sentence of word k ends without a comma
// after it (no main clause follows a conditional there).
func (c *ctxPost) clauseEnds(k int) bool {
	for j := k; j < len(c.words); j++ {
		a := c.after(j)
		if strings.ContainsAny(a, ",;:") {
			return false
		}
		if strings.ContainsAny(a, ".!?\n") || j+1 < len(c.words) && c.starts[j+1] {
			return true
		}
	}
	return true
}

// ctxIfVerbs ask or check whether something is so: «pregunta si», «revisa
// si».
var ctxIfVerbs = set("preguntar", "saber", "revisar", "verificar", "checar", "consultar", "averiguar", "comprobar", "confirmar", "decidir", "ver")

func (c *ctxPost) siAcc(i int) bool {
	n := c.next(i)
	if n < 0 || c.lw(c.prev(i)) == "que" {
		return false
	}
	if c.lw(c.prev(i)) == "por" && c.low[n] == "acaso" {
		return c.pair(i, "accent", "si")
	}
	// «Pregunta sí ya está», «No sé sí votar»: a verb that asks whether.
	if pv := c.prev(i); pv >= 0 && c.lemmaIn(pv, ctxIfVerbs) && c.verbHead(pv) && !c.stop(i) &&
		!oneOf(c.low[n], "o", "y", "ni", "a", "al", "que", "lo", "señor", "señora") {
		return c.pair(i, "accent", "si")
	}
	// «Sí tienes dudas, llama»: a condition at the start of the sentence,
	// its clause closed by a comma.
	if !c.starts[i] && !strings.ContainsRune(c.gap(i), '¿') && !strings.ContainsRune(c.gap(i), '¡') {
		return false
	}
	k := n
	if ctxClitic[c.low[k]] || c.low[k] == "no" {
		k = c.next(k)
		if k >= 0 && ctxClitic[c.low[k]] {
			k = c.next(k)
		}
	}
	if k < 0 || !c.has(k, func(a dict.Analysis) bool {
		return finite(a) && a.Mood == dict.Indicative && (a.Tense == dict.Present || a.Tense == dict.Preterite) && a.Person >= 2
	}) || c.has(k, nounish) {
		return false
	}
	for j := k; j < len(c.words) && j < k+12; j++ {
		a := c.after(j)
		if strings.ContainsRune(a, ',') {
			return c.pair(i, "accent", "si")
		}
		if strings.ContainsAny(a, ".;:!?\n") {
			break
		}
	}
	return false
}

// verbHead reports whether word k is used as a verb: it has a finite or
// infinitive reading and, when it may also be a noun, it starts the
// sentence (an imperative: «Pregunta si…») or follows «no», a clitic or a
// subject pronoun.
func (c *ctxPost) verbHead(k int) bool {
	if !c.has(k, func(a dict.Analysis) bool { return finite(a) || a.Mood == dict.Infinitive }) {
		return false
	}
	if !c.has(k, nominal) {
		return true
	}
	if c.starts[k] || strings.ContainsAny(c.gap(k), "¿¡") {
		return true
	}
	p := c.lw(c.prev(k))
	return p == "no" || ctxClitic[p] && !ctxArticleAmb[p] || ctxSubject[p] != [2]uint8{}
}

// --- él / el -------------------------------------------------------------

func (c *ctxPost) el(i int) bool {
	n := c.next(i)
	if n < 0 {
		if c.stop(i) && i > 0 {
			return c.pair(i, "accent", "él")
		}
		return false
	}
	// An article never comes before a clitic: «El se registró», «el lo
	// dijo»; nor before «no» and a verb: «que el no firmaría».
	if oneOf(c.low[n], "me", "te", "se", "nos", "le", "les", "lo", "no") {
		k := c.next(n)
		if k >= 0 && ctxClitic[c.low[k]] {
			k = c.next(k)
		}
		if k >= 0 && c.onlyFinite(k) && c.has(k, func(a dict.Analysis) bool { return a.Person == 3 && a.Mood == dict.Indicative }) {
			return c.pair(i, "accent", "él")
		}
		return false
	}
	// «él hable» is a subjunctive that needs «que» before it; «el
	// despliegue» is a noun the dictionary may not list.
	if !c.onlyFinite(n) || dict.CasingOf(c.words[n].Text) == dict.Upper ||
		!c.has(n, func(a dict.Analysis) bool { return a.Person == 3 && a.Mood == dict.Indicative }) {
		return false
	}
	if c.low[n] == "tuvo" && (c.lw(c.next(n)) == "de" || c.lw(c.next(n)) == "del" || c.stop(n)) {
		return false // «el tuvo del agua»: the noun tubo, reported there
	}
	// «el votó»: él votó, or el voto with a verb after it.
	if len(c.nominalVariants(n)) > 0 {
		nn := c.next(n)
		if nn >= 0 && c.has(nn, finite) && !c.has(nn, nominal) {
			return false
		}
		if nn >= 0 && !(c.has(nn, isPOS(dict.Determiner, dict.Pronoun, dict.Adverb)) || c.low[nn] == "que") {
			return false
		}
	}
	return c.pair(i, "accent", "él")
}

func (c *ctxPost) elAcc(i int) bool {
	n := c.next(i)
	pv := c.prev(i)
	if n < 0 || pv >= 0 && ctxPrep[c.low[pv]] || oneOf(c.low[n], "mismo", "solo", "sólo", "todo") {
		return false
	}
	// «Él voto» (votar, first person) cannot be «he votes»: only a third
	// person verb may follow the pronoun.
	if !c.has(n, nominal) || c.has(n, func(a dict.Analysis) bool {
		return otherCat(a) || finite(a) && (a.Person == 3 || a.Tense == dict.Imperfect || a.Tense == dict.Conditional)
	}) {
		return false
	}
	if c.has(n, func(a dict.Analysis) bool { return a.Gender == dict.Feminine }) && !c.has(n, func(a dict.Analysis) bool { return a.Gender != dict.Feminine }) {
		return false
	}
	return c.pair(i, "accent", "el")
}

// --- tú / tu -------------------------------------------------------------

func (c *ctxPost) tu(i int) bool {
	n := c.next(i)
	if n < 0 {
		if c.stop(i) {
			return c.pair(i, "accent", "tú")
		}
		return false
	}
	if oneOf(c.low[n], "mismo", "misma", "también", "tampoco", "no", "sí", "solo", "sola", "que", "qué", "eres", "puedes", "decides",
		"ya", "nunca", "siempre", "todavía", "aún", "dónde", "cuándo", "cómo", "cuál", "quién", "cuánto", "cuántos", "cuántas") {
		return c.pair(i, "accent", "tú")
	}
	// «Tu y yo»: a possessive is not coordinated with a pronoun.
	if oneOf(c.low[n], "y", "o", "ni") && ctxSubject[c.lw(c.next(n))] != [2]uint8{} {
		return c.pair(i, "accent", "tú")
	}
	// An imperative (espada: espadar) is no subject's verb: «tu espada».
	if c.onlyFinite(n) && c.has(n, func(a dict.Analysis) bool { return a.Person == 2 && a.Mood != dict.Imperative }) {
		return c.pair(i, "accent", "tú")
	}
	return false
}

func (c *ctxPost) tuAcc(i int) bool {
	n := c.next(i)
	if n < 0 || oneOf(c.low[n], "mismo", "misma", "solo", "sola") {
		return false
	}
	if !c.has(n, nominal) || c.has(n, func(a dict.Analysis) bool {
		return finite(a) && a.Person == 2 || otherCat(a) || a.POS == dict.Verb && a.Mood != dict.Indicative && a.Mood != dict.Subjunctive
	}) {
		return false
	}
	return c.pair(i, "accent", "tu")
}

// --- mí / mi -------------------------------------------------------------

func (c *ctxPost) mi(i int) bool {
	pv := c.prev(i)
	if pv < 0 || !ctxPrep[c.low[pv]] {
		return false
	}
	n := c.next(i)
	if n < 0 {
		if c.stop(i) {
			return c.pair(i, "accent", "mí")
		}
		return false
	}
	if oneOf(c.low[n], "mismo", "misma", "me", "también", "tampoco", "no") ||
		!c.has(n, nominal) && !c.pluralNoun(n) && c.has(n, func(a dict.Analysis) bool { return finite(a) || a.POS == dict.Conjunction }) ||
		!c.has(n, func(a dict.Analysis) bool { return a.POS != dict.Preposition }) && c.known(n) {
		return c.pair(i, "accent", "mí")
	}
	return false
}

func (c *ctxPost) miAcc(i int) bool {
	n := c.next(i)
	if n < 0 || oneOf(c.low[n], "mismo", "misma", "solo", "sola") {
		return false
	}
	if !c.has(n, nominal) || c.has(n, func(a dict.Analysis) bool { return a.POS == dict.Verb || otherCat(a) }) {
		return false
	}
	return c.pair(i, "accent", "mi")
}

// --- sé / se -------------------------------------------------------------

func (c *ctxPost) se(i int) bool {
	n := c.next(i)
	if n < 0 {
		if c.stop(i) && i > 0 && !c.starts[i] {
			return c.pair(i, "accent", "sé") // «No se.», «Ya lo se.»
		}
		return false
	}
	l := c.low[n]
	if _, q := ctxQWord[l]; q || oneOf(l, "qué", "cómo", "dónde", "cuándo", "quién", "cuál", "si", "un", "una", "el", "muy", "bien", "mucho", "nada", "porque", "por") {
		if l == "por" && c.lw(n+1) != "qué" {
			return false
		}
		return c.pair(i, "accent", "sé")
	}
	// «No se a qué hora abre»: a preposition and an interrogative.
	if ctxPrep[l] && oneOf(c.lw(c.next(n)), "qué", "dónde", "cuándo", "cómo", "quién", "quiénes", "cuál", "cuáles") {
		return c.pair(i, "accent", "sé")
	}
	if ctxClitic[l] || !c.known(n) || c.has(n, finite) {
		return false
	}
	// Se followed by no verb at all: «Se responsable», «no se votar».
	if c.has(n, infinit) || c.has(n, adjish) && !c.has(n, particip) {
		return c.pair(i, "accent", "sé")
	}
	return false
}

func (c *ctxPost) seAcc(i int) bool {
	n := c.next(i)
	if n < 0 || !c.onlyFinite(n) {
		return false
	}
	// «Lo que sé es poco», «ya lo sé»: saber ends a clause and another
	// verb follows. The pronoun se starts a clause or follows its subject
	// or an adverb: «Sé realizó», «La boleta sé deposita», «Hoy sé instalan».
	if pv := c.prev(i); pv >= 0 && (oneOf(c.low[pv], "que", "lo", "no", "ya", "yo", "bien", "solo", "sólo", "también", "nada", "quien") ||
		!c.has(pv, isPOS(dict.Noun, dict.ProperNoun, dict.Adverb))) {
		return false
	}
	if c.has(n, func(a dict.Analysis) bool { return a.Person == 3 }) {
		return c.pair(i, "accent", "se")
	}
	return false
}

// --- dé / de -------------------------------------------------------------

var ctxSubord = set("que", "ojalá", "cuando", "quien", "para", "donde")

func (c *ctxPost) de(i int) bool {
	pv := c.prev(i)
	// The preposition joins the article: del. «de el plazo» is the verb:
	// «Cuando la ley dé el plazo».
	if n := c.next(i); n >= 0 && c.words[n].Text == "el" {
		if k := c.next(n); k >= 0 && dict.CasingOf(c.words[k].Text) == dict.Lower && c.has(k, nominal) && !c.has(k, otherCat) {
			return c.pair(i, "accent", "dé")
		}
	}
	if pv < 0 {
		return false
	}
	switch c.low[pv] {
	case "le", "les", "me", "te", "nos":
	case "se":
		if !ctxSubord[c.lw(c.prev(pv))] {
			return false
		}
	default:
		return false
	}
	if pp := c.prev(pv); c.low[pv] == "te" && (pp < 0 || ctxDet[c.low[pp]] || ctxArticleAmb[c.low[pp]] || c.has(pp, isPOS(dict.Determiner, dict.Preposition))) {
		return false // «un te de manzanilla», «Te de limón»
	}
	return c.pair(i, "accent", "dé")
}

var ctxDeBefore = set("partir", "través", "cerca", "además", "antes", "después", "fuera", "dentro", "acerca",
	"alrededor", "lejos", "encima", "debajo", "delante", "detrás", "más", "menos", "junto")

func (c *ctxPost) deAcc(i int) bool {
	pv := c.prev(i)
	if pv < 0 {
		return false
	}
	if ctxDeBefore[c.low[pv]] {
		return c.pair(i, "accent", "de")
	}
	if !c.onlyNoun(pv) {
		return false
	}
	for j := pv - 1; j >= 0 && j >= pv-3; j-- {
		if ctxSubord[c.low[j]] || c.low[j] == "no" {
			return false
		}
	}
	return c.pair(i, "accent", "de")
}

// --- té / te -------------------------------------------------------------

func (c *ctxPost) te(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if n >= 0 && (c.onlyFinite(n) || !(pv >= 0 && ctxDet[c.low[pv]]) && c.has(n, func(a dict.Analysis) bool { return a.POS == dict.Verb })) {
		return false
	}
	// «tu te empeñas»: before an indicative verb te is the pronoun (the
	// possessive was meant as tú).
	if n >= 0 && c.has(n, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) && !c.has(n, isPOS(dict.Adjective)) {
		return false
	}
	if pv >= 0 && ctxDet[c.low[pv]] || n < 0 && c.stop(i) && pv >= 0 && c.has(pv, isPOS(dict.Verb)) && c.lemmaOf(pv, "tomar", "beber", "servir", "preparar", "ofrecer") {
		return c.pair(i, "accent", "té")
	}
	// «café y te.»: coordinated with a noun and ending the phrase.
	if n < 0 && c.stop(i) && pv >= 0 && oneOf(c.low[pv], "y", "o") && c.nounLike(c.prev(pv)) {
		return c.pair(i, "accent", "té")
	}
	return false
}

func (c *ctxPost) teAcc(i int) bool {
	n := c.next(i)
	if n < 0 || !c.has(n, func(a dict.Analysis) bool { return a.POS == dict.Verb }) || c.has(n, nominal) {
		return false
	}
	if c.lw(c.prev(i)) != "" && ctxDet[c.lw(c.prev(i))] {
		return false
	}
	return c.pair(i, "accent", "te")
}

// --- interrogatives and exclamatives -------------------------------------

// qTarget reports whether word i opens a question (or follows a preposition
// or conjunction that does): «¿Donde votas?», «¿De donde eres?».
func (c *ctxPost) qTarget(i int) bool {
	if c.qstart[i] {
		return true
	}
	pv := c.prev(i)
	return pv >= 0 && c.qstart[pv] && ctxQPrep[c.low[pv]]
}

func (c *ctxPost) interrogative(i int) bool {
	l := c.low[i]
	acc := ctxQWord[l]
	n := c.next(i)
	if c.qTarget(i) {
		if l == "que" && n >= 0 && c.has(n, func(a dict.Analysis) bool { return a.Mood == dict.Subjunctive }) && !c.has(n, isPOS(dict.Noun)) {
			return false
		}
		if (l == "como" || l == "cuando") && n < 0 {
			return false
		}
		if (l == "como" || l == "cuando" || l == "donde") && c.clauseThenVerb(i) {
			return false // «¿Cuando votas, llevas tu credencial?»
		}
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
	}
	if c.estart[i] && strings.HasPrefix(l, "cuant") && n >= 0 && c.has(n, nounish) {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"]) // ¡Cuánta gente!
	}
	// ¡Qué bien!, ¡Qué gusto!; but ¡Que viva!, ¡Que gane el mejor!, ¡Que
	// te vaya bien! (a wish: que and a subjunctive).
	if c.estart[i] && l == "que" && n >= 0 && c.known(n) && !oneOf(c.low[n], "no", "sí", "ya", "nunca", "siempre", "nadie", "nada", "todo", "todos", "todas") &&
		!c.has(n, func(a dict.Analysis) bool {
			return a.POS == dict.Verb && (a.Mood != dict.Indicative || !c.has(n, nominal)) ||
				a.POS == dict.Pronoun || a.POS == dict.Conjunction || a.POS == dict.Determiner || a.POS == dict.Preposition || a.POS == dict.ProperNoun
		}) {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"]) // ¡Qué bien!
	}
	// Indirect questions: «no sé cómo votar», «consulta dónde votar»,
	// «consulta en qué casilla votas».
	pv := c.prev(i)
	if pv >= 0 && ctxPrep[c.low[pv]] && (l == "que" || l == "cual" || l == "quien" || l == "donde") && n >= 0 {
		vb := c.prev(pv)
		if vb >= 0 && (c.lemmaIn(vb, ctxKnow) || c.low[vb] == "idea") && (!c.has(vb, nominal) || c.starts[vb] || c.low[vb] == "idea") && (c.has(n, nounish) && !c.has(n, finite) || c.has(n, infinit) || l != "que" && c.has(n, finite)) {
			return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
		}
	}
	if pv < 0 || n < 0 || !c.lemmaIn(pv, ctxKnow) || c.has(pv, nominal) && !c.has(pv, func(a dict.Analysis) bool { return finite(a) || a.Mood == dict.Infinitive }) ||
		!c.has(pv, func(a dict.Analysis) bool { return finite(a) || a.Mood == dict.Infinitive }) {
		return false // «revisados como sigue»: a participle asks nothing
	}
	if l == "como" && c.lemmaOf(n, "seguir") {
		return false // «como sigue»: as follows
	}
	if l == "que" && !c.has(pv, finite) {
		return false // «Vale más saber que tener»
	}
	if l == "que" && c.queAsks(pv, n) {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
	}
	if l == "que" && (!c.lemmaOf(pv, "saber", "preguntar", "averiguar", "decidir", "ignorar", "entender", "explicar", "indicar") || !c.objectEnds(n)) {
		return false // «sabemos que votar es un derecho»
	}
	// «Revisa cuántos días faltan»: a quantity asked after such a verb.
	if strings.HasPrefix(l, "cuant") && c.verbHead(pv) && (c.has(n, nounish) || c.onlyFinite(n)) {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
	}
	// «Dime cuándo abre» asks; «Dime cuando llegues» (subjunctive) is a
	// time clause, and so is one followed by a main clause.
	if l == "cuando" && !c.q[i] {
		k := n
		for k >= 0 && ctxClitic[c.low[k]] {
			k = c.next(k)
		}
		if k < 0 || !c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) ||
			c.has(k, func(a dict.Analysis) bool { return a.Mood == dict.Subjunctive }) || k == n && c.realNominal(k) || !c.clauseEnds(k) {
			return false // after a clitic the word is a verb: «cuando te toca»
		}
	}
	if c.has(n, infinit) && !c.has(n, nominal) || c.has(n, infinit) && c.low[n] != "ser" && strings.HasSuffix(c.low[n], "r") {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
	}
	if l == "que" || !c.lemmaOf(pv, "saber", "preguntar", "averiguar", "explicar", "ignorar", "indicar", "consultar", "revisar", "checar", "descubrir", "decir") ||
		l == "cuando" && c.lemmaOf(pv, "descubrir") {
		return false // «se descubre cuando…»: a time clause
	}
	if c.low[pv] != "dime" && c.lemmaOf(pv, "decir") && !c.has(pv, func(a dict.Analysis) bool { return a.Mood == dict.Imperative }) {
		return false
	}
	if c.has(n, finite) && !c.realNominal(n) || ctxClitic[c.low[n]] {
		return c.report(i, i, "accent", acc, ctxGloss["rel"], ctxGloss["interr"])
	}
	return false
}

// realNominal reports whether word i has a noun or adjective reading that
// the dictionary gives with features: a bare «noun» reading whose lemma is
// the word itself and has no gender (quedó, hacé) is the default for
// words the source does not classify, not evidence of a noun.
func (c *ctxPost) realNominal(i int) bool {
	return c.has(i, func(a dict.Analysis) bool {
		return nominal(a) && (a.Gender != 0 || a.Lemma != c.low[i] || a.POS != dict.Noun)
	})
}

// queAsks reports whether «que» after verb pv and before word n is the
// interrogative: «Pregunta qué pasó», «Me preguntaron qué documentos…»,
// «No sé qué pasó». After an affirmative or third-person «saber» it is the
// conjunction: «Sé que votaste», «No sabe que estoy aquí».
func (c *ctxPost) queAsks(pv, n int) bool {
	asks := c.lemmaOf(pv, "preguntar") && c.verbHead(pv)
	if !asks && c.lemmaOf(pv, "saber") && oneOf(c.lw(c.prev(pv)), "no", "ni") {
		asks = c.has(pv, func(a dict.Analysis) bool {
			return a.Lemma == "saber" && a.Mood == dict.Indicative && a.Tense == dict.Present && a.Person == 1
		})
	}
	if !asks {
		return false
	}
	if c.onlyNoun(n) && dict.CasingOf(c.words[n].Text) == dict.Lower {
		return true
	}
	return c.onlyFinite(n) && c.has(n, func(a dict.Analysis) bool { return a.Mood == dict.Indicative }) &&
		!c.has(n, func(a dict.Analysis) bool { return a.Mood == dict.Subjunctive })
}

// clauseThenVerb reports whether, in the question that word i opens, a
// comma is followed by a verb: the word introduces a clause of time or
// manner, not the question (¿Cuando votas, llevas tu credencial?).
func (c *ctxPost) clauseThenVerb(i int) bool {
	for j := i; j+1 < len(c.words) && c.q[j+1]; j++ {
		if !strings.Contains(c.after(j), ",") {
			continue
		}
		k := j + 1
		for k < len(c.words) && ctxClitic[c.low[k]] {
			k++
		}
		if k < len(c.words) && c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) &&
			!c.has(k, isPOS(dict.Determiner, dict.Preposition, dict.Pronoun, dict.Adverb)) {
			return true
		}
	}
	return false
}

// queAcc catches qué and dónde written as relatives: «la casilla dónde
// votas».
func (c *ctxPost) queAcc(i int) bool {
	if c.q[i] || c.estart[i] {
		return false
	}
	pv := c.prev(i)
	n := c.next(i)
	if pv < 0 || n < 0 || !c.onlyNoun(pv) || dict.CasingOf(c.words[pv].Text) != dict.Lower {
		return false
	}
	if c.low[i] == "qué" && !(c.has(n, finite) && !c.has(n, nominal)) {
		return false
	}
	fix := "donde"
	if c.low[i] == "qué" {
		fix = "que"
	}
	return c.report(i, i, "accent", fix, ctxGloss["interr"], ctxGloss["rel"])
}

// --- por qué, porque, porqué, por que ------------------------------------

func (c *ctxPost) porque(i int) bool {
	pv := c.prev(i)
	if pv >= 0 && oneOf(c.low[pv], "el", "un", "del", "al", "los", "su", "sus") {
		return c.pair(i, "accent", "porqué")
	}
	if c.qTarget(i) {
		return c.pair(i, "accent", "por qué")
	}
	if pv >= 0 && c.whyVerb(pv) {
		return c.pair(i, "accent", "por qué")
	}
	// «¿Y eso porque?»: the question ends on it.
	if c.q[i] && c.stop(i) && strings.ContainsRune(c.after(i), '?') {
		return c.pair(i, "accent", "por qué")
	}
	// «Te explicamos porque es importante»: explicar or decir without an
	// object of its own takes the question as its object; «Lo explicamos
	// porque…» gives a cause.
	if pv >= 0 && c.lemmaOf(pv, "explicar", "decir", "contar", "mostrar", "enseñar") && c.verbHead(pv) &&
		!c.has(pv, func(a dict.Analysis) bool {
			return a.Clitics.Len() > 0 && a.Clitics.At(a.Clitics.Len()-1) != "me" && a.Clitics.At(a.Clitics.Len()-1) != "nos" && a.Clitics.At(a.Clitics.Len()-1) != "te"
		}) {
		if pp := c.lw(c.prev(pv)); !oneOf(pp, "lo", "la", "los", "las", "se", "ya") {
			return c.pair(i, "accent", "por qué")
		}
	}
	return false
}

// whyVerb reports whether word pv asks or ignores a cause: «no sé»,
// «pregunta», «averigua» (but not «lo sé porque lo vi»).
func (c *ctxPost) whyVerb(pv int) bool {
	if c.has(pv, nominal) && !c.verbHead(pv) {
		return false
	}
	if c.lemmaOf(pv, "preguntar", "averiguar", "ignorar") {
		return !c.has(pv, nominal) || c.verbHead(pv)
	}
	return c.lemmaOf(pv, "saber", "entender", "explicar", "comprender") && (oneOf(c.lw(c.prev(pv)), "no", "ni") || c.q[pv])
}

// objectEnds reports whether the infinitive at n ends its phrase (no
// finite verb follows it), as an indirect question's does: «no sé qué
// hacer», not «sabemos que votar es un derecho».
func (c *ctxPost) objectEnds(n int) bool {
	for j := n + 1; j < len(c.words) && j <= n+4; j++ {
		if c.low[j] == "" || strings.ContainsAny(c.gap(j), ".,;:!?\n") {
			return true
		}
		if c.has(j, finite) && !c.has(j, nominal) && !ctxClitic[c.low[j]] {
			return false
		}
	}
	return true
}

func (c *ctxPost) porqueNoun(i int) bool {
	pv := c.prev(i)
	if pv >= 0 && (ctxDet[c.low[pv]] || oneOf(c.low[pv], "los", "la", "las")) {
		return false
	}
	if c.qTarget(i) || pv >= 0 && c.lemmaIn(pv, ctxWhyV) && !c.has(pv, nominal) || c.stop(i) {
		return c.pair(i, "accent", "por qué")
	}
	return c.pair(i, "accent", "porque")
}

// porQue handles «por que» and «por qué» as two words.
func (c *ctxPost) porQue(i int) bool {
	n := c.next(i)
	if n < 0 {
		return false
	}
	pv := c.prev(i)
	switch c.low[n] {
	case "que":
		if c.qTarget(i) || pv >= 0 && c.whyVerb(pv) {
			return c.pairSpan(i, n, "accent", "por qué")
		}
		// «Votamos por que queremos»: «por que» (for which, so that)
		// takes the subjunctive or follows a noun; a cause in the
		// indicative after a verb is porque.
		nn := c.next(n)
		if !c.q[i] && !c.estart[i] && pv >= 0 && c.has(pv, finite) && c.verbHead(pv) && !c.lemmaIn(pv, ctxKnow) && !c.lemmaIn(pv, ctxWhyV) &&
			nn >= 0 && c.onlyFinite(nn) && !c.has(nn, func(a dict.Analysis) bool { return a.Mood != dict.Indicative }) {
			return c.pairSpan(i, n, "accent", "porque")
		}
	case "qué":
		if pv >= 0 && (ctxDet[c.low[pv]] || c.low[pv] == "los") {
			return c.pairSpan(i, n, "accent", "porqué")
		}
		// «Votamos por qué queremos»: the cause after a verb that does not
		// ask for it, in a sentence that is not a question.
		nn := c.next(n)
		if !c.q[i] && !c.estart[i] && pv >= 0 && c.has(pv, finite) && c.verbHead(pv) && !c.lemmaIn(pv, ctxKnow) && !c.lemmaIn(pv, ctxWhyV) &&
			!c.lemmaOf(pv, "ser", "estar", "preocupar", "interesar", "importar", "depender") &&
			nn >= 0 && (c.onlyFinite(nn) || oneOf(c.low[nn], "es", "hay", "el", "la", "los", "las", "nos", "te", "se", "me", "no")) {
			return c.pairSpan(i, n, "accent", "porque")
		}
	}
	return false
}

// --- real-word confusions ------------------------------------------------

func (c *ctxPost) isHaber(i int) bool {
	return i >= 0 && c.has(i, func(a dict.Analysis) bool {
		return a.POS == dict.Verb && a.Lemma == "haber" && a.Mood != dict.Participle
	})
}

func (c *ctxPost) echo(i int) bool {
	pv := c.prev(i)
	if pv < 0 {
		return false
	}
	l := c.low[pv]
	if c.isHaber(pv) || ctxClitic[l] && c.isHaber(c.prev(pv)) || l == "de" || l == "bien" || ctxDet[l] || l == "lo" && c.stop(i) {
		if l == "de" && c.lw(c.prev(pv)) != "" && c.has(c.prev(pv), isPOS(dict.Verb)) && c.lw(c.prev(pv)) != "es" {
			return false // «acabo de…»
		}
		return c.pair(i, "real-word", "hecho")
	}
	return false
}

func (c *ctxPost) hecho(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv < 0 || c.isHaber(c.prev(pv)) {
		return false
	}
	if oneOf(c.low[pv], "te", "le", "les", "me", "nos", "los", "las") && n >= 0 && oneOf(c.low[n], "de", "a", "la", "el", "un", "una") {
		return c.pair(i, "real-word", "echo")
	}
	// «Yo hecho la boleta»: a subject needs a verb, not a participle.
	if c.low[pv] == "yo" && n >= 0 && (ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]] || oneOf(c.low[n], "de", "a")) {
		return c.pair(i, "real-word", "echo")
	}
	return false
}

func (c *ctxPost) haber(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	// «Vamos a haber qué pasa»: a ver.
	if pv >= 0 && c.low[pv] == "a" && n >= 0 && oneOf(c.low[n], "si", "qué", "cuándo", "cómo", "quién", "cuál", "dónde") {
		return c.report(i, i, "real-word", "ver", ctxGloss["haber"], ctxGloss["a ver"])
	}
	if pv >= 0 && (c.has(pv, isPOS(dict.Verb)) && c.low[pv] != "vamos" || ctxPrep[c.low[pv]]) {
		return false
	}
	if n >= 0 && (oneOf(c.low[n], "si", "qué", "cuándo", "cómo", "quién", "cuál", "dónde", "cuántos", "cuántas")) ||
		pv >= 0 && c.low[pv] == "vamos" || n < 0 && c.starts[i] && strings.HasPrefix(strings.TrimSpace(c.after(i)), ",") {
		return c.pair(i, "real-word", "a ver")
	}
	return false
}

// aVer handles «a ver» written for haber: «debe a ver sido».
func (c *ctxPost) aVer(i int) bool {
	n := c.next(i)
	if n < 0 || c.low[n] != "ver" {
		return false
	}
	nn := c.next(n)
	if nn >= 0 && c.has(nn, particip) && !c.has(nn, func(a dict.Analysis) bool { return finite(a) || a.POS == dict.Noun }) {
		return c.pairSpan(i, n, "real-word", "haber")
	}
	// «Puede a ver cambios», «Tiene que a ver una solución»: these verbs
	// take an infinitive directly, never «a».
	pv := c.prev(i)
	if nn >= 0 && pv >= 0 && (c.lemmaOf(pv, "poder", "deber", "soler") && c.has(pv, finite) ||
		c.low[pv] == "que" && c.lemmaOf(c.prev(pv), "tener", "haber")) && !c.stop(n) &&
		(ctxDet[c.low[nn]] || ctxArticleAmb[c.low[nn]] || c.onlyNoun(nn) || ctxQuant[c.low[nn]] || oneOf(c.low[nn], "más", "menos")) {
		return c.pairSpan(i, n, "real-word", "haber")
	}
	return false
}

func (c *ctxPost) ahi(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if n < 0 {
		return false
	}
	if oneOf(c.low[n], "mismo", "misma", "donde", "dentro", "afuera", "cerca", "también", "es", "está", "estará") {
		return false
	}
	if c.low[n] == "que" && c.has(c.next(n), infinit) || pv >= 0 && c.low[pv] == "no" && !c.onlyFinite(n) ||
		(pv < 0 || c.starts[i]) && ctxQuant[c.low[n]] {
		return c.pair(i, "real-word", "hay")
	}
	// «¿Ahí casillas especiales?»: a place adverb does not take a bare
	// plural noun after it; the verb hay does.
	if (pv < 0 || c.starts[i] || !c.has(pv, isPOS(dict.Verb))) && c.onlyNoun(n) && dict.CasingOf(c.words[n].Text) == dict.Lower {
		return c.pair(i, "real-word", "hay")
	}
	return false
}

func (c *ctxPost) hay(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv >= 0 && oneOf(c.low[pv], "por", "de", "desde", "hasta", "hacia") && (n < 0 || !c.has(n, nominal) || c.has(n, isPOS(dict.Adverb))) {
		return c.pair(i, "real-word", "ahí")
	}
	if n >= 0 && oneOf(c.low[n], "está", "están", "estás", "estamos", "estaba", "estaban", "mismo", "estará", "estarán", "viene", "vienen", "va", "van") {
		return c.pair(i, "real-word", "ahí")
	}
	if c.estart[i] && strings.HasPrefix(strings.TrimSpace(c.after(i)), ",") {
		return c.pair(i, "real-word", "ay")
	}
	// «Hay nos vemos»: hay never comes before a clitic and its verb.
	if n >= 0 && oneOf(c.low[n], "nos", "te", "me", "se", "le", "les") {
		if k := c.next(n); k >= 0 && c.onlyFinite(k) {
			return c.pair(i, "real-word", "ahí")
		}
	}
	return false
}

func (c *ctxPost) ay(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if n < 0 {
		return false
	}
	if c.low[n] == "que" && c.has(c.next(n), infinit) || pv >= 0 && c.low[pv] == "no" || ctxQuant[c.low[n]] || c.onlyNoun(n) && c.has(n, func(a dict.Analysis) bool { return a.Number == dict.Plural }) {
		return c.pair(i, "real-word", "hay")
	}
	return false
}

func (c *ctxPost) tubo(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv >= 0 && (ctxDet[c.low[pv]] || ctxArticleAmb[c.low[pv]] || ctxPrep[c.low[pv]] || c.has(pv, isPOS(dict.Adjective)) && !c.has(pv, nounish)) || n < 0 {
		return false
	}
	if oneOf(c.low[n], "que", "lugar", "un", "una", "el", "la", "los", "las", "mucho", "mucha", "muchos", "muchas", "su", "sus", "más", "menos", "razón", "éxito", "problemas", "tiempo") {
		return c.pair(i, "real-word", "tuvo")
	}
	return false
}

func (c *ctxPost) tuvo(i int) bool {
	pv := c.prev(i)
	if pv >= 0 && ctxDet[c.low[pv]] && c.low[pv] != "el" && c.low[pv] != "tu" && c.low[pv] != "mi" {
		return c.pair(i, "real-word", "tubo")
	}
	// «el tuvo del agua»: él tuvo would need an object, not «de».
	if pv >= 0 && oneOf(c.low[pv], "el", "tu", "mi") && (oneOf(c.lw(c.next(i)), "de", "del") || c.stop(i)) && !c.starts[pv] {
		return c.pair(i, "real-word", "tubo")
	}
	return false
}

func (c *ctxPost) valla(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv >= 0 && (ctxDet[c.low[pv]] || ctxArticleAmb[c.low[pv]]) {
		return false
	}
	if pv >= 0 && oneOf(c.low[pv], "que", "se", "te", "le", "me", "nos", "les", "ojalá", "no") ||
		n >= 0 && c.low[n] == "a" && (c.has(c.next(n), infinit) || ctxDet[c.lw(c.next(n))] || ctxArticleAmb[c.lw(c.next(n))]) ||
		c.estart[i] && (n < 0 || c.has(n, nounish)) {
		return c.pair(i, "real-word", "vaya")
	}
	return false
}

func (c *ctxPost) vaya(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv < 0 || !(oneOf(c.low[pv], "una", "esta", "esa", "cada", "aquella", "otra", "nueva") || c.low[pv] == "la" && ctxPrep[c.lw(c.prev(pv))]) {
		return false
	}
	if n >= 0 && (c.has(n, isPOS(dict.Verb)) && !c.has(n, nominal) || c.low[n] == "a") {
		return false
	}
	return c.pair(i, "real-word", "valla")
}

func (c *ctxPost) halla(i int) bool {
	n := c.next(i)
	if n >= 0 && c.has(n, particip) && !c.has(n, func(a dict.Analysis) bool { return finite(a) || a.POS == dict.Noun }) ||
		c.lw(c.prev(i)) == "ojalá" {
		return c.pair(i, "real-word", "haya")
	}
	// A clause that asks for the subjunctive: «cuando halla resultados»,
	// «espero que no halla problemas», «¡Que halla paz!».
	if n >= 0 && (c.nounLike(n) || ctxQuant[c.low[n]] || oneOf(c.low[n], "más", "menos", "algún", "alguna", "algunos", "algunas")) && c.subjunctiveHere(i) {
		return c.pair(i, "real-word", "haya")
	}
	return false
}

// ctxSubjTrigger are verbs and adjectives whose «que» clause takes the
// subjunctive (wishes, doubt, possibility, need).
var ctxSubjTrigger = set("esperar", "querer", "desear", "pedir", "dudar", "ojalá", "posible", "probable", "imposible",
	"necesario", "importante", "urgente", "bueno", "mejor", "preferir", "evitar", "lograr", "procurar")

// subjunctiveHere reports whether word i stands where the subjunctive is
// required: after ojalá, «cuando» or «aunque» (of what has not happened),
// a «que» at the start of a wish, or a «que» after a verb or adjective of
// wish, doubt or possibility.
func (c *ctxPost) subjunctiveHere(i int) bool {
	j := c.prev(i)
	if j >= 0 && c.low[j] == "no" {
		j = c.prev(j)
	}
	if j < 0 {
		return false
	}
	switch c.low[j] {
	case "ojalá", "cuando", "aunque":
		return true
	case "que":
		if c.starts[j] || strings.ContainsRune(c.gap(j), '¡') {
			return true
		}
		t := c.prev(j)
		if t >= 0 && c.lw(c.prev(t)) == "no" && c.lemmaOf(t, "creer", "pensar") {
			return true
		}
		return t >= 0 && (c.lemmaIn(t, ctxSubjTrigger) || c.has(t, func(a dict.Analysis) bool {
			return a.POS == dict.Adjective && ctxSubjTrigger[a.Lemma]
		}))
	}
	return false
}

var ctxFallers = set("sistema", "página", "servidor", "red", "plataforma", "sitio", "aplicación", "app", "internet", "portal", "luz", "conexión", "señal", "árbol", "lona", "barda", "techo", "valla", "lluvia", "granizo", "precio", "precios")

var ctxVez = set("una", "otra", "cada", "alguna", "tal", "esta", "esa", "primera", "segunda", "tercera", "última", "cuarta", "quinta", "rara", "única")

// haya is halla (se encuentra) after «se» and before a place, when no
// clause asks for the subjunctive: «La casilla se haya en la escuela».
func (c *ctxPost) haya(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv < 0 || c.low[pv] != "se" || n < 0 || !oneOf(c.low[n], "en", "frente", "cerca", "junto", "dentro", "ubicada", "ubicado", "aquí", "ahí", "allí") {
		return false
	}
	for j := pv - 1; j >= 0 && j >= pv-6; j-- {
		if c.low[j] == "" || strings.ContainsAny(c.after(j), ".;:!?\n") {
			break
		}
		if ctxSubord[c.low[j]] || oneOf(c.low[j], "aunque", "cuando", "si") {
			return false
		}
	}
	return c.pair(i, "real-word", "halla")
}

func (c *ctxPost) ves(i int) bool {
	pv := c.prev(i)
	n := c.next(i)
	if pv < 0 {
		return false
	}
	// «¿Esta la ves? Una ves…»: after a word that may be a pronoun, a verb
	// after ves leaves it open.
	if n >= 0 && c.has(n, finite) && !c.has(n, nominal) && oneOf(c.low[pv], "una", "esta", "esa") {
		return false
	}
	l := c.low[pv]
	if ctxVez[l] || l == "la" && c.lw(c.prev(pv)) == "a" || l == "en" && c.lw(n) == "de" || l == "de" && c.lw(n) == "en" {
		return c.pair(i, "real-word", "vez")
	}
	return false
}

func (c *ctxPost) vez(i int) bool {
	pv := c.prev(i)
	// «¿Vez tu nombre?»: the noun vez takes no determiner after it.
	if n := c.next(i); n >= 0 && (pv < 0 || c.starts[i] || strings.ContainsRune(c.gap(i), '¿')) &&
		(ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]] || c.low[n] == "que" && c.q[i]) {
		return c.pair(i, "real-word", "ves")
	}
	if pv >= 0 && oneOf(c.low[pv], "te", "lo", "los", "las", "tú", "me", "nos", "no", "les", "le") {
		if c.low[pv] == "no" && c.lw(c.prev(pv)) == "ni" {
			return false
		}
		return c.pair(i, "real-word", "ves")
	}
	return false
}

func (c *ctxPost) callo(i int) bool {
	n := c.next(i)
	pv := c.prev(i)
	fell := n >= 0 && oneOf(c.low[n], "al", "sobre") || pv >= 0 && ctxFallers[c.low[pv]]
	// «se calló el sistema»: things fall, they do not fall silent.
	if pv >= 0 && c.low[pv] == "se" {
		for _, k := range []int{c.prev(pv), n, c.next(n)} {
			if ctxFallers[c.lw(k)] {
				fell = true
			}
		}
	}
	if fell {
		return c.pair(i, "real-word", "cayó")
	}
	return false
}

func (c *ctxPost) sino(i int) bool {
	n := c.next(i)
	if n < 0 {
		return false
	}
	// After a negation sino is the adversative («no es X sino Y», «no te
	// aflijas, sino alégrate»); it stands for «si no» only before a verb
	// in the indicative that no «que» introduces: «No votes sino estás
	// seguro».
	if c.negatedBefore(i) {
		k := n
		for k >= 0 && ctxClitic[c.low[k]] && c.low[k] != "lo" && c.low[k] != "la" {
			k = c.next(k)
		}
		if k >= 0 && c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) &&
			!c.has(k, func(a dict.Analysis) bool { return !finite(a) || a.Mood == dict.Imperative }) && c.low[k] != "es" {
			return c.pair(i, "real-word", "si no")
		}
		return false
	}
	if c.starts[i] || c.plainVerb(n) || oneOf(c.low[n], "te", "se", "me", "lo", "le", "nos", "les", "hay", "es") {
		if c.low[n] == "es" && !c.starts[i] {
			return false
		}
		return c.pair(i, "real-word", "si no")
	}
	return false
}

// plainVerb reports whether word n can only be a verb: a finite reading
// and no reading as a noun, adjective or closed-class word.
func (c *ctxPost) plainVerb(n int) bool {
	return c.has(n, finite) && !c.has(n, func(a dict.Analysis) bool { return a.POS != dict.Verb })
}

// negatedBefore reports whether a negation comes before word i in its
// sentence: «No es un privilegio, sino un derecho».
func (c *ctxPost) negatedBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if c.low[j] == "" || strings.ContainsAny(c.after(j), ".;:!?\n") {
			return false
		}
		if ctxNeg[c.low[j]] {
			return true
		}
		if c.starts[j] {
			return false
		}
	}
	return false
}

// siNo is called for «si» followed by «no»: «no es un privilegio, si no un
// derecho».
func (c *ctxPost) siNo(i int) bool {
	n := c.next(i)
	if n < 0 || c.low[n] != "no" {
		return false
	}
	nn := c.next(n)
	if nn < 0 {
		return false
	}
	// «y si no, que te lo expliquen»: a condition cut short.
	if oneOf(c.lw(c.prev(i)), "y", "o", "pero", "que") || !c.negatedBefore(i) {
		return false
	}
	if oneOf(c.low[nn], "que", "también") {
		return c.pairSpan(i, n, "real-word", "sino")
	}
	if c.has(nn, finite) && !c.has(nn, otherCat) || ctxClitic[c.low[nn]] || !c.known(nn) {
		return false
	}
	// «si no estas seguro»: estas is estás misspelt, a verb.
	for _, v := range c.r.d.AccentVariants(c.low[nn]) {
		for _, a := range c.r.d.Analyze(v, nil) {
			if finite(a) {
				return false
			}
		}
	}
	return c.pairSpan(i, n, "real-word", "sino")
}

// --- verb and noun pairs told apart by the accent -------------------------

// nominalVariants are the accent variants of word i that are nouns or
// adjectives.
func (c *ctxPost) nominalVariants(i int) []string {
	if utf8.RuneCountInString(c.low[i]) < 4 {
		return nil
	}
	var out []string
	for _, v := range c.r.d.AccentVariants(c.low[i]) {
		for _, a := range c.r.d.Analyze(v, nil) {
			if a.POS == dict.Noun || a.POS == dict.Adjective {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// morphPair checks a word that has an accented twin of another part of
// speech or tense (publico, público, publicó) against what its left
// neighbour needs: a determiner a noun or adjective, a clitic or subject
// pronoun or a time expression a verb that agrees.
func (c *ctxPost) morphPair(i int) bool {
	l := c.low[i]
	if utf8.RuneCountInString(l) < 4 {
		return false
	}
	if cs := dict.CasingOf(c.words[i].Text); cs != dict.Lower && !c.starts[i] && !strings.ContainsAny(c.gap(i), "¿¡") {
		return false // «el Papa»: a capital inside a sentence marks a name or title
	}
	pv := c.prev(i)
	if pv < 0 {
		return c.verbHere(i, pv)
	}
	pl := c.low[pv]
	var want func(dict.Analysis) bool
	var kind string
	switch {
	case ctxDet[pl] || ctxArticleAmb[pl] && (c.prev(pv) < 0 && c.starts[pv] || ctxPrep[c.lw(c.prev(pv))]):
		kind = "nominal"
		var g dict.Gender
		var num dict.Number
		for _, a := range c.an(pv) {
			if a.POS == dict.Determiner {
				g, num = a.Gender, a.Number
				break
			}
		}
		want = func(a dict.Analysis) bool {
			if a.POS == dict.Verb {
				return a.Mood == dict.Infinitive || a.Mood == dict.Participle
			}
			return (a.POS == dict.Noun || a.POS == dict.Adjective) &&
				(g == 0 || a.Gender == 0 || a.Gender == g) && (num == 0 || a.Number == 0 || a.Number == num)
		}
	case oneOf(pl, "se", "me", "te", "le", "les", "nos"):
		kind = "verb"
		// An object pronoun goes with any person (te informo, te informó);
		// se only with the third.
		want = func(a dict.Analysis) bool {
			return finite(a) && (pl != "se" || a.Person == 3)
		}
	case ctxSubject[pl] != [2]uint8{} && !ctxPrep[c.lw(c.prev(pv))]:
		pn := ctxSubject[pl]
		kind = "verb"
		want = func(a dict.Analysis) bool {
			return finite(a) && a.Person == pn[0] && uint8(a.Number) == pn[1]
		}
		if pl == "él" || pl == "tú" {
			// «Él término»: el término is as likely; a verb only when an
			// object follows.
			n := c.next(i)
			if n < 0 || !(ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]]) {
				return false
			}
		}
	case (pl == "que" || pl == "donde") && c.relativeAfterNoun(pv):
		// «el acuerdo que publico el consejo», «el instituto, que publico
		// los resultados»: after a noun, «que» is the subject or the
		// object of a clause whose subject follows: a third person, not
		// «yo».
		n := c.next(i)
		if n < 0 || !(ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]]) || ctxTimeNoun[c.lw(c.next(n))] ||
			!c.has(i, func(a dict.Analysis) bool { return finite(a) && a.Person == 1 && a.Tense == dict.Present }) ||
			c.has(i, func(a dict.Analysis) bool { return finite(a) && a.Person == 3 }) {
			return c.verbHere(i, pv) // «el aviso que publico el lunes» settles publico
		}
		kind = "verb"
		want = func(a dict.Analysis) bool {
			return finite(a) && a.Tense == dict.Preterite && a.Person == 3 && a.Number == dict.Singular
		}
	case ctxPast[pl] || oneOf(pl, "pasado", "pasada") && c.has(c.prev(pv), nounish):
		kind = "verb"
		want = func(a dict.Analysis) bool {
			return finite(a) && a.Tense == dict.Preterite && a.Person == 3
		}
		if !c.has(i, func(a dict.Analysis) bool { return finite(a) && a.Person == 1 && a.Tense == dict.Present }) && !c.has(i, nominal) {
			return false
		}
	case oneOf(pl, "a", "ante", "con", "de", "desde", "en", "hacia", "para", "por", "sin", "tras", "muy", "tan"):
		// A preposition or «muy» never comes before a finite verb: «en
		// publico», «muy practico».
		if !c.onlyFinite(i) || pl == "para" && c.lw(c.next(i)) == "que" {
			return false
		}
		kind = "nominal"
		want = func(a dict.Analysis) bool {
			return a.POS == dict.Adjective || a.POS == dict.Noun && pl != "muy" && pl != "tan"
		}
	default:
		return c.subjectPair(i, pv) || c.verbHere(i, pv)
	}
	if !c.known(i) || c.has(i, isPOS(dict.Conjunction, dict.Preposition, dict.Determiner, dict.Pronoun, dict.Adverb, dict.Interjection)) {
		return false
	}
	if c.has(i, want) {
		return c.isProbable(l) // settled: «Yo publico», «el público»
	}
	if kind == "nominal" && pl == "el" && c.onlyFinite(i) && c.has(i, func(a dict.Analysis) bool { return a.Person == 3 }) {
		// «el publicó»: él publicó unless a verb follows (el público votó).
		nn := c.next(i)
		if nn < 0 || !c.has(nn, finite) || c.has(nn, nominal) {
			return false
		}
	}
	if kind == "nominal" && pl == "la" && c.has(i, func(a dict.Analysis) bool { return finite(a) }) && !c.starts[pv] && !ctxPrep[c.lw(c.prev(pv))] {
		return false
	}
	return c.pickVariant(i, want, kind)
}

// ctxTimeNoun are nouns of time that follow a verb as an adjunct, not as
// its subject: «que publico el lunes».
var ctxTimeNoun = set("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "día", "año", "mes",
	"semana", "mañana", "tarde", "noche", "fin", "próximo", "próxima", "primer", "resto")

// relativeAfterNoun reports whether the «que» or «donde» at k follows a
// noun (or «lo»), so that it introduces a relative clause, not a
// complement of a verb («Te informo que…»).
func (c *ctxPost) relativeAfterNoun(k int) bool {
	a := k - 1
	if a < 0 || c.low[a] == "" || c.starts[k] || strings.ContainsAny(c.gap(k), ".;:!?¿¡\n") {
		return false
	}
	if c.low[a] == "lo" {
		return true
	}
	if !c.has(a, nounish) || c.has(a, otherCat) {
		return false
	}
	// «el acuerdo que…»: a determiner makes acuerdo (also acordar) a noun.
	d := c.prev(a)
	return !c.has(a, finite) || d >= 0 && (ctxDet[c.low[d]] || ctxArticleAmb[c.low[d]])
}

// isProbable reports whether w is on the list of words that usually need
// an accent, so that a context that settles it also silences the list.
func (c *ctxPost) isProbable(w string) bool {
	_, ok := c.r.accents.Fix(w)
	return ok
}

// pickVariant reports word i with the accent variant that satisfies want,
// the one with the fewest changed letters when there are several.
func (c *ctxPost) pickVariant(i int, want func(dict.Analysis) bool, kind string) bool {
	l := c.low[i]
	best, bestD, ties := "", 99, 0
	var bestA dict.Analysis
	for _, v := range c.r.d.AccentVariants(l) {
		as := c.r.d.Analyze(v, nil)
		if kind == "nominal" && (hasOther(as) || c.voseo(v)) {
			continue // ésta is a pronoun and hacé a verb, whatever else the dictionary says
		}
		for _, a := range as {
			if !want(a) {
				continue
			}
			d := runeDiff(l, v)
			if d < bestD {
				best, bestD, ties, bestA = v, d, 0, a
			} else if d == bestD && v != best {
				ties++
			}
			break
		}
	}
	if best == "" || ties > 0 {
		return false
	}
	var was dict.Analysis
	for _, a := range c.an(i) {
		was = a
		if kind == "verb" && a.POS != dict.Verb || kind == "nominal" && a.POS == dict.Verb {
			break
		}
	}
	return c.report(i, i, "accent", best, readingGloss(was), readingGloss(bestA))
}

// subjectPair handles a verb after a subject noun phrase at the start of a
// clause: «El instituto publico los resultados» (publicó), «El INE
// participo» (participó).
func (c *ctxPost) subjectPair(i, pv int) bool {
	if pw := c.words[pv].Text; dict.CasingOf(pw) != dict.Upper && dict.CasingOf(pw) != dict.Title {
		if d := c.subjectDet(pv); d < 0 || !(ctxDet[c.low[d]] || ctxArticleAmb[c.low[d]]) {
			return false // neither a name nor a determiner and a noun: no subject
		}
	}
	if !c.has(i, func(a dict.Analysis) bool {
		return finite(a) && a.Person == 1 && a.Number == dict.Singular && a.Tense == dict.Present
	}) ||
		c.has(i, func(a dict.Analysis) bool { return finite(a) && a.Person == 3 }) {
		return false
	}
	// «disco duro», «junto a», «bajo la almohada»: an adjective after its
	// noun, or a preposition, not a verb.
	if c.has(i, isPOS(dict.Adjective, dict.Preposition, dict.Adverb, dict.Conjunction, dict.Determiner, dict.Pronoun)) {
		return false
	}
	if c.has(i, isPOS(dict.Noun)) || c.pluralNoun(i) {
		// «La sesión inicio a las diez»: a noun after the subject only
		// when nothing that follows a verb comes next.
		n := c.next(i)
		if n < 0 || !(oneOf(c.low[n], "a", "en", "con", "el", "la", "los", "las", "un", "una", "su", "sus", "desde", "ayer", "hoy", "anoche", "esta", "este")) {
			return false
		}
	}
	pw := c.words[pv].Text
	proper := dict.CasingOf(pw) == dict.Upper || dict.CasingOf(pw) == dict.Title && !c.starts[pv]
	if !proper {
		d := c.subjectDet(pv)
		if d < 0 || !(ctxDet[c.low[d]] || ctxArticleAmb[c.low[d]]) || !c.has(pv, nounish) {
			return false
		}
		if dd := c.prev(d); dd >= 0 && !ctxPast[c.low[dd]] && c.low[dd] != "hoy" {
			return false
		}
	} else if pp := c.prev(pv); pp >= 0 && ctxPrep[c.low[pp]] {
		return false
	}
	n := c.next(i)
	verb := func(a dict.Analysis) bool { return finite(a) && a.Person == 3 && a.Number == dict.Singular }
	if proper || n >= 0 && (ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]] || ctxClitic[c.low[n]] || ctxPrep[c.low[n]] && c.low[n] != "de" || ctxPast[c.low[n]] || c.low[n] == "hoy" ||
		c.low[n] == "que" || strings.HasSuffix(c.low[n], "mente") && c.has(n, isPOS(dict.Adverb))) {
		return c.pickVariant(i, verb, "verb")
	}
	if c.stop(i) {
		return c.pickVariant(i, func(a dict.Analysis) bool { return a.POS == dict.Adjective }, "nominal")
	}
	return false
}

// voseo reports whether v is a voseo imperative (hacé, votá, decí): a
// final accented vowel that, with r, makes an infinitive.
func (c *ctxPost) voseo(v string) bool {
	r, size := utf8.DecodeLastRuneInString(v)
	if r != 'á' && r != 'é' && r != 'í' {
		return false
	}
	inf := v[:len(v)-size] + string(dict.StripAccents(string(r))) + "r"
	for _, a := range c.r.d.Analyze(inf, nil) {
		if a.POS == dict.Verb && a.Mood == dict.Infinitive {
			return true
		}
	}
	return false
}

// hasOther reports whether one of as is a closed-class reading.
func hasOther(as []dict.Analysis) bool {
	for _, a := range as {
		if otherCat(a) {
			return true
		}
	}
	return false
}

// subjectDet returns the word before the noun phrase that ends at pv: the
// word before pv, or, when pv follows a noun that follows a determiner
// (el consejo municipal, la consejera presidenta), that determiner.
func (c *ctxPost) subjectDet(pv int) int {
	d := c.prev(pv)
	if d < 0 || ctxDet[c.low[d]] || ctxArticleAmb[c.low[d]] {
		return d
	}
	if c.has(pv, finite) {
		return d // «las mujeres dan sexo»: pv is the verb, not a modifier
	}
	if dd := c.prev(d); dd >= 0 && (ctxDet[c.low[dd]] || ctxArticleAmb[c.low[dd]]) && c.has(d, nounish) &&
		dict.CasingOf(c.words[d].Text) == dict.Lower && !c.has(d, func(a dict.Analysis) bool { return finite(a) || otherCat(a) }) {
		return dd
	}
	return d
}

// runeDiff counts the positions where a and b differ (same length in runes).
func runeDiff(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return 99
	}
	n := 0
	for k := range ra {
		if ra[k] != rb[k] {
			n++
		}
	}
	return n
}

// readingGloss names a reading briefly: «verbo, pasado», «sustantivo».
func readingGloss(a dict.Analysis) lint.Message {
	switch a.POS {
	case dict.Noun:
		return lint.Message{ES: "sustantivo", EN: "noun"}
	case dict.Adjective:
		return lint.Message{ES: "adjetivo", EN: "adjective"}
	case dict.Verb:
		switch {
		case a.Tense == dict.Preterite && a.Person == 3:
			return lint.Message{ES: "verbo en pasado: él o ella", EN: "verb, past: he or she"}
		case a.Tense == dict.Present && a.Person == 1 && a.Number == dict.Singular:
			return lint.Message{ES: "verbo en presente: yo", EN: "verb, present: I"}
		case a.Tense == dict.Present && a.Person == 3:
			return lint.Message{ES: "verbo en presente: él o ella", EN: "verb, present: he or she"}
		}
		return lint.Message{ES: "verbo", EN: "verb"}
	}
	return lint.Message{ES: "otra palabra", EN: "another word"}
}

// verbHere settles a word of the probable-accent list (publico, calculo)
// used as a first-person verb: at the start of a clause or after an
// adverb, with an object or «que» after it («Hoy publico los avisos»,
// «Calculo que llegaremos»).
func (c *ctxPost) verbHere(i, pv int) bool {
	// The neighbours first: they are cheaper to read than the word's
	// analyses and the accent list, and rule out most words.
	cliticBefore := pv >= 0 && ctxClitic[c.low[pv]] && (c.prev(pv) < 0 || oneOf(c.lw(c.prev(pv)), "yo", "no", "ya", "hoy", "también", "y"))
	if !cliticBefore { // «La publico mañana» needs nothing after it
		n := c.next(i)
		if n < 0 || !(ctxDet[c.low[n]] || ctxArticleAmb[c.low[n]] || ctxClitic[c.low[n]] || c.low[n] == "que" || c.low[n] == "a") {
			return false
		}
		if pv >= 0 && !oneOf(c.low[pv], "y", "pero", "que", "no", "ya", "también", "hoy") && !c.has(pv, isPOS(dict.Adverb)) {
			return false
		}
	}
	return c.has(i, func(a dict.Analysis) bool { return finite(a) && a.Person == 1 }) && c.isProbable(c.low[i])
}

// whenAcc catches an interrogative written for the conjunction at the start
// of a sentence that is no question: «Cuándo votes, lleva tu credencial»
// (a subjunctive and a main clause after the comma).
func (c *ctxPost) whenAcc(i int) bool {
	if c.q[i] || c.estart[i] || !c.starts[i] || strings.ContainsAny(c.gap(i), "¿¡") {
		return false
	}
	k := c.next(i)
	for k >= 0 && ctxClitic[c.low[k]] {
		k = c.next(k)
	}
	if k < 0 || !c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Subjunctive }) ||
		c.has(k, func(a dict.Analysis) bool { return finite(a) && a.Mood == dict.Indicative }) || c.clauseEnds(k) {
		return false
	}
	return c.report(i, i, "accent", "cuando", ctxGloss["interr"], ctxGloss["rel"])
}

// cayo catches cayó for calló where it has a direct object: caer takes
// none, so «lo cayó», «la cayó» is callar.
func (c *ctxPost) cayo(i int) bool {
	pv := c.prev(i)
	if pv >= 0 && oneOf(c.low[pv], "lo", "la", "los", "las") && c.lw(c.prev(pv)) != "se" {
		return c.pair(i, "real-word", "calló")
	}
	return false
}

// comoAcc catches «así cómo», «tal cómo», where como compares.
func (c *ctxPost) comoAcc(i int) bool {
	pv := c.prev(i)
	if c.q[i] || c.estart[i] || pv < 0 || !oneOf(c.low[pv], "así", "tal", "tanto", "igual") {
		return false
	}
	return c.report(i, i, "accent", "como", ctxGloss["interr"], ctxGloss["rel"])
}
