package dict

import (
	"strings"
	"unicode/utf8"
)

// Productive prefixes that Spanish writes joined to the word
// (exconsejero, precandidato, vicepresidenta). Prefixes the Hunspell
// dictionary already applies through its own rules (des-, in-, re- on
// most stems) need no entry; re- and co- are here for the stems it lacks.
var prefixes = []string{
	"anti", "auto", "bi", "bio", "ciber", "co", "contra", "cuasi", "eco",
	"entre", "ex", "extra", "geo", "hiper", "infra", "inter", "intra",
	"macro", "mega", "meta", "micro", "mili", "mini", "mono", "multi", "neo", "pluri", "poli", "pos",
	"post", "pre", "pro", "re", "semi", "seudo", "pseudo", "sobre", "socio",
	"sub", "super", "tele", "trans", "tri", "ultra", "vice",
}

// derived reports whether the lower-case word w is a prefixed word or a
// verb form with enclitic pronouns whose parts are dictionary words.
func (d *Dictionary) derived(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 5 || n > 40 {
		return false
	}
	return d.prefixed(w) || d.enclitic(w) || d.adverb(w)
}

// adverb accepts an adverb in -mente made from the feminine or invariable
// form of an adjective, which keeps its accent (lexicográficamente,
// fácilmente); the masculine form does not make one (rapidomente).
func (d *Dictionary) adverb(w string) bool {
	stem, ok := strings.CutSuffix(w, "mente")
	if !ok || utf8.RuneCountInString(stem) < 3 || strings.HasSuffix(stem, "o") || !d.has(stem) {
		return false
	}
	var buf [8]Analysis
	for _, a := range d.Analyze(stem, buf[:0]) {
		if a.POS == Adjective {
			return true
		}
	}
	return false
}

func (d *Dictionary) prefixed(w string) bool {
	for _, p := range prefixes {
		if !strings.HasPrefix(w, p) {
			continue
		}
		rest := w[len(p):]
		min := 4
		if len(p) <= 2 {
			min = 5
		}
		if utf8.RuneCountInString(rest) < min {
			continue
		}
		// A vowel-final prefix doubles the r it meets: pre + registro.
		if strings.HasPrefix(rest, "rr") && strings.ContainsRune("aeiou", rune(p[len(p)-1])) {
			rest = rest[1:]
		} else if rest[0] == 'r' && strings.ContainsRune("aeiou", rune(p[len(p)-1])) {
			continue // prerregistro, not preregistro
		}
		if (d.has(rest) || d.prefixed(rest)) && !d.near(w, costAccent+costConfusion) {
			return true
		}
	}
	return false
}

// Enclitic pronouns, longest first so that "los" is tried before "lo".
var clitics = []string{"nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le", "os"}

// enclitic accepts verb + pronouns (publícalo, dígamelo, sentémonos) when
// the verb form is a word and the written accent is where the general
// rules put it for the whole word.
func (d *Dictionary) enclitic(w string) bool {
	return d.strip(w, w, 0)
}

// strip removes up to three pronouns from the end of rest and checks the
// remaining verb form against the whole word.
func (d *Dictionary) strip(whole, rest string, depth int) bool {
	if depth == 3 {
		return false
	}
	for _, c := range clitics {
		if !strings.HasSuffix(rest, c) {
			continue
		}
		verb := rest[:len(rest)-len(c)]
		if utf8.RuneCountInString(verb) < 2 {
			continue
		}
		if d.verbWithClitics(whole, verb, c) || d.strip(whole, verb, depth+1) {
			return true
		}
	}
	return false
}

// verbWithClitics checks whether verb (as it appears inside whole, maybe
// with an accent the bare form does not have) is a verb form that takes
// the pronouns, the first of which is first.
func (d *Dictionary) verbWithClitics(whole, verb, first string) bool {
	bare := StripAccents(verb)
	if !cliticHost(bare, first) {
		return false
	}
	cands := []string{bare}
	if bare != verb {
		cands = append(cands, verb)
	}
	// sentemos + nos -> sentémonos; vamos + nos -> vámonos.
	if first == "nos" || first == "se" {
		cands = append(cands, bare+"s")
	}
	// sentad + os -> sentaos.
	if first == "os" {
		cands = append(cands, bare+"d")
	}
	for _, v := range cands {
		if d.participle(v) {
			continue // pronouns do not attach to participles (cuidádanos)
		}
		if !d.has(v) {
			// The form may carry its own accent (reír, oír, dé, está).
			if acc, ok := d.accentedForm(v); ok {
				v = acc
			} else {
				continue
			}
		}
		if accentOK(whole, stressedVowel(v)) {
			return true
		}
	}
	return false
}

// accentedForm finds v with one written accent added, if that is a word.
func (d *Dictionary) accentedForm(v string) (string, bool) {
	found := ""
	eachAccented(v, func(s string) bool {
		if d.has(s) {
			found = s
			return false
		}
		return true
	})
	return found, found != ""
}

// eachAccented calls f with v carrying a written accent on each of its
// plain vowels in turn, until f returns false.
func eachAccented(v string, f func(string) bool) {
	rs := []rune(v)
	for i, r := range rs {
		a := acute(r)
		if a == r {
			continue
		}
		rs[i] = a
		ok := f(string(rs))
		rs[i] = r
		if !ok {
			return
		}
	}
}

