package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

//go:generate go run gen_tables.go

// The extractor follows twitter-text 3.1.0 (extractEntitiesWithIndices) for
// URLs, mentions, hashtags and cashtags, and adds e-mails, numbers and emoji.
// twitter-text is written as regular expressions run by a backtracking
// engine; the scanners below reproduce the matches those expressions make,
// in the same left-to-right order (each search resumes where the previous
// match ended), without backtracking: every byte is looked at a bounded
// number of times, so a post of a million '#' or '.' stays linear.

// extractTokens returns the tokens of s, sorted and not overlapping. It
// allocates only when s holds a token.
func extractTokens(s string) []Token {
	toks := ttEntities(s)
	sorted := true
	if strings.IndexByte(s, '@') >= 0 {
		var buf [4]Token
		if mails := extractEmails(s, buf[:0]); len(mails) > 0 {
			toks, sorted = mergeMails(toks, mails)
		}
	}
	n := len(toks)
	toks = appendGapTokens(s, toks, sorted)
	if len(toks) > n || !sorted {
		slices.SortFunc(toks, func(a, b Token) int { return a.Start - b.Start })
	}
	return toks
}

// ttEntities returns what twitter-text's extractEntitiesWithIndices finds
// in s: URLs, mentions, hashtags and cashtags, sorted, overlaps removed.
func ttEntities(s string) []Token {
	toks := ttURLs(s, nil, false)
	toks = ttMentions(s, toks)
	toks = ttHashtags(s, toks)
	toks = ttCashtags(s, toks)
	if len(toks) == 0 {
		return nil
	}
	// removeOverlappingEntities: a stable sort by start over URLs,
	// mentions, hashtags and cashtags in that order (so a URL wins a tie),
	// then every entity that overlaps the last one kept goes.
	slices.SortStableFunc(toks, func(a, b Token) int { return a.Start - b.Start })
	kept := toks[:1]
	for _, t := range toks[1:] {
		if t.Start >= kept[len(kept)-1].End {
			kept = append(kept, t)
		}
	}
	return kept
}

// appendTok appends t, making room for a typical post's tokens at once.
func appendTok(dst []Token, t Token) []Token {
	if dst == nil {
		dst = make([]Token, 0, 16)
	}
	return append(dst, t)
}

