package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

// SpellingOptions configure the spelling rule.
type SpellingOptions struct {
	// Dictionary replaces the bundled one (nil: dict.Default()).
	Dictionary *dict.Dictionary `yaml:"-"`
	// Hunspell is the path of a Hunspell dictionary to use instead of the
	// bundled one, without extension or ending in .dic or .aff
	// (es_AR loads es_AR.aff and es_AR.dic); relative to the config file.
	Hunspell string `yaml:"hunspell"`
	// Words are accepted as written, beside the config's words: list.
	Words []string `yaml:"words"`
	// WordsFiles are files of accepted words, one per line.
	WordsFiles []string `yaml:"words_files"`
	// Suggestions is how many corrections a finding lists (0 means 3).
	Suggestions int `yaml:"suggestions"`
	// HashtagAccents reports missing accents inside hashtags too
	// (#VotacionLibre); off by default, since hashtags are often written
	// without them.
	HashtagAccents bool `yaml:"hashtag_accents"`
	// Acronyms are words in capitals that are never checked, beside the
	// config's acronyms: list.
	Acronyms []string `yaml:"acronyms"`
}

// Spelling reports misspelled words: words not in the Spanish dictionary,
// common misspellings, missing or wrong accents and proper nouns written in
// lower case, with ranked suggestions (criteria 6.XXII and 6.XXIII).
type Spelling struct {
	d        *dict.Dictionary
	cache    *dict.SuggestCache // one per Linter: misspellings recur across posts
	common   *dict.Misspellings
	accents  *dict.Misspellings
	n        int
	hashAcc  bool
	acronyms map[string]bool
}

// NewSpelling returns the spelling rule.
func NewSpelling(o SpellingOptions) *Spelling {
	d := o.Dictionary
	if d == nil {
		d = dict.Default()
	}
	d = d.WithWords(o.Words...)
	s := &Spelling{d: d, cache: dict.NewSuggestCache(d, 0), common: dict.CommonMisspellings(), accents: dict.ProbableAccents(), n: o.Suggestions, hashAcc: o.HashtagAccents, acronyms: map[string]bool{}}
	if s.n <= 0 {
		s.n = 3
	}
	for _, a := range o.Acronyms {
		s.acronyms[a] = true
	}
	return s
}

func spellingFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o SpellingOptions
	if err := cfg.Rule("spelling").Options.Decode(&o); err != nil {
		return nil, err
	}
	if o.Suggestions < 0 || o.Suggestions > 20 {
		return nil, fmt.Errorf("%s: rules.spelling: suggestions must be between 0 and 20, got %d", configWhere(cfg), o.Suggestions)
	}
	dir := "."
	if cfg.Path != "" {
		dir = filepath.Dir(cfg.Path)
	}
	rel := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	if o.Hunspell != "" {
		base := strings.TrimSuffix(strings.TrimSuffix(rel(o.Hunspell), ".dic"), ".aff")
		aff, err := os.Open(base + ".aff")
		if err != nil {
			return nil, fmt.Errorf("%s: rules.spelling: hunspell: %w", configWhere(cfg), err)
		}
		defer aff.Close()
		dic, err := os.Open(base + ".dic")
		if err != nil {
			return nil, fmt.Errorf("%s: rules.spelling: hunspell: %w", configWhere(cfg), err)
		}
		defer dic.Close()
		d, err := dict.LoadHunspell(aff, dic)
		if err != nil {
			return nil, fmt.Errorf("%s: rules.spelling: hunspell %s: %w", configWhere(cfg), base, err)
		}
		o.Dictionary = d
	}
	for _, f := range o.WordsFiles {
		fh, err := os.Open(rel(f))
		if err != nil {
			return nil, fmt.Errorf("%s: rules.spelling: words_files: %w", configWhere(cfg), err)
		}
		ws, err := dict.ReadWords(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: rules.spelling: words_files: %s: %w", configWhere(cfg), f, err)
		}
		o.Words = append(o.Words, ws...)
	}
	o.Words = append(o.Words, cfg.Words...)
	o.Acronyms = append(o.Acronyms, cfg.Acronyms...)
	return NewSpelling(o), nil
}

