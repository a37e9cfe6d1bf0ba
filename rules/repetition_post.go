package rules

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/minhash"
)

// seqWord is a word of the post as the repetition checks see it.
type seqWord struct {
	lint.Span
	key     string
	breaker bool // a number or a word inside a link, hashtag...: never repeats
}

// wordKey folds a word for comparison: lower case, accents removed, ñ
// kept. Lower-case ASCII words, the common case, are returned as they are.
func wordKey(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return string(minhash.Fold(make([]byte, 0, len(w)), w))
		}
	}
	return w
}

// putScratch returns sc to the pool unless a huge post grew it.
func (r *Repetition) putScratch(sc *repetitionScratch) {
	if cap(sc.fold) > 1<<16 {
		sc.fold = nil
	}
	// The words' keys point into the post: drop them (and huge buffers).
	for _, ws := range []*[]seqWord{&sc.all, &sc.content} {
		if cap(*ws) > 1<<12 {
			*ws = nil
		} else {
			clear((*ws)[:cap(*ws)])
			*ws = (*ws)[:0]
		}
	}
	r.bufs.Put(sc)
}

// checkWords reports words and phrases repeated in a row, and words typed
// twice; it returns the spans it reported, for the sentence check.
func (r *Repetition) checkWords(p *lint.Pass) []lint.Span {
	words := p.Doc.Words()
	if len(words) < 2 {
		return nil
	}
	text := p.Doc.Text
	sc := r.bufs.Get().(*repetitionScratch)
	defer r.putScratch(sc)
	if cap(sc.all) < len(words) {
		sc.all, sc.content = make([]seqWord, 0, len(words)), make([]seqWord, 0, len(words))
	}
	all, content := sc.all[:0], sc.content[:0]
	defer func() { sc.all, sc.content = all, content }()
	for _, w := range words {
		sw := seqWord{Span: w.Span, key: wordKey(w.Text), breaker: w.In != 0 || !w.Letters}
		all = append(all, sw)
		if !sw.breaker && stopWords[sw.key] {
			continue
		}
		content = append(content, sw)
	}
	var taken []lint.Span
	for i := 0; i < len(content); {
		n, copies := tandem(content, i)
		if n == 0 {
			i++
			continue
		}
		first, last := content[i], content[i+n*copies-1]
		span := lint.Span{Start: first.Start, End: last.End}
		phrase := text[first.Start:content[i+n-1].End]
		key := "word"
		if n > 1 {
			key = "phrase"
		}
		p.Report(lint.Finding{
			Kind: key, Span: span, Message: p.Msgf(key, copies, phrase),
			Fixes: []lint.Fix{{Safe: true, Message: p.Msgf("fix-repeat"), Edits: []lint.Edit{{Start: content[i+n-1].End, End: last.End}}}},
		})
		taken = append(taken, span)
		i += n * copies
	}
	r.checkStuffing(p, content, taken)
	for i := 0; i+1 < len(all); i++ {
		a, b := all[i], all[i+1]
		if a.breaker || b.breaker || a.key != b.key || reduplicated[a.key] || !onlyBlanks(text[a.End:b.Start]) {
			continue
		}
		span := lint.Span{Start: a.Start, End: b.End}
		if overlaps(taken, span) {
			continue
		}
		p.Report(lint.Finding{
			Kind: "doubled", Span: span, Message: p.Msgf("doubled", text[a.Start:b.End]),
			Fixes: []lint.Fix{{Safe: true, Message: p.Msgf("fix-repeat"), Edits: []lint.Edit{{Start: a.End, End: b.End}}}},
		})
		taken = append(taken, span)
		i++
	}
	return taken
}

// checkStuffing reports a word that fills a short post ("Vota hoy. Vota
// por Sonora. Vota ya. Vota."): at least 4 times and at least 30% of the
// post's content words, not counting repeats already reported in a row.
func (r *Repetition) checkStuffing(p *lint.Pass, content []seqWord, taken []lint.Span) {
	if len(content) < 4 || len(content) > 400 {
		return
	}
	counts := make(map[string]int, len(content))
	for _, w := range content {
		if !w.breaker && utf8.RuneCountInString(w.key) >= 3 {
			counts[w.key]++
		}
	}
	for _, w := range content {
		n := counts[w.key]
		if n < 4 || n*10 < len(content)*3 {
			continue
		}
		counts[w.key] = 0 // report each word once
		if overlaps(taken, w.Span) {
			continue
		}
		p.Report(lint.Finding{Kind: "stuffing", Span: w.Span, Message: p.Msgf("stuffing", p.Doc.Text[w.Start:w.End], n)})
	}
}

