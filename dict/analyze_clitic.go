package dict

import "unicode/utf8"

// cliticRank orders enclitic pronouns as Spanish writes them: se, then
// te/os, then me/nos, then the third-person objects (dígaselo, dámelo,
// vámonos, cómetelo).
func cliticRank(code int) int {
	switch cliticNames[code] {
	case "se":
		return 0
	case "te", "os":
		return 1
	case "me", "nos":
		return 2
	}
	return 3
}

// appendClitics appends the analyses of low (a lower-case word) as a verb
// form followed by one to three enclitic pronouns.
func (d *Dictionary) appendClitics(m *morphTable, low []byte, buf []Analysis, start int) []Analysis {
	// Every pronoun ends in two ASCII letters; most words stop here.
	if len(low) < 4 || !cliticEnding(rune(low[len(low)-2]), rune(low[len(low)-1])) {
		return buf
	}
	var rb [maxAnalyze]rune
	n := 0
	for i := 0; i < len(low); {
		if n == len(rb) {
			return buf
		}
		r, sz := utf8.DecodeRune(low[i:])
		rb[n] = r
		n++
		i += sz
	}
	if n < 4 || !cliticEnding(rb[n-2], rb[n-1]) {
		return buf
	}
	return d.stripClitics(m, rb[:n], n, 0, 4, 0, buf, start)
}

// stripClitics peels a pronoun off whole[:end] (whose pronouns after end,
// already peeled, are cl; next is the rank of the first of them) and tries
// the rest as the host verb form.
func (d *Dictionary) stripClitics(m *morphTable, whole []rune, end int, cl Clitics, next, depth int, buf []Analysis, start int) []Analysis {
	if depth == 3 {
		return buf
	}
	for code := 1; code < len(cliticNames); code++ {
		c := cliticNames[code]
		rank := cliticRank(code)
		if rank >= next || !runesHaveSuffix(whole[:end], c) {
			continue
		}
		hostEnd := end - len(c)
		if hostEnd < 2 {
			continue
		}
		ncl := cl.push(uint16(code))
		buf = d.cliticHost(m, whole, hostEnd, code, ncl, buf, start)
		buf = d.stripClitics(m, whole, hostEnd, ncl, rank, depth+1, buf, start)
	}
	return buf
}

func runesHaveSuffix(rs []rune, s string) bool {
	if len(s) > len(rs) {
		return false
	}
	off := len(rs) - len(s)
	for i := 0; i < len(s); i++ {
		if rs[off+i] != rune(s[i]) {
			return false
		}
	}
	return true
}

// cliticHost appends the analyses of whole as the verb form whole[:end]
// with the pronouns cl, the first of which is first.
func (d *Dictionary) cliticHost(m *morphTable, whole []rune, end, first int, cl Clitics, buf []Analysis, start int) []Analysis {
	host := whole[:end]
	last := stripAccent(host[len(host)-1])
	fc := cliticNames[first]
	switch {
	case isVowel(last), last == 'r':
	case last == 'n', last == 'z', last == 'l', last == 'd':
	default:
		return buf
	}
	// The host as the dictionary writes it: without the accent the
	// pronouns added, plus the s of sentemos (sentémonos, digámoselo) or
	// the d of sentad (sentaos) that they dropped.
	var hb [maxAnalyze + 1]rune
	h := hb[:0]
	for _, r := range host {
		h = append(h, stripAccent(r))
	}
	var extra rune
	switch fc {
	case "nos", "se":
		extra = 's'
	case "os":
		extra = 'd'
	}
	// The host may also keep an accent of its own (oírlo, oír), or lose
	// the one of a stressed last syllable (estate, está; deme, dé).
	acc := -1
	for i, r := range host {
		if hasAccent(r) {
			acc = i
		}
	}
	if acc < 0 {
		for i := len(h) - 1; i >= 0; i-- {
			if isVowel(h[i]) {
				acc = i
				break
			}
		}
	}
	buf = d.hostForms(m, whole, h, acc, 0, cl, buf, start)
	if extra != 0 {
		buf = d.hostForms(m, whole, append(h, extra), acc, extra, cl, buf, start)
	}
	return buf
}

// hostForms looks h up as it is and with a written accent on its vowel
// at acc (if any), and appends the verb analyses that take enclitics and
// whose accent whole writes right.
func (d *Dictionary) hostForms(m *morphTable, whole, h []rune, acc int, extra rune, cl Clitics, buf []Analysis, start int) []Analysis {
	buf = d.hostForm(m, whole, h, extra, cl, buf, start)
	if acc >= 0 && acc < len(h) {
		if a := accentOf(h[acc]); a != 0 {
			r := h[acc]
			h[acc] = a
			buf = d.hostForm(m, whole, h, extra, cl, buf, start)
			h[acc] = r
		}
	}
	return buf
}