var spellingMeta = lint.Meta{
	ID:       "spelling",
	Criteria: []string{"6.XXII", "6.XXIII"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Palabras mal escritas: fuera del diccionario, faltas frecuentes, acentos y nombres propios en minúscula",
		EN: "Misspelled words: not in the dictionary, common misspellings, accents and proper nouns in lower case",
	},
	Doc: lint.Message{
		ES: "Compara cada palabra con el diccionario de español de México incluido (Hunspell es_MX de LibreOffice, " +
			"más vocabulario electoral, instituciones y siglas, municipios de Sonora, pueblos y lenguas indígenas, entidades, " +
			"ciudades y gentilicios de México, mexicanismos, nombres y vocabulario de redes). Acepta las palabras inglesas, " +
			"salvo las que tienen un equivalente recomendado en español (meeting: reunión; link: enlace), de las que avisa " +
			"con una nota, como de las formas informales (ok, porfa); no revisa código, rutas, opciones ni nombres de archivo. " +
			"Acepta una palabra escrita con mayúscula inicial o toda en mayúsculas, los verbos con pronombres " +
			"(infórmate, publícalo) y los prefijos usuales (exconsejera, prerregistro). Avisa de las faltas frecuentes " +
			"(haiga, atravez, fué) con su corrección, de los acentos que faltan o sobran (publicacion), de los nombres " +
			"propios en minúscula (hermosillo) y de las palabras desconocidas, con sugerencias: primero la misma palabra " +
			"con acento, luego las confusiones b/v, c/s/z, ll/y, g/j, h y x/cc, luego otras erratas. No revisa enlaces, " +
			"correos, menciones, números ni emoji; en las etiquetas revisa cada parte (#VotoInformado). Ofrece una " +
			"corrección automática solo cuando hay una única respuesta segura. Opciones: `words` y `words_files` " +
			"(palabras aceptadas), `hunspell` (otro diccionario .aff/.dic), `suggestions` (cuántas sugerir), " +
			"`hashtag_accents` (revisar acentos en etiquetas) y `acronyms`. También lee el contexto de las palabras que " +
			"existen pero no corresponden donde están: tildes diacríticas (más/mas, está/esta, sí/si, él/el, tú/tu, mí/mi, " +
			"sé/se, dé/de, té/te, aún/aun), interrogativos en preguntas directas e indirectas (¿dónde?, no sé cómo), " +
			"por qué/porque/porqué, verbos y sustantivos que solo distingue el acento (se publicó, el público) y " +
			"confusiones como de hecho/echo, a ver/haber, hay/ahí/ay, vez/ves o sino/si no; solo avisa cuando las " +
			"palabras vecinas lo deciden, y la corrección queda a juicio de quien escribe.",
		EN: "Checks each word against the bundled Mexican Spanish dictionary (LibreOffice's Hunspell es_MX, " +
			"plus electoral vocabulary, institutions and acronyms, Sonora's municipalities, Indigenous peoples and languages, " +
			"Mexico's states, cities and demonyms, Mexicanisms, names and social-media words). English words are accepted, " +
			"except those with a recommended Spanish equivalent (meeting: reunión; link: enlace), which get a note, as " +
			"informal forms do (ok, porfa); code, paths, options and file names are not checked. " +
			"A word may be written with a capital first letter or all in capitals; verbs with pronouns (infórmate, " +
			"publícalo) and the usual prefixes (exconsejera, prerregistro) are accepted. It reports common misspellings " +
			"(haiga, atravez, fué) with their fix, missing or wrong accents (publicacion), proper nouns in lower case " +
			"(hermosillo) and unknown words, with suggestions: first the same word with accents, then the b/v, c/s/z, " +
			"ll/y, g/j, h and x/cc confusions, then other typos. Links, e-mails, mentions, numbers and emoji are skipped; " +
			"hashtags are checked part by part (#VotoInformado). A fix is offered only when one answer is sure. Options: " +
			"`words` and `words_files` (accepted words), `hunspell` (another .aff/.dic dictionary), `suggestions` (how " +
			"many to list), `hashtag_accents` (check accents in hashtags) and `acronyms`. It also reads the context of " +
			"words that exist but do not fit where they stand: diacritic accents (más/mas, está/esta, sí/si, él/el, tú/tu, " +
			"mí/mi, sé/se, dé/de, té/te, aún/aun), interrogatives in direct and indirect questions (¿dónde?, no sé cómo), " +
			"por qué/porque/porqué, verbs and nouns told apart only by the accent (se publicó, el público) and confusions " +
			"such as de hecho/echo, a ver/haber, hay/ahí/ay, vez/ves or sino/si no; it speaks only when the neighbouring " +
			"words decide, and the fix is left to the writer.",
	},
	Bad:  "La publicacion de los resultados del computo sera el domingo en hermosillo.",
	Good: "La publicación de los resultados del cómputo será el domingo en Hermosillo.",
	Messages: map[string]lint.Message{
		"accent": {
			ES: "Acento que falta o sobra: «%s»; escribe «%s» (criterio 6.XXII)",
			EN: "Missing or wrong accent: «%s»; write «%s» (criterion 6.XXII)",
		},
		"probable": {
			ES: "¿Falta el acento? «%s»: casi siempre se escribe «%s»; revisa cuál de las dos quieres decir (criterio 6.XXII)",
			EN: "Missing accent? «%s» is nearly always written «%s»; check which of the two you mean (criterion 6.XXII)",
		},
		"caps-accent": {
			ES: "Mayúsculas sin acento: «%s»; las mayúsculas también llevan acento: «%s» (criterio 6.XXII)",
			EN: "Capitals without accent: «%s»; capitals keep their accents: «%s» (criterion 6.XXII)",
		},
		"common": {
			ES: "Falta de ortografía frecuente: «%s»; escribe «%s» (criterio 6.XXII)",
			EN: "Common misspelling: «%s»; write «%s» (criterion 6.XXII)",
		},
		"proper": {
			ES: "Nombre propio en minúscula: «%s»; escríbelo con mayúscula inicial: «%s» (criterio 6.XXII)",
			EN: "Proper noun in lower case: «%s»; capitalise it: «%s» (criterion 6.XXII)",
		},
		"acronym": {
			ES: "Sigla en minúscula: «%s»; escríbela en mayúsculas: «%s» (criterio 6.XXII)",
			EN: "Acronym in lower case: «%s»; write it in capitals: «%s» (criterion 6.XXII)",
		},
		"suggest": {
			ES: "Palabra mal escrita o desconocida: «%s»; ¿quisiste decir %s? (criterio 6.XXII)",
			EN: "Misspelled or unknown word: «%s»; did you mean %s? (criterion 6.XXII)",
		},
		"unknown": {
			ES: "Palabra que no está en el diccionario: «%s»; revisa cómo se escribe o, si es correcta, añádela a la lista de palabras (words) (criterio 6.XXII)",
			EN: "Word not in the dictionary: «%s»; check its spelling or, if it is right, add it to the word list (words) (criterion 6.XXII)",
		},
		"hashtag": {
			ES: "Parte mal escrita en la etiqueta «%s»: «%s»; ¿quisiste decir %s? (criterio 6.XXII)",
			EN: "Misspelled part in the hashtag «%s»: «%s»; did you mean %s? (criterion 6.XXII)",
		},
		"context": {
			ES: "«%s» (%s) no corresponde aquí: escribe «%s» (%s) (criterio 6.XXII)",
			EN: "«%s» (%s) does not fit here: write «%s» (%s) (criterion 6.XXII)",
		},
		"foreign": {
			ES: "Palabra inglesa: «%s»; en una publicación institucional usa su equivalente en español, «%s», o escríbela en cursiva (criterio 6.XXII)",
			EN: "English word: «%s»; in an institutional post use its Spanish equivalent, «%s», or write it in italics (criterion 6.XXII)",
		},
		"informal": {
			ES: "Forma informal: «%s»; en una publicación institucional escribe «%s» (criterio 6.XXII)",
			EN: "Informal form: «%s»; in an institutional post write «%s» (criterion 6.XXII)",
		},
		"fix": {
			ES: "Cambiar por «%s»",
			EN: "Change to «%s»",
		},
		"or": {
			ES: " o ",
			EN: " or ",
		},
	},
}

