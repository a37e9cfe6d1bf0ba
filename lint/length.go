package lint

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lengths are counted on the published text: Post.Text without its Markup
// and Hidden regions, NFC, invisible characters kept (they are published
// and X counts them). The analysis view is not used: it drops characters.

// X's counting, from twitter-text 3.1.0's default configuration (version 3).
const (
	xMaxWeighted   = 280
	xScale         = 100
	xDefaultWeight = 200
	xURLWeight     = 23 * xScale
)

// xWeight returns the weight of one code point outside URLs and emoji.
func xWeight(r rune) int {
	switch {
	case r <= 4351, r >= 8192 && r <= 8205, r >= 8208 && r <= 8223, r >= 8242 && r <= 8247:
		return xScale
	}
	return xDefaultWeight
}

// Length returns the post's length as platform p counts it, on the
// published text: X's weighted length (see XLength); for Bluesky grapheme
// clusters and UTF-8 bytes; for Mastodon grapheme clusters with every
// http(s) link as 23 and a remote mention @user@domain as @user; for the
// other platforms code points.
func (d *Document) Length(p Platform) Length {
	if d.base != nil {
		return d.base.Length(p)
	}
	spec, _ := p.Spec()
	l := Length{Platform: p, Limit: spec.MaxLength, ByteLimit: spec.MaxBytes}
	if p == X {
		l.Count, _ = d.XLength()
		return l
	}
	text := d.publishedText()
	switch p {
	case Bluesky:
		if d.done&doneBluesky == 0 {
			l.Count, l.Bytes = d.publishedGraphemes(text), len(text)
			d.bluesky, d.done = l, d.done|doneBluesky
		}
		return d.bluesky
	case Mastodon:
		// Segmenting and link scanning are worth caching; counting code
		// points is cheaper than the cache.
		if d.done&doneMastodon == 0 {
			if n, rewritten := mastodonLength(text, d.lenTokens); rewritten {
				l.Count = n
			} else {
				l.Count = d.publishedGraphemes(text)
			}
			d.mastodon, d.done = l, d.done|doneMastodon
		}
		return d.mastodon
	default:
		l.Count = utf8.RuneCountInString(text)
	}
	return l
}

// XLength returns X's weighted length and whether X accepts the post, as
// twitter-text 3.1.0's parseTweet computes them: NFC first; each URL counts
// 23; each emoji sequence twemoji-parser knows counts 2; other code points
// count 1 in the light ranges and 2 elsewhere; valid means 1 to 280 and no
// U+FFFE, U+FEFF or U+FFFF.
func (d *Document) XLength() (int, bool) {
	if d.base != nil {
		return d.base.XLength()
	}
	if d.done&doneXLength == 0 {
		d.done |= doneXLength
		d.xlen, d.xlenBad = xWeighted(d.publishedText(), d.lenTokens)
	}
	w, bad := d.xlen, d.xlenBad
	return w, !bad && w > 0 && w <= xMaxWeighted
}

// publishedGraphemes counts the graphemes of the published text, reusing
// what is already known: the Bluesky count, or the analysis view's
// segmentation when a rule asked for it and the two texts are the same.
func (d *Document) publishedGraphemes(text string) int {
	if d.done&doneBluesky != 0 {
		return d.bluesky.Count
	}
	if d.done&doneGraphemes != 0 && text == d.Text {
		return len(d.graphemes)
	}
	return countGraphemes(text)
}

// publishedText returns the text the platforms receive.
func (d *Document) publishedText() string {
	if d.lenView == nil {
		if len(d.Post.Regions) == 0 && d.Identity() {
			// The analysis view is the original, so it is already NFC,
			// valid UTF-8 and free of invisible characters.
			d.lenView = &view{text: d.Post.Text, origLen: len(d.Post.Text)}
		} else {
			v := buildView(d.Post.Text, removal{regions: d.Post.Regions, keep: ReadsVerbatim | ReadsLinks, clean: false})
			d.lenView = &v
		}
		// The URLs twitter-text finds in the published text, for X and
		// Mastodon.
		d.lenTokens = ttURLs(d.lenView.text, nil, false)
	}
	return d.lenView.text
}

// xWeighted returns the weighted length (in X's units, scale removed) of
// NFC text whose twitter-text URLs are urls, and whether it holds a
// character X refuses.
func xWeighted(text string, urls []Token) (weighted int, invalid bool) {
	return xWeightedAt(text, urls, nil)
}

// xWeightedAt is xWeighted that also calls at(i, w) with the weight w (in
// X's scaled units) of text[:i] at every white space character i outside
// a URL: the prefix counts Cut needs, in one pass.
func xWeightedAt(text string, urls []Token, at func(i, w int)) (weighted int, invalid bool) {
	w, invalid := xWeightedScaled(text, urls, at)
	return w / xScale, invalid
}