// mergeMails puts the e-mails in, unsorted (it reports whether toks is
// still sorted). An address is one token and its domain is not also a link,
// so an e-mail drops the URLs it overlaps; hashtags and mentions stay as X
// sees them, and an e-mail that overlaps one is dropped.
func mergeMails(toks, mails []Token) ([]Token, bool) {
	// Both lists are sorted and each free of overlaps: walk them together.
	kept, j := mails[:0], 0
	for _, m := range mails {
		for j < len(toks) && toks[j].End <= m.Start {
			j++
		}
		ok := true
		for k := j; k < len(toks) && toks[k].Start < m.End; k++ {
			if toks[k].Kind != URL {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return toks, true
	}
	out, j := toks[:0], 0
	for _, t := range toks {
		for j < len(kept) && kept[j].End <= t.Start {
			j++
		}
		if j < len(kept) && kept[j].Start < t.End {
			continue // a URL inside an address
		}
		out = append(out, t)
	}
	for _, m := range kept {
		out = appendTok(out, m)
	}
	return out, false
}

// appendGapTokens appends the numbers and emoji found between the tokens
// of toks (not overlapping; sorts them first unless sorted); the result
// needs sorting.
func appendGapTokens(s string, toks []Token, sorted bool) []Token {
	if !sorted {
		slices.SortFunc(toks, func(a, b Token) int { return a.Start - b.Start })
	}
	n, pos := len(toks), 0
	for k := 0; k <= n; k++ {
		end := len(s)
		if k < n {
			end = toks[k].Start
		}
		for i := pos; i < end; {
			c := s[i]
			if c < utf8.RuneSelf && !(c >= '0' && c <= '9') && c != '#' && c != '*' {
				i++
				continue
			}
			if e := emojiTokenEnd(s, i, end); e > i {
				toks = appendTok(toks, Token{Kind: Emoji, Span: Span{i, e}, Text: s[i:e], Value: s[i:e]})
				i = e
				continue
			}
			if c >= '0' && c <= '9' {
				if e := numberEnd(s, i, end); e > i {
					toks = appendTok(toks, Token{Kind: Number, Span: Span{i, e}, Text: s[i:e], Value: s[i:e]})
					i = e
					continue
				}
				// Glued to a letter (v1.2.3, A4): skip the whole run.
				for i < end && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',' || s[i] == ':') {
					i++
				}
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		if k < n {
			pos = toks[k].End
		}
	}
	return toks
}

// numberEnd returns the end of the number starting at i (digits with single
// '.', ',' or ':' between digits), or i when the digits are glued to a letter.
func numberEnd(s string, i, limit int) int {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) {
			return i
		}
	}
	j := i
	for j < limit {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',' || c == ':') && j+1 < limit && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			return i
		}
	}
	return j
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || (r|0x20 >= 'a' && r|0x20 <= 'z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// emojiTokenEnd returns the end of the emoji sequence at i, or i. A sequence
// is what twemoji-parser knows (the 2018 list X counts) or, for newer emoji,
// a pictographic character with what UAX #29 joins to it (ZWJ, skin tones,
// tags, variation selectors).
func emojiTokenEnd(s string, i, limit int) int {
	e := twemojiAt(s, i)
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == 0xFE0F {
		return i // a stray variation selector is not an emoji of its own
	}
	if e < 0 {
		if !isEmojiBase(r) && !(isTextEmoji(r) && strings.HasPrefix(s[i+n:], "\uFE0F")) {
			return i
		}
		e = i + n
	}
	if r >= utf8.RuneSelf || e > i+1 {
		c, _, _, _ := uniseg.FirstGraphemeClusterInString(s[i:], -1)
		e = max(e, i+len(c))
	}
	return min(e, limit)
}

// isEmojiBase reports characters shown as emoji on their own: the
// pictographic planes and the regional indicators.
func isEmojiBase(r rune) bool {
	switch {
	case r >= 0x1F1E6 && r <= 0x1F1FF, r >= 0x1F300 && r <= 0x1F6FF,
		r >= 0x1F7E0 && r <= 0x1F7FF, r >= 0x1F900 && r <= 0x1FAFF:
		return true
	}
	return false
}

// isTextEmoji reports characters that become emoji with U+FE0F.
func isTextEmoji(r rune) bool {
	return r == 0xA9 || r == 0xAE || (r >= 0x2000 && r <= 0x2BFF) || r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299
}

// twemojiAt returns the end of the emoji sequence twemoji-parser's regular
// expression matches at i, or -1. The expression is a list of alternatives
// tried in order; the table keeps each sequence's rank, so the match is the
// prefix with the best rank (not the longest).
func twemojiAt(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	if c := s[i]; c < utf8.RuneSelf {
		// Keycaps are the only sequences that start with ASCII: the next
		// character must be U+FE0F (EF B8 8F) or U+20E3 (E2 83 A3).
		if !(c >= '0' && c <= '9') && c != '#' && c != '*' || i+1 >= len(s) || (s[i+1] != 0xEF && s[i+1] != 0xE2) {
			return -1
		}
	}
	node, best, rank := 0, -1, uint16(0xFFFF)
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		nd := &emojiNodes[node]
		lo, hi := int(nd.lo), int(nd.hi)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if emojiEdges[m].r < r {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == int(nd.hi) || emojiEdges[lo].r != r {
			break
		}
		node = int(emojiEdges[lo].next)
		j += n
		nd = &emojiNodes[node]
		if nd.prio != 0 && nd.prio < rank {
			best, rank = j, nd.prio
		}
		if nd.cond != 0 && nd.cond < rank && !strings.HasPrefix(s[j:], "\uFE0E") {
			best, rank = j, nd.cond
		}
	}
	return best
}

type emojiNode struct{ lo, hi, prio, cond uint16 }

type emojiEdge struct {
	r    rune
	next uint16
}

// inRunes reports whether r is in the sorted list rs.
func inRunes(rs []rune, r rune) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(rs) && rs[lo] == r
}

// ---- hashtags ----

func isHashtagAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || (r|0x20 >= 'a' && r|0x20 <= 'z') || (r >= '0' && r <= '9')
	}
	return unicode.Is(hashtagAlnum, r)
}

func isHashtagAlpha(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.Is(hashtagAlpha, r)
}

// hashAt returns the size of the hash sign at i (# or U+FF03), or 0.
func hashAt(s string, i int) int {
	if s[i] == '#' {
		return 1
	}
	if strings.HasPrefix(s[i:], "＃") {
		return len("＃")
	}
	return 0
}

// ttHashtags appends the hashtags of twitter-text's validHashtag: a hash
// sign not glued after a hashtag character or '&', then hashtag characters
// of which at least one is a letter, not followed by a hash sign or "://".
func ttHashtags(s string, dst []Token) []Token {
	last := 0 // where the previous match ended: the boundary cannot reuse it
	for i := 0; i < len(s); {
		c := s[i]
		if c != '#' && c != 0xEF {
			i++
			continue
		}
		hs := hashAt(s, i)
		if hs == 0 {
			i++
			continue
		}
		if i > 0 {
			pr, pn := utf8.DecodeLastRuneInString(s[:i])
			if i-pn < last || (pr != 0xFE0E && pr != 0xFE0F && (isHashtagAlnum(pr) || pr == '&')) {
				i += hs
				continue
			}
		}
		if strings.HasPrefix(s[i+hs:], "\uFE0F") || strings.HasPrefix(s[i+hs:], "\u20E3") {
			i += hs
			continue
		}
		j, alpha := i+hs, false
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if !isHashtagAlnum(r) {
				break
			}
			alpha = alpha || isHashtagAlpha(r)
			j += n
		}
		if !alpha {
			i += hs
			continue
		}
		last = j
		if rest := s[j:]; !(len(rest) > 0 && hashAt(rest, 0) > 0) && !strings.HasPrefix(rest, "://") {
			dst = appendTok(dst, Token{Kind: Hashtag, Span: Span{i, j}, Text: s[i:j], Value: s[i+hs : j]})
		}
		i = j
	}
	return dst
}

