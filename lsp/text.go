package lsp

import (
	"sort"
	"unicode/utf8"
)

// Position is a place in a document: a 0-based line and a 0-based
// character offset in the negotiated encoding's code units.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Range is a half-open range of positions.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// encoding is the unit of Position.Character: UTF-16 code units (LSP's
// default) or UTF-8 bytes, when the client offers it.
type encoding int

const (
	utf16Units encoding = iota
	utf8Units
)

func (e encoding) String() string {
	if e == utf8Units {
		return "utf-8"
	}
	return "utf-16"
}

// lines indexes the starts of the lines of a text. A line ends at "\n";
// a "\r" before it belongs to the line break, as editors show it.
type lines struct {
	text   string
	starts []int
}

func newLines(text string) *lines {
	l := &lines{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// lineEnd is where line n's content ends (before "\r\n" or "\n").
func (l *lines) lineEnd(n int) int {
	end := len(l.text)
	if n+1 < len(l.starts) {
		end = l.starts[n+1] - 1
		if end > l.starts[n] && l.text[end-1] == '\r' {
			end--
		}
	}
	return end
}

// position converts a byte offset to a Position.
func (l *lines) position(off int, enc encoding) Position {
	off = max(0, min(off, len(l.text)))
	n := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return Position{Line: n, Character: units(l.text[l.starts[n]:off], enc)}
}

// offset converts a Position to a byte offset. A character past the end
// of its line means the line's end, a line past the end the text's end, as
// the protocol asks; a position inside a character goes to its start.
func (l *lines) offset(p Position, enc encoding) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(l.starts) {
		return len(l.text)
	}
	start, end := l.starts[p.Line], l.lineEnd(p.Line)
	i, n := start, 0
	for i < end && n < p.Character {
		r, size := utf8.DecodeRuneInString(l.text[i:end])
		w := size
		if enc == utf16Units {
			w = utf16Len(r)
		}
		if n+w > p.Character {
			break
		}
		n += w
		i += size
	}
	return i
}

// fromColumn converts a 1-based line and a 1-based column counted in code
// points (the Finding's) to a Position.
func (l *lines) fromColumn(line, col int, enc encoding) Position {
	n := line - 1
	if n < 0 {
		return Position{}
	}
	if n >= len(l.starts) {
		return l.position(len(l.text), enc)
	}
	start, end := l.starts[n], l.lineEnd(n)
	i := start
	for k := 1; k < col && i < end; k++ {
		_, size := utf8.DecodeRuneInString(l.text[i:end])
		i += size
	}
	return Position{Line: n, Character: units(l.text[start:i], enc)}
}

// units counts s in the encoding's code units.
func units(s string, enc encoding) int {
	if enc == utf8Units {
		return len(s)
	}
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// utf16Len is how many UTF-16 code units r takes; an invalid byte stands
// for U+FFFD, one unit.
func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// diff returns the smallest single replacement that turns a into b: the
// byte range of a that changes and what replaces it.
func diff(a, b string) (start, end int, repl string) {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for p > 0 && p < len(a) && !utf8.RuneStart(a[p]) {
		p--
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	for s > 0 && !utf8.RuneStart(a[len(a)-s]) {
		s--
	}
	return p, len(a) - s, b[p : len(b)-s]
}