// Meta implements lint.Rule.
func (*Spelling) Meta() lint.Meta { return spellingMeta }

// Words before which a lower-case homograph of a domain proper noun is
// taken as the proper noun (en sonora, estado de sonora).
var spellingProperCue = map[string]bool{
	"de": true, "del": true, "en": true, "a": true, "por": true, "para": true,
	"desde": true, "hasta": true, "hacia": true, "estado": true, "sur": true,
	"norte": true, "centro": true, "todo": true, "toda": true,
}

// spellingMaxSuggest bounds the words of one post for which suggestions are
// computed (about a millisecond each); later unknown words are reported
// without them, so that a post of garbage stays fast.
const spellingMaxSuggest = 40

// spellState is the per-post state of one Check.
type spellState struct {
	suggested int
	advised   map[string]bool // foreign and informal words already reported in the post
	english   int             // index of the last word taken as English, or -1
}

// suggest returns suggestions for w while the post's budget lasts.
func (r *Spelling) suggest(st *spellState, w string) []dict.Suggestion {
	if st.suggested >= spellingMaxSuggest {
		return nil
	}
	st.suggested++
	return r.cache.Suggestions(w, r.n)
}

// Check implements lint.Rule.
func (r *Spelling) Check(p *lint.Pass) error {
	st := &spellState{english: -1}
	words := p.Doc.Words()
	starts := sentenceStarts(p.Doc, words)
	cx := newCtxPost(r, p, words, starts)
	defer cx.release()
	// An e-mail written out in words ("juan punto perez arroba gmail
	// punto com") is personal data, not prose: correcting it would edit
	// a value that personal-data reports.
	hidden := obfuscatedEmails(p.Doc, words)
	lastTok := -1
	for i, w := range words {
		if len(hidden) > 0 && spanWithin(hidden, w.Span) {
			continue
		}
		switch w.In {
		case 0:
		case lint.Hashtag:
			tok, ok := p.Doc.TokenAt(w.Start)
			if ok && tok.Start != lastTok {
				lastTok = tok.Start
				r.checkHashtag(p, st, tok)
			}
			continue
		default:
			continue
		}
		if w.Digits || !w.Letters || len(w.Text) > 80 || technical(p.Doc.Text, w.Span) {
			continue
		}
		if cx.check(i) {
			continue
		}
		text := w.Text
		if strings.Contains(text, "’") {
			text = strings.ReplaceAll(text, "’", "'") // O’odham as O'odham
		}
		prev := ""
		if i > 0 && words[i-1].In == 0 {
			prev = strings.ToLower(words[i-1].Text)
		}
		// A capitalised word followed by another is a name (Guadalupe
		// Taddei), even at the start of a sentence.
		nextTitle := i+1 < len(words) && words[i+1].In == 0 && !starts[i+1] && dict.CasingOf(words[i+1].Text) == dict.Title
		r.checkWord(p, st, text, w.Span, starts[i], prev, nextTitle, words, i)
	}
	return nil
}