// tandem finds the phrase of 1 to 4 content words starting at i that is
// repeated right after itself: a single word at least 3 times, a longer
// phrase at least twice. It returns the phrase length and the number of
// copies, or 0, 0.
func tandem(seq []seqWord, i int) (n, copies int) {
	best := 0
	for m := 1; m <= 4 && i+2*m <= len(seq); m++ {
		if m > 1 && sameKeys(seq[i:i+m]) {
			continue
		}
		c := 1
		for i+(c+1)*m <= len(seq) && equalKeys(seq[i:i+m], seq[i+c*m:i+(c+1)*m]) {
			c++
		}
		if m == 1 && c < 3 || c < 2 {
			continue
		}
		if c*m > best {
			best, n, copies = c*m, m, c
		}
	}
	return n, copies
}

func equalKeys(a, b []seqWord) bool {
	for k := range a {
		if a[k].breaker || b[k].breaker || a[k].key != b[k].key {
			return false
		}
	}
	return true
}

func sameKeys(s []seqWord) bool {
	for k := 1; k < len(s); k++ {
		if s[k].key != s[0].key {
			return false
		}
	}
	return true
}

func onlyBlanks(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// checkSentences reports a sentence that appears twice in the post.
func (r *Repetition) checkSentences(p *lint.Pass, taken []lint.Span) {
	sents := p.Doc.Sentences()
	if len(sents) < 2 {
		return
	}
	text := p.Doc.Text
	sc := r.bufs.Get().(*repetitionScratch)
	defer r.putScratch(sc)
	var seen map[string]bool // made when a sentence is long enough
	prevEnd := -1
	for _, s := range sents {
		end := s.End
		for end > s.Start && unicode.IsSpace(rune(text[end-1])) {
			end--
		}
		body := lint.Span{Start: s.Start, End: end}
		sc.fold = minhash.Fold(sc.fold[:0], text[body.Start:body.End])
		key := sc.fold
		if letters(key) >= 15 && bytes.Count(key, []byte{' '}) >= 2 {
			if seen[string(key)] && prevEnd >= 0 && !overlaps(taken, body) {
				p.Report(lint.Finding{
					Kind: "sentence", Span: body, Message: p.Msgf("sentence", text[body.Start:body.End]),
					Fixes: []lint.Fix{{Safe: true, Message: p.Msgf("fix-repeat"), Edits: []lint.Edit{{Start: prevEnd, End: body.End}}}},
				})
				continue // the removed sentence is not the previous one
			}
			if seen == nil {
				seen = make(map[string]bool, len(sents))
			}
			seen[string(key)] = true
		}
		prevEnd = body.End
	}
}

// checkLetters reports letters stretched to three or more in a row
// ("Votaaaa"); Spanish never triples a letter.
func (r *Repetition) checkLetters(p *lint.Pass) {
	for _, w := range p.Doc.Words() {
		if w.In != 0 || !w.Letters || len(w.Text) < 3 || !hasTriple(w.Text) || skipStretch(w.Text) {
			continue
		}
		one, two, ambiguous := unstretch(w.Text)
		// The dictionary settles it when exactly one shortening is a word
		// (leeeer: leer; Vamooos: Vamos) and offers the choice when
		// several are (Carrrro: Caro, Carro).
		switch words := dictUnstretch(w.Text); len(words) {
		case 0:
		case 1:
			one, ambiguous = words[0], false
		default:
			one, two, ambiguous = words[0], words[1], true
		}
		f := lint.Finding{Kind: "letters", Span: w.Span}
		if ambiguous {
			f.Message = p.Msgf("letters-ambiguous", w.Text, one)
			f.Fixes = alternatives(w.Span, []string{one, two}, func(w string) string { return p.Msgf("fix-letters-to", w) })
		} else {
			f.Message = p.Msgf("letters", w.Text, one)
			f.Fixes = []lint.Fix{{Safe: true, Message: p.Msgf("fix-letters"), Edits: []lint.Edit{{Start: w.Start, End: w.End, New: one}}}}
		}
		p.Report(f)
	}
}

func hasTriple(w string) bool {
	var a, b rune
	for _, c := range w {
		c = unicode.ToLower(c)
		if c == a && c == b && unicode.IsLetter(c) {
			return true
		}
		a, b = b, c
	}
	return false
}

// skipStretch leaves out words that triple letters on purpose: roman
// numerals (XXIII, xxiii), short capitalised codes (AAA), interjections without a
// vowel (mmm, shhh, zzz), and addresses the extractor did not take as links
// (www.ine.mx is one word for UAX #29).
func skipStretch(w string) bool {
	if strings.ContainsAny(w, ".:@/_") {
		return true
	}
	roman, upper, vowel := true, true, false
	n := 0
	for _, c := range w {
		n++
		if !strings.ContainsRune("IVXLCDMivxlcdm", c) {
			roman = false
		}
		if unicode.IsLower(c) {
			upper = false
		}
		if strings.ContainsRune("aeiouáéíóúüAEIOUÁÉÍÓÚÜ", c) {
			vowel = true
		}
	}
	return roman || upper && n <= 4 || !vowel
}

// unstretch returns the word with every run of three or more equal letters
// made one letter, the same with the runs that could be a Spanish double
// letter (ee, oo, rr, ll, cc, nn inside a word) made two, and whether such
// a run exists, in which case the dictionary or a person must choose.
func unstretch(w string) (one, two string, ambiguous bool) {
	var b1, b2 strings.Builder
	for _, run := range letterRuns(w) {
		switch {
		case run.n < 3:
			b1.WriteString(run.s)
			b2.WriteString(run.s)
		case !run.last && strings.ContainsRune("eolrcn", run.lower):
			ambiguous = true
			b1.WriteString(run.first(1))
			b2.WriteString(run.first(2))
		default:
			b1.WriteString(run.first(1))
			b2.WriteString(run.first(1))
		}
	}
	return b1.String(), b2.String(), ambiguous
}

// letterRun is a run of one letter (any case) in a word.
type letterRun struct {
	s     string
	n     int
	lower rune
	last  bool // the run ends the word
}

func (r letterRun) first(k int) string {
	end := 0
	for range k {
		_, size := utf8.DecodeRuneInString(r.s[end:])
		end += size
	}
	return r.s[:end]
}

func letterRuns(w string) []letterRun {
	var out []letterRun
	for i := 0; i < len(w); {
		c, size := utf8.DecodeRuneInString(w[i:])
		lo := unicode.ToLower(c)
		j, n := i+size, 1
		for j < len(w) {
			d, sz := utf8.DecodeRuneInString(w[j:])
			if unicode.ToLower(d) != lo || !unicode.IsLetter(c) {
				break
			}
			j += sz
			n++
		}
		out = append(out, letterRun{s: w[i:j], n: n, lower: lo, last: j == len(w)})
		i = j
	}
	return out
}

// dictUnstretch asks the dictionary which way of shortening each stretched
// run (to one letter or two) gives a word: it returns the words found, at
// most a few.
func dictUnstretch(w string) []string {
	runs := letterRuns(w)
	var long []int
	for k, r := range runs {
		if r.n >= 3 {
			long = append(long, k)
		}
	}
	if len(long) == 0 || len(long) > 4 {
		return nil
	}
	d := dict.Default()
	var found []string
	for mask := 0; mask < 1<<len(long); mask++ {
		var b strings.Builder
		li := 0
		for k, r := range runs {
			if li < len(long) && long[li] == k {
				b.WriteString(r.first(1 + mask>>li&1))
				li++
				continue
			}
			b.WriteString(r.s)
		}
		if cand := b.String(); d.Contains(cand) {
			found = append(found, cand)
		}
	}
	return found
}

// emojiKey identifies an emoji regardless of variation selector and skin
// tone, so that 👍 and 👍🏽 count as the same.
func emojiKey(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF {
			return -1
		}
		return r
	}, s)
}