func accentOf(r rune) rune {
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
	return 0
}

func (d *Dictionary) hostForm(m *morphTable, whole, h []rune, extra rune, cl Clitics, buf []Analysis, start int) []Analysis {
	var wb [2 * (maxAnalyze + 1)]byte
	w := wb[:0]
	for _, r := range h {
		w = utf8.AppendRune(w, r)
	}
	i := d.a.indexBytes(w)
	if i < 0 {
		return buf
	}
	var ab [16]Analysis
	as := m.appendWord(i, ab[:0], 0)
	stressed := -1
	for _, a := range as {
		if a.POS != Verb {
			continue
		}
		switch {
		case a.Mood == Infinitive || a.Mood == Gerund:
			if extra != 0 {
				continue
			}
		case a.Mood == Imperative:
			// votad + os -> votaos; votad + lo -> votadlo.
			if extra == 's' || extra == 0 && a.Person == 2 && a.Number == Plural && cl.At(0) == "os" {
				continue
			}
		case a.Mood == Subjunctive && a.Tense == Present && (a.Person == 3 || a.Person == 1 && a.Number == Plural),
			a.Lemma == "ir" && a.Mood == Indicative && a.Tense == Present && a.Person == 1 && a.Number == Plural:
			// The commands of usted, ustedes and nosotros: dígaselo,
			// sentémonos, vámonos. Only the nosotros form drops its s.
			if extra == 'd' || extra == 's' && a.Person != 1 {
				continue
			}
			a.Mood, a.Tense = Imperative, 0
		default:
			continue
		}
		// te and os name the person the command is for: tú and vosotros.
		switch cl.At(0) {
		case "te":
			if a.Person != 0 && a.Person != 2 {
				continue
			}
		case "os":
			if a.Person != 0 && (a.Person != 2 || a.Number != Plural) {
				continue
			}
		}
		if stressed < 0 {
			stressed = stressedVowelRunes(h)
		}
		if !accentRightRunes(whole, stressed) {
			continue
		}
		a.Clitics = cl
		buf = appendUnique(buf, start, a)
	}
	return buf
}

// stressedVowelRunes is stressedVowel on a lower-case word given as runes.
func stressedVowelRunes(rs []rune) int {
	for i, r := range rs {
		if hasAccent(r) {
			return i
		}
	}
	var nb [maxAnalyze + 1][2]int
	ns := nucleiInto(nb[:0], rs)
	if len(ns) == 0 {
		return -1
	}
	k := len(ns) - 1
	if len(ns) > 1 && endsVowelNS(rs) {
		k--
	}
	return strongest(rs, ns[k])
}

// nucleiInto is nuclei appending to dst.
func nucleiInto(dst [][2]int, rs []rune) [][2]int {
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
		dst = append(dst, [2]int{start, i})
	}
	return dst
}

// accentRightRunes is accentOK on runes, without allocating.
func accentRightRunes(rs []rune, at int) bool {
	if at < 0 || at >= len(rs) {
		return false
	}
	var pb [maxAnalyze]rune
	plain := pb[:0]
	for _, r := range rs {
		plain = append(plain, stripAccent(r))
	}
	want := false
	if b := plain[at]; (b == 'i' || b == 'u') && (at > 0 && isStrong(plain[at-1]) || at+1 < len(plain) && isStrong(plain[at+1])) {
		want = true // a stressed weak vowel beside a strong one: hiatus
	} else {
		var nb [maxAnalyze][2]int
		ns := nucleiInto(nb[:0], plain)
		k := -1
		for i, n := range ns {
			if at >= n[0] && at < n[1] {
				k = len(ns) - 1 - i
			}
		}
		switch {
		case k < 0 || len(ns) == 1:
		case k == 0:
			want = endsVowelNS(plain)
		case k == 1:
			want = !endsVowelNS(plain)
		default:
			want = true
		}
	}
	for i, r := range rs {
		if hasAccent(r) != (want && i == at) {
			return false
		}
	}
	return true
}

// cliticEnding reports whether a word ending in a, b may end in a
// pronoun: me, te, se, lo, la, le, (n)os, (l)as, (l)es.
func cliticEnding(a, b rune) bool {
	switch b {
	case 'e':
		return a == 'm' || a == 't' || a == 's' || a == 'l'
	case 'o', 'a':
		return a == 'l'
	case 's':
		return a == 'o' || a == 'a' || a == 'e'
	}
	return false
}
