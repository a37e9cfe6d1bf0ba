package lint

import "unicode/utf8"

// Entities returns the hashtags, mentions, URLs and cashtags as the
// platforms will link them: extracted the way X's twitter-text does from
// the published text as written (NFC, with the invisible characters and
// full-width forms the analysis view cleans away, since the platforms
// publish them), overlaps resolved (a URL wins over a hashtag inside it).
// Markdown syntax and comments are not published and not read. Spans are
// offsets of Text, like every span a Document hands out (an entity that
// starts on a character the analysis view drops starts at the next one it
// keeps); Text and Value are as published.
//
// Tokens is what the rules read; Entities is what readers get. They differ
// when an invisible or full-width character breaks or changes an entity:
// see Divergences.
func (d *Document) Entities() []Token {
	pub := d
	if d.base != nil {
		pub = d.base
	}
	text := pub.publishedText()
	ents := ttEntities(text)
	for i := range ents {
		a, b := pub.lenView.toOrig(ents[i].Start), pub.lenView.toOrigEnd(ents[i].End)
		ents[i].Span = Span{d.v.fromOrig(a), d.v.fromOrig(b)}
		if ents[i].End < ents[i].Start {
			ents[i].End = ents[i].Start
		}
	}
	return ents
}

// Divergence is an entity that a reader and the platform read differently
// because of an invisible or full-width character: a zero-width space
// between #VotoInformado and 2027 makes X link only #VotoInformado; a
// full-width ＩＥＥ makes @ＩＥＥＳｏｎｏｒａ no mention at all; full-width
// letters make #ＶｏｔｏＩｎｆｏｒｍａｄｏ another hashtag than #VotoInformado.
type Divergence struct {
	// Kind is Hashtag, Mention or URL.
	Kind TokenKind
	// Span is the entity in Text, as a reader sees it.
	Span Span
	// Seen is the entity as a reader sees it: invisible characters
	// removed, full-width forms read as ordinary ones.
	Seen string
	// Linked is what the platform links there, as written; "" when it
	// links nothing.
	Linked string
	// FullWidth reports that the platform links the whole entity, but
	// with full-width characters in it; otherwise it links less, or
	// nothing.
	FullWidth bool
	// Fix is the entity rewritten without invisible characters and with
	// ordinary letters and digits (the text of Span in Text), when that
	// keeps it whole; nil otherwise.
	Fix *Edit
}

// Divergences compares the entities a reader sees with those the platform
// links (Entities). It costs nothing on posts without invisible or
// full-width characters.
func (d *Document) Divergences() []Divergence {
	if !hasHiddenOrWide(d.Post.Text) {
		return nil // the common case: nothing to compare, nothing built
	}
	pub := d
	if d.base != nil {
		pub = d.base
	}
	text := pub.publishedText()
	reader := buildView(d.Post.Text, removal{regions: d.Post.Regions, keep: ReadsVerbatim | ReadsLinks, clean: true})
	seen := ttEntities(reader.text)
	linked := ttEntities(text)
	type orig struct {
		t    Token
		a, b int
	}
	ls := make([]orig, 0, len(linked))
	for _, t := range linked {
		ls = append(ls, orig{t, pub.lenView.toOrig(t.Start), pub.lenView.toOrigEnd(t.End)})
	}
	var out []Divergence
	for _, r := range seen {
		if r.Kind == Cashtag {
			continue
		}
		ra, rb := reader.toOrig(r.Start), reader.toOrigEnd(r.End)
		var p *orig
		for i := range ls {
			if ls[i].t.Kind == r.Kind && ls[i].a < rb && ra < ls[i].b {
				p = &ls[i]
				break
			}
		}
		dv := Divergence{Kind: r.Kind, Seen: r.Text}
		a, b := ra, rb
		switch {
		case p == nil:
		case p.a > ra || p.b < rb:
			dv.Linked = p.t.Text
		case hasWide(p.t.Value):
			dv.Linked, dv.FullWidth = p.t.Text, true
			a, b = min(a, p.a), max(b, p.b)
		default:
			continue // the same entity
		}
		dv.Span = Span{d.v.fromOrig(a), d.v.fromOrig(b)}
		if dv.Span.End <= dv.Span.Start {
			continue // not in this view (a link destination left out)
		}
		// Writing the entity as the analysis view reads it removes what
		// broke it, if that gives the platform the whole entity back.
		if p == nil || p.a >= ra && p.b <= rb {
			fixed := d.Text[dv.Span.Start:dv.Span.End]
			if toks := ttEntities(fixed); len(toks) == 1 && toks[0].Kind == r.Kind && toks[0].Start == 0 && toks[0].End == len(fixed) {
				dv.Fix = &Edit{Start: dv.Span.Start, End: dv.Span.End, New: fixed}
			}
		}
		out = append(out, dv)
	}
	return out
}

// hasHiddenOrWide reports an invisible character (zero-width joiners
// included) or a full-width form in s.
func hasHiddenOrWide(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xC2 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r) || r == '\u200D' {
			return true
		}
		if _, ok := foldWidth(r); ok {
			return true
		}
		i += n - 1
	}
	return false
}

// hasWide reports a full-width form in s.
func hasWide(s string) bool {
	for _, r := range s {
		if _, ok := foldWidth(r); ok && r != 0x3000 {
			return true
		}
	}
	return false
}