// xWeightedScaled is xWeightedAt in X's scaled units.
func xWeightedScaled(text string, urls []Token, at func(i, w int)) (weighted int, invalid bool) {
	w, ui := 0, 0
	es, ee := -1, 0 // the current twemoji match; -1 before the first search
	for i := 0; i < len(text); {
		for ui < len(urls) && urls[ui].Start < i {
			ui++
		}
		if ui < len(urls) && urls[ui].Start == i {
			w += xURLWeight
			var half bool
			i, half = advanceUTF16(text, i, utf16Len(urls[ui].Value))
			if half {
				// The URL's text is shorter than its span and the skip
				// ended inside a surrogate pair: parseTweet then weighs
				// the lone low surrogate.
				w += xDefaultWeight
			}
			ui++
			continue
		}
		// twemoji-parser's matches do not depend on the URLs: find them
		// left to right on their own, each search after the last match.
		for es < i && es < len(text) {
			es, ee = nextTwemoji(text, max(ee, 0))
		}
		if es == i {
			w += xDefaultWeight
			i = ee
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		} else if at != nil && isSpaceByte(byte(r)) {
			at(i, w)
		}
		w += xWeight(r)
		if isTTInvalid(r) {
			invalid = true
		}
		i += n
	}
	return w, invalid
}

// nextTwemoji returns the next twemoji-parser match at or after i, or
// (len(s), len(s)).
func nextTwemoji(s string, i int) (int, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && !(c >= '0' && c <= '9') && c != '#' && c != '*' {
			i++
			continue
		}
		if e := twemojiAt(s, i); e > i {
			return i, e
		}
		if c < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	return len(s), len(s)
}

// advanceUTF16 returns the offset units UTF-16 code units after i, and
// whether that falls between the two halves of a character (the offset is
// then after the character).
func advanceUTF16(s string, i, units int) (int, bool) {
	for units > 0 && i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		units--
		if r > 0xFFFF {
			units--
		}
		i += n
	}
	return i, units < 0
}

// mastodonLength counts as Mastodon's StatusLengthValidator does: the text
// with every http(s) link replaced by 23 characters and every remote
// mention @user@domain by @user, measured in grapheme clusters
// (grapheme_length). It reports false, without counting, when nothing is
// replaced: the count is then the text's own grapheme count.
func mastodonLength(text string, all []Token) (int, bool) {
	var b strings.Builder
	pos, ui := 0, 0
	for i := 0; i < len(text); i++ {
		for ui < len(all) && (all[ui].End <= i || all[ui].Scheme == "") {
			ui++
		}
		if ui < len(all) && all[ui].Start == i {
			b.Grow(len(text))
			b.WriteString(text[pos:i])
			b.WriteString(mastodonURL)
			pos, i = all[ui].End, all[ui].End-1
			continue
		}
		if text[i] != '@' {
			continue
		}
		if ui < len(all) && all[ui].Start < i {
			continue // inside a link
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); r == '=' || r == '/' || isMastoWord(r) {
				continue
			}
		}
		user := mastoName(text, i+1, false)
		if user == i+1 || user >= len(text) || text[user] != '@' {
			continue
		}
		dom := mastoName(text, user+1, true)
		if dom == user+1 {
			continue
		}
		b.Grow(len(text))
		b.WriteString(text[pos:user])
		pos, i = dom, dom-1
	}
	if pos == 0 {
		return 0, false
	}
	b.WriteString(text[pos:])
	return countGraphemes(b.String()), true
}

// mastodonURL stands for a link: Mastodon counts every link as 23.
const mastodonURL = "xxxxxxxxxxxxxxxxxxxxxxx"

// mastoName returns the end of a Mastodon user name at i (word characters
// with inner runs of '.' or '-'); word allows any letter, not only ASCII.
func mastoName(s string, i int, word bool) int {
	end := i
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case word && isMastoWord(r), !word && r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || r == '_'):
			j += n
			end = j
		case (r == '.' || r == '-') && end > i:
			j += n
		default:
			return end
		}
	}
	return end
}

// isMastoWord is Ruby's [[:word:]]: letters, marks, digits and connectors.
func isMastoWord(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '_'
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.Nd, unicode.Pc)
}

