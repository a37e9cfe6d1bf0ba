package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// PunctuationOptions configure the punctuation rule.
type PunctuationOptions struct {
	// Disable lists kinds of finding not to report (see PunctuationKinds).
	Disable []string `yaml:"disable"`
}

// PunctuationKinds returns the kinds of finding the punctuation rule
// reports, in a new slice.
func PunctuationKinds() []string { return append([]string(nil), punctuationKinds...) }

var punctuationKinds = []string{
	"opening-question", "opening-exclamation", "unclosed-question", "unclosed-exclamation",
	"glued-link", "space-after", "space-before", "space-inside", "glued-opening", "double-space",
	"repeated-mark", "extra-dots", "unbalanced-paren", "unbalanced-quote",
}

// Punctuation checks the punctuation of Spanish prose (criterion 6.XXII:
// "cuidar la sintaxis"): the opening ¿ and ¡, spaces around marks, periods
// glued to the next sentence (which platforms turn into links), repeated
// marks and unbalanced pairs. URLs, e-mails, numbers, times and emoji are
// left alone.
type Punctuation struct {
	off map[string]bool
}

// NewPunctuation returns the punctuation rule.
func NewPunctuation(o PunctuationOptions) *Punctuation {
	r := &Punctuation{off: map[string]bool{}}
	for _, k := range o.Disable {
		r.off[k] = true
	}
	return r
}

func punctuationFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o PunctuationOptions
	if err := cfg.Rule("punctuation").Options.Decode(&o); err != nil {
		return nil, err
	}
	for _, k := range o.Disable {
		known := false
		for _, kk := range punctuationKinds {
			known = known || k == kk
		}
		if !known {
			return nil, fmt.Errorf("%s: rules.punctuation: disable: unknown kind %q (known: %s)", configWhere(cfg), k, strings.Join(punctuationKinds, ", "))
		}
	}
	return NewPunctuation(o), nil
}