// ---- mentions ----

func isASCIIAlnum(c byte) bool {
	return (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9')
}

// atAt returns the size of the at sign at i (@ or U+FF20), or 0.
func atAt(s string, i int) int {
	if s[i] == '@' {
		return 1
	}
	if strings.HasPrefix(s[i:], "＠") {
		return len("＠")
	}
	return 0
}

// ttMentions appends the mentions and lists of twitter-text's
// validMentionOrList: an at sign after a start, a character outside
// [A-Za-z0-9_!#$%&*@＠] or an "RT:" marker; 1 to 20 of [A-Za-z0-9_]; an
// optional /list; not followed by an at sign, a Latin accented letter or
// "://".
func ttMentions(s string, dst []Token) []Token {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c != '@' && c != 0xEF {
			i++
			continue
		}
		as := atAt(s, i)
		if as == 0 {
			i++
			continue
		}
		if !mentionPreceded(s, i, last) {
			i += as
			continue
		}
		j := i + as
		for j < len(s) && j-(i+as) < 20 && (isASCIIAlnum(s[j]) || s[j] == '_') {
			j++
		}
		if j == i+as {
			i += as
			continue
		}
		if j+1 < len(s) && s[j] == '/' && s[j+1]|0x20 >= 'a' && s[j+1]|0x20 <= 'z' {
			k := j + 2
			for k < len(s) && k-(j+2) < 24 && (isASCIIAlnum(s[k]) || s[k] == '_' || s[k] == '-') {
				k++
			}
			j = k
		}
		last = j
		if !mentionEndsBadly(s[j:]) {
			dst = appendTok(dst, Token{Kind: Mention, Span: Span{i, j}, Text: s[i:j], Value: s[i+as : j]})
		}
		i = j
	}
	return dst
}

func mentionPreceded(s string, i, last int) bool {
	if i == 0 {
		return true
	}
	pr, pn := utf8.DecodeLastRuneInString(s[:i])
	if i-pn >= last && !(pr < utf8.RuneSelf && (isASCIIAlnum(byte(pr)) || strings.IndexByte("_!#$%&*@", byte(pr)) >= 0)) && pr != '＠' {
		return true
	}
	// (^|[^a-zA-Z0-9_+~.-])(rt|RT|rT|Rt):?
	k := i
	if s[k-1] == ':' {
		k--
	}
	if k < 2 || s[k-2]|0x20 != 'r' || s[k-1]|0x20 != 't' {
		return false
	}
	k -= 2
	if k == 0 {
		return true
	}
	pr, pn = utf8.DecodeLastRuneInString(s[:k])
	return k-pn >= last && !(pr < utf8.RuneSelf && (isASCIIAlnum(byte(pr)) || strings.IndexByte("_+~.-", byte(pr)) >= 0))
}

// mentionEndsBadly is twitter-text's endMentionMatch.
func mentionEndsBadly(rest string) bool {
	if rest == "" {
		return false
	}
	if atAt(rest, 0) > 0 || strings.HasPrefix(rest, "://") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isLatinAccent(r)
}

// ---- cashtags ----

// ttCashtags appends twitter-text's cashtags: "$" after a start or a space,
// 1 to 6 letters, optionally "." or "_" and 1 or 2 letters, then an end, a
// space or punctuation.
func ttCashtags(s string, dst []Token) []Token {
	last := 0
	for i := strings.IndexByte(s, '$'); i >= 0; {
		if i > 0 {
			pr, pn := utf8.DecodeLastRuneInString(s[:i])
			if i-pn < last || !isTTSpace(pr) {
				i = nextByte(s, i+1, '$')
				continue
			}
		}
		j := i + 1
		for j < len(s) && j-i <= 7 && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
			j++
		}
		n := j - i - 1
		end := -1
		if n >= 1 && n <= 6 {
			if j+1 < len(s) && (s[j] == '.' || s[j] == '_') && isASCIILetter(s[j+1]) {
				if j+2 < len(s) && isASCIILetter(s[j+2]) && cashtagFollow(s, j+3) {
					end = j + 3
				} else if cashtagFollow(s, j+2) {
					end = j + 2
				}
			}
			if end < 0 && cashtagFollow(s, j) {
				end = j
			}
		}
		if end < 0 {
			i = nextByte(s, i+1, '$')
			continue
		}
		dst = appendTok(dst, Token{Kind: Cashtag, Span: Span{i, end}, Text: s[i:end], Value: s[i+1 : end]})
		last = end
		i = nextByte(s, end, '$')
	}
	return dst
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func nextByte(s string, from int, c byte) int {
	if from >= len(s) {
		return -1
	}
	k := strings.IndexByte(s[from:], c)
	if k < 0 {
		return -1
	}
	return from + k
}