// Cut returns the offset of Text where the post stops fitting in l (a
// count from Length, with the caller's limit if it has its own): the start
// of the first grapheme of the published text that does not fit, mapped
// to Text. The search runs on the text the count was made on, so a link
// destination counted by the platform but absent from Text cannot move it;
// it returns len(Text) when the whole post fits. It measures prefixes by
// bisection: a few counts of the text, for posts over a limit only.
func (d *Document) Cut(l Length) int {
	pub := d
	if d.base != nil {
		pub = d.base
	}
	text := pub.publishedText()
	sc := cutScratchPool.Get().(*cutScratch)
	defer sc.release()
	// Only the graphemes the search reads are segmented: on a huge post
	// the cut lies near the start.
	var all []Span
	if pub.done&doneGraphemes != 0 && text == pub.Text {
		all = pub.graphemes
	}
	graphemes := func(maxCount, maxByte int) []Span {
		if all != nil {
			return all
		}
		sc.gs = firstGraphemes(sc.gs[:0], text, maxCount, maxByte)
		return sc.gs
	}
	cut := len(text)
	if _, inBytes := l.Over(); inBytes {
		// The first grapheme that ends past the byte limit.
		gs := graphemes(-1, l.ByteLimit)
		k := sort.Search(len(gs), func(i int) bool { return gs[i].End > l.ByteLimit })
		if k < len(gs) {
			cut = gs[k].Start
		}
	} else if text != "" {
		// Every grapheme counts at least one unit except inside links, so
		// the cut is rarely far beyond limit graphemes: bound the search
		// there first to keep huge inputs cheap.
		probe := 4 * (l.Limit + 1)
		gs := graphemes(probe+1, -1)
		hi := len(gs)
		var prefix func(int) (int, bool)
		if probe < len(gs) {
			end := gs[probe-1].End
			prefix = prefixCounts(l.Platform, text[:end], pub.lenTokens, &sc.marks)
			n, ok := prefix(end)
			if !ok {
				n = countPublished(l.Platform, text[:end])
			}
			if n > l.Limit {
				hi = probe
			} else {
				if all == nil {
					gs = graphemes(-1, -1)
					hi = len(gs)
				}
				prefix = nil
			}
		}
		if prefix == nil {
			prefix = prefixCounts(l.Platform, text[:gs[hi-1].End], pub.lenTokens, &sc.marks)
		}
		fits := func(k int) bool { // do the first k graphemes fit?
			end := 0
			if k > 0 {
				end = gs[k-1].End
			}
			if n, ok := prefix(end); ok {
				return n <= l.Limit
			}
			return countPublished(l.Platform, text[:end]) <= l.Limit
		}
		if k := sort.Search(hi+1, func(k int) bool { return !fits(k) }); k == 0 {
			cut = 0
		} else if k <= len(gs) {
			cut = gs[k-1].Start
		}
	}
	return d.v.fromOrig(pub.lenView.toOrig(cut))
}

// cutScratch holds the buffers of one Cut, reused across posts.
type cutScratch struct {
	gs    []Span
	marks []xMark
}

var cutScratchPool = sync.Pool{New: func() any { return new(cutScratch) }}

// release returns sc to the pool unless a huge post grew its buffers.
func (sc *cutScratch) release() {
	const keep = 1 << 14
	if cap(sc.gs) > keep || cap(sc.marks) > keep {
		return
	}
	cutScratchPool.Put(sc)
}

// xMark is the weight (in X's scaled units) of a text before its white
// space character at i, outside any URL.
type xMark struct{ i, w int }

// prefixCounts returns, for X, the count of text[:e] for every e, from one
// pass over the whole text that notes the running count before each white
// space character outside any URL. No URL or emoji sequence crosses white
// space, so the prefix before such a character holds the same URLs and
// emoji as the whole text up to there: its count is the running count, and
// a prefix that ends after it counts that plus the part from the white
// space on, counted on its own (a word at most). For other platforms it
// reports false and the prefix is counted on its own. marks is the
// caller's buffer, reused.
func prefixCounts(p Platform, text string, urls []Token, marks *[]xMark) func(e int) (int, bool) {
	if p != X {
		return func(int) (int, bool) { return 0, false }
	}
	ms := (*marks)[:0]
	xWeightedScaled(text, urls, func(i, w int) { ms = append(ms, xMark{i, w}) })
	*marks = ms
	var toks []Token
	return func(e int) (int, bool) {
		k := sort.Search(len(ms), func(j int) bool { return ms[j].i > e }) - 1
		from, w := 0, 0
		if k >= 0 {
			if ms[k].i == e {
				return ms[k].w / xScale, true
			}
			from, w = ms[k].i, ms[k].w
		}
		part := text[from:e]
		toks = ttURLs(part, toks[:0], false)
		pw, _ := xWeightedScaled(part, toks, nil)
		return (w + pw) / xScale, true
	}
}

// countPublished counts published text s as platform p does (see Length).
func countPublished(p Platform, s string) int {
	switch p {
	case X:
		w, _ := xWeighted(s, ttURLs(s, nil, false))
		return w
	case Bluesky:
		return countGraphemes(s)
	case Mastodon:
		if n, ok := mastodonLength(s, ttURLs(s, nil, false)); ok {
			return n
		}
		return countGraphemes(s)
	}
	return utf8.RuneCountInString(s)
}

// firstGraphemes appends to out the grapheme clusters of s from its start, at
// most maxCount of them and none after the first that ends past maxByte
// (a negative bound is no bound).
func firstGraphemes(out []Span, s string, maxCount, maxByte int) []Span {
	// Size the buffer once when the bound is known.
	n := -1
	if maxCount >= 0 {
		n = min(maxCount, len(s)) + 1
	} else if maxByte >= 0 {
		n = min(maxByte+1, len(s)) + 1
	}
	if cap(out) < n {
		out = make([]Span, 0, n)
	}
	return appendGraphemesUntil(out, s, maxCount, maxByte)
}