var punctuationMeta = lint.Meta{
	ID:       "punctuation",
	Criteria: []string{"6.XXII"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Signos de apertura ¿ ¡ que faltan, espacios alrededor de los signos y signos repetidos",
		EN: "Missing opening ¿ ¡, spacing around punctuation and repeated marks",
	},
	Doc: lint.Message{
		ES: "Cuida la sintaxis (criterio 6.XXII). Señala la pregunta o exclamación que cierra con «?» o «!» sin su signo " +
			"de apertura, y lo inserta donde empieza la pregunta, que no siempre es el inicio de la oración («Si tienes " +
			"dudas, ¿ya consultaste...?»); el punto pegado a la oración siguiente («votar.Es»), que X convierte en enlace y " +
			"cuenta como 23 caracteres; el espacio antes de «, . ; : ? !» y su falta después; los espacios dobles; los " +
			"signos repetidos («!!!», «???», «?!?!»), y los signos, paréntesis y comillas sin pareja. No revisa el interior " +
			"de enlaces, correos, números, horas ni emoji. Opción: `disable` (lista de tipos de hallazgo que no se reportan).",
		EN: "Takes care of syntax (criterion 6.XXII). Reports a question or exclamation that closes with \"?\" or \"!\" " +
			"without its opening mark, and inserts it where the question starts, which is not always the start of the " +
			"sentence (\"Si tienes dudas, ¿ya consultaste...?\"); a period glued to the next sentence (\"votar.Es\"), which " +
			"X turns into a link counted as 23 characters; a space before \", . ; : ? !\" and a missing one after them; " +
			"double spaces; repeated marks (\"!!!\", \"???\", \"?!?!\"); and marks, parentheses and quotes without their " +
			"pair. It leaves links, e-mails, numbers, times and emoji alone. Option: `disable` (kinds of finding not to report).",
	},
	Bad:  "Si tienes dudas , ya consultaste la guía para votar?Es gratuita!!! Entra a votar.Es rápido.",
	Good: "Si tienes dudas, ¿ya consultaste la guía para votar? ¡Es gratuita! Entra a votar. Es rápido.",
	Messages: map[string]lint.Message{
		"opening-question": {
			ES: "Falta el signo de apertura «¿» en la pregunta «%s»; agrégalo donde empieza la pregunta (criterio 6.XXII)",
			EN: "The question \"%s\" lacks its opening \"¿\"; add it where the question starts (criterion 6.XXII)",
		},
		"opening-exclamation": {
			ES: "Falta el signo de apertura «¡» en la exclamación «%s»; agrégalo donde empieza la exclamación (criterio 6.XXII)",
			EN: "The exclamation \"%s\" lacks its opening \"¡\"; add it where the exclamation starts (criterion 6.XXII)",
		},
		"unclosed-question": {
			ES: "La pregunta que empieza en «%s» no cierra con «?»; agrega el signo de cierre (criterio 6.XXII)",
			EN: "The question starting at \"%s\" does not close with \"?\"; add the closing mark (criterion 6.XXII)",
		},
		"unclosed-exclamation": {
			ES: "La exclamación que empieza en «%s» no cierra con «!»; agrega el signo de cierre (criterio 6.XXII)",
			EN: "The exclamation starting at \"%s\" does not close with \"!\"; add the closing mark (criterion 6.XXII)",
		},
		"glued-link": {
			ES: "Falta el espacio después del punto en «%s»: X lo convierte en un enlace y lo cuenta como 23 caracteres; escribe «%s» (criterio 6.XXII)",
			EN: "Missing space after the period in \"%s\": X turns it into a link and counts it as 23 characters; write \"%s\" (criterion 6.XXII)",
		},
		"space-after-period": {
			ES: "Falta el espacio después del punto en «%s»; escribe «%s» (criterio 6.XXII)",
			EN: "Missing space after the period in \"%s\"; write \"%s\" (criterion 6.XXII)",
		},
		"space-after": {
			ES: "Falta un espacio después de «%s» en «%s» (criterio 6.XXII)",
			EN: "Missing space after \"%s\" in \"%s\" (criterion 6.XXII)",
		},
		"space-before": {
			ES: "Sobra el espacio antes de «%s» en «%s» (criterio 6.XXII)",
			EN: "Extra space before \"%s\" in \"%s\" (criterion 6.XXII)",
		},
		"space-inside": {
			ES: "Sobra el espacio después de «%s» en «%s» (criterio 6.XXII)",
			EN: "Extra space after \"%s\" in \"%s\" (criterion 6.XXII)",
		},
		"glued-opening": {
			ES: "Falta un espacio antes de «%s» en «%s» (criterio 6.XXII)",
			EN: "Missing space before \"%s\" in \"%s\" (criterion 6.XXII)",
		},
		"double-space": {
			ES: "Espacio doble en «%s»; deja un solo espacio (criterio 6.XXII)",
			EN: "Double space in \"%s\"; leave a single space (criterion 6.XXII)",
		},
		"repeated-mark": {
			ES: "Signos repetidos «%s»; basta con uno (criterio 6.XXII)",
			EN: "Repeated marks \"%s\"; one is enough (criterion 6.XXII)",
		},
		"extra-dots": {
			ES: "Los puntos suspensivos son tres: «%s» (criterio 6.XXII)",
			EN: "An ellipsis has three dots: \"%s\" (criterion 6.XXII)",
		},
		"unclosed-paren": {
			ES: "Paréntesis sin cerrar en «%s»; agrega «)» donde termina el inciso (criterio 6.XXII)",
			EN: "Unclosed parenthesis in \"%s\"; add \")\" where the aside ends (criterion 6.XXII)",
		},
		"unopened-paren": {
			ES: "Paréntesis de cierre sin apertura en «%s»; agrega «(» o quita «)» (criterio 6.XXII)",
			EN: "Closing parenthesis without an opening one in \"%s\"; add \"(\" or remove \")\" (criterion 6.XXII)",
		},
		"unclosed-quote": {
			ES: "Comillas sin cerrar en «%s»; agrega las de cierre donde termina la cita (criterio 6.XXII)",
			EN: "Unclosed quotation marks in \"%s\"; add the closing ones where the quote ends (criterion 6.XXII)",
		},
		"unopened-quote": {
			ES: "Comillas de cierre sin apertura en «%s» (criterio 6.XXII)",
			EN: "Closing quotation marks without opening ones in \"%s\" (criterion 6.XXII)",
		},
		"fix-insert":       {ES: "Agregar «%s»", EN: "Add \"%s\""},
		"fix-space":        {ES: "Agregar un espacio", EN: "Add a space"},
		"fix-remove-space": {ES: "Quitar el espacio", EN: "Remove the space"},
		"fix-one-space":    {ES: "Dejar un solo espacio", EN: "Leave a single space"},
		"fix-one-mark":     {ES: "Dejar «%s»", EN: "Leave \"%s\""},
	},
}

