package dict

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed es_MX.morph
var morphData string

// POS is a coarse part of speech.
type POS uint8

// Parts of speech. Noun and Adjective are told apart by the reviewed lists
// and by the word's affix classes and ending, so a gendered word that is
// both (público, alto) gets both.
const (
	Noun POS = iota + 1
	Adjective
	Verb
	Adverb
	Determiner
	Pronoun
	Preposition
	Conjunction
	Interjection
	ProperNoun
	Numeral
)

// Mood is the mood of a finite verb form, or which non-finite form it is.
type Mood uint8

// Moods and non-finite forms of a verb. The usted, ustedes and nosotros
// commands are subjunctive forms (diga, digan, digamos); they are reported
// as Imperative only when they carry enclitic pronouns (dígaselo).
const (
	Indicative Mood = iota + 1
	Subjunctive
	Imperative
	Infinitive
	Gerund
	Participle
)

// Tense is the tense of a finite verb form.
type Tense uint8

// Tenses of the simple verb forms. Preterite is the pretérito perfecto
// simple (votó); Imperfect is the copretérito (votaba) in the indicative
// and the pretérito (votara, votase) in the subjunctive.
const (
	Present Tense = iota + 1
	Preterite
	Imperfect
	Future
	Conditional
)

// Number is grammatical number.
type Number uint8

// Numbers.
const (
	Singular Number = iota + 1
	Plural
)

// Gender is grammatical gender.
type Gender uint8

// Genders.
const (
	Masculine Gender = iota + 1
	Feminine
)

// Clitics holds up to three enclitic pronouns attached to a verb form, in
// written order (dígaselo: se, lo).
type Clitics uint16

var cliticNames = [...]string{"", "me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les"}

// Len returns the number of pronouns.
func (c Clitics) Len() int {
	n := 0
	for ; c != 0; c >>= 4 {
		n++
	}
	return n
}

// At returns the i-th pronoun (0 is the first written).
func (c Clitics) At(i int) string {
	n := c.Len()
	if i < 0 || i >= n {
		return ""
	}
	return cliticNames[(c>>(4*(n-1-i)))&15]
}

// String joins the pronouns with "+" (se+lo).
func (c Clitics) String() string {
	var sb strings.Builder
	for i := 0; i < c.Len(); i++ {
		if i > 0 {
			sb.WriteByte('+')
		}
		sb.WriteString(c.At(i))
	}
	return sb.String()
}

// push returns c with p written before the pronouns it holds.
func (c Clitics) push(code uint16) Clitics {
	return c | Clitics(code)<<(4*c.Len())
}

// Analysis is one reading of a word form: its lemma and coarse features.
// Fields that do not apply are zero (a noun has no Mood; an infinitive no
// Person).
type Analysis struct {
	// Lemma is the dictionary form: the infinitive of a verb, the
	// masculine singular of a noun or adjective, the form itself for the
	// other parts of speech.
	Lemma  string
	POS    POS
	Mood   Mood
	Tense  Tense
	Person uint8 // 1, 2 or 3 for finite verb forms
	Number Number
	Gender Gender
	// Clitics are the enclitic pronouns of a verb form (regístrate: te).
	Clitics Clitics
	// Diminutive marks a diminutive (casita, of casa).
	Diminutive bool
	// Prefix is a productive prefix joined to a word the dictionary
	// lists without it (reprogramó: re + programar; exconsejera: ex +
	// consejero). Lemma is then the lemma of the rest; the whole lemma
	// is Prefix + Lemma.
	Prefix string
}

var posNames = [...]string{"?", "noun", "adj", "verb", "adv", "det", "pron", "prep", "conj", "interj", "propn", "num"}
var moodNames = [...]string{"", "ind", "subj", "imp", "inf", "ger", "part"}
var tenseNames = [...]string{"", "pres", "pret", "impf", "fut", "cond"}

// String names a part of speech (noun, adj, verb, adv, det, pron, prep,
// conj, interj, propn, num).
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return "?"
}

// String names a mood (ind, subj, imp, inf, ger, part).
func (m Mood) String() string {
	if int(m) < len(moodNames) {
		return moodNames[m]
	}
	return "?"
}

// String names a tense (pres, pret, impf, fut, cond).
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return "?"
}

