package dict

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MorphInput is what BuildMorphology derives the analyses from.
type MorphInput struct {
	// Aff, Dic and ExtraDic are the Hunspell files Build expanded.
	Aff, Dic io.Reader
	ExtraDic []io.Reader
	// Supplement holds the supplement word lists Build added: their words
	// are analysed by their form (capitalised: proper nouns; -mente:
	// adverbs; else nouns).
	Supplement []io.Reader
	// Closed is the reviewed list of closed-class words (determiners,
	// pronouns, prepositions, conjunctions, common adverbs,
	// interjections): "form lemma pos features…" per line.
	Closed io.Reader
	// Irregular holds the reviewed paradigms of irregular verbs.
	Irregular io.Reader
	// KeepVoseo must match the BuildInput the automaton was built from.
	KeepVoseo bool
}

// MorphStats reports what BuildMorphology made.
type MorphStats struct {
	Words, Analysed, Analyses, Lemmas int
	VerbLemmas, NounLemmas, AdjLemmas int
	// VerbFormsUnlabelled counts verb forms whose features no ending of
	// their conjugation explains (they get a Verb analysis without mood).
	VerbFormsUnlabelled int
	Bytes               int
	// Missing lists forms of the reviewed paradigms that the dictionary
	// does not have (they cannot be analysed).
	Missing []string
}

// String summarises the stats for the generated source file.
func (s MorphStats) String() string {
	return fmt.Sprintf("%d of %d words analysed, %d analyses of %d lemmas (%d verbs, %d nouns, %d adjectives), %d verb forms without features, %d bytes",
		s.Analysed, s.Words, s.Analyses, s.Lemmas, s.VerbLemmas, s.NounLemmas, s.AdjLemmas, s.VerbFormsUnlabelled, s.Bytes)
}

// trace is one generated form and how it was made.
type trace struct {
	entry int // which .dic entry
	form  string
	stem  string
	flags []flag
	f1    flag   // first suffix class (0: none)
	out1  string // the form after the first suffix
	f2    flag   // continuation class (0: none)
	pfx   *affixRule
}

// expandTraced is Expand reporting how each form was made.
func (a *Affixes) expandTraced(dic io.Reader, emit func(t trace)) error {
	sc := bufio.NewScanner(dic)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	ln := 0
	type entry struct {
		word  string
		flags []flag
	}
	var entries []entry
	forbidden := map[string]bool{}
	for sc.Scan() {
		ln++
		line := a.decode(sc.Bytes())
		if ln == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
			if _, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
				continue
			}
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		word, flags, err := a.parseDicLine(line)
		if err != nil {
			return fmt.Errorf("dictionary file:%d: %w", ln, err)
		}
		if word == "" {
			continue
		}
		if has(flags, a.forbidden) {
			forbidden[word] = true
			continue
		}
		entries = append(entries, entry{word, flags})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for i, e := range entries {
		a.traceWord(e.word, e.flags, func(t trace) {
			if t.form != "" && !forbidden[t.form] {
				t.entry = i
				emit(t)
			}
		})
	}
	return nil
}

func (a *Affixes) traceWord(word string, flags []flag, emit func(trace)) {
	if has(flags, a.forbidden) || has(flags, a.onlyComp) {
		return
	}
	base := trace{stem: word, flags: flags}
	if !has(flags, a.needAffix) {
		t := base
		t.form = word
		emit(t)
	}
	type sf struct {
		t     trace
		cross bool
	}
	var suffixed []sf
	for _, f := range flags {
		cls := a.suffixes[f]
		if cls == nil {
			continue
		}
		for i := range cls.rules {
			r := &cls.rules[i]
			s, ok := applySuffix(word, r)
			if !ok || a.DropVoseo && voseoRule(word, r) {
				continue
			}
			t := base
			t.f1, t.out1, t.form = f, s, s
			if !has(r.cont, a.needAffix) {
				emit(t)
				suffixed = append(suffixed, sf{t, cls.cross})
			}
			for _, c := range r.cont {
				cls2 := a.suffixes[c]
				if cls2 == nil {
					continue
				}
				for j := range cls2.rules {
					if s2, ok := applySuffix(s, &cls2.rules[j]); ok {
						t2 := t
						t2.f2, t2.form = c, s2
						emit(t2)
						suffixed = append(suffixed, sf{t2, cls.cross && cls2.cross})
					}
				}
			}
		}
	}
	for _, f := range flags {
		cls := a.prefixes[f]
		if cls == nil {
			continue
		}
		for i := range cls.rules {
			r := &cls.rules[i]
			if !strings.HasPrefix(word, r.strip) || !r.cond.matchStart(word) {
				continue
			}
			t := base
			t.pfx = r
			t.form = r.add + word[len(r.strip):]
			emit(t)
			if !cls.cross {
				continue
			}
			for _, s := range suffixed {
				if s.cross && strings.HasPrefix(s.t.form, r.strip) {
					t := s.t
					t.pfx = r
					t.form = r.add + s.t.form[len(r.strip):]
					emit(t)
				}
			}
		}
	}
}