// acute gives the vowel r with an acute accent (r itself for any other rune).
func acute(r rune) rune {
	switch r {
	case 'a':
		return 'á'
	case 'e':
		return 'é'
	case 'i':
		return 'í'
	case 'o':
		return 'ó'
	case 'u':
		return 'ú'
	}
	return r
}

// AccentVariants returns the words that differ from the lower-case word w
// only in one written accent: its form without accents and the forms with
// one accent added to it (publico: público, publicó).
func (d *Dictionary) AccentVariants(w string) []string {
	base := StripAccents(w)
	var out []string
	try := func(v string) bool {
		if v != w && d.Contains(v) {
			out = append(out, v)
		}
		return true
	}
	try(base)
	eachAccented(base, try)
	return out
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü':
		return true
	}
	return false
}

func isStrong(r rune) bool {
	switch r {
	case 'a', 'e', 'o', 'á', 'é', 'í', 'ó', 'ú':
		return true
	}
	return false
}

func hasAccent(r rune) bool {
	switch r {
	case 'á', 'é', 'í', 'ó', 'ú':
		return true
	}
	return false
}

// nuclei returns the syllable nuclei of a lower-case word as rune index
// ranges [start, end): vowel groups split where two strong vowels meet.
// The u of que, qui, gue, gui is silent.
func nuclei(rs []rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(rs); {
		if !isVowel(rs[i]) || silentU(rs, i) {
			i++
			continue
		}
		start := i
		i++
		for i < len(rs) && isVowel(rs[i]) && !(isStrong(rs[i]) && isStrong(rs[i-1])) {
			i++
		}
		out = append(out, [2]int{start, i})
	}
	return out
}

func silentU(rs []rune, i int) bool {
	return rs[i] == 'u' && i > 0 && (rs[i-1] == 'q' || rs[i-1] == 'g') && i+1 < len(rs) && (rs[i+1] == 'e' || rs[i+1] == 'i' || rs[i+1] == 'é' || rs[i+1] == 'í')
}

// stressedVowel returns the rune index of the stressed vowel of a
// lower-case word, by its written accent or by the general rules.
func stressedVowel(w string) int {
	rs := []rune(w)
	for i, r := range rs {
		if hasAccent(r) {
			return i
		}
	}
	ns := nuclei(rs)
	if len(ns) == 0 {
		return -1
	}
	k := len(ns) - 1
	if len(ns) > 1 && endsVowelNS(rs) {
		k--
	}
	return strongest(rs, ns[k])
}

// strongest picks the stressed vowel of a nucleus: its strong vowel, or
// the second of two weak ones (cuida, ruido).
func strongest(rs []rune, n [2]int) int {
	for i := n[0]; i < n[1]; i++ {
		if isStrong(rs[i]) {
			return i
		}
	}
	return n[1] - 1
}

func endsVowelNS(rs []rune) bool {
	last := rs[len(rs)-1]
	return isVowel(last) || last == 'n' || last == 's'
}

// accentOK reports whether whole, stressed at rune index at (an index into
// the verb form, which is a prefix of whole up to accents), carries the
// written accent the general rules ask for, and no other.
func accentOK(whole string, at int) bool {
	rs := []rune(whole)
	if at < 0 || at >= len(rs) {
		return false
	}
	want := needsAccent(rs, at)
	for i, r := range rs {
		if hasAccent(r) != (want && i == at) {
			return false
		}
	}
	return true
}

func needsAccent(rs []rune, at int) bool {
	// A stressed weak vowel beside a strong one is a hiatus: always written.
	if b := stripAccent(rs[at]); b == 'i' || b == 'u' {
		if at > 0 && isStrong(stripAccent(rs[at-1])) || at+1 < len(rs) && isStrong(stripAccent(rs[at+1])) {
			return true
		}
	}
	plain := []rune(StripAccents(string(rs)))
	ns := nuclei(plain)
	k := -1
	for i, n := range ns {
		if at >= n[0] && at < n[1] {
			k = len(ns) - 1 - i
		}
	}
	switch {
	case k < 0 || len(ns) == 1:
		return false
	case k == 0:
		return endsVowelNS(plain)
	case k == 1:
		return !endsVowelNS(plain)
	}
	return true
}

// participle reports a regular past participle (cuidada, comido) of a
// verb in the dictionary.
func (d *Dictionary) participle(v string) bool {
	if len(v) < 6 {
		return false
	}
	end := v[len(v)-3:]
	stem := v[:len(v)-3]
	switch end {
	case "ado", "ada":
		return d.has(stem + "ar")
	case "ido", "ida":
		return d.has(stem+"er") || d.has(stem+"ir")
	}
	return false
}

// cliticHost reports whether a verb form ending like bare can take first
// as its first enclitic: infinitives, gerunds and imperatives end in a
// vowel or r (informa, informe, informar, informando); the plural
// imperative ends in n but does not take te or os (díganlo, not dígante);
// a few tú imperatives end in another consonant (haz, pon, ten, sal, ven).
func cliticHost(bare, first string) bool {
	last, _ := utf8.DecodeLastRuneInString(bare)
	switch {
	case isVowel(last), last == 'r':
		return true
	case last == 'n':
		if first == "te" || first == "os" {
			return false
		}
		switch bare {
		case "pon", "ten", "ven", "sal":
			return true
		}
		return true
	case last == 'z':
		return bare == "haz"
	case last == 'l':
		return bare == "sal"
	case last == 'd':
		return first == "os"
	}
	return false
}
