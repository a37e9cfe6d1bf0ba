package dict

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Costs of the weighted edit distance that ranks suggestions. An accent
// slip is cheapest, then the confusions Spanish spelling invites (b/v,
// s/c/z, g/j, ll/y, a silent h, doubled letters), then any other typo.
const (
	costAccent    = 1
	costCase      = 1
	costConfusion = 2
	costDouble    = 3
	costTranspose = 4
	costAdjacent  = 4 // a neighbouring key
	costEdit      = 5
	maxCost       = 10
)

// Suggestion is a candidate correction with how it was found.
type Suggestion struct {
	// Word is the correction, in the capitalisation of the misspelled word.
	Word string
	// Cost is the weighted edit distance (1 for an accent, 3 for a
	// confusion such as b/v, 5 for another edit).
	Cost int
	// AccentOnly reports that the correction differs only in accents,
	// diaereses, tilde or capitals (publicacion -> publicación,
	// hermosillo -> Hermosillo).
	AccentOnly bool
	// Freq is the word's frequency class.
	Freq int
	// Domain reports a word of the electoral and institutional supplement,
	// which is preferred in this domain.
	Domain bool
}

// Built-in confusions of Mexican Spanish spelling that change more than
// one letter (yeísmo, x/cc, qu/k, gu/gü/hu), applied with the dictionary's
// own REP pairs. Single-letter confusions (b/v, c/s/z, g/j, i/y, s/x, c/k)
// are weighed by the edit distance itself.
var defaultRep = [][2]string{
	{"ll", "y"}, {"y", "ll"}, {"x", "cc"}, {"cc", "x"}, {"cc", "c"}, {"c", "cc"},
	{"sc", "s"}, {"s", "sc"}, {"sc", "c"}, {"c", "sc"}, {"qu", "k"}, {"k", "qu"},
	{"gue", "ge"}, {"gui", "gi"}, {"ge", "gue"}, {"gi", "gui"},
	{"güe", "gue"}, {"güi", "gui"}, {"gue", "güe"}, {"gui", "güi"},
	{"hue", "güe"}, {"güe", "hue"}, {"gue", "hue"}, {"hue", "gue"},
	{"ce", "que"}, {"ci", "qui"}, {"que", "ce"}, {"qui", "ci"},
	{"bs", "s"}, {"ps", "s"}, {"s", "ps"}, {"mb", "nv"}, {"nv", "mb"},
	{"np", "mp"}, {"nb", "mb"}, {"rr", "r"}, {"r", "rr"}, {"ío", "ido"}, {"ao", "ado"},
}

func mergeRep(a, b [][2]string) [][2]string {
	seen := map[[2]string]bool{}
	var out [][2]string
	for _, p := range append(append([][2]string(nil), a...), b...) {
		p = [2]string{toLower(p[0]), toLower(p[1])}
		if p[0] == p[1] || seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	return out
}

// confusable reports the single-letter pairs that Spanish spellers mix up.
func confusable(a, b rune) bool {
	if a > b {
		a, b = b, a
	}
	switch [2]rune{a, b} {
	case [2]rune{'b', 'v'}, [2]rune{'s', 'z'}, [2]rune{'c', 's'}, [2]rune{'c', 'z'},
		[2]rune{'g', 'j'}, [2]rune{'i', 'y'}, [2]rune{'c', 'k'}, [2]rune{'k', 'q'},
		[2]rune{'s', 'x'}, [2]rune{'c', 'q'}, [2]rune{'l', 'y'}:
		return true
	}
	return false
}

// search holds the state of one suggestion search.
type search struct {
	a     *automaton
	q     []uint8 // query symbols (lower case)
	qb    []rune  // base letters of the query
	sub   []uint8 // sub[q*nsym+c]: cost of c for query symbol q
	ins   []uint8 // ins[j*nsym+c]: cost of inserting c before query letter j
	del   []uint8 // del[j]: cost of dropping query letter j
	nsym  int
	rows  [][]int // rows[depth] is the DP row after depth symbols
	path  []uint8
	found map[int]cand
	limit int
	steps int
}

type cand struct {
	syms   []uint8
	cost   int
	accent bool
}

// maxSteps bounds the work of one search so that odd input stays fast.
const maxSteps = 400_000

// Suggest returns up to n corrections for w, best first: the word with its
// accents restored or fixed, then the usual confusions (b/v, c/s/z, ll/y,
// g/j, h, x/cc), then other edits at distance one and two (a swap of two
// letters counts one), ranked by frequency. The corrections take w's
// capitalisation.
func (d *Dictionary) Suggest(w string, n int) []string {
	ss := d.Suggestions(w, n)
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Word
	}
	return out
}

