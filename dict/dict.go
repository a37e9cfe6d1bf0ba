package dict

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen.go

//go:embed es_MX.dawg
var esData []byte

// Info bits of a word in the artefact.
const (
	infoFreq     = 0x0f // frequency class 0..15 (log scale)
	infoDomain   = 0x10 // from the bundled supplement lists
	infoProperHo = 0x20 // lower-case homograph of a domain proper noun (sonora / Sonora)
)

// Dictionary is a set of Spanish word forms with what the spelling engine
// needs to rank suggestions. It is immutable and safe for concurrent use.
type Dictionary struct {
	a    *automaton
	rep  [][2]string
	user map[string]struct{} // extra forms as written
	// userLower maps the lower-case form of an extra word to its forms.
	userLower map[string][]string
	userList  []string
	// cache holds the answers of Contains and Analyze for recent words
	// (nil: none kept).
	cache *wordCache
}

// Entry describes a dictionary form found by Lookup.
type Entry struct {
	// Form is the form as the dictionary writes it ("Sonora", "INE",
	// "votación").
	Form string
	// Proper reports a proper noun: a form that starts with a capital.
	Proper bool
	// Acronym reports a form written in capitals ("INE", "PREP").
	Acronym bool
	// Domain reports a word of the bundled electoral and institutional
	// supplement.
	Domain bool
	// User reports a word added with WithWords.
	User bool
	// Freq is the word's frequency class, 0 (unseen) to 15 (most common),
	// estimated from Spanish prose.
	Freq int
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Default returns the bundled Spanish dictionary (Mexican Spanish from the
// LibreOffice/Hunspell dictionary by Santiago Bosio, plus the domain
// supplement). The first call reads the header of the embedded automaton;
// nothing is parsed or allocated per word. The result is shared.
func Default() *Dictionary {
	defaultOnce.Do(func() {
		a, err := openAutomaton(esData)
		if err != nil {
			panic("dict: embedded dictionary is corrupt: " + err.Error())
		}
		defaultDict = &Dictionary{a: a, rep: defaultRep, cache: newWordCache()}
	})
	return defaultDict
}

// LoadHunspell reads a Hunspell dictionary (.aff and .dic files), expands
// every affix rule and returns a Dictionary of all its forms. Use it to
// bring a regional or newer dictionary; it takes about a second for a
// full-size dictionary. The REP pairs of the .aff file join the built-in
// Spanish confusions for suggestions.
func LoadHunspell(aff, dic io.Reader) (*Dictionary, error) {
	a, err := ParseAffixes(aff)
	if err != nil {
		return nil, err
	}
	forms, err := a.ExpandAll(dic)
	if err != nil {
		return nil, err
	}
	d, err := New(forms)
	if err != nil {
		return nil, err
	}
	d.rep = mergeRep(a.Rep, defaultRep)
	return d, nil
}

// New returns a Dictionary of the given forms (any order, duplicates
// allowed). Forms are taken as written: "Sonora" is a proper noun, "INE" an
// acronym.
func New(forms []string) (*Dictionary, error) {
	ws := make([]string, 0, len(forms))
	for _, f := range forms {
		f = strings.TrimSpace(f)
		if f != "" && utf8.ValidString(f) {
			ws = append(ws, f)
		}
	}
	sort.Strings(ws)
	ws = uniq(ws)
	data, err := buildAutomaton(ws, nil)
	if err != nil {
		return nil, fmt.Errorf("building dictionary: %w", err)
	}
	a, err := openAutomaton(data)
	if err != nil {
		return nil, err
	}
	return &Dictionary{a: a, rep: defaultRep, cache: newWordCache()}, nil
}

func uniq(ws []string) []string {
	out := ws[:0]
	for i, w := range ws {
		if i == 0 || w != ws[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// WithWords returns a dictionary that also accepts words (as written, with
// the same capitalisation rules as dictionary forms). d is not changed;
// the two share the bundled data. Blank entries and lines starting with #
// are ignored, so the lines of a word-list file can be passed as they are.
func (d *Dictionary) WithWords(words ...string) *Dictionary {
	nd := *d
	nd.user = make(map[string]struct{}, len(d.user)+len(words))
	nd.userLower = make(map[string][]string, len(d.userLower)+len(words))
	nd.userList = append([]string(nil), d.userList...)
	nd.cache = newWordCache() // the new words change what Contains says
	for w := range d.user {
		nd.user[w] = struct{}{}
	}
	for k, v := range d.userLower {
		nd.userLower[k] = v
	}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || strings.HasPrefix(w, "#") || !utf8.ValidString(w) {
			continue
		}
		if _, ok := nd.user[w]; ok {
			continue
		}
		nd.user[w] = struct{}{}
		lw := toLower(w)
		nd.userLower[lw] = append(append([]string(nil), nd.userLower[lw]...), w)
		nd.userList = append(nd.userList, w)
	}
	return &nd
}

// ReadWords reads a word list: one word per line, blank lines and lines
// starting with # ignored.
func ReadWords(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out, nil
}

// UserWord reports whether w was added with WithWords, as written.
func (d *Dictionary) UserWord(w string) bool {
	_, ok := d.user[w]
	return ok
}

// Len returns the number of forms in the dictionary, user words included.
func (d *Dictionary) Len() int { return d.a.nword + len(d.userList) }

// has reports whether form is in the dictionary exactly as written.
func (d *Dictionary) has(form string) bool {
	if d.a.index(form) >= 0 {
		return true
	}
	_, ok := d.user[form]
	return ok
}

// Contains reports whether w is a correct form, with the capitalisation
// Spanish allows: a form may be written as the dictionary has it, with a
// capital first letter, or in capitals (votación, Votación, VOTACIÓN;
// Sonora, SONORA; INE), but a proper noun may not lose its capital
// (sonora the adjective is a word; hermosillo is not). Verb forms with
// enclitic pronouns (infórmate, publícalo, dígamelo) and words made with
// the usual prefixes (exconsejero, precandidata, prerregistro) are
// accepted when their parts are words and the accent is where the rules
// put it.
func (d *Dictionary) Contains(w string) bool {
	if w == "" || len(w) > 200 {
		return false
	}
	if d.cache == nil || len(w) > maxCachedWord {
		return d.contains(w)
	}
	if in := d.cache.get(w); in.flags&infoContains != 0 {
		return in.flags&infoIn != 0
	}
	ok := d.contains(w)
	learnt := wordInfo{flags: infoContains}
	if ok {
		learnt.flags |= infoIn
	}
	d.cache.add(w, learnt)
	return ok
}

// contains is Contains without the cache.
func (d *Dictionary) contains(w string) bool {
	if d.has(w) {
		return true
	}
	lw := toLower(w)
	switch CasingOf(w) {
	case Title:
		if d.has(lw) {
			return true
		}
	case Upper:
		if d.has(lw) || d.has(toTitle(lw)) || d.upperMatch(w) {
			return true
		}
	case Mixed:
		return false
	}
	return d.derived(lw)
}

// upperMatch finds a mixed-case form (IEEyPC) written in capitals.
func (d *Dictionary) upperMatch(w string) bool {
	for _, f := range d.userLower[toLower(w)] {
		if strings.ToUpper(f) == w {
			return true
		}
	}
	return false
}

// Lookup finds the dictionary form that w spells, ignoring capitalisation:
// the exact form first, then the lower-case, capitalised and all-capitals
// forms. It tells a proper noun and its capitalisation (Lookup("sonora")
// finds the adjective sonora; Lookup("hermosillo") finds Hermosillo,
// Proper). Contains says whether w's own capitalisation is right.
func (d *Dictionary) Lookup(w string) (Entry, bool) {
	if w == "" || len(w) > 200 {
		return Entry{}, false
	}
	lw := toLower(w)
	for _, f := range [...]string{w, lw, toTitle(lw), strings.ToUpper(w)} {
		if e, ok := d.entry(f); ok {
			return e, true
		}
	}
	for _, f := range d.userLower[lw] {
		return d.entry(f)
	}
	return Entry{}, false
}

func (d *Dictionary) entry(form string) (Entry, bool) {
	e := Entry{Form: form}
	if i := d.a.index(form); i >= 0 {
		inf := d.a.info[i]
		e.Freq = int(inf & infoFreq)
		e.Domain = inf&infoDomain != 0
	} else if _, ok := d.user[form]; ok {
		e.User = true
	} else {
		return Entry{}, false
	}
	switch CasingOf(form) {
	case Title, Mixed:
		e.Proper = true
	case Upper:
		e.Proper, e.Acronym = true, true
	}
	return e, true
}

// ProperHomograph reports whether the lower-case word w is also, with a
// capital, a proper noun of the domain supplement (sonora / Sonora,
// magdalena / Magdalena) and returns that proper noun.
func (d *Dictionary) ProperHomograph(w string) (string, bool) {
	if CasingOf(w) != Lower {
		return "", false
	}
	i := d.a.index(w)
	if i < 0 || d.a.info[i]&infoProperHo == 0 {
		return "", false
	}
	return toTitle(w), true
}

// domain reports whether form comes from the domain supplement.
func (d *Dictionary) domain(form string) bool {
	i := d.a.index(form)
	return i >= 0 && d.a.info[i]&infoDomain != 0
}

// freq returns the frequency class of a form, 0 when unknown.
func (d *Dictionary) freq(form string) int {
	if i := d.a.index(form); i >= 0 {
		return int(d.a.info[i] & infoFreq)
	}
	return 0
}

// SplitCompound splits a hashtag body or other run-together text into
// dictionary words: at capital letters and digits when it is written in
// CamelCase ("VotoInformado2027" -> Voto, Informado, 2027), else into the
// fewest dictionary words ("votoinformado" -> voto, informado). It reports
// false, with the pieces it could not place, when some part is not a word.
// Runs of digits are kept as parts and count as words.
func (d *Dictionary) SplitCompound(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	if d.Contains(s) {
		return []string{s}, true
	}
	parts := CamelParts(s)
	var out []string
	ok := true
	for _, p := range parts {
		if isDigits(p) || d.Contains(p) {
			out = append(out, p)
			continue
		}
		// A part the writer marked with a capital is meant as one word.
		if len(parts) > 1 && CasingOf(p) != Lower {
			ok = false
			out = append(out, p)
			continue
		}
		sub, good := d.segment(p)
		if !good {
			ok = false
			out = append(out, p)
			continue
		}
		out = append(out, sub...)
	}
	return out, ok
}

// CamelParts splits s at lower-to-upper case changes, at the last capital of
// a run of capitals followed by lower case (INEMexico -> INE, Mexico), at
// digit boundaries and at underscores.
func CamelParts(s string) []string {
	rs := []rune(s)
	var out []string
	start := 0
	kind := func(r rune) int {
		switch {
		case unicode.IsUpper(r):
			return 1
		case unicode.IsLower(r):
			return 2
		case unicode.IsDigit(r):
			return 3
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			return 2
		}
		return 0
	}
	flush := func(end int) {
		if end > start {
			out = append(out, string(rs[start:end]))
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		k := kind(rs[i])
		if k == 0 {
			flush(i)
			start = i + 1
			continue
		}
		if i == start {
			continue
		}
		p := kind(rs[i-1])
		switch {
		case k == 3 && p != 3, k != 3 && p == 3:
			flush(i)
		case k == 1 && p == 2:
			flush(i)
		case k == 2 && p == 1 && i-1 > start:
			// ...AB|c: the last capital starts the next word.
			flush(i - 1)
		}
	}
	flush(len(rs))
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// segment splits a lower-case run into the fewest dictionary words, each
// of at least two letters except the one-letter words a, e, o, u, y.
func (d *Dictionary) segment(p string) ([]string, bool) {
	rs := []rune(toLower(p))
	n := len(rs)
	if n == 0 || n > 64 {
		return nil, false
	}
	const inf = 1 << 30
	best := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = inf
	}
	for i := 0; i < n; i++ {
		if best[i] == inf {
			continue
		}
		for j := i + 1; j <= n; j++ {
			w := string(rs[i:j])
			if j-i == 1 && !strings.ContainsRune("aeouy", rs[i]) {
				continue
			}
			if !d.has(w) && !d.has(toTitle(w)) && !d.has(strings.ToUpper(w)) {
				continue
			}
			// Fewest parts; ties go to the longer last part.
			if c := best[i] + 1; c < best[j] || c == best[j] && i < from[j] {
				best[j], from[j] = c, i
			}
		}
	}
	if best[n] == inf {
		return nil, false
	}
	var out []string
	for j := n; j > 0; j = from[j] {
		out = append(out, string(rs[from[j]:j]))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, true
}