// Meta implements lint.Rule.
func (*Punctuation) Meta() lint.Meta { return punctuationMeta }

// punctOpener is a pending ¿ or ¡.
type punctOpener struct {
	pos  int
	mark rune
}

// punctScan holds the state of one Check; it lives on the stack of Check.
type punctScan struct {
	r       *Punctuation
	p       *lint.Pass
	s       string
	toks    []lint.Token
	openers []punctOpener
	base    int // where the current sentence (or clause after a closer) starts
	count   map[string]int
}

// punctMaxPerKind bounds the findings of one kind in a post: a text with
// thousands of them needs one look, not thousands of lines.
const punctMaxPerKind = 25

// Check implements lint.Rule.
func (r *Punctuation) Check(p *lint.Pass) error {
	sc := &punctScan{r: r, p: p, s: p.Doc.Text, toks: p.Doc.Tokens()}
	sc.scan()
	sc.pairs()
	return nil
}

func (sc *punctScan) report(kind string, span lint.Span, msg string, fix *lint.Fix) {
	if sc.r.off[kind] || sc.count[kind] >= punctMaxPerKind {
		return
	}
	if sc.count == nil {
		sc.count = map[string]int{}
	}
	sc.count[kind]++
	var sev lint.Severity // the rule's default
	if kind == "double-space" || kind == "extra-dots" {
		sev = lint.Info
	}
	f := lint.Finding{Kind: kind, Severity: sev, Span: span, Message: msg}
	if fix != nil {
		fx := *fix
		fx.Safe = true
		f.Fixes = []lint.Fix{fx}
	}
	sc.p.Report(f)
}

// runeAt and runeBefore decode around byte offset i (utf8.RuneError, 0 at
// the ends).
func (sc *punctScan) runeAt(i int) (rune, int) {
	if i >= len(sc.s) || i < 0 {
		return 0, 0
	}
	return utf8.DecodeRuneInString(sc.s[i:])
}