// unprefix returns the form without its prefix rule, and applies the
// prefix to another word (the lemma).
func (t trace) unprefixed() string {
	if t.pfx == nil {
		return t.form
	}
	return t.pfx.strip + t.form[len(t.pfx.add):]
}

func (t trace) prefix(w string) string {
	if t.pfx == nil || !strings.HasPrefix(w, t.pfx.strip) {
		return w
	}
	return t.pfx.add + w[len(t.pfx.strip):]
}

// A cell is the features of a verb form.
type cell struct {
	mood   Mood
	tense  Tense
	person uint8
	number Number
	gender Gender
}

func (c cell) analysis(lemma string) Analysis {
	return Analysis{Lemma: lemma, POS: Verb, Mood: c.mood, Tense: c.tense, Person: c.person, Number: c.number, Gender: c.gender}
}

var sixCells = [6]struct {
	p uint8
	n Number
}{{1, Singular}, {2, Singular}, {3, Singular}, {1, Plural}, {2, Plural}, {3, Plural}}

type ending struct {
	e string
	c cell
}

// Regular endings after the stem, by conjugation (RAE, Nueva gramática,
// §4.4, and its appendix of conjugation models).
var regularEndings = map[string]map[string]string{
	"ar": {
		"ind.pres":  "o as a amos áis an",
		"ind.pret":  "é aste ó amos asteis aron",
		"ind.impf":  "aba abas aba ábamos abais aban",
		"ind.fut":   "aré arás ará aremos aréis arán",
		"ind.cond":  "aría arías aría aríamos aríais arían",
		"subj.pres": "e es e emos éis en",
		"subj.impf": "ara aras ara áramos arais aran",
		"subj.imp2": "ase ases ase ásemos aseis asen",
		"subj.fut":  "are ares are áremos areis aren",
		"imp":       "- a - - ad -",
		"inf":       "ar",
		"ger":       "ando",
		"part":      "ado ada ados adas",
	},
	"er": {
		"ind.pres":  "o es e emos éis en",
		"ind.pret":  "í iste ió imos isteis ieron",
		"ind.impf":  "ía ías ía íamos íais ían",
		"ind.fut":   "eré erás erá eremos eréis erán",
		"ind.cond":  "ería erías ería eríamos eríais erían",
		"subj.pres": "a as a amos áis an",
		"subj.impf": "iera ieras iera iéramos ierais ieran",
		"subj.imp2": "iese ieses iese iésemos ieseis iesen",
		"subj.fut":  "iere ieres iere iéremos iereis ieren",
		"imp":       "- e - - ed -",
		"inf":       "er",
		"ger":       "iendo",
		"part":      "ido ida idos idas",
	},
	"ir": {
		"ind.pres":  "o es e imos ís en",
		"ind.pret":  "í iste ió imos isteis ieron",
		"ind.impf":  "ía ías ía íamos íais ían",
		"ind.fut":   "iré irás irá iremos iréis irán",
		"ind.cond":  "iría irías iría iríamos iríais irían",
		"subj.pres": "a as a amos áis an",
		"subj.impf": "iera ieras iera iéramos ierais ieran",
		"subj.imp2": "iese ieses iese iésemos ieseis iesen",
		"subj.fut":  "iere ieres iere iéremos iereis ieren",
		"imp":       "- e - - id -",
		"inf":       "ir",
		"ger":       "iendo",
		"part":      "ido ida idos idas",
	},
}

// parseSlot reads "ind.pres", "imp", "part"… into a mood and tense.
func parseSlot(s string) (Mood, Tense, bool) {
	switch s {
	case "inf":
		return Infinitive, 0, true
	case "ger":
		return Gerund, 0, true
	case "part":
		return Participle, 0, true
	case "imp":
		return Imperative, 0, true
	}
	mood, tense, ok := strings.Cut(s, ".")
	if !ok {
		return 0, 0, false
	}
	var m Mood
	switch mood {
	case "ind":
		m = Indicative
	case "subj":
		m = Subjunctive
	default:
		return 0, 0, false
	}
	var t Tense
	switch tense {
	case "pres":
		t = Present
	case "pret":
		t = Preterite
	case "impf", "imp2":
		t = Imperfect
	case "fut":
		t = Future
	case "cond":
		t = Conditional
	default:
		return 0, 0, false
	}
	return m, t, true
}

// slotForms spreads the forms of one slot over cells: six persons, the
// two imperative persons, or the participle's four gender/number forms.
func slotForms(slot string, forms []string) ([]ending, error) {
	m, t, ok := parseSlot(slot)
	if !ok {
		return nil, fmt.Errorf("unknown slot %q", slot)
	}
	var out []ending
	switch m {
	case Infinitive, Gerund:
		for _, f := range forms {
			out = append(out, ending{f, cell{mood: m}})
		}
	case Participle:
		gn := [4]cell{{gender: Masculine, number: Singular}, {gender: Feminine, number: Singular}, {gender: Masculine, number: Plural}, {gender: Feminine, number: Plural}}
		if len(forms) != 1 && len(forms) != 4 {
			return nil, fmt.Errorf("participle: want 1 or 4 forms, got %d", len(forms))
		}
		for i, f := range forms {
			c := gn[i]
			c.mood = Participle
			if len(forms) == 1 {
				c.gender, c.number = 0, 0
			}
			out = append(out, ending{f, c})
		}
	case Imperative:
		if len(forms) == 2 {
			forms = []string{"-", forms[0], "-", "-", forms[1], "-"}
		}
		fallthrough
	default:
		if len(forms) != 6 {
			return nil, fmt.Errorf("%s: want 6 forms, got %d", slot, len(forms))
		}
		for i, f := range forms {
			if f == "-" {
				continue
			}
			for _, alt := range strings.Split(f, "/") {
				out = append(out, ending{alt, cell{mood: m, tense: t, person: sixCells[i].p, number: sixCells[i].n}})
			}
		}
	}
	return out, nil
}