// String writes the analysis compactly: the lemma, the part of speech and
// the features, separated by spaces (publicar verb ind pret 3sg;
// pública adj fem sg has lemma público: público adj fem sg).
func (a Analysis) String() string {
	var sb strings.Builder
	sb.WriteString(a.Lemma)
	sb.WriteByte(' ')
	sb.WriteString(a.POS.String())
	if a.Mood != 0 {
		sb.WriteByte(' ')
		sb.WriteString(a.Mood.String())
	}
	if a.Tense != 0 {
		sb.WriteByte(' ')
		sb.WriteString(a.Tense.String())
	}
	if a.Gender != 0 {
		sb.WriteString([...]string{"", " masc", " fem"}[a.Gender&3])
	}
	if a.Person != 0 || a.Number != 0 {
		sb.WriteByte(' ')
		if a.Person != 0 {
			sb.WriteByte('0' + a.Person)
		}
		sb.WriteString([...]string{"", "sg", "pl", "?"}[a.Number&3])
	}
	if a.Diminutive {
		sb.WriteString(" dim")
	}
	if a.Prefix != "" {
		sb.WriteString(" prefix " + a.Prefix)
	}
	if a.Clitics != 0 {
		sb.WriteString(" +")
		sb.WriteString(a.Clitics.String())
	}
	return sb.String()
}

// A bundle packs the features of an analysis (not its lemma) in 32 bits:
// POS (bits 0-3), mood (4-6), tense (7-9), person (10-11), number
// (12-13), gender (14-15), diminutive (16).
type bundle uint32

func packBundle(a Analysis) bundle {
	b := bundle(a.POS&15) | bundle(a.Mood&7)<<4 | bundle(a.Tense&7)<<7 |
		bundle(a.Person&3)<<10 | bundle(a.Number&3)<<12 | bundle(a.Gender&3)<<14
	if a.Diminutive {
		b |= 1 << 16
	}
	return b
}

func (b bundle) unpack(lemma string) Analysis {
	return Analysis{
		Lemma:      lemma,
		POS:        POS(b & 15),
		Mood:       Mood(b >> 4 & 7),
		Tense:      Tense(b >> 7 & 7),
		Person:     uint8(b >> 10 & 3),
		Number:     Number(b >> 12 & 3),
		Gender:     Gender(b >> 14 & 3),
		Diminutive: b>>16&1 != 0,
	}
}

var (
	morphOnce sync.Once
	morphDef  *morphTable
)

// morph returns the analysis table of d, or nil when d has none (a
// dictionary made by New or LoadHunspell).
func (d *Dictionary) morph() *morphTable {
	if d.a == nil || len(esData) == 0 || len(morphData) == 0 || d.a != Default().a {
		return nil
	}
	morphOnce.Do(func() {
		m, err := openMorph(morphData, d.a.nword)
		if err != nil {
			panic("dict: embedded morphology is corrupt: " + err.Error())
		}
		morphDef = m
	})
	return morphDef
}

// maxAnalyze is the longest word, in bytes, that Analyze looks at.
const maxAnalyze = 64

// Analyze appends to buf every analysis of word and returns the extended
// slice; pass buf[:0] of a reused slice (capacity 16 covers nearly every
// word) and it allocates nothing. The word is analysed as written: accents
// count (publico, público and publicó are three different words) and ñ is
// never folded, while capitals are not (Público, PÚBLICO and público have
// the same analyses; a proper noun such as Sonora keeps its own). Verb
// forms with enclitic pronouns are split (regístrate: registrar, imperative,
// + te) when their written accent is right. A word with no analysis gives
// buf unchanged.
//
// Only the bundled dictionary (Default and the dictionaries WithWords
// makes from it) has analyses; words added with WithWords have none.
func (d *Dictionary) Analyze(word string, buf []Analysis) []Analysis {
	m := d.morph()
	if m == nil || word == "" || len(word) > maxAnalyze {
		return buf
	}
	if d.cache == nil || len(word) > maxCachedWord {
		return d.analyzeWith(m, word, buf)
	}
	if in := d.cache.get(word); in.flags&infoAnalyzed != 0 {
		return append(buf, in.ana...)
	}
	start := len(buf)
	buf = d.analyzeWith(m, word, buf)
	var ana []Analysis
	if len(buf) > start {
		ana = append([]Analysis(nil), buf[start:]...)
		for i := range ana {
			// A numeral's lemma is the word itself, which may be a slice
			// of a long post: keep a copy only.
			if ana[i].POS == Numeral && ana[i].Lemma == word {
				ana[i].Lemma = strings.Clone(word)
			}
		}
	}
	d.cache.add(word, wordInfo{flags: infoAnalyzed, ana: ana})
	return buf
}

