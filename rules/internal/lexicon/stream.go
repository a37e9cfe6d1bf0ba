package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Unit is one normalised word of a document.
type Unit struct {
	// Span is the unit's place in Document.Text (several words when
	// spaced letters were joined).
	Span lint.Span
	// Key is the folded form of the word.
	Key string
	// Break is true when the unit does not follow the previous one closely
	// enough to continue a phrase (punctuation, a skipped token, a blank
	// line between them).
	Break bool
	// Hashtag is true for the text of a hashtag.
	Hashtag bool
	// Quoted is true inside quotation marks.
	Quoted bool
	// Sentence is the index of the unit's sentence in Document.Sentences.
	Sentence int

	from, to int32 // the unit's IDs in Stream.all
}

// Stream is the normalised word stream of one document, built for one
// Check; it is not shared between goroutines.
type Stream struct {
	Doc   *lint.Document
	Units []Unit

	all []int32 // vocabulary IDs of every unit, back to back
	m   *Matcher
	// readings are the analyses of each unit, computed on first need
	// (part-of-speech forms).
	readings [][]Analysis
	rbuf     []Analysis // backing array of readings
}

// ids returns the vocabulary IDs a unit may stand for.
func (s *Stream) ids(i int) []int32 { return s.all[s.Units[i].from:s.Units[i].to] }

// skip reports whether words inside a token kind are not prose.
func skip(k lint.TokenKind) bool {
	switch k {
	case lint.URL, lint.Mention, lint.Email, lint.Cashtag:
		return true
	}
	return false
}

// piece is a word or part of a word before keys are computed.
type piece struct {
	span    lint.Span
	text    string
	brk     bool
	hashtag bool
}

// streamKey keys a document's stream in Document.Memo.
type streamKey struct{ m *Matcher }

// Stream returns the normalised word stream of doc, built once per document
// and shared by the rules that use the same matcher.
func (m *Matcher) Stream(doc *lint.Document) *Stream {
	m = m.get()
	return doc.Memo(streamKey{m}, func() any { return m.stream(doc) }).(*Stream)
}

// indexer gives the vocabulary IDs a key stands for: the matcher's table
// or, in tests, the maps of the compiler it was made from.
type indexer interface {
	// lookup appends the IDs of a key, the exact word, its lemma and class
	// symbols and any prefix, to ids, skipping those already in ids[from:].
	lookup(ids []int32, from int, k []byte) []int32
	// wildcard returns the IDs a key with unknown letters may spell.
	wildcard(k string) []int32
}

func (m *Matcher) stream(doc *lint.Document) *Stream { return buildStream(doc, m, m.table) }