// cashtagFollow is the look-ahead (?=$|\s|[punct]).
func cashtagFollow(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if isTTPunct(s[i]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isJSSpace(r)
}

// ---- e-mails ----

// extractEmails appends the e-mail addresses of s: a local part of letters,
// digits and ._%+- not preceded by an at sign (that would be a remote
// mention), '@', and a domain whose last label is a known TLD.
func extractEmails(s string, dst []Token) []Token {
	for i := strings.IndexByte(s, '@'); i >= 0; i = nextByte(s, i+1, '@') {
		a := i
		for a > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:a])
			if !isLocalRune(r) {
				break
			}
			a -= n
		}
		for a < i && s[a] == '.' {
			a++
		}
		if a == i || s[i-1] == '.' {
			continue
		}
		if a > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:a]); r == '@' || r == '＠' {
				continue
			}
		}
		end := emailDomainEnd(s, i+1)
		if end < 0 {
			continue
		}
		dst = append(dst, Token{Kind: Email, Span: Span{a, end}, Text: s[a:end], Value: s[a:end], Host: strings.ToLower(s[i+1 : end])})
		i = end - 1
	}
	return dst
}

func isLocalRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || strings.IndexByte("._%+-", byte(r)) >= 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isHostRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '-'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// emailDomainEnd returns the end of the longest run of dot-separated host
// labels at i whose last label is a TLD and that has at least two labels.
func emailDomainEnd(s string, i int) int {
	best, labels := -1, 0
	for j := i; ; {
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isHostRune(r) {
				break
			}
			k += n
		}
		if k == j || s[j] == '-' || s[k-1] == '-' {
			return best
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.Is(unicode.Mn, r) {
			return best // a label starts with a letter or digit
		}
		labels++
		if labels >= 2 && isTLD(s[j:k]) {
			best = k
		}
		if k+1 >= len(s) || s[k] != '.' {
			return best
		}
		j = k + 1
	}
}

