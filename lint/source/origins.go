package source

import (
	"bytes"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Records are decoded before they are linted: a JSON string loses its
// escapes, a quoted CSV cell its quotes. Origins keep the way back, so that
// a finding's line and column point where an editor shows the text.

// bomOrigins places a whole-file text that starts with a BOM: editors do
// not show it, so the text after it starts at column 1.
func bomOrigins(data []byte) []lint.Origin {
	if !bytes.HasPrefix(data, bom) {
		return nil
	}
	return []lint.Origin{{Off: 0, Line: 1, Col: 1}, {Off: len(bom), Line: 1, Col: 1}}
}

// column returns the 1-based code-point column of byte i of data, a line
// starting at data[0] (a BOM at the start of the file is not counted).
func columnOf(data []byte, i int) int {
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	if start == 0 && bytes.HasPrefix(data, bom) {
		start = len(bom)
	}
	return utf8.RuneCount(data[start:i]) + 1
}

// jsonOrigins places the decoded text of the JSON string literal that
// starts at raw[vs] (its opening quote), on line of the file. It returns
// nil when the literal does not decode to text (it cannot happen for a
// record that decoded; the caller then falls back to the default).
func jsonOrigins(raw []byte, vs, line int, text string) []lint.Origin {
	if vs >= len(raw) || raw[vs] != '"' {
		return nil
	}
	col := columnOf(raw, vs) + 1
	out := []lint.Origin{{Off: 0, Line: line, Col: col}}
	off := 0
	at := func() {
		if o := &out[len(out)-1]; o.Off == off {
			o.Col = col
			return
		}
		out = append(out, lint.Origin{Off: off, Line: line, Col: col})
	}
	for i := vs + 1; i < len(raw); {
		c := raw[i]
		switch {
		case c == '"':
			if off != len(text) {
				return nil
			}
			return out
		case c == '\\' && i+1 < len(raw):
			at()
			n, size := escapeLen(raw[i:])
			if n == 0 {
				return nil
			}
			i += n
			col += n // escapes are ASCII: one column per byte
			off += size
			at()
		default:
			_, n := utf8.DecodeRune(raw[i:])
			i += n
			off += n
			col++
		}
	}
	return nil
}

// escapeLen returns the length of the JSON escape at the start of b and
// the number of bytes it decodes to, as encoding/json decodes it (a lone
// surrogate becomes U+FFFD).
func escapeLen(b []byte) (n, size int) {
	if len(b) < 2 {
		return 0, 0
	}
	if b[1] != 'u' {
		return 2, 1
	}
	r := hex4(b[2:])
	if r < 0 {
		return 0, 0
	}
	if utf16.IsSurrogate(rune(r)) {
		if len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
			if r2 := hex4(b[8:]); r2 >= 0 {
				if d := utf16.DecodeRune(rune(r), rune(r2)); d != utf8.RuneError {
					return 12, utf8.RuneLen(d)
				}
			}
		}
		return 6, utf8.RuneLen(utf8.RuneError)
	}
	return 6, utf8.RuneLen(rune(r))
}

func hex4(b []byte) int {
	if len(b) < 4 {
		return -1
	}
	v, err := strconv.ParseUint(string(b[:4]), 16, 32)
	if err != nil {
		return -1
	}
	return int(v)
}

// textValueStart finds where the value of the "text" member of a JSON
// object line starts. Lines without backslashes and with one "text" key
// are found by a scan; anything else goes through the JSON tokenizer.
func textValueStart(raw []byte) (int, bool) {
	if bytes.IndexByte(raw, '\\') < 0 {
		found, at := 0, 0
		for i := 0; ; {
			k := bytes.Index(raw[i:], []byte(`"text"`))
			if k < 0 {
				break
			}
			j := i + k + len(`"text"`)
			for j < len(raw) && isBlank(raw[j]) {
				j++
			}
			if j < len(raw) && raw[j] == ':' {
				j++
				for j < len(raw) && isBlank(raw[j]) {
					j++
				}
				found++
				at = j
			}
			i += k + 1
		}
		if found == 1 {
			return at, true
		}
	}
	vs, _, _, ok := jsonTextValue(raw)
	return vs, ok
}

// csvOrigins places the decoded value of cell c of data (after the BOM,
// decoded to UTF-8).
func csvOrigins(data []byte, c csvCell) []lint.Origin {
	line, col := c.Line, columnOf(data, c.Start)
	if !c.Quoted {
		return []lint.Origin{{Off: 0, Line: line, Col: col}}
	}
	col++
	out := []lint.Origin{{Off: 0, Line: line, Col: col}}
	off := 0
	at := func() {
		if o := &out[len(out)-1]; o.Off == off {
			o.Line, o.Col = line, col
			return
		}
		out = append(out, lint.Origin{Off: off, Line: line, Col: col})
	}
	i := c.Start + 1
	closed := false
	for i < c.End {
		b := data[i]
		switch {
		case closed:
			_, n := utf8.DecodeRune(data[i:])
			if b == '\n' {
				line, col = line+1, 0
			}
			i += n
			off += n
			col++
		case b == '"' && i+1 < c.End && data[i+1] == '"':
			at()
			i += 2
			off++
			col += 2
			at()
		case b == '"':
			// The closing quote; text after it is kept.
			i++
			col++
			closed = true
			if i < c.End {
				at()
			}
		case b == '\n':
			i++
			off++
			line, col = line+1, 1
		default:
			_, n := utf8.DecodeRune(data[i:])
			i += n
			off += n
			col++
		}
	}
	return out
}

// suffixOrigins returns the origins of text[from:], given those of text.
func suffixOrigins(o []lint.Origin, text string, from int) []lint.Origin {
	if from < 0 || len(o) == 0 {
		return nil
	}
	k := 0
	for k+1 < len(o) && o[k+1].Off <= from {
		k++
	}
	first := o[k]
	for _, r := range text[first.Off:from] {
		if r == '\n' {
			first.Line, first.Col = first.Line+1, 1
		} else {
			first.Col++
		}
	}
	out := []lint.Origin{{Off: 0, Line: first.Line, Col: first.Col}}
	for _, x := range o[k+1:] {
		out = append(out, lint.Origin{Off: x.Off - from, Line: x.Line, Col: x.Col})
	}
	return out
}