// spanWithin reports whether sp lies inside one of spans.
func spanWithin(spans []lint.Span, sp lint.Span) bool {
	for _, h := range spans {
		if sp.Start >= h.Start && sp.End <= h.End {
			return true
		}
	}
	return false
}

// spellingInformal are informal words of social media with their formal
// equivalent.
var spellingInformal = map[string]string{
	"ok": "de acuerdo", "okay": "de acuerdo", "oki": "de acuerdo", "okey": "de acuerdo", "info": "información",
	"porfa": "por favor", "porfis": "por favor", "plis": "por favor", "xfa": "por favor", "xfavor": "por favor",
	"xq": "porque", "pq": "porque", "q": "que", "ke": "que", "tmb": "también", "tb": "también",
	"tmbn": "también", "bn": "bien", "msj": "mensaje", "msjs": "mensajes", "grax": "gracias",
	"graxias": "gracias", "xfis": "por favor", "sipi": "sí",
}

// laughter reports whether w, in lower case, is written laughter: jaja,
// jajaja, jajajaj, ajajaja, jejeje, jiji, jsjsjs, hahaha, jajsjs, jaaaja.
// Only letters of laughter (j, h, s and one vowel), at least two j or h,
// and no two consonants or vowels in a row except repeated ones or js.
func laughter(lw string) bool {
	if len(lw) < 4 {
		return false
	}
	jh := 0
	var vowel byte
	for i := 0; i < len(lw); i++ {
		c := lw[i]
		switch c {
		case 'j', 'h':
			jh++
		case 'a', 'e', 'i', 'o', 'u':
			if vowel != 0 && c != vowel {
				return false // hoja, hijos
			}
			vowel = c
		case 's':
		default:
			return false
		}
		if i > 0 {
			p := lw[i-1]
			pv, cv := strings.IndexByte("aeiou", p) >= 0, strings.IndexByte("aeiou", c) >= 0
			if pv == cv && p != c && !(p == 'j' && c == 's') && !(p == 's' && c == 'j') {
				return false
			}
		}
	}
	return jh >= 2
}