// endingTables are the regular endings of each conjugation, built when
// first needed (building the dictionary, guessing an unknown verb form),
// not at start-up.
var endingTables = sync.OnceValue(func() map[string][]ending {
	out := map[string][]ending{}
	for conj, slots := range regularEndings {
		keys := make([]string, 0, len(slots))
		for k := range slots {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var es []ending
		for _, k := range keys {
			e, err := slotForms(k, strings.Fields(slots[k]))
			if err != nil {
				panic(err)
			}
			es = append(es, e...)
		}
		// After a vowel (leer, oír, construir) unstressed i between
		// vowels is written y (leyó, leyendo) and stressed i takes an
		// accent (leído, leíste); after ñ and ll it drops (tañó, bulló).
		var alts []ending
		for _, e := range es {
			if !strings.HasPrefix(e.e, "i") || len(e.e) < 2 {
				continue
			}
			rest := e.e[1:]
			r, _ := utf8.DecodeRuneInString(rest)
			if isVowel(r) {
				alts = append(alts, ending{"y" + rest, e.c}, ending{rest, e.c})
			} else {
				alts = append(alts, ending{"í" + rest, e.c})
			}
		}
		out[conj] = append(es, alts...)
	}
	return out
})

// conjugation returns the infinitive ending (ar, er, ir) and the stem.
func conjugation(inf string) (string, string, bool) {
	switch {
	case strings.HasSuffix(inf, "ar"):
		return "ar", inf[:len(inf)-2], true
	case strings.HasSuffix(inf, "er"):
		return "er", inf[:len(inf)-2], true
	case strings.HasSuffix(inf, "ir"):
		return "ir", inf[:len(inf)-2], true
	case strings.HasSuffix(inf, "ír"):
		return "ir", inf[:len(inf)-len("ír")], true
	}
	return "", "", false
}

// stemVariants lists the spellings a regular or stem-changing verb's stem
// takes in its forms: diphthongs and vowel changes (pienso, cuento,
// pido, juego, adquiero, huelo, yerro, duermo), written accents (envío,
// actúo, reúno), spelling changes before e or a (busqué, pagué, cacé,
// averigüé, venzo, cojo, sigo, delinco), and the -zc-, -y-, -g- and -ig-
// of conozco, construyo, valgo and caigo.
func stemVariants(s string) map[string]bool {
	out := map[string]bool{}
	rs := []rune(s)
	vowels := []string{s}
	// The last vowel of the stem, skipping the silent u of gu/qu.
	v := -1
	for i := len(rs) - 1; i >= 0; i-- {
		if isVowel(rs[i]) && !silentU(rs, i) {
			if rs[i] == 'u' && i > 0 && (rs[i-1] == 'g' || rs[i-1] == 'q') && i == len(rs)-1 {
				continue
			}
			v = i
			break
		}
	}
	if v >= 0 {
		pre, post := string(rs[:v]), string(rs[v+1:])
		var subs []string
		switch rs[v] {
		case 'e':
			subs = []string{"ie", "i", "í"}
			if v == 0 {
				subs = append(subs, "ye")
			}
		case 'o':
			subs = []string{"ue", "u"}
			if v == 0 {
				subs = append(subs, "hue")
			}
			if v > 0 && rs[v-1] == 'g' {
				subs = append(subs, "üe") // degüello, avergüenzo
			}
		case 'u':
			subs = []string{"ue", "ú"}
		case 'i':
			subs = []string{"ie", "í"}
		case 'a':
			subs = []string{"á"}
		case 'ü':
			subs = []string{"u"}
		}
		for _, sub := range subs {
			vowels = append(vowels, pre+sub+post)
		}
	}
	for _, st := range vowels {
		out[st] = true
		last := func(suf string) bool { return strings.HasSuffix(st, suf) }
		cut := func(n int) string { return st[:len(st)-n] }
		switch {
		case last("gu"):
			out[cut(2)+"g"] = true
			out[cut(2)+"gü"] = true
		case last("qu"):
			out[cut(2)+"c"] = true
		case last("c"):
			out[cut(1)+"qu"] = true
			out[cut(1)+"z"] = true
			out[cut(1)+"zc"] = true
		case last("g"):
			out[cut(1)+"gu"] = true
			out[cut(1)+"j"] = true
			out[st+"u"] = true
		case last("z"):
			out[cut(1)+"c"] = true
		case last("u"):
			out[st+"y"] = true
		case last("ü"):
			out[strings.TrimSuffix(st, "ü")+"uy"] = true // arguyo
		case last("l"), last("n"):
			out[st+"g"] = true
		case last("a"), last("o"), last("e"):
			out[st+"ig"] = true
			out[st+"y"] = true
		}
	}
	return out
}

// verbCells returns the features of form as a form of the verb inf, by
// its ending and the spelling of its stem.
func verbCells(form, inf string, variants map[string]bool) []cell {
	conj, _, ok := conjugation(inf)
	if !ok {
		return nil
	}
	var out []cell
	for _, e := range endingTables()[conj] {
		if !strings.HasSuffix(form, e.e) {
			continue
		}
		if variants[form[:len(form)-len(e.e)]] {
			dup := false
			for _, c := range out {
				dup = dup || c == e.c
			}
			if !dup {
				out = append(out, e.c)
			}
		}
	}
	return out
}

// A paradigm is a reviewed irregular verb: its forms by cell.
type paradigm struct {
	inf       string
	compounds bool // applies to verbs ending in inf (detener, proponer)
	suffix    bool // only a model for its compounds (-ducir)
	forms     []ending
}

// parseParadigms reads the irregular verb list: a line "verbo INF" (plus
// "compuestos" when verbs ending in INF conjugate like it) starts a verb;
// the lines after it give a slot and its forms.
func parseParadigms(r io.Reader) ([]*paradigm, error) {
	lines, err := ReadWords(r)
	if err != nil {
		return nil, err
	}
	var out []*paradigm
	var cur *paradigm
	for i, line := range lines {
		f := strings.Fields(line)
		if f[0] == "verbo" {
			if len(f) < 2 {
				return nil, fmt.Errorf("irregular verbs: entry %d: verbo needs an infinitive", i+1)
			}
			cur = &paradigm{inf: f[1], compounds: len(f) > 2 && f[2] == "compuestos"}
			if strings.HasPrefix(cur.inf, "-") {
				cur.inf, cur.compounds, cur.suffix = cur.inf[1:], true, true
			}
			out = append(out, cur)
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("irregular verbs: %q before the first verbo line", line)
		}
		es, err := slotForms(f[0], f[1:])
		if err != nil {
			return nil, fmt.Errorf("irregular verbs: %s: %v", cur.inf, err)
		}
		cur.forms = append(cur.forms, es...)
	}
	return out, nil
}

// A closed-class entry from the reviewed list.
type closedEntry struct {
	form string
	a    Analysis
}

// parseClosed reads "form lemma pos [masc|fem] [sg|pl] [1|2|3]" lines;
// a line "= stem" keeps the Hunspell readings of a stem that is also in
// the list (bajo the adjective beside bajo the preposition).
func parseClosed(r io.Reader) ([]closedEntry, map[string]bool, error) {
	lines, err := ReadWords(r)
	if err != nil {
		return nil, nil, err
	}
	keep := map[string]bool{}
	var out []closedEntry
	for _, line := range lines {
		f := strings.Fields(line)
		if f[0] == "=" {
			for _, w := range f[1:] {
				keep[w] = true
			}
			continue
		}
		if len(f) < 3 {
			return nil, nil, fmt.Errorf("closed classes: %q: want form, lemma and part of speech", line)
		}
		a := Analysis{Lemma: f[1]}
		pos, ok := posByName(f[2])
		if !ok {
			return nil, nil, fmt.Errorf("closed classes: %q: unknown part of speech %q", line, f[2])
		}
		a.POS = pos
		for _, t := range f[3:] {
			switch t {
			case "masc":
				a.Gender = Masculine
			case "fem":
				a.Gender = Feminine
			case "sg":
				a.Number = Singular
			case "pl":
				a.Number = Plural
			case "1", "2", "3":
				a.Person = t[0] - '0'
			default:
				return nil, nil, fmt.Errorf("closed classes: %q: unknown feature %q", line, t)
			}
		}
		out = append(out, closedEntry{f[0], a})
	}
	return out, keep, nil
}

func posByName(s string) (POS, bool) {
	for i, n := range posNames {
		if i > 0 && n == s {
			return POS(i), true
		}
	}
	return 0, false
}

// nominal guesses the analyses of a word with no verb reading from its
// form and affix classes: a capital makes a proper noun, -mente an
// adverb; a word with a feminine class is an adjective and a noun
// (público, alto); other words are nouns, and adjectives too when their
// ending is mostly adjectival (-al, -ble, -nte…).
func nominal(lemma string, gendered bool) []Analysis {
	if lemma == "" {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(lemma); upperRune(r) == r && lowerRune(r) != r {
		return []Analysis{{Lemma: lemma, POS: ProperNoun}}
	}
	if strings.HasSuffix(lemma, "mente") && len(lemma) > 7 {
		return []Analysis{{Lemma: lemma, POS: Adverb}}
	}
	if gendered {
		return []Analysis{{Lemma: lemma, POS: Adjective, Gender: Masculine, Number: Singular}, {Lemma: lemma, POS: Noun, Gender: Masculine, Number: Singular}}
	}
	n := Analysis{Lemma: lemma, POS: Noun, Gender: nounGender(lemma), Number: Singular}
	for _, suf := range []string{"al", "ble", "il", "nte", "ense", "ista", "iz"} {
		if strings.HasSuffix(lemma, suf) {
			return []Analysis{{Lemma: lemma, POS: Adjective, Number: Singular}, n}
		}
	}
	return []Analysis{n}
}

// nounGender guesses a noun's gender from its ending, or 0 when the
// ending does not tell.
func nounGender(w string) Gender {
	switch w {
	case "día", "mapa", "planeta", "cometa", "poeta", "profeta", "sofá", "papá", "tranvía", "idioma", "problema", "sistema", "tema", "programa", "clima", "esquema", "poema":
		return Masculine
	case "mano", "foto", "moto", "radio", "imagen", "red", "ley", "base", "parte", "gente", "clase", "noche", "nube", "fe", "mujer", "flor", "labor", "sal", "piel", "cárcel", "miel", "señal", "capital", "canal":
		if w == "canal" || w == "capital" {
			return 0
		}
		return Feminine
	}
	for _, s := range []string{"ción", "sión", "dad", "tad", "tud", "umbre", "eza", "ez", "ura", "ería", "ncia", "ía"} {
		if strings.HasSuffix(w, s) {
			return Feminine
		}
	}
	for _, s := range []string{"aje", "ismo", "miento", "or", "ón", "o"} {
		if strings.HasSuffix(w, s) {
			return Masculine
		}
	}
	if strings.HasSuffix(w, "a") && !strings.HasSuffix(w, "ma") && !strings.HasSuffix(w, "ista") && !strings.HasSuffix(w, "cida") {
		return Feminine
	}
	return 0
}

// inflect turns the analyses of a lemma into those of its form made by
// the plural and feminine classes: plural when the form adds s or es,
// feminine when the gendered lemma's form ends in a or as.
func inflect(as []Analysis, form, lemma string) []Analysis {
	out := make([]Analysis, 0, len(as))
	plural := form != lemma && strings.HasSuffix(form, "s") && !strings.HasSuffix(lemma, "s") ||
		form != lemma && strings.HasSuffix(form, "es") && strings.HasSuffix(lemma, "s")
	for _, a := range as {
		if form != lemma {
			if plural {
				a.Number = Plural
			}
			if a.Gender == Masculine && (strings.HasSuffix(form, "a") || strings.HasSuffix(form, "as")) && !strings.HasSuffix(lemma, "a") {
				a.Gender = Feminine
			}
			if a.POS == ProperNoun || a.POS == Adverb {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// cliticFormOf reports whether form is a form of the verb inf followed
// by one or two enclitic pronouns (votarlo, votándoselo, vótalo).
func cliticFormOf(form, inf string, variants map[string]bool) bool {
	return cliticHostOf(form, func(h string) bool {
		return h == inf || strings.HasSuffix(h, "ndo") || len(verbCells(h, inf, variants)) > 0
	})
}

// cliticHostOf reports whether form is one or two enclitic pronouns after
// a host (without the accent the pronouns added, or with the s or d they
// dropped) that isForm accepts.
func cliticHostOf(form string, isForm func(string) bool) bool {
	for _, c := range clitics {
		if !strings.HasSuffix(form, c) || len(form) <= len(c)+2 {
			continue
		}
		rest := form[:len(form)-len(c)]
		host := StripAccents(rest)
		for _, h := range []string{host, host + "s", host + "d", accentLast(host)} {
			if isForm(h) {
				return true
			}
		}
		for _, c2 := range clitics {
			if strings.HasSuffix(rest, c2) && cliticHostOf(rest, isForm) {
				return true
			}
		}
	}
	return false
}

// BuildMorphology derives the analysis table for the automaton dawg (the
// bytes Build returned for the same Hunspell files and supplement): the
// .dic entries' affix classes give each form its lemma, the reviewed
// lists give closed-class words and irregular verbs. The generator
// (gen.go) writes the result to es_MX.morph.
func BuildMorphology(in MorphInput, dawg []byte) ([]byte, MorphStats, error) {
	var st MorphStats
	aut, err := openAutomaton(dawg)
	if err != nil {
		return nil, st, err
	}
	a, err := ParseAffixes(in.Aff)
	if err != nil {
		return nil, st, err
	}
	a.DropVoseo = !in.KeepVoseo
	var models []*paradigm
	if in.Irregular != nil {
		if models, err = parseParadigms(in.Irregular); err != nil {
			return nil, st, err
		}
	}
	var closed []closedEntry
	keep := map[string]bool{}
	if in.Closed != nil {
		if closed, keep, err = parseClosed(in.Closed); err != nil {
			return nil, st, err
		}
	}
	var traces []trace
	entries := 0
	for _, r := range append([]io.Reader{in.Dic}, in.ExtraDic...) {
		base := entries
		err := a.expandTraced(r, func(t trace) {
			t.entry += base
			if t.entry+1 > entries {
				entries = t.entry + 1
			}
			traces = append(traces, t)
		})
		if err != nil {
			return nil, st, err
		}
	}
	out := map[int][]Analysis{}
	closedForm := map[string]bool{}
	for _, c := range closed {
		closedForm[c.form] = true
	}
	add := func(form string, an Analysis) bool {
		i := aut.index(form)
		if i < 0 {
			return false
		}
		if an.POS == ProperNoun && closedForm[toLower(form)] {
			return true // El, De: a function word at the start of a sentence
		}
		for _, x := range out[i] {
			if x == an {
				return true
			}
		}
		out[i] = append(out[i], an)
		return true
	}

	// 1. Closed classes first: their readings are the likeliest.
	closedStem := map[string]bool{}
	for _, c := range closed {
		if !add(c.form, c.a) {
			st.Missing = append(st.Missing, c.form)
		}
		closedStem[c.form] = true
		closedStem[c.a.Lemma] = true
	}

	// 2. The reviewed irregular paradigms.
	modelCells := map[string]map[string][]cell{} // infinitive -> form -> cells
	for _, p := range models {
		if p.suffix {
			continue
		}
		m := map[string][]cell{}
		for _, e := range p.forms {
			m[e.e] = append(m[e.e], e.c)
			if !add(e.e, e.c.analysis(p.inf)) {
				st.Missing = append(st.Missing, e.e)
			}
		}
		modelCells[p.inf] = m
	}

	// 3. Which suffix classes conjugate verbs, and which make plurals and
	// feminines: the rest derive new words (votación, votante).
	isInf := func(w string) bool {
		_, _, ok := conjugation(w)
		return ok && CasingOf(w) == Lower
	}
	variantsOf := map[string]map[string]bool{}
	variants := func(inf string) map[string]bool {
		v, ok := variantsOf[inf]
		if !ok {
			_, stem, _ := conjugation(inf)
			v = stemVariants(stem)
			variantsOf[inf] = v
		}
		return v
	}
	hits, total := map[flag]int{}, map[flag]int{}
	for _, t := range traces {
		if t.f1 == 0 || !isInf(t.stem) {
			continue
		}
		total[t.f1]++
		f := t.unprefixed()
		if v := variants(t.stem); len(verbCells(f, t.stem, v)) > 0 || cliticFormOf(f, t.stem, v) {
			hits[t.f1]++
		}
	}
	plural, feminine, diminutive := map[flag]bool{}, map[flag]bool{}, map[flag]bool{}
	for f, cls := range a.suffixes {
		pl, fem, dim := true, true, true
		for _, r := range cls.rules {
			pl = pl && strings.HasSuffix(r.add, "s")
			fem = fem && (strings.HasSuffix(r.add, "a") || strings.HasSuffix(r.add, "as")) &&
				utf8.RuneCountInString(r.add)-utf8.RuneCountInString(r.strip) <= 2
			dim = dim && (strings.HasSuffix(r.add, "ito") || strings.HasSuffix(r.add, "ita") || strings.HasSuffix(r.add, "íto"))
		}
		plural[f], feminine[f], diminutive[f] = pl, fem && !pl, dim
	}
	// A plural class is never a conjugation, even where its forms look
	// like one (titulares, mujeres: -ares, -eres).
	verbal := map[flag]bool{}
	for f, n := range total {
		verbal[f] = 2*hits[f] >= n && !plural[f] && !feminine[f]
	}

	// Entries: is each a verb, is it gendered?
	type entryInfo struct {
		verb, gendered bool
	}
	info := make([]entryInfo, entries)
	for _, t := range traces {
		e := &info[t.entry]
		if t.f1 != 0 && verbal[t.f1] && isInf(t.stem) {
			e.verb = true
		}
		for _, f := range t.flags {
			if feminine[f] {
				e.gendered = true
			}
		}
	}

	// Forms that compounds of the reviewed verbs share with them
	// (detener like tener): prefix + model form, or with the accent an
	// oxytone compound takes (detén, compón).
	entryForms := map[int]map[string]bool{}
	for _, t := range traces {
		if info[t.entry].verb && t.pfx == nil {
			if entryForms[t.entry] == nil {
				entryForms[t.entry] = map[string]bool{}
			}
			entryForms[t.entry][t.form] = true
		}
	}
	compoundCells := map[int]map[string][]cell{}
	for _, t := range traces {
		if t.f1 != 0 || t.pfx != nil || !info[t.entry].verb || compoundCells[t.entry] != nil {
			continue
		}
		for _, p := range models {
			if !p.compounds || t.stem == p.inf || !strings.HasSuffix(t.stem, p.inf) {
				continue
			}
			pre := t.stem[:len(t.stem)-len(p.inf)]
			m := map[string][]cell{}
			for _, e := range p.forms {
				for _, f := range []string{pre + e.e, pre + accentLast(e.e), pre + accentFirst(e.e)} {
					if entryForms[t.entry][f] || aut.index(f) >= 0 {
						m[f] = append(m[f], e.c)
						break
					}
				}
			}
			compoundCells[t.entry] = m
			break
		}
	}

	// 4. Every generated form.
	var fallback []closedEntry
	fallbackAdded := map[int]bool{}
	for _, t := range traces {
		e := info[t.entry]
		f := t.unprefixed()
		switch {
		case e.verb && (t.f1 == 0 || verbal[t.f1]):
			lemma := t.prefix(t.stem)
			var cells []cell
			if m, ok := modelCells[t.stem]; ok {
				cells = m[f]
				if len(cells) == 0 {
					continue // the reviewed paradigm is the authority
				}
			} else if m := compoundCells[t.entry]; m != nil && len(m[f]) > 0 {
				cells = m[f]
			} else {
				cells = verbCells(f, t.stem, variants(t.stem))
			}
			if len(cells) == 0 {
				v := variants(t.stem)
				mc, cc := modelCells[t.stem], compoundCells[t.entry]
				if cliticHostOf(f, func(h string) bool {
					return h == t.stem || strings.HasSuffix(h, "ndo") || len(mc[h]) > 0 || len(cc[h]) > 0 || len(verbCells(h, t.stem, v)) > 0
				}) {
					continue // analysed at run time from its host
				}
				if add(t.form, Analysis{Lemma: lemma, POS: Verb}) {
					st.VerbFormsUnlabelled++
				}
				continue
			}
			for _, c := range cells {
				add(t.form, c.analysis(lemma))
			}
		case closedStem[t.stem] && !keep[t.stem]:
			// The reviewed list has this word's readings.
		case t.f1 != 0 && !plural[t.f1] && !feminine[t.f1]:
			if diminutive[t.f1] && !e.verb {
				lemma := t.prefix(t.stem)
				for _, an := range inflect(nominal(lemma, e.gendered), t.form, t.prefix(t.out1)) {
					if an.POS == Noun || an.POS == Adjective {
						an.Diminutive = true
						if an.Gender == Masculine && (strings.HasSuffix(t.out1, "a")) {
							an.Gender = Feminine
						}
						add(t.form, an)
					}
				}
				continue
			}
			lemma := t.prefix(t.out1)
			gendered := t.f2 != 0 && feminine[t.f2]
			for _, an := range inflect(nominal(lemma, gendered), t.form, lemma) {
				add(t.form, an)
			}
		default:
			lemma := t.prefix(t.stem)
			as := inflect(nominal(lemma, e.gendered), t.form, lemma)
			if len(t.flags) == 0 && CasingOf(t.form) == Lower {
				// A bare entry is often a form of an irregular verb
				// (fue, hay) or a verb with pronouns (dame): a noun only
				// if nothing else explains it.
				fallback = append(fallback, closedEntry{t.form, as[0]})
				for _, an := range as[1:] {
					fallback = append(fallback, closedEntry{t.form, an})
				}
				continue
			}
			for _, an := range as {
				add(t.form, an)
			}
		}
	}

	// 5. Supplement words nothing else analysed; plurals after the
	// singulars they may be plurals of.
	var supp []string
	for _, r := range in.Supplement {
		ws, err := ReadWords(r)
		if err != nil {
			return nil, st, err
		}
		for _, line := range ws {
			supp = append(supp, splitEntry(line)...)
		}
	}
	for pass := 0; pass < 2; pass++ {
		for _, w := range supp {
			i := aut.index(w)
			if i < 0 || len(out[i]) > 0 || pass == 0 && strings.HasSuffix(w, "s") {
				continue
			}
			if supplementPlural(w, aut, out, add) {
				continue
			}
			for _, an := range nominal(w, false) {
				add(w, an)
			}
		}
	}

	// 6. Bare entries that are neither verb forms with pronouns nor
	// anything else: nouns.
	pass1, err := encodeMorph(aut.nword, out)
	if err != nil {
		return nil, st, err
	}
	m1, err := openMorph(string(pass1), aut.nword)
	if err != nil {
		return nil, st, err
	}
	d1 := &Dictionary{a: aut}
	// A stem spelling -> the verbs that have it, to read bare entries
	// such as juegue (jugar) by their ending.
	verbStems := map[string]bool{}
	for _, t := range traces {
		if info[t.entry].verb {
			verbStems[t.stem] = true
		}
	}
	verbsBySpelling := map[string][]string{}
	for inf := range variantsOf {
		if modelCells[inf] != nil || !verbStems[inf] {
			continue // the reviewed paradigm has all its forms
		}
		for v := range variantsOf[inf] {
			verbsBySpelling[v] = append(verbsBySpelling[v], inf)
		}
	}
	for _, vs := range verbsBySpelling {
		sort.Strings(vs)
	}
	// Some verbs are listed only as bare forms (jugar, jugaron, juegue):
	// a bare infinitive is a verb when at least three other bare forms
	// read as its forms.
	candSpelling := map[string][]string{}
	bare := map[string]bool{}
	for _, f := range fallback {
		bare[f.form] = true
	}
	for _, f := range fallback {
		if _, stem, ok := conjugation(f.form); ok && f.a.Lemma == f.form && utf8.RuneCountInString(stem) >= 2 {
			candSpelling[stem] = append(candSpelling[stem], f.form)
		}
	}
	for _, vs := range candSpelling {
		sort.Strings(vs)
	}
	support := map[string]map[string]bool{}
	for f := range bare {
		guessVerb(f, candSpelling, func(an Analysis) {
			if an.Mood != Infinitive {
				if support[an.Lemma] == nil {
					support[an.Lemma] = map[string]bool{}
				}
				support[an.Lemma][f] = true
			}
		})
	}
	bareVerbs := map[string][]string{}
	for inf, forms := range support {
		if len(forms) >= 3 && modelCells[inf] == nil {
			_, stem, _ := conjugation(inf)
			for v := range stemVariants(stem) {
				verbsBySpelling[v] = append(verbsBySpelling[v], inf)
				bareVerbs[v] = append(bareVerbs[v], inf)
			}
		}
	}
	for _, vs := range verbsBySpelling {
		sort.Strings(vs)
	}
	for _, vs := range bareVerbs {
		sort.Strings(vs)
	}
	// Their forms that other entries make (juego, the noun, is also
	// jugar's first person).
	for _, t := range traces {
		if i := aut.index(t.form); i >= 0 && CasingOf(t.form) == Lower {
			hasVerb := false
			for _, an := range out[i] {
				hasVerb = hasVerb || an.POS == Verb
			}
			if !hasVerb {
				guessVerb(t.form, bareVerbs, func(an Analysis) { add(t.form, an) })
			}
		}
	}
	guessed := map[int]bool{}
	for _, f := range fallback {
		i := aut.index(f.form)
		if i < 0 || guessed[i] || closedForm[f.form] {
			continue
		}
		hasVerb := false
		for _, an := range out[i] {
			hasVerb = hasVerb || an.POS == Verb
		}
		if hasVerb || len(d1.appendClitics(m1, []byte(f.form), nil, 0)) > 0 {
			continue
		}
		if guessVerb(f.form, verbsBySpelling, func(an Analysis) { add(f.form, an) }) {
			guessed[i] = true
			continue
		}
		if len(out[i]) > 0 && !fallbackAdded[i] {
			continue
		}
		fallbackAdded[i] = true
		add(f.form, f.a)
	}

	data, err := encodeMorph(aut.nword, out)
	if err != nil {
		return nil, st, err
	}
	st.Words = aut.nword
	st.Analysed = len(out)
	lemmas := map[string]bool{}
	byPOS := map[POS]map[string]bool{Verb: {}, Noun: {}, Adjective: {}}
	for _, as := range out {
		st.Analyses += len(as)
		for _, an := range as {
			lemmas[an.Lemma] = true
			if m := byPOS[an.POS]; m != nil {
				m[an.Lemma] = true
			}
		}
	}
	st.Lemmas = len(lemmas)
	st.VerbLemmas, st.NounLemmas, st.AdjLemmas = len(byPOS[Verb]), len(byPOS[Noun]), len(byPOS[Adjective])
	st.Bytes = len(data)
	sort.Strings(st.Missing)
	return data, st, nil
}

// accentLast writes the accent an oxytone compound takes on a one-syllable
// form (ten -> detén, pon -> compón, ven -> convén).
func accentLast(w string) string {
	rs := []rune(w)
	for i := len(rs) - 1; i >= 0; i-- {
		if a := accentOf(rs[i]); a != 0 {
			rs[i] = a
			return string(rs)
		}
		if hasAccent(rs[i]) {
			return w
		}
	}
	return w
}

// guessVerb reads form as a form of a verb whose stem is spelt as form
// minus one of the endings of the verb's conjugation.
func guessVerb(form string, bySpelling map[string][]string, emit func(Analysis)) bool {
	found := false
	for _, conj := range []string{"ar", "er", "ir"} {
		for _, e := range endingTables()[conj] {
			if !strings.HasSuffix(form, e.e) {
				continue
			}
			for _, inf := range bySpelling[form[:len(form)-len(e.e)]] {
				if c, _, _ := conjugation(inf); c == conj {
					emit(e.c.analysis(inf))
					found = true
				}
			}
		}
	}
	return found
}

// accentFirst writes an accent on the first vowel of a form whose h
// makes a hiatus with a prefix (re + hice -> rehíce).
func accentFirst(w string) string {
	if !strings.HasPrefix(w, "hi") && !strings.HasPrefix(w, "hu") {
		return w
	}
	r, n := utf8.DecodeRuneInString(w[1:])
	return "h" + string(accentOf(r)) + w[1+n:]
}

// supplementPlural analyses a supplement word that is the plural of a
// noun or adjective already analysed (televisoras, of televisora).
func supplementPlural(w string, aut *automaton, out map[int][]Analysis, add func(string, Analysis) bool) bool {
	if CasingOf(w) != Lower || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, sg := range []string{w[:len(w)-1], strings.TrimSuffix(w, "es")} {
		i := aut.index(sg)
		if i < 0 || sg == w {
			continue
		}
		found := false
		for _, an := range out[i] {
			if (an.POS == Noun || an.POS == Adjective) && an.Number == Singular {
				an.Number = Plural
				add(w, an)
				found = true
			}
		}
		if found {
			return true
		}
	}
	return false
}
