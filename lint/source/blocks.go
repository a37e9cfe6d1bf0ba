package source

import "bytes"

// Limits of the Markdown reader, in bytes. Posts are far smaller than
// wholeLimit, so they are parsed exactly as goldmark parses a document;
// only larger files are cut into blocks.
const (
	wholeLimit = 16 << 10
	blockLimit = 2 << 10
	maxRefs    = 256
)

// Block modes.
const (
	modeMarkdown = iota // parse with goldmark
	modeProse           // too large to parse: plain text
	modeFence           // a code fence line: syntax
	modeCode            // inside a fence: verbatim
	modeComment         // inside an HTML comment: hidden
)

type block struct {
	start, end int
	mode       int
}

// ref is a link reference definition found before parsing, so that a
// block can use a definition written in another block.
type ref struct{ label, dest []byte }

// splitBlocks cuts src[from:] at blank lines into blocks for goldmark,
// keeping fenced code and HTML comments whole (as their own blocks) and
// cutting a block larger than limit into groups of lines.
func splitBlocks(src []byte, from, limit int) []block {
	var out []block
	var fenceChar byte
	fenceLen := 0
	inComment := false
	cur := -1 // start of the pending Markdown block
	var lines []int
	flush := func(end int) {
		if cur < 0 {
			return
		}
		if end-cur <= limit {
			out = append(out, block{cur, end, modeMarkdown})
		} else {
			// Groups of whole lines up to limit; a longer line is prose.
			g := -1
			for i, a := range lines {
				b := end
				if i+1 < len(lines) {
					b = lines[i+1]
				}
				if g >= 0 && b-g > limit {
					out = append(out, block{g, a, modeMarkdown})
					g = -1
				}
				switch {
				case b-a > limit:
					out = append(out, block{a, b, modeProse})
				case g < 0:
					g = a
				}
			}
			if g >= 0 {
				out = append(out, block{g, end, modeMarkdown})
			}
		}
		cur, lines = -1, lines[:0]
	}
	for off := from; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		line := src[off:end]
		switch {
		case fenceLen > 0:
			if c, n := fence(line); c == fenceChar && n >= fenceLen && len(bytes.TrimSpace(bytes.TrimLeft(bytes.TrimSpace(line), string(c)))) == 0 {
				out = append(out, block{off, end, modeFence})
				fenceLen = 0
			} else {
				out = append(out, block{off, end, modeCode})
			}
		case inComment:
			out = append(out, block{off, end, modeComment})
			if bytes.Contains(line, []byte("-->")) {
				inComment = false
			}
		default:
			if c, n := fence(line); n > 0 {
				flush(off)
				fenceChar, fenceLen = c, n
				out = append(out, block{off, end, modeFence})
				break
			}
			if i := bytes.LastIndex(line, []byte("<!--")); i >= 0 && !bytes.Contains(line[i:], []byte("-->")) {
				// A comment that goes on past this line: what came before
				// it is Markdown, the rest is hidden until "-->".
				if cur < 0 {
					cur = off
				}
				lines = append(lines, off)
				flush(off + i)
				out = append(out, block{off + i, end, modeComment})
				inComment = true
				break
			}
			if len(bytes.TrimSpace(line)) == 0 {
				flush(off)
				out = append(out, block{off, end, modeProse})
				break
			}
			if cur < 0 {
				cur = off
			}
			lines = append(lines, off)
		}
		off = end
	}
	flush(len(src))
	return out
}

// fence reports the fence character and length when line opens a code
// fence (``` or ~~~, at most three spaces in).
func fence(line []byte) (byte, int) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return 0, 0
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && bytes.IndexByte(t[n:], '`') >= 0) {
		return 0, 0
	}
	return t[0], n
}

// collectRefs finds link reference definitions (`[label]: destination`);
// the first definition of a label wins, as in CommonMark.
func collectRefs(src []byte, from int) []ref {
	var out []ref
	seen := map[string]bool{}
	for off := from; off < len(src) && len(out) < maxRefs; {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := bytes.TrimRight(src[off:end], "\r")
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) <= 3 && len(t) > 3 && t[0] == '[' {
			if k := bytes.Index(t, []byte("]:")); k > 1 {
				key := string(bytes.ToLower(bytes.TrimSpace(t[1:k])))
				if d := bytes.Fields(t[k+2:]); len(d) > 0 && !seen[key] {
					seen[key] = true
					out = append(out, ref{label: t[1:k], dest: bytes.Trim(d[0], "<>")})
				}
			}
		}
		off = end + 1
	}
	return out
}