// advise reports, once per post, an informal word (ok, porfa) or an
// English word with a listed Spanish equivalent (meeting, link) as a
// piece of advice with that equivalent. Words in quotes, italics or code
// are left alone, since the writer marked them as foreign, and so are
// words of an English passage. It returns whether word was handled.
func (r *Spelling) advise(p *lint.Pass, st *spellState, word string, sp lint.Span, lw string, words []lint.Word, i int) bool {
	kind, equiv := "informal", spellingInformal[lw]
	if equiv == "" {
		kind = "foreign"
		if equiv = dict.EnglishEquivalent(lw); equiv == "" {
			return false
		}
	}
	if st.advised[lw] || marked(p.Doc.Text, sp) {
		return true
	}
	if kind == "foreign" && (englishNeighbour(r.d, words, i-1) || englishNeighbour(r.d, words, i+1)) {
		return true
	}
	if st.advised == nil {
		st.advised = map[string]bool{}
	}
	st.advised[lw] = true
	fix := dict.MatchCase(equiv, word)
	p.Report(lint.Finding{Kind: kind, Severity: lint.Info, Span: sp, Message: p.Msgf(kind, word, fix),
		Fixes: alternatives(sp, []string{fix}, func(w string) string { return p.Msgf("fix", w) })})
	return true
}

// adviceKey returns the capitalised word in lower case when it may be an
// informal or English word with advice, else "" (without allocating for
// the many that are not: the words of the lists are ASCII).
func adviceKey(word string) string {
	var buf [24]byte
	if len(word) > len(buf) || word[0] < 'A' || word[0] > 'Z' {
		return ""
	}
	n := copy(buf[:], word)
	buf[0] += 'a' - 'A'
	if _, ok := spellingInformal[string(buf[:n])]; !ok && !dict.HasEnglishEquivalent(buf[:n]) {
		return ""
	}
	return string(buf[:n])
}

// englishNeighbour reports whether words[i] is an English word of the
// prose (the, was, great) that is not also Spanish.
func englishNeighbour(d *dict.Dictionary, words []lint.Word, i int) bool {
	if i < 0 || i >= len(words) || words[i].In != 0 || words[i].Digits {
		return false
	}
	w := words[i].Text
	if _, ok := dict.English(w); !ok {
		return false
	}
	return !d.Contains(w) || dict.EnglishEquivalent(strings.ToLower(w)) != ""
}

// englishWord reports whether words[i] is a word of running prose that is
// English and not Spanish (the, was, of).
func englishWord(d *dict.Dictionary, words []lint.Word, i int) bool {
	if i < 0 || i >= len(words) || words[i].In != 0 || words[i].Digits {
		return false
	}
	_, ok := dict.English(words[i].Text)
	return ok && !d.Contains(words[i].Text)
}

// marked reports whether the word at sp stands inside quotes, italics or
// code on its line: «...», “...”, "...", *...*, _..._ or `...`.
func marked(text string, sp lint.Span) bool {
	ls := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	if sp.Start-ls > 1000 {
		ls = sp.Start - 1000 // a line this long is no post's: look at its end only
	}
	before := text[ls:sp.Start]
	if strings.Count(before, "«") > strings.Count(before, "»") || strings.Count(before, "“") > strings.Count(before, "”") {
		return true
	}
	for _, m := range []string{"\"", "`", "*", "_"} {
		if strings.Count(before, m)%2 == 1 {
			return true
		}
	}
	return false
}

// sentenceStarts marks the words that open a sentence or a line.
func sentenceStarts(doc *lint.Document, words []lint.Word) []bool {
	out := make([]bool, len(words))
	sents := doc.Sentences()
	si := 0
	lastStart := -1
	for i, w := range words {
		for si < len(sents) && sents[si].End <= w.Start {
			si++
		}
		if si < len(sents) && sents[si].Start != lastStart {
			out[i] = true
			lastStart = sents[si].Start
		}
		// A word after a line break opens a line (lists, verses).
		if !out[i] && i > 0 && strings.Contains(doc.Text[words[i-1].End:w.Start], "\n") {
			out[i] = true
		}
	}
	return out
}

