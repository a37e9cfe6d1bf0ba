package lint

import (
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Length returns the post's length as platform p counts it.
func (d *Document) Length(p Platform) Length {
	spec, _ := p.Spec()
	l := Length{Platform: p, Limit: spec.MaxLength, ByteLimit: spec.MaxBytes}
	text := d.Post.Text
	switch p {
	case X:
		l.Count, _ = d.XLength()
	case Bluesky:
		l.Count = uniseg.GraphemeClusterCount(text)
		l.Bytes = len(text)
	default:
		l.Count = utf8.RuneCountInString(text)
	}
	return l
}

// XLength returns X's weighted length and whether X accepts the post.
func (d *Document) XLength() (int, bool) {
	n := 0
	for _, c := range d.Post.Text {
		if c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) || (c >= 0x2032 && c <= 0x2037) {
			n++
		} else {
			n += 2
		}
	}
	return n, n > 0 && n <= 280
}
