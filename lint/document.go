package lint

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Document is the analysis of one post, built once per Lint and shared by
// the rules. Its Text is the analysis view: NFC, invisible characters
// removed, full-width forms folded, non-prose regions removed (unless the
// rule reads them). All offsets a Document hands out are offsets into Text;
// the Linter maps findings back to the original text.
//
// Segmentations and tokens are computed on first use and cached. A Document
// is used by one goroutine at a time.
type Document struct {
	// Text is the analysis view.
	Text string
	// Post is the post being checked.
	Post *Post

	cfg  *Config
	v    view
	base *Document // the prose document, for lengths; nil if this is it

	graphemes []Span
	words     []Word
	sentences []Span
	lines     []Span
	tokens    []Token
	done      uint16
	bluesky   Length // cached (doneBluesky): segmenting is worth it
	mastodon  Length // cached (doneMastodon)
	lenView   *view
	lenTokens []Token
	xlen      int
	xlenBad   bool // a character X refuses
	memo      map[any]any
}

const (
	doneGraphemes = 1 << iota
	doneWords
	doneSentences
	doneLines
	doneTokens
	doneBluesky
	doneMastodon
	doneXLength
)

// NewDocument analyses post under cfg (which should be resolved; see
// Config.Resolve). Linter.Lint does this; rules and tools that only inspect
// a post may call it directly.
func NewDocument(post *Post, cfg *Config) *Document {
	return newDocument(post, cfg, 0)
}

func newDocument(post *Post, cfg *Config, reads Reads) *Document {
	if cfg == nil {
		cfg = &Config{}
	}
	v := buildView(post.Text, removal{regions: post.Regions, keep: reads, clean: true})
	return &Document{Text: v.text, Post: post, cfg: cfg, v: v}
}

// Memo returns the value stored under key, building it on first use. Rules
// use it to share derived data (a normalised word stream, say) within one
// check of one post; the key should be a value of a type of the caller's
// own, so that packages do not collide.
func (d *Document) Memo(key any, build func() any) any {
	if v, ok := d.memo[key]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = make(map[any]any, 2)
	}
	v := build()
	d.memo[key] = v
	return v
}

// Slice returns the text of s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Original returns the original text of a span of the analysis view.
func (d *Document) Original(s Span) string {
	a, b := d.OrigSpan(s)
	return d.Post.Text[a:b]
}

// OrigSpan maps a span of Text to byte offsets of Post.Text.
func (d *Document) OrigSpan(s Span) (int, int) {
	a, b := d.v.toOrig(s.Start), d.v.toOrigEnd(s.End)
	if s.End == s.Start {
		b = a
	}
	if b < a {
		b = a
	}
	return a, b
}

// Identity reports whether Text is byte for byte the original text.
func (d *Document) Identity() bool { return !d.v.mapped() }

// Config returns the configuration the document was built with.
func (d *Document) Config() *Config { return d.cfg }

// Platforms returns the post's platforms, or the config's.
func (d *Document) Platforms() []Platform {
	if len(d.Post.Platforms) > 0 {
		return d.Post.Platforms
	}
	if len(d.cfg.Platforms) > 0 {
		return d.cfg.Platforms
	}
	return defaultPlatforms
}

// PublishTime returns when the post goes out: its own time, the config's
// Date, or now; in the config's location.
func (d *Document) PublishTime() time.Time {
	t := d.Post.PublishAt
	if t.IsZero() {
		t = d.cfg.Date
	}
	if t.IsZero() {
		t = time.Now()
	}
	if d.cfg.Location != nil {
		t = t.In(d.cfg.Location)
	}
	return t
}

// Graphemes returns the user-perceived characters of Text (UAX #29).
func (d *Document) Graphemes() []Span {
	if d.done&doneGraphemes == 0 {
		d.done |= doneGraphemes
		if g, ok := fastGraphemes(d.Text); ok {
			d.graphemes = g
			return g
		}
		d.graphemes = appendGraphemes(make([]Span, 0, len(d.Text)), d.Text)
	}
	return d.graphemes
}

// Word is a word of Text (UAX #29) that holds a letter or a digit.
type Word struct {
	Span
	Text string
	// In is the kind of token the word sits inside (hashtag, URL...), or 0
	// for running prose.
	In TokenKind
	// Letters and Digits tell what the word holds.
	Letters, Digits bool
}

// Words returns the words of Text in order, with the token each lies in.
func (d *Document) Words() []Word {
	if d.done&doneWords == 0 {
		d.done |= doneWords
		toks := d.Tokens()
		spans, ok := fastWords(d.Text, make([]Span, 0, len(d.Text)/5+1))
		if !ok {
			spans = unisegWords(d.Text, spans[:0])
		}
		d.words = make([]Word, 0, len(spans))
		ti := 0
		for _, sp := range spans {
			w := d.Text[sp.Start:sp.End]
			letters, digits := classify(w)
			for ti < len(toks) && toks[ti].End <= sp.Start {
				ti++
			}
			var in TokenKind
			if ti < len(toks) && toks[ti].Start < sp.End {
				in = toks[ti].Kind
			}
			d.words = append(d.words, Word{Span: sp, Text: w, In: in, Letters: letters, Digits: digits})
		}
	}
	return d.words
}

// unisegWords appends the spans of the UAX #29 word segments of s that
// hold a letter or a digit.
func unisegWords(s string, out []Span) []Span {
	pos, state := 0, -1
	for len(s) > 0 {
		var w string
		w, s, state = uniseg.FirstWordInString(s, state)
		if letters, digits := classify(w); letters || digits {
			out = append(out, Span{pos, pos + len(w)})
		}
		pos += len(w)
	}
	return out
}

func classify(w string) (letters, digits bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9':
				digits = true
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				letters = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		}
		i += n
	}
	return
}

// Sentences returns the sentences of Text (UAX #29), trailing space included.
func (d *Document) Sentences() []Span {
	if d.done&doneSentences == 0 {
		d.done |= doneSentences
		if sents, ok := fastSentences(d.Text); ok {
			d.sentences = sents
			return sents
		}
		s, pos, state := d.Text, 0, -1
		for len(s) > 0 {
			var sent string
			sent, s, state = uniseg.FirstSentenceInString(s, state)
			d.sentences = append(d.sentences, Span{pos, pos + len(sent)})
			pos += len(sent)
		}
	}
	return d.sentences
}

// Lines returns the lines of Text without their line breaks.
func (d *Document) Lines() []Span {
	if d.done&doneLines == 0 {
		d.done |= doneLines
		start := 0
		for i := 0; i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				end := i
				if end > start && d.Text[end-1] == '\r' {
					end--
				}
				d.lines = append(d.lines, Span{start, end})
				start = i + 1
			}
		}
		if start < len(d.Text) || len(d.Text) == 0 {
			d.lines = append(d.lines, Span{start, len(d.Text)})
		}
	}
	return d.lines
}