func (r *Spelling) checkWord(p *lint.Pass, st *spellState, word string, sp lint.Span, start bool, prev string, nextTitle bool, words []lint.Word, i int) {
	d := r.d
	casing := dict.CasingOf(word)
	if (casing == dict.Lower || casing == dict.Title && start) && !d.UserWord(word) {
		lw := word
		if casing == dict.Title {
			lw = adviceKey(word)
		}
		if lw != "" && r.advise(p, st, word, sp, lw, words, i) {
			return
		}
	}
	if casing != dict.Upper && !d.UserWord(word) {
		if fix, ok := r.common.Fix(word); ok {
			r.reportFix(p, "common", sp, word, fix, lint.Off)
			return
		}
		if alt, ok := r.accents.Fix(word); ok {
			p.Report(lint.Finding{Kind: "probable", Span: sp, Message: p.Msgf("probable", word, alt),
				Fixes: alternatives(sp, []string{alt}, func(w string) string { return p.Msgf("fix", w) })})
			return
		}
	}
	if utf8.RuneCountInString(word) < 2 || r.acronyms[word] {
		return
	}
	if d.Contains(word) {
		if casing == dict.Lower && spellingProperCue[prev] {
			if proper, ok := d.ProperHomograph(word); ok {
				r.reportFix(p, "proper", sp, word, proper, lint.Off)
			}
		}
		return
	}
	switch casing {
	case dict.Mixed:
		return // brands and names with inner capitals (iPhone, McAllen)
	case dict.Upper:
		// Capitals keep their accents (ELECCIÓN), though titles are often
		// written without them: say so as advice. Otherwise an unknown word
		// in capitals is most likely an acronym.
		ss := r.suggest(st, word)
		if sureFix(ss) {
			r.reportFix(p, "caps-accent", sp, word, ss[0].Word, lint.Info)
		} else if utf8.RuneCountInString(word) > 6 && len(ss) > 0 && ss[0].Cost <= spellingNameCost {
			r.reportSuggestions(p, sp, word, ss)
		}
		return
	}
	if casing == dict.Lower || casing == dict.Title && start {
		lw := strings.ToLower(word)
		if laughter(lw) {
			return
		}
		if _, ok := dict.English(lw); ok {
			st.english = i
			return
		}
	}
	if (casing == dict.Lower || casing == dict.Title && start) && (st.english == i-1 && i > 0 || englishWord(d, words, i-1) || englishWord(d, words, i+1)) {
		st.english = i
		return // a word of an English passage (see the manual)
	}
	// A grave accent typed for an acute one (atenciòn) has one answer.
	if strings.ContainsAny(word, "àèìòùÀÈÌÒÙ") {
		if fix := graveToAcute.Replace(word); d.Contains(fix) {
			r.reportFix(p, "accent", sp, word, fix, lint.Off)
			return
		}
	}
	// The most common error, a missing accent, has a fast sure answer.
	if fix, ok := d.AccentFix(word); ok && r.reportAccentFix(p, sp, word, fix, casing, start && !nextTitle) {
		return
	}
	if casing == dict.Lower && len(word) <= 4 && !strings.ContainsAny(word, "aeiouáéíóúüyY") {
		return // a command or an abbreviation (ls, pwd, ssh, dpkg); no Spanish word lacks vowels
	}
	if casing == dict.Lower && p.Brief() && !foreignShape(word) {
		// A word in lower case is reported whatever its suggestions are,
		// with the same severity: a caller that wants only the verdict
		// does not pay for ranking them. The post's budget is spent as if
		// they were ranked, so that later words are treated alike.
		if st.suggested < spellingMaxSuggest {
			st.suggested++
		}
		r.reportSuggestions(p, sp, word, nil)
		return
	}
	ss := r.suggest(st, word)
	if sureFix(ss) && r.reportAccentFix(p, sp, word, ss[0].Word, casing, start && !nextTitle) {
		return
	}
	if casing == dict.Lower && foreignShape(word) && (len(ss) == 0 || ss[0].Cost > spellingNameCost) {
		return // not shaped like Spanish and more than one slip from any Spanish word: a name of a program or an English term
	}
	if casing == dict.Title {
		// A capitalised word the dictionary does not know is most likely a
		// name: inside a sentence always, at its start unless one edit
		// away from a word.
		if !start || len(ss) == 0 || ss[0].Cost > spellingNameCost || nextTitle {
			return
		}
	}
	r.reportSuggestions(p, sp, word, ss)
}