// checkTokens reports the same emoji too many times, a repeated mention or
// hashtag, and too many links.
func (r *Repetition) checkTokens(p *lint.Pass) {
	toks := p.Doc.Tokens()
	text := p.Doc.Text
	var emoji map[string][]int
	var order []string
	var tags map[string][]int
	var tagOrder []string
	links := 0
	for i, t := range toks {
		switch t.Kind {
		case lint.Emoji:
			if isBullet(text, t.Span) {
				continue // list markers are layout, not repetition
			}
			k := emojiKey(t.Text)
			if emoji == nil {
				emoji = map[string][]int{}
			}
			if _, ok := emoji[k]; !ok {
				order = append(order, k)
			}
			emoji[k] = append(emoji[k], i)
		case lint.Mention, lint.Hashtag:
			if t.Kind == lint.Hashtag && r.o.IgnoreHashtags {
				continue
			}
			k := strings.ToLower(t.Value)
			if t.Kind == lint.Hashtag {
				k = "#" + wordKey(t.Value)
			}
			if tags == nil {
				tags = map[string][]int{}
			}
			if _, ok := tags[k]; !ok {
				tagOrder = append(tagOrder, k)
			}
			tags[k] = append(tags[k], i)
		case lint.URL:
			links++
			if links == r.o.MaxLinks+1 {
				total := 0
				for _, u := range toks {
					if u.Kind == lint.URL {
						total++
					}
				}
				p.Report(lint.Finding{Kind: "links", Span: t.Span, Message: p.Msgf("links", total, r.o.MaxLinks)})
			}
		}
	}
	// One finding per repeated mention or hashtag, on its first repeat;
	// the fix removes every repeat that sits in a block of tags.
	var tail []bool
	for _, k := range tagOrder {
		idx := tags[k]
		if len(idx) < 2 {
			continue
		}
		t := toks[idx[1]]
		kind := "mention"
		if t.Kind == lint.Hashtag {
			kind = "hashtag"
		}
		f := lint.Finding{Kind: kind, Span: t.Span, Message: p.Msgf(kind, t.Text)}
		if tail == nil {
			tail = tagTails(text, toks)
		}
		var edits []lint.Edit
		for _, j := range idx[1:] {
			if e, ok := removeTag(text, toks[j], tail[j]); ok {
				edits = append(edits, e)
			}
		}
		if len(edits) > 0 && len(edits) <= maxFixEdits {
			f.Fixes = []lint.Fix{{Safe: true, Message: p.Msgf("fix-tag"), Edits: edits}}
		}
		p.Report(f)
	}
	for _, k := range order {
		idx := emoji[k]
		if len(idx) <= r.o.MaxEmoji {
			continue
		}
		f := lint.Finding{Kind: "emoji", Span: toks[idx[r.o.MaxEmoji]].Span, Message: p.Msgf("emoji", toks[idx[0]].Text, len(idx), r.o.MaxEmoji)}
		// Collapse each group of the emoji written together to one; offer
		// it when that brings the count within the limit.
		var edits []lint.Edit
		groups := 0
		for g := 0; g < len(idx); {
			h := g
			for h+1 < len(idx) && blankOrEmpty(text[toks[idx[h]].End:toks[idx[h+1]].Start]) {
				h++
			}
			if h > g {
				edits = append(edits, lint.Edit{Start: toks[idx[g]].End, End: toks[idx[h]].End})
			}
			groups++
			g = h + 1
		}
		if len(edits) > 0 && len(edits) <= maxFixEdits && groups <= r.o.MaxEmoji {
			f.Fixes = []lint.Fix{{Safe: true, Message: p.Msgf("fix-emoji"), Edits: edits}}
		}
		p.Report(f)
	}
}