func (sc *punctScan) runeBefore(i int) (rune, int) {
	if i <= 0 || i > len(sc.s) {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(sc.s[:i])
}

func (sc *punctScan) scan() {
	s, ti := sc.s, 0
	for i := 0; i < len(s); {
		for ti < len(sc.toks) && sc.toks[ti].End <= i {
			ti++
		}
		if ti < len(sc.toks) && sc.toks[ti].Start <= i {
			if t := sc.toks[ti]; t.Kind == lint.URL {
				sc.gluedLink(t)
			}
			i = sc.toks[ti].End
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		switch c {
		case '\n':
			// A line that goes on in lower case is the same sentence
			// wrapped by hand; any other line break ends it.
			if !sc.wrapped(i) {
				sc.flush(i)
				sc.base = i + 1
			}
			i += n
		case '¿', '¡':
			i = sc.opening(i)
		case '?', '!':
			i = sc.closing(i)
		case '.':
			i = sc.period(i)
		case ',', ';', ':':
			sc.comma(i, c)
			i += n
		case ' ':
			i = sc.spaces(i)
		default:
			i += n
		}
	}
	sc.flush(len(s))
}

// markRun returns the end of the run of marks from set starting at i.
func (sc *punctScan) markRun(i int, set string) int {
	j := i
	for j < len(sc.s) {
		c, n := utf8.DecodeRuneInString(sc.s[j:])
		if !strings.ContainsRune(set, c) {
			break
		}
		j += n
	}
	return j
}

// repeated reports a run of two or more marks, except the pairs ?! and ¿¡
// that Spanish uses for a question said with surprise.
func (sc *punctScan) repeated(i, j int) {
	run := sc.s[i:j]
	if utf8.RuneCountInString(run) < 2 {
		return
	}
	switch run {
	case "?!", "!?", "¿¡", "¡¿":
		return
	}
	first, _ := utf8.DecodeRuneInString(run)
	one := string(first)
	sc.report("repeated-mark", lint.Span{Start: i, End: j}, sc.p.Msgf("repeated-mark", run),
		&lint.Fix{Message: sc.p.Msgf("fix-one-mark", one), Edits: []lint.Edit{{Start: i, End: j, New: one}}})
}

func (sc *punctScan) opening(i int) int {
	j := sc.markRun(i, "¿¡")
	sc.repeated(i, j)
	// "Hola¿cómo estás?": an opening mark starts a new word.
	if prev, _ := sc.runeBefore(i); unicode.IsLetter(prev) || unicode.IsDigit(prev) {
		from := sc.wordBefore(i)
		if from == i {
			from = i - 1
		}
		sc.report("glued-opening", lint.Span{Start: i, End: j}, sc.p.Msgf("glued-opening", sc.s[i:j], sc.excerpt(from, j)),
			&lint.Fix{Message: sc.p.Msgf("fix-space"), Edits: []lint.Edit{{Start: i, End: i, New: " "}}})
	}
	// One opener per kind of mark in the run: "¡¡¡" opens once, "¿¡" twice.
	for _, c := range "¿¡" {
		if strings.ContainsRune(sc.s[i:j], c) {
			sc.openers = append(sc.openers, punctOpener{pos: i, mark: c})
		}
	}
	// "¿ Ya votaste?": no space after an opening mark.
	k := j
	for k < len(sc.s) && sc.s[k] == ' ' {
		k++
	}
	if k > j {
		if c, _ := sc.runeAt(k); unicode.IsLetter(c) || unicode.IsDigit(c) {
			mark := sc.s[i:j]
			sc.report("space-inside", lint.Span{Start: i, End: k}, sc.p.Msgf("space-inside", mark, sc.excerpt(i, k+8)),
				&lint.Fix{Message: sc.p.Msgf("fix-remove-space"), Edits: []lint.Edit{{Start: j, End: k, New: ""}}})
		}
	}
	return j
}

func (sc *punctScan) closing(i int) int {
	j := sc.markRun(i, "?!")
	sc.repeated(i, j)
	sc.spaceBefore(i, sc.s[i:j])
	kinds := 0
	if strings.Contains(sc.s[i:j], "?") {
		kinds++
	}
	if strings.Contains(sc.s[i:j], "!") {
		kinds++
	}
	if len(sc.openers) == 0 {
		first, _ := utf8.DecodeRuneInString(sc.s[i:])
		sc.missingOpener(i, j, first)
	} else {
		// A closer matches the latest opener of either kind: Spanish mixes
		// them ("¡Qué hiciste?") and nests them ("¡Hola, ¿cómo estás?!").
		n := len(sc.openers) - kinds
		if n < 0 {
			n = 0
		}
		sc.openers = sc.openers[:n]
	}
	sc.spaceAfter(i, j, sc.s[i:j])
	if len(sc.openers) == 0 {
		sc.base = j
	}
	return j
}

func (sc *punctScan) period(i int) int {
	j := sc.markRun(i, ".")
	dots := j - i
	switch {
	case dots >= 4:
		sc.report("extra-dots", lint.Span{Start: i, End: j}, sc.p.Msgf("extra-dots", sc.s[i:j]),
			&lint.Fix{Message: sc.p.Msgf("fix-one-mark", "..."), Edits: []lint.Edit{{Start: i, End: j, New: "..."}}})
	case dots == 1:
		next, _ := sc.runeAt(j)
		if next == 0 || next == ' ' || next == '\n' || next == '\r' || strings.ContainsRune(")»”\"'", next) {
			sc.spaceBefore(i, ".")
		}
		if sc.gluedSentence(i) {
			word := sc.wordBefore(i)
			k := j
			for k < len(sc.s) {
				c, n := utf8.DecodeRuneInString(sc.s[k:])
				if !unicode.IsLetter(c) {
					break
				}
				k += n
			}
			sc.report("space-after", lint.Span{Start: word, End: k},
				sc.p.Msgf("space-after-period", sc.s[word:k], sc.s[word:j]+" "+sc.s[j:k]),
				&lint.Fix{Message: sc.p.Msgf("fix-space"), Edits: []lint.Edit{{Start: j, End: j, New: " "}}})
		}
		if sc.endsSentence(i, j) {
			sc.flush(j)
			sc.base = j
		}
	}
	return j
}

// gluedSentence reports a period between a word of two or more letters and
// a capitalised word: "jornada.La".
func (sc *punctScan) gluedSentence(i int) bool {
	if i-sc.wordBefore(i) < 2 {
		return false
	}
	c1, n1 := sc.runeAt(i + 1)
	c2, _ := sc.runeAt(i + 1 + n1)
	return unicode.IsUpper(c1) && unicode.IsLower(c2)
}

// wordBefore returns the start of the letters just before i.
func (sc *punctScan) wordBefore(i int) int {
	k := i
	for k > 0 {
		c, n := utf8.DecodeLastRuneInString(sc.s[:k])
		if !unicode.IsLetter(c) {
			break
		}
		k -= n
	}
	return k
}

// punctAbbrevs end with a period that does not end the sentence.
var punctAbbrevs = map[string]bool{
	"lic": true, "licda": true, "dr": true, "dra": true, "mtro": true, "mtra": true, "ing": true, "arq": true,
	"sr": true, "sra": true, "srta": true, "av": true, "col": true, "núm": true, "art": true,
	"arts": true, "fracc": true, "fr": true, "pág": true, "tel": true, "ext": true, "prof": true, "profa": true,
	"gral": true, "cap": true, "depto": true, "dist": true, "sec": true, "mpio": true, "edo": true, "cd": true,
	"ej": true, "pp": true, "vol": true, "aprox": true, "c": true, "esq": true, "blvd": true, "ote": true, "pte": true,
}

// wrapped reports whether the line break at i continues a sentence: the
// line does not end in a mark that closes one, and the next line starts
// with a lower-case letter.
func (sc *punctScan) wrapped(i int) bool {
	if len(sc.openers) == 0 {
		return false
	}
	prev, _ := sc.runeBefore(i)
	if prev == '.' || prev == '?' || prev == '!' || prev == ':' || prev == '\n' {
		return false
	}
	next, _ := sc.runeAt(i + 1)
	return unicode.IsLower(next)
}

// endsSentence reports whether the period at i (ending at j) ends a
// sentence: followed by a space or the end, after a word that is not an
// abbreviation.
func (sc *punctScan) endsSentence(i, j int) bool {
	next, _ := sc.runeAt(j)
	if next != 0 && next != ' ' && next != '\n' && next != '\r' {
		return false
	}
	// "art. 5", "p. ej. la boleta": what follows a sentence's end is not a
	// digit or a lower-case word.
	k := j
	for k < len(sc.s) && sc.s[k] == ' ' {
		k++
	}
	if c, _ := sc.runeAt(k); k > j && (unicode.IsDigit(c) || unicode.IsLower(c)) {
		return false
	}
	w := strings.ToLower(sc.s[sc.wordBefore(i):i])
	return !punctAbbrevs[w] && utf8.RuneCountInString(w) != 1
}

func (sc *punctScan) comma(i int, c rune) {
	prev, _ := sc.runeBefore(i)
	next, _ := sc.runeAt(i + 1)
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return // 1,000 and 8:30
	}
	if (c == ':' || c == ';') && sc.emoticon(i) {
		return
	}
	sc.spaceBefore(i, string(c))
	sc.spaceAfter(i, i+1, string(c))
}

// emoticon reports :) :( :D ;) :-) :P and the like at i.
func (sc *punctScan) emoticon(i int) bool {
	k := i + 1
	if k < len(sc.s) && (sc.s[k] == '-' || sc.s[k] == '\'') {
		k++
	}
	if k >= len(sc.s) {
		return false
	}
	switch sc.s[k] {
	case ')', '(', '|', '*', '/', '[', ']', '3', '$':
		return true
	case 'D', 'P', 'p', 'O', 'o', 'v', 'c':
		after, _ := sc.runeAt(k + 1)
		return !unicode.IsLetter(after)
	}
	return false
}

// spaceBefore reports spaces between a word and the mark at i.
func (sc *punctScan) spaceBefore(i int, mark string) {
	k := i
	for k > 0 && sc.s[k-1] == ' ' {
		k--
	}
	if k == i || k == 0 || sc.s[k-1] == '\n' {
		return
	}
	if prev, _ := sc.runeBefore(k); prev == ':' || prev == ';' {
		return // ": )" is an emoticon or a list
	}
	if mark == ":" {
		if c, _ := sc.runeBefore(k); unicode.IsDigit(c) {
			if n, _ := sc.runeAt(i + 1); unicode.IsDigit(n) {
				return
			}
		}
	}
	from := k
	for from > 0 {
		c, n := utf8.DecodeLastRuneInString(sc.s[:from])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		from -= n
	}
	if from == k {
		from = k - 1
		for from > 0 && !utf8.RuneStart(sc.s[from]) {
			from--
		}
	}
	sc.report("space-before", lint.Span{Start: k, End: i + len(mark)},
		sc.p.Msgf("space-before", mark, sc.s[from:i+len(mark)]),
		&lint.Fix{Message: sc.p.Msgf("fix-remove-space"), Edits: []lint.Edit{{Start: k, End: i, New: ""}}})
}

// spaceAfter reports a letter glued after the marks s[i:j].
func (sc *punctScan) spaceAfter(i, j int, mark string) {
	next, _ := sc.runeAt(j)
	if !unicode.IsLetter(next) && next != '¿' && next != '¡' {
		return
	}
	if sc.inToken(j) && mark == ":" {
		return
	}
	from := sc.wordBefore(i)
	to := j
	for to < len(sc.s) {
		c, n := utf8.DecodeRuneInString(sc.s[to:])
		if !unicode.IsLetter(c) && c != '¿' && c != '¡' {
			break
		}
		to += n
	}
	sc.report("space-after", lint.Span{Start: i, End: j},
		sc.p.Msgf("space-after", mark, sc.s[from:to]),
		&lint.Fix{Message: sc.p.Msgf("fix-space"), Edits: []lint.Edit{{Start: j, End: j, New: " "}}})
}

func (sc *punctScan) inToken(i int) bool {
	_, ok := sc.p.Doc.TokenAt(i)
	return ok
}

// spaces reports two or more spaces between words of a line.
func (sc *punctScan) spaces(i int) int {
	j := i
	for j < len(sc.s) && sc.s[j] == ' ' {
		j++
	}
	if j-i < 2 || i == 0 || sc.s[i-1] == '\n' || j == len(sc.s) || sc.s[j] == '\n' || sc.s[j] == '\r' {
		return j
	}
	if next, _ := sc.runeAt(j); strings.ContainsRune(",.;:?!", next) {
		return j // space-before reports it
	}
	if prev, _ := sc.runeBefore(i); prev == '¿' || prev == '¡' {
		return j // space-inside reports it
	}
	sc.report("double-space", lint.Span{Start: i, End: j}, sc.p.Msgf("double-space", sc.excerpt(i-12, j+12)),
		&lint.Fix{Message: sc.p.Msgf("fix-one-space"), Edits: []lint.Edit{{Start: i, End: j, New: " "}}})
	return j
}

// gluedLink reports a URL token that is two sentences glued by a period
// ("votar.Es"): X links it and counts 23 characters.
func (sc *punctScan) gluedLink(t lint.Token) {
	if t.Scheme != "" {
		return
	}
	dot := strings.IndexByte(t.Text, '.')
	if dot < 2 {
		return
	}
	for _, c := range t.Text[:dot] {
		if !unicode.IsLetter(c) {
			return
		}
	}
	i := t.Start + dot
	if !sc.gluedSentence(i) {
		return
	}
	// The period ends a sentence, though the platforms take it for a link.
	sc.flush(i + 1)
	sc.base = i + 1
	k := i + 1
	for k < t.End {
		c, n := utf8.DecodeRuneInString(sc.s[k:])
		if !unicode.IsLetter(c) {
			break
		}
		k += n
	}
	sc.report("glued-link", lint.Span{Start: t.Start, End: k},
		sc.p.Msgf("glued-link", sc.s[t.Start:k], sc.s[t.Start:i+1]+" "+sc.s[i+1:k]),
		&lint.Fix{Message: sc.p.Msgf("fix-space"), Edits: []lint.Edit{{Start: i + 1, End: i + 1, New: " "}}})
}

// flush reports the openers left without a closer at the end of a
// sentence or line, which ends at end.
func (sc *punctScan) flush(end int) {
	for _, o := range sc.openers {
		kind := "unclosed-question"
		if o.mark == '¡' {
			kind = "unclosed-exclamation"
		}
		sc.report(kind, lint.Span{Start: o.pos, End: o.pos + len(string(o.mark))}, sc.p.Msgf(kind, sc.excerpt(o.pos, end)), nil)
	}
	sc.openers = sc.openers[:0]
}

// punctInterrogatives start a question or an exclamation wherever they are.
var punctInterrogatives = map[string]bool{
	"qué": true, "quién": true, "quiénes": true, "cómo": true, "cuándo": true, "dónde": true, "adónde": true,
	"cuál": true, "cuáles": true, "cuánto": true, "cuánta": true, "cuántos": true, "cuántas": true,
}

// punctLeadIns open a sentence with a clause or an interjection that stays
// outside the question: "Si tienes dudas, ¿...?", "Oye, ¿...?".
var punctLeadIns = map[string]bool{
	"si": true, "cuando": true, "aunque": true, "mientras": true, "oye": true, "oigan": true, "oiga": true,
	"hola": true, "bueno": true, "pues": true, "mira": true, "miren": true, "entonces": true, "además": true,
	"gracias": true, "sí": true, "no": true, "ahora": true, "antes": true, "después": true,
	"amigos": true, "amigas": true, "ciudadanía": true, "oyes": true, "por": true, "en": true,
}

// missingOpener reports a closer s[i:j] with no opener and inserts the
// opener where the question starts.
func (sc *punctScan) missingOpener(i, j int, mark rune) {
	start := sc.questionStart(sc.base, i)
	if start < 0 {
		return
	}
	kind, open := "opening-question", "¿"
	if mark == '!' {
		kind, open = "opening-exclamation", "¡"
	}
	sc.report(kind, lint.Span{Start: start, End: j}, sc.p.Msgf(kind, sc.excerpt(start, j)),
		&lint.Fix{Message: sc.p.Msgf("fix-insert", open), Edits: []lint.Edit{{Start: start, End: start, New: open}}})
}

// questionStart finds where a question (or exclamation) ending at end
// starts, searching from base: after the last colon; at the clause that
// holds an interrogative word; after a lead-in clause; else at base. It
// returns -1 when the span holds no words.
func (sc *punctScan) questionStart(base, end int) int {
	clauses := []int{base}
	for k := base; k < end; {
		if t, ok := sc.p.Doc.TokenAt(k); ok {
			k = t.End
			continue
		}
		c, n := utf8.DecodeRuneInString(sc.s[k:])
		if c == ':' || c == ';' || c == ',' {
			prev, _ := sc.runeBefore(k)
			next, _ := sc.runeAt(k + n)
			if !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				if c == ':' {
					clauses = clauses[:0]
				}
				clauses = append(clauses, k+n)
			}
		}
		k += n
	}
	// The words of the span, by the Document's segmentation.
	words := sc.p.Doc.Words()
	wi := sort.Search(len(words), func(k int) bool { return words[k].Start >= clauses[0] })
	first := -1
	var firstWord string
	for k := wi; k < len(words) && words[k].Start < end; k++ {
		w := words[k]
		if w.In != 0 || !w.Letters && !w.Digits {
			continue
		}
		lw := strings.ToLower(w.Text)
		if first < 0 {
			first, firstWord = w.Start, lw
		}
		if punctInterrogatives[lw] {
			// The clause that holds it.
			c := clauses[0]
			for _, cs := range clauses {
				if cs <= w.Start {
					c = cs
				}
			}
			return sc.skipToWord(c, end)
		}
	}
	if first < 0 {
		return -1
	}
	if punctLeadIns[firstWord] && len(clauses) > 1 {
		return sc.skipToWord(clauses[1], end)
	}
	return sc.skipToWord(clauses[0], end)
}