// buildStream splits doc into units and looks their keys up in ix.
func buildStream(doc *lint.Document, m *Matcher, ix indexer) *Stream {
	text := doc.Text
	words := doc.Words()
	pieces := make([]piece, 0, len(words)+4)
	brk := true
	last := 0 // end of the previous kept word
	for i := 0; i < len(words); i++ {
		w := words[i]
		bare := w.In == lint.URL && bareHost(doc, w)
		if (skip(w.In) && !bare) || !w.Letters {
			brk = true
			continue
		}
		if w.In == lint.Hashtag {
			pieces = append(pieces, piece{span: w.Span, text: w.Text, brk: true, hashtag: true})
			brk = true
			last = w.End
			continue
		}
		if !brk {
			brk = bare || !adjacent(text[last:w.Start])
		}
		span := w.Span
		// Glue "p*to", "p**o", "pendej@s": pieces joined by * @ $ alone.
		for i+1 < len(words) && words[i+1].In == 0 && glue(text[span.End:words[i+1].Start]) {
			i++
			span.End = words[i].End
		}
		// One trailing wildcard: "pendej@", "p*t*". Two or more are more
		// likely Markdown emphasis ("**hola**").
		if e := span.End; e < len(text) && (text[e] == '*' || text[e] == '@') && (e+1 == len(text) || !continuesWord(text[e+1])) {
			span.End++
		}
		wt := text[span.Start:span.End]
		if parts := splitInner(wt); parts != nil {
			for j, p := range parts {
				pieces = append(pieces, piece{span: lint.Span{Start: span.Start + p.start, End: span.Start + p.end}, text: p.s, brk: brk && j == 0})
			}
		} else {
			pieces = append(pieces, piece{span: span, text: wt, brk: brk})
		}
		brk = bare // a bare host is a phrase of its own
		last = span.End
	}
	pieces = joinSpaced(text, pieces)

	s := &Stream{Doc: doc, m: m, Units: make([]Unit, 0, len(pieces)), all: make([]int32, 0, len(pieces))}
	quotes := quoteSpans(text)
	sents := doc.Sentences()
	si, qi := 0, 0
	var buf, sq []byte
	var wild map[string][]int32 // wildcard keys already resolved
	for _, p := range pieces {
		buf = foldWord(buf[:0], p.text)
		if len(buf) == 0 {
			continue
		}
		for si+1 < len(sents) && sents[si].End <= p.span.Start {
			si++
		}
		for qi < len(quotes) && quotes[qi].End <= p.span.Start {
			qi++
		}
		u := Unit{Span: p.span, Break: p.brk, Hashtag: p.hashtag, Sentence: si,
			Quoted: qi < len(quotes) && quotes[qi].Start <= p.span.Start}
		if len(s.Units) > 0 && s.Units[len(s.Units)-1].Sentence != si {
			u.Break = true
		}
		if string(buf) == p.text {
			u.Key = p.text // already folded: no copy
		} else {
			u.Key = string(buf)
		}
		start := len(s.all)
		all := s.all
		if strings.IndexByte(u.Key, Wildcard) >= 0 {
			ids, ok := wild[u.Key]
			if !ok {
				if wild == nil {
					wild = map[string][]int32{}
				}
				ids = ix.wildcard(u.Key)
				wild[u.Key] = ids
			}
			all = append(all, ids...)
		} else {
			all = ix.lookup(all, start, buf)
			if stretched(buf) {
				sq = squeeze(sq[:0], buf, false)
				if laughter(sq) {
					u.Key = Laughter
					all = ix.lookup(all[:start], start, []byte(Laughter))
				} else {
					all = ix.lookup(all, start, sq)
					sq = squeeze(sq[:0], buf, true)
					all = ix.lookup(all, start, sq)
				}
			} else if laughter(buf) {
				u.Key = Laughter
				all = ix.lookup(all[:start], start, []byte(Laughter))
			}
		}
		s.all = all
		u.from, u.to = int32(start), int32(len(all))
		s.Units = append(s.Units, u)
	}
	return s
}

func (t *table) lookup(ids []int32, from int, k []byte) []int32 {
	if ki := t.keyIndex(k); ki >= 0 {
		if id := t.vocabID(ki); id != 0 {
			ids = appendID(ids, from, id)
		}
		a, b := t.symRange(ki)
		for j := a; j < b; j++ {
			ids = appendID(ids, from, int32(t.syms.at(j)))
		}
	}
	for p := 0; p < t.plens.len(); p++ {
		n := int(t.plens.at(p))
		if n > len(k) {
			break
		}
		if ki := t.keyIndex(k[:n]); ki >= 0 {
			if id := t.prefixID(ki); id != 0 {
				ids = appendID(ids, from, id)
			}
		}
	}
	return ids
}