// technical reports whether the word at sp is part of a piece of code,
// a path, a file name, a format directive or a command-line option rather
// than prose: the run of non-space characters around it, without the
// punctuation of prose at its ends, holds a character that prose words do
// not (/usr/bin, *.txt, pg_dump, %lu, --help, sources.list, a=b, open()).
func technical(text string, sp lint.Span) bool {
	if !techNeighbour(text, sp) {
		return false
	}
	// A run of more than techSpan bytes without a space is no prose.
	const techSpan = 64
	s, e := sp.Start, sp.End
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsSpace(r) {
			break
		}
		if s -= n; sp.Start-s > techSpan {
			return true
		}
	}
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if unicode.IsSpace(r) {
			break
		}
		if e += n; e-sp.End > techSpan {
			return true
		}
	}
	if strings.Contains(text[s:e], "()") {
		return true
	}
	chunk := strings.TrimLeft(text[s:e], "¿¡(\"'«“‘[")
	chunk = strings.TrimRight(chunk, ".,;:!?)\"'»”’]…")
	if strings.HasPrefix(chunk, "-") {
		return true
	}
	inner := strings.Trim(chunk, ".")
	return strings.ContainsAny(inner, "/\\_%$=<>~*{}|+^&@#:.0123456789")
}

// techNeighbour is the cheap test that lets most words skip technical:
// the word, or a character next to it, is one that prose words do not
// touch.
func techNeighbour(text string, sp lint.Span) bool {
	const marks = "/\\_%$=<>~*{}|+^&@#:.-()0123456789"
	if strings.ContainsAny(text[sp.Start:sp.End], "._") {
		return true
	}
	if sp.Start > 0 && strings.IndexByte(marks, text[sp.Start-1]) >= 0 {
		return true
	}
	return sp.End < len(text) && strings.IndexByte(marks, text[sp.End]) >= 0
}

// graveToAcute turns the grave accents Spanish does not use into acute ones.
var graveToAcute = strings.NewReplacer("à", "á", "è", "é", "ì", "í", "ò", "ó", "ù", "ú", "À", "Á", "È", "É", "Ì", "Í", "Ò", "Ó", "Ù", "Ú")

// foreignShape reports whether the lower-case word w has a spelling that
// Spanish words do not: k or w, English digraphs (sh, th, ck, ph, gh, oo,
// ee) or two consonants at the end (tablespace, hash, getopts, token,
// killall). A doubled consonant is no sign: Spanish writers double letters
// by mistake (prosesso).
// A word with four consonants in a row or fewer than one vowel in four
// letters is no English word either, but a slip of the keyboard (ksdjfh).
func foreignShape(w string) bool {
	run, vowels := 0, 0
	for i := 0; i < len(w); i++ {
		if isConsonant(w[i]) {
			if run++; run == 4 {
				return false
			}
			continue
		}
		run = 0
		vowels++
	}
	if 4*vowels < len(w) {
		return false
	}
	if strings.ContainsAny(w, "kw") {
		return true
	}
	for _, g := range []string{"sh", "th", "ck", "ph", "gh", "oo", "ee"} {
		if strings.Contains(w, g) {
			return true
		}
	}
	n := len(w)
	return n >= 3 && isConsonant(w[n-1]) && isConsonant(w[n-2])
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && strings.IndexByte("aeiouy", c) < 0
}

// spellingNameCost is the largest cost of a correction for which a
// capitalised unknown word at the start of a sentence is reported.
const spellingNameCost = 5

// reportAccentFix reports a correction that differs from word only in
// accents or capitals: a missing accent, or a proper noun or acronym in
// lower case. A capitalised word is not lowered to a common word, and
// inside a sentence or before another capitalised word, where a capital
// marks a name (Debian, Paul Valéry), it gets an accent only when the
// corrected form is a proper noun (Mexico -> México) or a -ción noun,
// which no name is (Votacion). common says the capital may be the
// sentence's and not a name's.
func (r *Spelling) reportAccentFix(p *lint.Pass, sp lint.Span, word, fix string, casing dict.Casing, common bool) bool {
	kind := "accent"
	if strings.EqualFold(fix, word) {
		kind = "proper"
		if dict.CasingOf(fix) == dict.Upper {
			kind = "acronym"
		}
	}
	if kind != "accent" && casing != dict.Lower {
		return false
	}
	if kind == "accent" && casing == dict.Title && !common && !strings.HasSuffix(fix, "ción") && !strings.HasSuffix(fix, "sión") {
		if e, ok := r.d.Lookup(fix); !ok || !e.Proper {
			return false
		}
	}
	r.reportFix(p, kind, sp, word, fix, lint.Off)
	return true
}