func (d *Dictionary) analyzeWith(m *morphTable, word string, buf []Analysis) []Analysis {
	if m == nil || word == "" || len(word) > maxAnalyze {
		return buf
	}
	start := len(buf)
	if i := d.a.index(word); i >= 0 {
		buf = m.appendWord(i, buf, start)
	}
	var lb [maxAnalyze * 2]byte
	low, ok := lowerBytes(lb[:0], word)
	if !ok {
		return buf
	}
	if string(low) != word {
		if i := d.a.indexBytes(low); i >= 0 {
			buf = m.appendWord(i, buf, start)
		}
		if CasingOf(word) == Upper && len(low) > 0 {
			var tb [maxAnalyze * 2]byte
			title := titleBytes(tb[:0], low)
			if i := d.a.indexBytes(title); i >= 0 {
				buf = m.appendWord(i, buf, start)
			}
		}
	}
	buf = d.appendClitics(m, low, buf, start)
	if len(buf) == start {
		buf = d.appendPrefixed(m, low, buf, start)
	}
	if len(buf) == start && isDigits(word) {
		buf = append(buf, Analysis{Lemma: word, POS: Numeral})
	}
	return buf
}

// appendPrefixed analyses low (lower case) as a productive prefix and a
// noun, adjective or verb form of the dictionary (precandidatas,
// reprogramó, vicepresidenta, prerregistro).
func (d *Dictionary) appendPrefixed(m *morphTable, low []byte, buf []Analysis, start int) []Analysis {
	for _, p := range prefixes {
		if len(low) <= len(p) || string(low[:len(p)]) != p {
			continue
		}
		rest := low[len(p):]
		// A vowel-final prefix doubles the r it meets: pre + registro.
		if vowelEnd := strings.IndexByte("aeiou", p[len(p)-1]) >= 0; vowelEnd && rest[0] == 'r' {
			if len(rest) < 2 || rest[1] != 'r' {
				continue
			}
			rest = rest[1:]
		}
		min := 4
		if len(p) <= 2 {
			min = 5
		}
		if utf8.RuneCount(rest) < min {
			continue
		}
		n := len(buf)
		if i := d.a.indexBytes(rest); i >= 0 {
			buf = m.appendWord(i, buf, start)
		}
		buf = d.appendClitics(m, rest, buf, start)
		// Keep the open classes only, and mark the prefix.
		k := n
		for _, a := range buf[n:] {
			if a.POS == Noun || a.POS == Adjective || a.POS == Verb {
				a.Prefix = p
				buf[k] = a
				k++
			}
		}
		buf = buf[:k]
	}
	return buf
}

// lowerBytes appends the lower case of w to dst; ok is false when it
// would not fit in dst's capacity.
func lowerBytes(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(dst) == cap(dst) {
				return dst, false
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		r = lowerRune(r)
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst, false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// titleBytes appends w with its first letter in upper case.
func titleBytes(dst, w []byte) []byte {
	r, n := utf8.DecodeRune(w)
	dst = utf8.AppendRune(dst, upperRune(r))
	return append(dst, w[n:]...)
}

// indexBytes is index for a word given as bytes.
func (a *automaton) indexBytes(w []byte) int {
	node, idx := 1, 0
	var e uint64
	if len(w) == 0 {
		return -1
	}
	for i := 0; i < len(w); {
		var r rune
		if c := w[i]; c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRune(w[i:])
			i += n
		}
		s := a.sym(r)
		if s == 0 {
			return -1
		}
		if e != 0 && edgeIsFinal(e) {
			idx++
		}
		var ok bool
		e, ok = a.step(node, s)
		if !ok {
			return -1
		}
		idx += edgeSkip(e)
		node = edgeTarget(e)
	}
	if !edgeIsFinal(e) {
		return -1
	}
	return idx
}

// wordAt appends the word numbered k to dst (the inverse of index).
func (a *automaton) wordAt(dst []byte, k int) []byte {
	if k < 0 || k >= a.nword {
		return dst
	}
	node := 1
	for node != 0 {
		// The last edge of the state whose count does not pass k.
		var pick uint64
		for i := node; ; i++ {
			e := a.edge(i)
			if edgeSkip(e) > k {
				break
			}
			pick = e
			if edgeIsLast(e) {
				break
			}
		}
		k -= edgeSkip(pick)
		dst = utf8.AppendRune(dst, a.runes[edgeSym(pick)])
		if edgeIsFinal(pick) {
			if k == 0 {
				return dst
			}
			k--
		}
		node = edgeTarget(pick)
	}
	return dst
}

// Forms returns every form of the bundled dictionary that has lemma among
// its analyses, sorted (Forms("votar") gives votar, votas, votó…, without
// the forms with enclitic pronouns, which are analysed but not listed). It
// scans the analysis table (a millisecond or two): use it to build a
// matcher once, not per word.
func (d *Dictionary) Forms(lemma string) []string {
	m := d.morph()
	if m == nil {
		return nil
	}
	id, ok := m.lemmaID(lemma)
	if !ok {
		return nil
	}
	var out []string
	var wb []byte
	m.eachWordOfLemma(id, func(w int) {
		wb = d.a.wordAt(wb[:0], w)
		out = append(out, string(wb))
	})
	sort.Strings(out)
	return out
}