// Suggestions is Suggest with the cost and kind of each candidate.
func (d *Dictionary) Suggestions(w string, n int) []Suggestion {
	if n <= 0 || w == "" || utf8.RuneCountInString(w) > 40 || !utf8.ValidString(w) {
		return nil
	}
	lw := toLower(w)
	all := map[string]Suggestion{}
	add := func(form string, cost int, accent bool) {
		if form == lw || form == w {
			return
		}
		if old, ok := all[form]; ok && old.Cost <= cost {
			return
		}
		f := d.freq(form)
		if i := strings.LastIndexByte(form, ' '); i > 0 {
			f = d.freq(form[i+1:])
		}
		all[form] = Suggestion{Word: form, Cost: cost, AccentOnly: accent, Freq: f, Domain: d.domain(form)}
	}
	limit := maxCost
	if r := utf8.RuneCountInString(lw); r <= 3 {
		limit = costEdit
	} else if r <= 5 {
		limit = costEdit + costConfusion
	}
	q, qok := d.a.toSymsLoose(lw)
	main := func(limit int) {
		if !qok {
			return
		}
		s := &search{a: d.a, q: q, limit: limit, found: map[int]cand{}}
		s.run()
		for _, c := range s.found {
			add(d.a.str(c.syms), c.cost, c.accent)
		}
	}
	// A first, narrower search; the full one runs only when a dearer
	// candidate could still enter the first n (see below).
	first := limit
	if first > firstLimit {
		first = firstLimit
	}
	main(first)
	d.accentVariants(lw, add)
	// Multi-letter confusions: rewrite once, then match up to accents.
	// The rewrite also runs on the word without accents (llegé -> llegue
	// -> llegué).
	bases := []string{lw}
	if sa := StripAccents(lw); sa != lw {
		bases = append(bases, sa)
	}
	tried := map[string]bool{}
	for _, b := range bases {
		for _, p := range d.rep {
			for i := 0; ; {
				j := strings.Index(b[i:], p[0])
				if j < 0 {
					break
				}
				j += i
				v := b[:j] + p[1] + b[j+len(p[0]):]
				i = j + 1
				if tried[v] {
					continue
				}
				tried[v] = true
				if q, ok := d.a.toSymsLoose(v); ok {
					s := &search{a: d.a, q: q, limit: costAccent * 2, found: map[int]cand{}}
					s.run()
					for _, c := range s.found {
						form := d.a.str(c.syms)
						cost := costConfusion + c.cost
						if b != lw {
							// Matched against the word without its accents:
							// the writer did mark one, so prefer forms that
							// have one, wherever it is.
							cost = costConfusion
							if isASCII(form) {
								cost += costAccent
							}
						}
						add(form, cost, false)
					}
				}
			}
		}
	}
	d.splits(lw, add)
	for _, u := range d.userList {
		if c := weighted([]rune(lw), []rune(toLower(u))); c <= limit {
			add(u, c, c < costConfusion && StripAccents(toLower(u)) == StripAccents(lw))
		}
	}
	if first < limit && !settled(all) {
		main(limit)
	}
	ss := make([]Suggestion, 0, len(all))
	for _, s := range all {
		ss = append(ss, s)
	}
	sort.Slice(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if sa, sb := score(a), score(b); sa != sb {
			return sa < sb
		}
		return a.Word < b.Word
	})
	// For a word in lower case, a capitalised candidate whose lower-case
	// form is also a candidate (General / general) is the same answer.
	lowerSeen := map[string]bool{}
	if CasingOf(w) == Lower {
		for _, s := range ss {
			if CasingOf(s.Word) == Lower {
				lowerSeen[s.Word] = true
			}
		}
	}
	out := ss[:0]
	seen := map[string]bool{}
	for _, s := range ss {
		if CasingOf(s.Word) != Lower && lowerSeen[toLower(s.Word)] {
			continue
		}
		s.Word = MatchCase(s.Word, w)
		if seen[s.Word] || s.Word == w {
			continue
		}
		seen[s.Word] = true
		out = append(out, s)
		if len(out) == n {
			break
		}
	}
	return out
}