// sureFix reports whether the best candidate differs from the word only in
// accents or capitals and every other such candidate ranks clearly lower
// (a full edit-cost unit): the one sure answer.
func sureFix(ss []dict.Suggestion) bool {
	if len(ss) == 0 || !ss[0].AccentOnly {
		return false
	}
	for _, s := range ss[1:] {
		if s.AccentOnly && s.Score() < ss[0].Score()+8 {
			return false
		}
	}
	return true
}

func (r *Spelling) reportFix(p *lint.Pass, kind string, sp lint.Span, word, fix string, sev lint.Severity) {
	p.Report(lint.Finding{
		Kind:     kind,
		Severity: sev,
		Span:     sp,
		Message:  p.Msgf(kind, word, fix),
		Fixes: []lint.Fix{{
			Safe:    true,
			Message: p.Msgf("fix", fix),
			Edits:   []lint.Edit{{Start: sp.Start, End: sp.End, New: fix}},
		}},
	})
}

func (r *Spelling) reportSuggestions(p *lint.Pass, sp lint.Span, word string, ss []dict.Suggestion) {
	if len(ss) == 0 {
		p.Report(lint.Finding{Kind: "unknown", Span: sp, Message: p.Msgf("unknown", word)})
		return
	}
	words := make([]string, len(ss))
	for i, s := range ss {
		words[i] = s.Word
	}
	p.Report(lint.Finding{
		Kind:    "suggest",
		Span:    sp,
		Message: p.Msgf("suggest", word, quoteList(p, words)),
		Fixes:   alternatives(sp, words, func(w string) string { return p.Msgf("fix", w) }),
	})
}

// quoteList writes «a», «b» o «c».
func quoteList(p *lint.Pass, ws []string) string {
	var sb strings.Builder
	for i, w := range ws {
		switch {
		case i == 0:
		case i == len(ws)-1:
			sb.WriteString(p.Msgf("or"))
		default:
			sb.WriteString(", ")
		}
		sb.WriteString("«" + w + "»")
	}
	return sb.String()
}

// checkHashtag checks the parts of a hashtag body (#VotoInformado2027).
// Parts in capitals are taken as acronyms; an unknown capitalised part is
// reported only when a close correction exists, since hashtags carry
// names; an all-lower-case body is split into words when it can be.
func (r *Spelling) checkHashtag(p *lint.Pass, st *spellState, tok lint.Token) {
	body := tok.Value
	off := tok.Start + len(tok.Text) - len(body)
	if body == "" || len(body) > 140 || off < tok.Start {
		return
	}
	parts := dict.CamelParts(body)
	if len(parts) == 1 && dict.CasingOf(body) == dict.Lower {
		if _, ok := r.d.SplitCompound(body); ok {
			return
		}
	}
	cur := 0
	for _, part := range parts {
		i := strings.Index(body[cur:], part)
		if i < 0 {
			return
		}
		start := off + cur + i
		cur += i + len(part)
		if !r.badHashtagPart(part) {
			continue
		}
		ss := r.suggest(st, part)
		if len(ss) == 0 || ss[0].AccentOnly && !r.hashAcc || ss[0].Cost > 5 {
			continue
		}
		words := make([]string, len(ss))
		for i, s := range ss {
			words[i] = s.Word
		}
		sp := lint.Span{Start: start, End: start + len(part)}
		p.Report(lint.Finding{
			Kind:    "hashtag",
			Span:    sp,
			Message: p.Msgf("hashtag", tok.Text, part, quoteList(p, words)),
			Fixes:   alternatives(sp, words, func(w string) string { return p.Msgf("fix", w) }),
		})
	}
}

func (r *Spelling) badHashtagPart(part string) bool {
	if part == "" || r.acronyms[part] || utf8.RuneCountInString(part) < 3 {
		return false
	}
	for i := 0; i < len(part); i++ {
		if part[i] >= '0' && part[i] <= '9' {
			return false
		}
	}
	if r.d.Contains(part) {
		return false
	}
	switch dict.CasingOf(part) {
	case dict.Upper, dict.Mixed:
		return false
	case dict.Lower:
		if _, ok := r.d.SplitCompound(part); ok {
			return false
		}
		if e, ok := r.d.Lookup(part); ok && e.Proper {
			return false // #ieesonora, #hermosillo: hashtags are often all lower case
		}
	}
	return true
}