// isTLD reports whether label is, whole, one of twitter-text's TLDs.
func isTLD(label string) bool {
	if len(label) <= maxASCIITLD {
		var buf [maxASCIITLD]byte
		ascii := true
		for i := 0; i < len(label); i++ {
			c := label[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			buf[i] = c | 0x20*byte(b2i(c >= 'A' && c <= 'Z'))
		}
		if ascii {
			return findASCIITLD(buf[:len(label)])
		}
	}
	for _, t := range otherTLDs {
		if n := prefixFold(label, t); n == len(label) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func findASCIITLD(lower []byte) bool {
	lo, hi := 0, len(asciiTLDs)
	for lo < hi {
		m := (lo + hi) / 2
		if asciiTLDs[m] < string(lower) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(asciiTLDs) && asciiTLDs[lo] == string(lower)
}

// prefixFold returns the length of s's prefix that equals t as a
// case-insensitive JavaScript expression compares them, or -1.
func prefixFold(s, t string) int {
	i := 0
	for _, tr := range t {
		if i >= len(s) {
			return -1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != tr && jsCanon(r) != jsCanon(tr) {
			return -1
		}
		i += n
	}
	return i
}

// jsCanon is the Canonicalize of ECMAScript's case-insensitive matching
// without the u flag: the upper case, unless that would turn a non-ASCII
// character into an ASCII one (ſ stays ſ).
func jsCanon(r rune) rune {
	u := unicode.ToUpper(r)
	if r >= utf8.RuneSelf && u < utf8.RuneSelf {
		return r
	}
	return u
}

// ---- character classes of twitter-text ----

// asciiSet is a set of ASCII bytes.
type asciiSet [2]uint64

func makeASCIISet(chars string, alnum bool) asciiSet {
	var as asciiSet
	add := func(c byte) { as[c>>6] |= 1 << (c & 63) }
	for i := 0; i < len(chars); i++ {
		add(chars[i])
	}
	if alnum {
		for c := byte('0'); c <= '9'; c++ {
			add(c)
		}
		for c := byte('a'); c <= 'z'; c++ {
			add(c)
			add(c - 'a' + 'A')
		}
	}
	return as
}

func (as *asciiSet) has(c byte) bool { return c < 128 && as[c>>6]&(1<<(c&63)) != 0 }

// Lookup tables for twitter-text's ASCII classes; never written after
// package initialisation.
var (
	punctChars    = makeASCIISet("!'#%&()*+,\\-./:;<=>?@[]^_{|}~$", false)
	queryChars    = makeASCIISet("!?*'@();:&=+$/%#[]-_.,~|", true)
	queryEndChars = makeASCIISet("-_&=#/", true)
	pathChars     = makeASCIISet("!*';:=+,.$/%#[]-_~@|&", true)
	pathEndChars  = makeASCIISet("+-=_#/", true)
)

// isTTSpace is twitter-text's spacesGroup.
func isTTSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r == 0x20, r == 0x85, r == 0xA0, r == 0x1680, r == 0x180E,
		r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// isJSSpace is JavaScript's \s.
func isJSSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r == 0x20, r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000, r == 0xFEFF:
		return true
	}
	return false
}

func isTTInvalid(r rune) bool { return r == 0xFFFE || r == 0xFEFF || r == 0xFFFF }

func isDirectional(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x2066 && r <= 0x2069)
}

// isTTPunct is twitter-text's punct class.
func isTTPunct(c byte) bool {
	return punctChars.has(c)
}

// isLatinAccent is twitter-text's latinAccentChars.
func isLatinAccent(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0xFF:
		return r != 0xD7 && r != 0xF7
	case r <= 0x24F, r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	switch r {
	case 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB:
		return true
	}
	return false
}

// ---- URLs ----

// ttURLs appends the URLs twitter-text's extractUrlsWithIndices finds in s,
// with and without protocol. With schemeOnly it keeps only those written
// with http:// or https:// (Mastodon counts only those as links).
//
// Token.Value holds the URL as twitter-text reports it; it differs from
// Text only in the rare case of a protocol-less URL whose ASCII domain is
// followed by non-ASCII labels.
func ttURLs(s string, dst []Token, schemeOnly bool) []Token {
	if strings.IndexByte(s, '.') < 0 {
		return dst
	}
	u := urlScanner{s: s, uFrom: -1, chain: chainCache{from: -1}}
	for pos := 0; pos < len(s); {
		m, ok := u.find(pos)
		if !ok {
			break
		}
		pos = m.end
		dst = u.accept(m, dst, schemeOnly)
	}
	return dst
}

// urlMatch is one match of twitter-text's extractUrl expression.
type urlMatch struct {
	before           rune // the preceding character it consumed; -1 at the start
	lowHalf          bool // the domain starts at the low surrogate of its first character
	start, proto     int  // URL start; length of "http(s)://" or 0
	domStart, domEnd int
	path             bool // a path follows the domain (and port)
	end              int  // end of the whole match, query included
}

type urlScanner struct {
	s string
	// The last label scanned by firstUnit: from uFrom it runs to uStop,
	// which is a '.' when uDot; uUnd is its last '_' (or -1) and uEndD
	// tells whether the character before uStop is a domain character.
	uFrom, uStop, uUnd int
	uDot, uEndD        bool
	chain              chainCache
}

// find returns the leftmost match at or after pos.
func (u *urlScanner) find(pos int) (urlMatch, bool) {
	s := u.s
	dot := -1
	for p := pos; p < len(s); {
		if p > dot {
			// A match needs a '.' after its first label, and the label
			// starts at most 12 bytes after the match (a preceding
			// character and "https://"). So before the last ASCII byte
			// that cannot be in a label ahead of the next '.', less 12,
			// nothing can match: skip there.
			k := strings.IndexByte(s[p:], '.')
			if k < 0 {
				return urlMatch{}, false
			}
			dot = p + k
			for j := dot - 1; j >= p+12; j-- {
				if c := s[j]; c < utf8.RuneSelf && c != '_' && c != '-' && !isDomainChar(rune(c)) {
					p = j - 11
					for p < len(s) && !utf8.RuneStart(s[p]) {
						p++
					}
					break
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[p:])
		if isURLPre(r) {
			if n == 4 {
				// JavaScript sees a surrogate pair: the high half may be the
				// preceding character and the low half start the domain.
				if m, ok := u.tryAt(p, false, 0xD800); ok {
					m.lowHalf = true
					return m, true
				}
				if m, ok := u.tryAt(p+n, true, 0xDC00); ok {
					return m, true
				}
			} else {
				if m, ok := u.tryAt(p+n, true, r); ok {
					return m, true
				}
				if p == 0 {
					if m, ok := u.tryAt(0, true, -1); ok {
						return m, true
					}
				}
			}
		} else if p == 0 {
			if m, ok := u.tryAt(0, true, -1); ok {
				return m, true
			}
		}
		p += n
	}
	return urlMatch{}, false
}

// tryAt matches protocol, domain, port, path and query at q.
func (u *urlScanner) tryAt(q int, proto bool, before rune) (urlMatch, bool) {
	s := u.s
	m := urlMatch{before: before, start: q, domStart: q}
	de := -1
	if proto {
		if pl := protoLen(s[q:]); pl > 0 {
			if de = u.domain(q + pl); de >= 0 {
				m.proto, m.domStart = pl, q+pl
			}
		}
	}
	if de < 0 {
		if de = u.domain(q); de < 0 {
			return m, false
		}
	}
	m.domEnd = de
	end := de
	if end+1 < len(s) && s[end] == ':' && s[end+1] >= '0' && s[end+1] <= '9' {
		end++
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end++
		}
	}
	if end < len(s) && s[end] == '/' {
		m.path = true
		end = pathEnd(s, end)
	}
	if end < len(s) && s[end] == '?' {
		end = queryEnd(s, end)
	}
	m.end = end
	return m, true
}

// protoLen returns the length of a leading "http://" or "https://" in any
// case, or 0.
func protoLen(s string) int {
	if len(s) < 7 || s[0]|0x20 != 'h' || s[1]|0x20 != 't' || s[2]|0x20 != 't' || s[3]|0x20 != 'p' {
		return 0
	}
	i := 4
	if s[i]|0x20 == 's' {
		i++
	}
	if strings.HasPrefix(s[i:], "://") {
		return i + 3
	}
	return 0
}

// domain matches twitter-text's validDomain at q: subdomain labels (which
// may hold '_'), a domain label, a TLD. Of all the ways to split the labels
// the expression takes the one with the most subdomains, so the domain ends
// at the last TLD reachable through valid labels.
func (u *urlScanner) domain(q int) int {
	s := u.s
	if q >= len(s) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s[q:]); !isDomainChar(r) {
		return -1
	}
	if !(u.uFrom >= 0 && u.uFrom <= q && q < u.uStop) {
		u.scanFirst(q)
	}
	if !u.uDot || !u.uEndD {
		return -1
	}
	s0 := u.uStop + 1
	if best, end := u.chain.get(s, s0, false); best >= 0 {
		return end
	}
	if u.uUnd < q {
		return tldAt(s, s0)
	}
	return -1
}

func (u *urlScanner) scanFirst(q int) {
	s := u.s
	u.uFrom, u.uUnd, u.uDot, u.uEndD = q, -1, false, false
	i := q
	for i < len(s) {
		c := s[i]
		if c == '.' {
			u.uDot = true
			break
		}
		if c == '_' || c == '-' {
			if c == '_' {
				u.uUnd = i
			}
			u.uEndD = false
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isDomainChar(r) {
			break
		}
		u.uEndD = true
		i += n
	}
	u.uStop = i
}

// chainCache remembers, for the last run of complete labels walked (each
// "label." from `from` up to `end`), the start of the last label that can
// be the domain name before a TLD (best) and where that TLD ends.
type chainCache struct{ from, end, best, bestEnd int }

// get returns the last label at or after s0 that a TLD follows, in the
// chain of valid labels starting at s0 (a position just after a dot). With
// ascii, labels are twitter-text's validAsciiDomain labels; otherwise
// subdomain labels, of which only those without '_' may precede the TLD.
func (c *chainCache) get(s string, s0 int, ascii bool) (int, int) {
	if c.from >= 0 && c.from <= s0 && s0 <= c.end {
		if c.best >= s0 {
			return c.best, c.bestEnd
		}
		return -1, -1
	}
	c.from, c.best, c.bestEnd = s0, -1, -1
	i := s0
	for {
		dot, und := labelAt(s, i, ascii)
		if dot < 0 {
			break
		}
		if !und {
			if t := tldAt(s, dot+1); t >= 0 {
				c.best, c.bestEnd = i, t
			}
		}
		i = dot + 1
	}
	c.end = i
	if c.best >= 0 {
		return c.best, c.bestEnd
	}
	return -1, -1
}

// labelAt returns the '.' that ends a valid label at i (or -1) and whether
// the label holds '_'.
func labelAt(s string, i int, ascii bool) (dot int, und bool) {
	start, endD := i, false
	for i < len(s) {
		c := s[i]
		if c == '.' {
			break
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if ascii {
			if !isASCIIDomainRune(r) {
				return -1, false
			}
		} else if c == '_' || c == '-' {
			if i == start {
				return -1, false
			}
			und = und || c == '_'
			endD = false
			i++
			continue
		} else if !isDomainChar(r) {
			return -1, false
		} else {
			endD = true
		}
		i += n
	}
	if i >= len(s) || i == start || (!ascii && !endD) {
		return -1, false
	}
	return i, und
}

// tldAt returns the end of the TLD that twitter-text's validGTLD,
// validCCTLD or validPunycode match at x, or -1. A TLD must not be followed
// by [0-9a-zA-Z@+-].
func tldAt(s string, x int) int {
	if x >= len(s) {
		return -1
	}
	n := 0
	for x+n < len(s) && n <= maxASCIITLD && isTLDFollow(s[x+n]) {
		n++
	}
	if n > 0 && n <= maxASCIITLD && (x+n == len(s) || !isTLDFollow(s[x+n])) {
		var buf [maxASCIITLD]byte
		for i := 0; i < n; i++ {
			c := s[x+i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if findASCIITLD(buf[:n]) {
			return x + n
		}
	}
	if first, _ := utf8.DecodeRuneInString(s[x:]); inRunes(otherTLDFirst[:], first) {
		for _, t := range otherTLDs {
			if k := prefixFold(s[x:], t); k > 0 && (x+k == len(s) || !isTLDFollow(s[x+k])) {
				return x + k
			}
		}
	}
	if len(s)-x > 4 && s[x]|0x20 == 'x' && s[x+1]|0x20 == 'n' && s[x+2] == '-' && s[x+3] == '-' {
		j := x + 4
		for j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '-') {
			j++
		}
		if j > x+4 {
			return j
		}
	}
	return -1
}

func isTLDFollow(c byte) bool { return isASCIIAlnum(c) || c == '@' || c == '+' || c == '-' }

// pathEnd returns the end of the path that starts with the '/' at i.
// twitter-text's validUrlPath is a repetition of units, each either path
// characters and balanced parentheses ending with an ending character
// (the longest such), or one balanced group on its own; so "/foo." leaves
// the period out and "/foo.(bar)" stops after "foo".
func pathEnd(s string, i int) int {
	j := i + 1
	noEnd := -1 // from j up to here no ending character is left
	for j < len(s) {
		if j >= noEnd {
			k, lastE := j, -1
			for k < len(s) {
				if s[k] == '(' {
					b := balancedParens(s, k)
					if b < 0 {
						break
					}
					k = b
					continue
				}
				r, n := rune(s[k]), 1
				if r >= utf8.RuneSelf {
					r, n = utf8.DecodeRuneInString(s[k:])
				}
				if !isPathRune(r) {
					break
				}
				k += n
				if isPathEndRune(r) {
					lastE = k
				}
			}
			noEnd = k
			if lastE > 0 {
				j = lastE
				continue
			}
		}
		if s[j] == '(' {
			if b := balancedParens(s, j); b > 0 {
				j = b
				continue
			}
		}
		break
	}
	return j
}

// balancedParens matches validUrlBalancedParens at i: "(chars)" or
// "(chars(chars)chars)".
func balancedParens(s string, i int) int {
	j := pathRun(s, i+1)
	if j < len(s) && s[j] == ')' && j > i+1 {
		return j + 1
	}
	if j < len(s) && s[j] == '(' {
		k := pathRun(s, j+1)
		if k == j+1 || k >= len(s) || s[k] != ')' {
			return -1
		}
		k = pathRun(s, k+1)
		if k < len(s) && s[k] == ')' {
			return k + 1
		}
	}
	return -1
}

func pathRun(s string, j int) int {
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if !isPathRune(r) {
			break
		}
		j += n
	}
	return j
}

// queryEnd returns the end of the query that starts with the '?' at i, or
// i when no query character can end it. Queries are ASCII only.
func queryEnd(s string, i int) int {
	last := i
	for j := i + 1; j < len(s) && isQueryByte(s[j]); j++ {
		if isQueryEndByte(s[j]) {
			last = j + 1
		}
	}
	return last
}

func isQueryByte(c byte) bool {
	return queryChars.has(c)
}

func isQueryEndByte(c byte) bool {
	return queryEndChars.has(c)
}

func isPathRune(r rune) bool {
	if r < utf8.RuneSelf {
		return pathChars.has(byte(r))
	}
	return r == 0x2013 || (r >= 0x400 && r <= 0x4FF) || isLatinAccent(r)
}

func isPathEndRune(r rune) bool {
	if r < utf8.RuneSelf {
		return pathEndChars.has(byte(r))
	}
	return (r >= 0x400 && r <= 0x4FF) || isLatinAccent(r)
}

// isDomainChar is twitter-text's validDomainChars.
func isDomainChar(r rune) bool {
	if r < utf8.RuneSelf {
		return !isTTPunct(byte(r)) && !isTTSpace(r)
	}
	return !isTTSpace(r) && !isTTInvalid(r) && !isDirectional(r)
}

// isURLPre is twitter-text's validUrlPrecedingChars (without the start).
func isURLPre(r rune) bool {
	if r < utf8.RuneSelf {
		return !isASCIIAlnum(byte(r)) && r != '@' && r != '$' && r != '#'
	}
	return r != '＠' && r != '＃' && !isTTInvalid(r)
}

// isASCIIDomainRune is the label class of validAsciiDomain.
func isASCIIDomainRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '-'
	}
	return isLatinAccent(r)
}

// accept applies extractUrlsWithIndices' checks to a match and appends the
// URLs it yields.
func (u *urlScanner) accept(m urlMatch, dst []Token, schemeOnly bool) []Token {
	s := u.s
	domain := s[m.domStart:m.domEnd]
	if !validURLDomain(domain, m.lowHalf) {
		return dst
	}
	units := m.proto
	if units == 0 {
		units = len("https://")
	}
	units += utf16Len(s[m.start:m.end])
	if m.lowHalf {
		units-- // the high surrogate is not part of the URL
	}
	if units > 4096 {
		return dst
	}
	if m.proto == 0 {
		if schemeOnly || m.before == '-' || m.before == '_' || m.before == '.' || m.before == '/' {
			return dst
		}
		first, prevEnd := len(dst), 0
		asciiDomains(domain, func(a, b int) {
			// twitter-text places each ASCII domain with indexOf from the
			// end of the previous one, which finds the first copy of the
			// same text: keep that quirk.
			if k := strings.Index(domain[prevEnd:], domain[a:b]); k >= 0 {
				a, b = prevEnd+k, prevEnd+k+(b-a)
			}
			prevEnd = b
			a, b = a+m.domStart, b+m.domStart
			dst = appendTok(dst, Token{Kind: URL, Span: Span{a, b}, Text: s[a:b], Value: s[a:b], Host: strings.ToLower(s[a:b])})
		})
		if len(dst) > first && m.path {
			// twitter-text appends the path to the last ASCII domain's
			// text but ends the entity at the end of the match.
			t := &dst[len(dst)-1]
			if t.End == m.domEnd {
				t.Value = s[t.Start:m.end]
			} else {
				t.Value = t.Text + s[m.domEnd:m.end]
			}
			t.End = m.end
			t.Text = s[t.Start:t.End]
		}
		return dst
	}
	end := m.end
	if n, slug := tcoLen(s[m.start:m.end], m.proto); n > 0 {
		if slug > 40 {
			return dst
		}
		end = m.start + n
	}
	return appendTok(dst, Token{Kind: URL, Span: Span{m.start, end}, Text: s[m.start:end], Value: s[m.start:end],
		Host: strings.ToLower(domain), Scheme: strings.ToLower(s[m.start : m.start+m.proto-3])})
}

// tcoLen matches validTcoUrl at the start of url: it returns the length of
// the match and of its slug, or 0.
func tcoLen(url string, proto int) (n, slug int) {
	rest := url[proto:]
	if len(rest) < 6 || rest[0]|0x20 != 't' || rest[1] != '.' || rest[2]|0x20 != 'c' || rest[3]|0x20 != 'o' || rest[4] != '/' {
		return 0, 0
	}
	j := 5
	for j < len(rest) && isASCIIAlnum(rest[j]) {
		j++
	}
	if j == 5 {
		return 0, 0
	}
	slug = j - 5
	if j < len(rest) && rest[j] == '?' {
		j = queryEnd(rest, j)
	}
	return proto + j, slug
}

// asciiDomains calls fn with each match of validAsciiDomain in d, left to
// right: runs of [-a-z0-9] and Latin accented labels ending in a TLD.
func asciiDomains(d string, fn func(a, b int)) {
	c := chainCache{from: -1}
	for p := 0; p < len(d); {
		r, n := utf8.DecodeRuneInString(d[p:])
		if !isASCIIDomainRune(r) {
			p += n
			continue
		}
		k := p
		for k < len(d) {
			r, n := utf8.DecodeRuneInString(d[k:])
			if !isASCIIDomainRune(r) {
				break
			}
			k += n
		}
		if k >= len(d) || d[k] != '.' {
			p = k
			continue
		}
		end := -1
		if best, e := c.get(d, k+1, true); best >= 0 {
			end = e
		} else {
			end = tldAt(d, k+1)
		}
		if end < 0 {
			p = k + 1
			continue
		}
		fn(p, end)
		p = end
	}
}

// validURLDomain is twitter-text's idna.toAscii check: a domain starting
// with "xn--" must hold an ASCII domain, and every label must encode to 1
// to 63 ASCII characters.
//
// With lowHalf the domain starts, as JavaScript sees it, with the low
// surrogate of its first character, and that is what gets encoded.
func validURLDomain(d string, lowHalf bool) bool {
	if strings.HasPrefix(d, "xn--") {
		found := false
		asciiDomains(d, func(int, int) { found = true })
		if !found {
			return false
		}
	}
	for len(d) > 0 {
		label := d
		if k := strings.IndexByte(d, '.'); k >= 0 {
			label, d = d[:k], d[k+1:]
		} else {
			d = ""
		}
		if n := punyLabelLen(label, lowHalf); n < 1 || n > 63 {
			return false
		}
		lowHalf = false
	}
	return true
}

// punyLabelLen returns the length of punycode's toASCII of label (capped
// at 64): parts split at ideographic and full-width stops, each non-ASCII
// part encoded as "xn--" plus its punycode.
func punyLabelLen(label string, lowHalf bool) int {
	total := 0
	for first := true; first || len(label) > 0; first = false {
		part := label
		label = ""
		for i, r := range part {
			if r == 0x3002 || r == 0xFF0E || r == 0xFF61 {
				part, label = part[:i], part[i+utf8.RuneLen(r):]
				total++ // the separator, written as '.'
				break
			}
		}
		ascii := true
		for i := 0; i < len(part); i++ {
			if part[i] > 0x7E {
				ascii = false
				break
			}
		}
		if ascii {
			total += len(part)
		} else {
			total += 4 + punycodeLen(part, 64, lowHalf)
		}
		lowHalf = false
		if total > 63 {
			return 64
		}
	}
	return total
}

// punycodeLen returns the length of the punycode encoding of s (RFC 3492),
// or a number above limit once it exceeds limit. With lowHalf the first
// character counts as its low surrogate alone.
func punycodeLen(s string, limit int, lowHalf bool) int {
	const (
		base, tmin, tmax = 36, 1, 26
		skew, damp       = 38, 700
	)
	adapt := func(delta, num int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / num
		k := 0
		for delta > ((base-tmin)*tmax)/2 {
			delta /= base - tmin
			k += base
		}
		return k + (base-tmin+1)*delta/(delta+skew)
	}
	total, basic := 0, 0
	for i, r := range s {
		r = punyRune(r, i, lowHalf)
		total++
		if r < 0x80 {
			basic++
		}
	}
	runes := total
	out := basic
	if basic > 0 {
		out++
	}
	n, delta, bias, h := 0x80, 0, 72, basic
	for h < runes {
		if out > limit {
			return out
		}
		m := rune(0x7FFFFFFF)
		for i, r := range s {
			r = punyRune(r, i, lowHalf)
			if int(r) >= n && r < m {
				m = r
			}
		}
		delta += (int(m) - n) * (h + 1)
		n = int(m)
		for i, r := range s {
			r = punyRune(r, i, lowHalf)
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := base; ; k += base {
					t := k - bias
					if t < tmin {
						t = tmin
					} else if t > tmax {
						t = tmax
					}
					if q < t {
						break
					}
					out++
					q = (q - t) / (base - t)
				}
				out++
				bias = adapt(delta, h+1, h == basic)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return out
}

// punyRune returns the code point punycode sees at offset i: the low
// surrogate of the first character when lowHalf.
func punyRune(r rune, i int, lowHalf bool) rune {
	if lowHalf && i == 0 && r > 0xFFFF {
		return 0xDC00 + (r-0x10000)&0x3FF
	}
	return r
}

// utf16Len returns the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		if r > 0xFFFF {
			n++
		}
		i += size
	}
	return n
}