// Score ranks a suggestion: lower is better. It is the weighted cost,
// less the word's frequency class, with a penalty for words never seen in
// the prose the frequencies come from and a bonus for domain words.
func (s Suggestion) Score() int { return score(s) }

// firstLimit is the cost of the first search of Suggestions.
const firstLimit = 7

// settled reports whether the narrower first search is enough: it found
// a candidate within one edit. Only when it did not does the search go
// out to two edits; on the evaluation set this keeps the same figures and
// costs a third of the time.
func settled(all map[string]Suggestion) bool {
	for _, s := range all {
		if s.Cost <= costEdit {
			return true
		}
	}
	return false
}

// score ranks a candidate: its cost, less a little for frequent words so
// that a common word beats a rare one at the same or a slightly higher
// cost.
func score(s Suggestion) int {
	v := s.Cost*costWeight - s.Freq
	if s.Freq == 0 {
		v += rarePenalty // never seen in the prose the frequencies come from
	}
	if s.Domain {
		v -= domainBonus
	}
	return v
}

var rarePenalty, domainBonus = 4, 4

// costWeight sets how much one unit of cost outweighs one frequency class.
var costWeight = 8

// toSymsLoose maps a lower-case word to symbols; unknown characters fail.
func (a *automaton) toSymsLoose(w string) ([]uint8, bool) {
	return a.toSyms(make([]uint8, 0, len(w)), w)
}

func (s *search) run() {
	n := len(s.q)
	s.qb = make([]rune, n)
	for i, c := range s.q {
		s.qb[i] = s.a.runes[s.a.base[c]]
	}
	s.nsym = len(s.a.runes)
	s.sub = s.a.substitutions()
	s.ins = make([]uint8, (n+1)*s.nsym)
	s.del = make([]uint8, n)
	for j := 0; j <= n; j++ {
		for c := 1; c < s.nsym; c++ {
			s.ins[j*s.nsym+c] = uint8(s.insCost(j, s.a.runes[s.a.base[c]]))
		}
		if j < n {
			s.del[j] = uint8(s.delCost(j))
		}
	}
	row := make([]int, n+1)
	for j := 1; j <= n; j++ {
		row[j] = row[j-1] + int(s.del[j-1])
	}
	s.rows = append(s.rows[:0], row)
	s.walk(1)
}

// delCost is the cost of dropping query letter i (the writer typed an
// extra letter).
func (s *search) delCost(i int) int {
	b := s.qb[i]
	if b == 'h' {
		return costConfusion
	}
	if i > 0 && s.qb[i-1] == b || i+1 < len(s.qb) && s.qb[i+1] == b {
		return costDouble
	}
	return costEdit
}

// insCost is the cost of a letter the writer left out, before query
// position j.
func (s *search) insCost(j int, b rune) int {
	if b == 'h' {
		return costConfusion
	}
	if j > 0 && s.qb[j-1] == b || j < len(s.qb) && s.qb[j] == b {
		return costDouble
	}
	return costEdit
}

// substitutions returns the cost of writing symbol q where a word has
// symbol c, at [q*symbols+c]; it is computed on the first search.
func (a *automaton) substitutions() []uint8 {
	a.subOnce.Do(func() {
		ns := len(a.runes)
		a.subTab = make([]uint8, ns*ns)
		for q := 1; q < ns; q++ {
			for c := 1; c < ns; c++ {
				a.subTab[q*ns+c] = uint8(a.subCost(uint8(q), uint8(c)))
			}
		}
	})
	return a.subTab
}

func (a *automaton) subCost(q, c uint8) int {
	if q == c {
		return 0
	}
	if a.lower[c] == q {
		return costCase // a proper noun or acronym for a lower-case word
	}
	qb, cb := a.runes[a.base[q]], a.runes[a.base[c]]
	if qb == cb {
		return costAccent
	}
	if confusable(qb, cb) {
		return costConfusion
	}
	if adjacentKeys(qb, cb) {
		return costAdjacent
	}
	return costEdit
}

// keyPos places the letters of the Spanish (Latin American) keyboard:
// row*16 + column, or -1.
func keyPos(r rune) int {
	const rows = "qwertyuiop      asdfghjklñ      zxcvbnm"
	i := 0
	for _, c := range rows {
		if c == r {
			return i
		}
		i++
	}
	return -1
}