// isBullet reports an emoji that opens a line and is followed by text, as
// list markers are ("✅ Registro\n✅ Capacitación").
func isBullet(text string, s lint.Span) bool {
	i := s.Start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i > 0 && text[i-1] != '\n' {
		return false
	}
	rest := text[s.End:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return strings.HasPrefix(rest, " ") && strings.ContainsFunc(rest, unicode.IsLetter)
}

// maxFixEdits bounds the edits of one fix: a post with thousands of
// repeats is not a post to fix automatically, and the engine checks the
// edits of a fix pairwise.
const maxFixEdits = 256

func blankOrEmpty(s string) bool { return s == "" || onlyBlanks(s) }

// tagTails tells, for each token, whether only blanks, periods and other
// tokens (not numbers) follow it up to the end of its line: such a token
// sits in a block of tags. One pass from the end, linear in the text.
func tagTails(text string, toks []lint.Token) []bool {
	tail := make([]bool, len(toks))
	for i := len(toks) - 1; i >= 0; i-- {
		end := len(text)
		if i+1 < len(toks) {
			end = toks[i+1].Start
		}
		gap := text[toks[i].End:end]
		if nl := strings.IndexByte(gap, '\n'); nl >= 0 {
			tail[i] = tagGap(gap[:nl])
			continue
		}
		tail[i] = tagGap(gap) && (i+1 == len(toks) || toks[i+1].Kind != lint.Number && tail[i+1])
	}
	return tail
}

func tagGap(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\r' && c != '.' {
			return false
		}
	}
	return true
}

// removeTag returns the edit that deletes the repeated tag t when it sits
// in a block of tags at the end of its line (inTail: where deleting it
// cannot break a sentence), with the blank before it.
func removeTag(text string, t lint.Token, inTail bool) (lint.Edit, bool) {
	if !inTail {
		return lint.Edit{}, false
	}
	start := t.Start
	for start > 0 && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	if start == t.Start {
		// At the start of a line: take the blanks after it instead.
		if start > 0 && text[start-1] != '\n' {
			return lint.Edit{}, false
		}
		end := t.End
		for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
			end++
		}
		return lint.Edit{Start: t.Start, End: end}, true
	}
	return lint.Edit{Start: start, End: t.End}, true
}