// skipToWord moves from i over spaces, quotes, emoji and symbols to the
// first letter, digit, hashtag or mention before end.
func (sc *punctScan) skipToWord(i, end int) int {
	for i < end {
		if t, ok := sc.p.Doc.TokenAt(i); ok {
			if t.Kind == lint.Emoji {
				i = t.End
				continue
			}
			return i
		}
		c, n := utf8.DecodeRuneInString(sc.s[i:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '#' || c == '@' {
			return i
		}
		i += n
	}
	return -1
}

// punctExcerptMax bounds the bytes an excerpt reads.
const punctExcerptMax = 400

// excerpt returns s[from:to] widened to rune boundaries, on one line,
// shortened for a message.
func (sc *punctScan) excerpt(from, to int) string {
	if from < 0 {
		from = 0
	}
	if to > len(sc.s) {
		to = len(sc.s)
	}
	if to > from+punctExcerptMax {
		to = from + punctExcerptMax // the message shows 60 characters at most
	}
	for from > 0 && !utf8.RuneStart(sc.s[from]) {
		from--
	}
	for to < len(sc.s) && !utf8.RuneStart(sc.s[to]) {
		to++
	}
	// Do not cut a word in two.
	if last, _ := sc.runeBefore(to); unicode.IsLetter(last) || unicode.IsDigit(last) {
		for to < len(sc.s) {
			c, n := utf8.DecodeRuneInString(sc.s[to:])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				break
			}
			to += n
		}
	}
	if from >= to {
		return ""
	}
	return capsQuote(sc.s[from:to])
}

// pairs reports unbalanced parentheses and quotation marks.
func (sc *punctScan) pairs() {
	type open struct {
		pos  int
		mark rune
	}
	var parens, quotes []open
	straight := -1 // position of an unpaired straight double quote
	s, ti := sc.s, 0
	for i := 0; i < len(s); {
		for ti < len(sc.toks) && sc.toks[ti].End <= i {
			ti++
		}
		if ti < len(sc.toks) && sc.toks[ti].Start <= i {
			i = sc.toks[ti].End
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		switch c {
		case '(':
			if prev, _ := sc.runeBefore(i); prev != ':' && prev != ';' && prev != '=' {
				parens = append(parens, open{i, c})
			}
		case ')':
			switch {
			case len(parens) > 0:
				parens = parens[:len(parens)-1]
				sc.glued(i, n) // only a ) that closes an aside: not "A)bortar"
			case sc.emoticonClose(i), sc.listMarker(i):
			default:
				sc.report("unbalanced-paren", lint.Span{Start: i, End: i + n}, sc.p.Msgf("unopened-paren", sc.excerpt(i-30, i+1)), nil)
			}
		case '«', '“':
			quotes = append(quotes, open{i, c})
		case '»', '”':
			sc.glued(i, n)
			want := '«'
			if c == '”' {
				want = '“'
			}
			if len(quotes) > 0 && quotes[len(quotes)-1].mark == want {
				quotes = quotes[:len(quotes)-1]
			} else {
				sc.report("unbalanced-quote", lint.Span{Start: i, End: i + n}, sc.p.Msgf("unopened-quote", sc.excerpt(i-30, i+n)), nil)
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				// Straight quotes do not say which way they face: only a
				// pair that opens after a space and closes after a word
				// tells a word glued after it.
				if prev, _ := sc.runeBefore(straight); prev == 0 || unicode.IsSpace(prev) {
					if last, _ := sc.runeBefore(i); unicode.IsLetter(last) || unicode.IsDigit(last) || strings.ContainsRune(".!?", last) {
						sc.glued(i, n)
					}
				}
				straight = -1
			}
		}
		i += n
	}
	for _, o := range parens {
		sc.report("unbalanced-paren", lint.Span{Start: o.pos, End: o.pos + 1}, sc.p.Msgf("unclosed-paren", sc.excerpt(o.pos, o.pos+30)), nil)
	}
	for _, o := range quotes {
		sc.report("unbalanced-quote", lint.Span{Start: o.pos, End: o.pos + len(string(o.mark))}, sc.p.Msgf("unclosed-quote", sc.excerpt(o.pos, o.pos+30)), nil)
	}
	if straight >= 0 {
		sc.report("unbalanced-quote", lint.Span{Start: straight, End: straight + 1}, sc.p.Msgf("unclosed-quote", sc.excerpt(straight, straight+30)), nil)
	}
}

// glued reports a word glued after the closing mark s[i:i+n]:
// «"Mujeres y política"en».
func (sc *punctScan) glued(i, n int) {
	next, _ := sc.runeAt(i + n)
	if !unicode.IsLetter(next) || sc.emoticonClose(i) {
		return
	}
	sc.spaceAfter(i, i+n, sc.s[i:i+n])
}

// emoticonClose reports the ) of :) ;) =) :-) and the like.
func (sc *punctScan) emoticonClose(i int) bool {
	prev, n := sc.runeBefore(i)
	if prev == '-' || prev == '\'' {
		prev, _ = sc.runeBefore(i - n)
	}
	return prev == ':' || prev == ';' || prev == '=' || prev == ')'
}

// listMarker reports the ) of a list item: "a) ", "1) ", "iv) ".
func (sc *punctScan) listMarker(i int) bool {
	k := i
	for k > 0 && i-k < 4 {
		c := sc.s[k-1]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		k--
	}
	if k == i {
		return false
	}
	return k == 0 || sc.s[k-1] == ' ' || sc.s[k-1] == '\n' || sc.s[k-1] == '\t' || sc.s[k-1] == '('
}