// adjacentKeys reports letters side by side on the same row of the
// keyboard, the usual slip of a finger.
func adjacentKeys(a, b rune) bool {
	pa, pb := keyPos(a), keyPos(b)
	return pa >= 0 && pb >= 0 && (pa-pb == 1 || pb-pa == 1)
}

func (s *search) walk(node int) {
	if node == 0 {
		return
	}
	depth := len(s.path)
	prev := s.rows[depth]
	n := len(s.q)
	for i := node; ; i++ {
		e := s.a.edge(i)
		c := edgeSym(e)
		s.steps++
		if s.steps > maxSteps {
			return
		}
		if len(s.rows) <= depth+1 {
			s.rows = append(s.rows, make([]int, n+1))
		}
		row := s.rows[depth+1]
		ns := s.nsym
		row[0] = prev[0] + int(s.ins[int(c)])
		min := row[0]
		bc := s.a.base[c]
		var bpc uint8
		if depth > 0 {
			bpc = s.a.base[s.path[depth-1]]
		}
		for j := 1; j <= n; j++ {
			v := prev[j-1] + int(s.sub[int(s.q[j-1])*ns+int(c)])
			if x := prev[j] + int(s.ins[j*ns+int(c)]); x < v {
				v = x
			}
			if x := row[j-1] + int(s.del[j-1]); x < v {
				v = x
			}
			if j > 1 && depth > 0 {
				if bpc == s.a.base[s.q[j-1]] && bc == s.a.base[s.q[j-2]] && s.qb[j-1] != s.qb[j-2] {
					if x := s.rows[depth-1][j-2] + costTranspose; x < v {
						v = x
					}
				}
			}
			row[j] = v
			if v < min {
				min = v
			}
		}
		if min <= s.limit {
			s.path = append(s.path, c)
			if edgeIsFinal(e) && row[n] <= s.limit {
				s.record(row[n])
			}
			s.walk(edgeTarget(e))
			s.path = s.path[:depth]
		}
		if edgeIsLast(e) {
			return
		}
	}
}

func (s *search) record(cost int) {
	idx := s.a.indexSyms(s.path)
	if old, ok := s.found[idx]; ok && old.cost <= cost {
		return
	}
	accent := len(s.path) == len(s.q)
	if accent {
		for i, c := range s.path {
			if s.a.base[c] != s.a.base[s.q[i]] {
				accent = false
				break
			}
		}
	}
	s.found[idx] = cand{syms: append([]uint8(nil), s.path...), cost: cost, accent: accent}
}

// weighted is the same weighted distance for two rune strings (used for
// user words, which are few).
func weighted(q, w []rune) int {
	n, m := len(q), len(w)
	if n > 64 || m > 64 {
		return maxCost + 1
	}
	d := make([][]int, m+1)
	for i := range d {
		d[i] = make([]int, n+1)
	}
	for j := 1; j <= n; j++ {
		d[0][j] = d[0][j-1] + costEdit
	}
	for i := 1; i <= m; i++ {
		d[i][0] = d[i-1][0] + costEdit
		for j := 1; j <= n; j++ {
			c := costEdit
			switch {
			case q[j-1] == w[i-1]:
				c = 0
			case baseRune(q[j-1]) == baseRune(w[i-1]):
				c = costAccent
			case confusable(baseRune(q[j-1]), baseRune(w[i-1])):
				c = costConfusion
			}
			v := d[i-1][j-1] + c
			if x := d[i-1][j] + costEdit; x < v {
				v = x
			}
			if x := d[i][j-1] + costEdit; x < v {
				v = x
			}
			if i > 1 && j > 1 && q[j-1] == w[i-2] && q[j-2] == w[i-1] {
				if x := d[i-2][j-2] + costTranspose; x < v {
					v = x
				}
			}
			d[i][j] = v
		}
	}
	return d[m][n]
}

// near reports whether a dictionary form lies within the given weighted
// distance of the lower-case word w (and is not w itself).
func (d *Dictionary) near(w string, limit int) bool {
	q, ok := d.a.toSymsLoose(w)
	if !ok {
		return false
	}
	s := &search{a: d.a, q: q, limit: limit, found: map[int]cand{}}
	s.run()
	self := d.a.indexSyms(q)
	for idx := range s.found {
		if idx != self {
			return true
		}
	}
	return false
}