func appendID(ids []int32, from int, id int32) []int32 {
	for _, x := range ids[from:] {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// wildcard returns the IDs of vocabulary words that a key with unknown
// letters may spell. At least two known letters, the first among them,
// are needed, so "*" or "p**" alone matches nothing.
func (t *table) wildcard(k string) []int32 {
	n := utf8.RuneCountInString(k)
	known := n - strings.Count(k, string(Wildcard))
	if k[0] == Wildcard || known < 2 || known*2 < n {
		return nil
	}
	var ids []int32
	if i := strings.IndexByte(k, Wildcard); i > 0 {
		ids = t.lookup(ids, 0, []byte(k[:i]))
		// Only prefixes: the known letters before the wildcard are not a word.
		if ki := t.keyIndex([]byte(k[:i])); ki >= 0 && t.vocabID(ki) != 0 {
			ids = removeID(ids, t.vocabID(ki))
		}
	}
	for i := 0; i < t.prefixes.len(); i++ {
		ki := t.prefixes.at(i)
		if p := t.str(ki); len(p) <= len(k) && wildMatch(k[:len(p)], p) {
			ids = appendID(ids, 0, t.prefixID(int(ki)))
		}
	}
	if n+1 < t.lenStart.len() {
		for j := t.lenStart.at(n); j < t.lenStart.at(n+1); j++ {
			ki := t.byLen.at(int(j))
			if wildMatch(k, t.str(ki)) {
				ids = append(ids, t.vocabID(int(ki)))
			}
		}
	}
	return ids
}

func wildMatch(k, w string) bool {
	for len(k) > 0 && len(w) > 0 {
		r1, n1 := utf8.DecodeRuneInString(k)
		r2, n2 := utf8.DecodeRuneInString(w)
		if r1 != Wildcard && r1 != r2 {
			return false
		}
		k, w = k[n1:], w[n2:]
	}
	return k == "" && w == ""
}

// adjacent reports whether the text between two words lets a phrase go on:
// spaces and at most one line break, or hyphens between words.
func adjacent(gap string) bool {
	if gap == "" {
		return true
	}
	nl := 0
	for _, r := range gap {
		switch {
		case r == '\n':
			nl++
			if nl > 1 {
				return false
			}
		case r == '-' || r == '_' || r == '\r':
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return true
}

// glue reports whether the text between two words joins them into one:
// only *, @ or $ with no space.
func glue(gap string) bool {
	if gap == "" {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c != '*' && c != '@' && c != '$' {
			return false
		}
	}
	return true
}

type part struct {
	start, end int // byte offsets in the word
	s          string
}

// splitInner splits a word at inner dots, underscores, hyphens and
// apostrophes. Two or more single letters ("i.g.n.o.r.a.n.t.e", "N.O") are
// joined into one part; otherwise each segment is a part ("hijo.de.puta").
// It returns nil when the word has no inner separator.
func splitInner(w string) []part {
	if !strings.ContainsAny(w, "._-'’") {
		return nil
	}
	var parts []part
	single := true
	start := 0
	flush := func(end int) {
		if end > start {
			seg := w[start:end]
			parts = append(parts, part{start: start, end: end, s: seg})
			if utf8.RuneCountInString(seg) != 1 {
				single = false
			}
		}
	}
	for i, r := range w {
		switch r {
		case '.', '_', '-', '\'', '’':
			flush(i)
			start = i + utf8.RuneLen(r)
		}
	}
	flush(len(w))
	if len(parts) == 0 {
		return nil
	}
	if single && len(parts) >= 2 {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p.s)
		}
		return []part{{start: parts[0].start, end: parts[len(parts)-1].end, s: b.String()}}
	}
	return parts
}

// joinSpaced joins runs of three or more single letters separated only by
// spaces, dots, hyphens or asterisks on one line ("i g n o r a n t e").
func joinSpaced(text string, ps []piece) []piece {
	out := ps[:0]
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && singleLetter(ps[j].text) && !ps[j].hashtag && (j == i || spacer(text[ps[j-1].span.End:ps[j].span.Start])) {
			j++
		}
		if j-i >= 3 {
			var b strings.Builder
			for _, p := range ps[i:j] {
				b.WriteString(p.text)
			}
			out = append(out, piece{span: lint.Span{Start: ps[i].span.Start, End: ps[j-1].span.End}, text: b.String(), brk: ps[i].brk})
			i = j
			continue
		}
		out = append(out, ps[i])
		i++
	}
	return out
}

func singleLetter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && n > 0 && unicode.IsLetter(r)
}

func spacer(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		switch r {
		case ' ', '\t', '.', '-', '_', '*', '·', '\u00a0':
		default:
			return false
		}
	}
	return true
}

// quoteSpans returns the spans between quotation marks: «», “”, and pairs
// of straight double quotes.
func quoteSpans(text string) []lint.Span {
	var out []lint.Span
	open := -1
	var closer rune
	for i, r := range text {
		if open >= 0 {
			if r == closer || (r == '\n' && i+1 < len(text) && text[i+1] == '\n') {
				out = append(out, lint.Span{Start: open, End: i})
				open = -1
			}
			continue
		}
		switch r {
		case '«':
			open, closer = i, '»'
		case '“':
			open, closer = i, '”'
		case '"':
			open, closer = i, '"'
		}
	}
	return out
}

// continuesWord reports whether a byte after a "*" or "@" continues a word
// (a letter, a digit, another wildcard), so the sign is not a trailing one.
func continuesWord(c byte) bool {
	return c == '*' || c == '@' || c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
}

// bareHost reports whether a word inside a URL is a host written without
// scheme or path ("hijo.de.puta" reads as a URL because .de is a domain):
// such words are read as prose, so dotted evasions are still caught.
func bareHost(doc *lint.Document, w lint.Word) bool {
	t, ok := doc.TokenAt(w.Start)
	return ok && t.Scheme == "" && !strings.ContainsAny(t.Text, "/:?#@") && t.Start == w.Start
}

func removeID(ids []int32, id int32) []int32 {
	for i, x := range ids {
		if x == id {
			return append(ids[:i], ids[i+1:]...)
		}
	}
	return ids
}