// accentVariants adds the forms that differ from w only in where the
// written accent goes and that the dictionary accepts through its
// derivations (visitanos -> visítanos), which the automaton does not list.
func (d *Dictionary) accentVariants(lw string, add func(string, int, bool)) {
	base := []rune(StripAccents(lw))
	if len(base) > 25 {
		return
	}
	for i, r := range base {
		var acc rune
		switch r {
		case 'a':
			acc = 'á'
		case 'e':
			acc = 'é'
		case 'i':
			acc = 'í'
		case 'o':
			acc = 'ó'
		case 'u':
			acc = 'ú'
		default:
			continue
		}
		base[i] = acc
		v := string(base)
		base[i] = r
		if v != lw && d.derived(v) {
			// A little dearer than a listed form: derivations are rarer.
			add(v, costAccent+1, true)
		}
	}
}

// Function words that people run into the next word (aveces, enserio,
// talvez, sinembargo, encontra, porfavor): a split is offered only after
// one of them.
var splitFirst = map[string]bool{
	"a": true, "al": true, "con": true, "de": true, "del": true, "en": true,
	"o": true, "y": true, "por": true, "para": true, "sin": true, "sobre": true,
	"tal": true, "entre": true, "hasta": true, "desde": true, "más": true,
}

// splits adds "x y" when w is a function word run into a common word
// (aveces -> a veces, encontra -> en contra).
func (d *Dictionary) splits(lw string, add func(string, int, bool)) {
	if len(lw) > 40 {
		return
	}
	for i := 1; i < len(lw) && i <= 6; i++ {
		if !utf8.RuneStart(lw[i]) {
			continue
		}
		a, b := lw[:i], lw[i:]
		if !splitFirst[a] || utf8.RuneCountInString(b) < 2 || d.freq(b) < 7 {
			continue
		}
		add(a+" "+b, costDouble, false)
	}
}

// AccentFix returns the correction of w when it differs from w only in
// accents or capitals (publicacion -> publicación, hermosillo ->
// Hermosillo) and no correction of any other kind could rank above it. It
// is a fast path: where it reports false, Suggestions decides.
func (d *Dictionary) AccentFix(w string) (string, bool) {
	if w == "" || utf8.RuneCountInString(w) > 40 || !utf8.ValidString(w) {
		return "", false
	}
	lw := toLower(w)
	q, ok := d.a.toSymsLoose(lw)
	if !ok {
		return "", false
	}
	var only Suggestion
	n := 0
	add := func(form string, cost int) {
		if form == lw || form == w {
			return
		}
		n++
		only = Suggestion{Word: form, Cost: cost, AccentOnly: true, Freq: d.freq(form), Domain: d.domain(form)}
	}
	d.a.foldWalk(q, 3*costAccent, func(syms []uint8, cost int) { add(d.a.str(syms), cost) })
	d.accentVariants(lw, func(form string, cost int, _ bool) { add(form, cost) })
	// The best any other candidate can score: one confusion on the most
	// frequent domain word.
	best := costConfusion*costWeight - infoFreq - domainBonus
	if n != 1 || score(only) >= best {
		return "", false
	}
	return MatchCase(only.Word, w), true
}

// foldWalk finds the words that match q letter for letter up to accents,
// diaereses, tilde and capitals, each difference costing one, within
// limit. It is much cheaper than the weighted search and serves the
// accent-only questions.
func (a *automaton) foldWalk(q []uint8, limit int, fn func(syms []uint8, cost int)) {
	path := make([]uint8, 0, len(q))
	var walk func(node, cost int)
	walk = func(node, cost int) {
		i := len(path)
		if node == 0 {
			return
		}
		want := a.base[q[i]]
		for k := node; ; k++ {
			e := a.edge(k)
			c := edgeSym(e)
			if a.base[c] == want {
				cc := cost
				if c != q[i] {
					cc++
				}
				if cc <= limit {
					path = append(path, c)
					if i+1 == len(q) {
						if edgeIsFinal(e) {
							fn(path, cc)
						}
					} else {
						walk(edgeTarget(e), cc)
					}
					path = path[:i]
				}
			}
			if edgeIsLast(e) {
				return
			}
		}
	}
	if len(q) > 0 {
		walk(1, 0)
	}
}
