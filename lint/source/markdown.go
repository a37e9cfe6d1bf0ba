package source

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"

	"github.com/vocero/vocero/lint"
)

// The Markdown reader keeps the whole file as the post's text, so that
// offsets are file offsets, and marks what is not published prose as
// regions. goldmark says where prose, code, HTML and links are; every other
// non-blank byte of the body is Markdown syntax (emphasis markers, heading
// #, list markers, fences, table pipes, link brackets) and becomes Markup.

// byte classes while scanning; 0 is "not claimed yet".
const (
	clsNone uint8 = iota
	clsProse
	clsMarkup
	clsHidden
	clsVerbatim
	clsLink
)

// mdParser is built when a Markdown file is first read, not at start-up.
var mdParser = sync.OnceValue(func() parser.Parser { return goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser() })

func readMarkdown(path string, data []byte, opt Options) ([]lint.Post, error) {
	if err := checkText(path, data); err != nil {
		return nil, err
	}
	p := lint.Post{Path: path, Text: string(data), Origins: bomOrigins(data)}
	cls := make([]uint8, len(data))
	start := 0
	if bytes.HasPrefix(data, bom) {
		start = len(bom)
		fill(cls, 0, start, clsHidden)
	}
	end, err := frontMatter(path, data, start, &p, opt)
	if err != nil {
		return nil, err
	}
	fill(cls, start, end, clsHidden)
	m := &mdScan{src: data, base: end, cls: cls, post: &p}
	m.scan()
	m.refDefinitions()
	p.Regions = regions(cls)
	if opt.stats != nil {
		*opt.stats = *m
	}
	sort.SliceStable(p.Switches, func(i, j int) bool { return p.Switches[i].Offset < p.Switches[j].Offset })
	return []lint.Post{p}, nil
}

func fill(cls []uint8, a, b int, c uint8) {
	for i := a; i < b; i++ {
		cls[i] = c
	}
}

// fillSyntax marks the non-blank bytes of [a, b) as syntax.
func fillSyntax(cls []uint8, a, b int, src []byte) {
	for i := a; i < b; i++ {
		if !isBlank(src[i]) {
			cls[i] = clsMarkup
		}
	}
}

// regions turns byte classes into sorted, non-overlapping regions.
// Unclaimed blanks stay prose (they separate words and lines); other
// unclaimed bytes are syntax.
func regions(cls []uint8) []lint.Region {
	var out []lint.Region
	for i := 0; i < len(cls); {
		k := kindOf(cls[i])
		j := i + 1
		for j < len(cls) && kindOf(cls[j]) == k {
			j++
		}
		if k != 0 {
			out = append(out, lint.Region{Start: i, End: j, Kind: k})
		}
		i = j
	}
	return out
}

func kindOf(c uint8) lint.RegionKind {
	switch c {
	case clsMarkup:
		return lint.Markup
	case clsHidden:
		return lint.Hidden
	case clsVerbatim:
		return lint.Verbatim
	case clsLink:
		return lint.Link
	}
	return 0
}

// frontMatter reads YAML front matter at data[start:] (a first line "---",
// a closing line "---" or "..."), sets the post's fields from it and
// returns where the body starts.
func frontMatter(path string, data []byte, start int, p *lint.Post, opt Options) (int, error) {
	first, rest, ok := cutLine(data[start:])
	if !ok || strings.TrimRight(string(first), " \t\r\n") != "---" {
		return start, nil
	}
	off := start + len(data[start:]) - len(rest)
	yamlStart := off
	for len(rest) > 0 {
		l, next, _ := cutLine(rest)
		t := strings.TrimRight(string(l), " \t\r\n")
		if t == "---" || t == "..." {
			body := data[yamlStart:off]
			end := off + len(rest) - len(next)
			if err := parseFrontMatter(path, body, p, opt); err != nil {
				return 0, err
			}
			return end, nil
		}
		off += len(rest) - len(next)
		rest = next
	}
	// No closing line: front matter left open, when what follows looks
	// like YAML keys; otherwise the --- is a thematic break of the text.
	if looksLikeYAMLKey(data[yamlStart:]) {
		return 0, errorf(path, 1, "front matter opened here is never closed (add a line with --- after it)")
	}
	return start, nil
}

// looksLikeYAMLKey reports whether the first non-blank line of b starts
// with a YAML key ("platforms:").
func looksLikeYAMLKey(b []byte) bool {
	for len(b) > 0 {
		line, rest, _ := cutLine(b)
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			b = rest
			continue
		}
		i := 0
		for i < len(t) && (t[i] == '_' || t[i] == '-' || t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || t[i] >= '0' && t[i] <= '9') {
			i++
		}
		return i > 0 && i < len(t) && t[i] == ':'
	}
	return false
}

// cutLine splits b after its first line (the newline stays with the line).
func cutLine(b []byte) (line, rest []byte, ok bool) {
	if len(b) == 0 {
		return nil, nil, false
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1], b[i+1:], true
	}
	return b, nil, true
}

// parseFrontMatter reads the keys vocero knows; other keys (title, tags...)
// belong to the content system and are ignored. The YAML starts on line 2.
func parseFrontMatter(path string, body []byte, p *lint.Post, opt Options) error {
	const first = 2 // file line of the YAML's line 1
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		if line > 0 {
			line += first - 1
		} else {
			line = 1
		}
		return errorf(path, line, "front matter: %s", msg)
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return errorf(path, root.Line+first-1, "front matter: want keys such as platforms: [x] and publish_at: 2027-03-01")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		line := v.Line + first - 1
		bad := func(format string, args ...any) error {
			return errorf(path, line, "front matter: %s: %s", k.Value, fmt.Sprintf(format, args...))
		}
		switch k.Value {
		case "platforms":
			var names []string
			switch v.Kind {
			case yaml.ScalarNode:
				names = splitList(v.Value)
			case yaml.SequenceNode:
				for _, c := range v.Content {
					if c.Kind != yaml.ScalarNode {
						return bad("want a list of names such as [x, facebook]")
					}
					names = append(names, c.Value)
				}
			default:
				return bad("want a list of names such as [x, facebook]")
			}
			ps, err := parsePlatforms(names)
			if err != nil {
				return bad("%v", err)
			}
			p.Platforms = ps
		case "publish_at":
			if v.Kind != yaml.ScalarNode {
				return bad("want a date such as 2027-03-01 09:00")
			}
			if v.Value == "" || v.Tag == "!!null" {
				continue
			}
			t, err := ParseTime(v.Value, opt.location())
			if err != nil {
				return bad("%v", err)
			}
			p.PublishAt = t
		case "reply":
			var b bool
			if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
				return bad("want true or false, not %q", v.Value)
			}
			p.Reply = b
		case "campaign", "id":
			if v.Kind != yaml.ScalarNode {
				return bad("want a single value")
			}
			if k.Value == "id" {
				p.ID = v.Value
			} else {
				p.Campaign = v.Value
			}
		}
	}
	return nil
}

// yamlErrorLine pulls "line N" out of a yaml error message.
func yamlErrorLine(msg string) (int, string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	var n int
	if i := strings.Index(msg, "line "); i >= 0 {
		if _, err := fmt.Sscanf(msg[i:], "line %d", &n); err == nil {
			rest := msg[i+len(fmt.Sprintf("line %d", n)):]
			rest = strings.TrimLeft(rest, ": ")
			return n, strings.TrimSpace(msg[:i]) + rest
		}
	}
	return 0, msg
}

// mdScan classifies the bytes of a Markdown body.
type mdScan struct {
	src    []byte
	base   int // where the body starts in src
	cls    []uint8
	post   *lint.Post
	off    int // where the piece goldmark is parsing starts in src
	end    int // and ends
	cursor int // end of the last claimed inline text, in src offsets
	refs   []ref

	parsed, maxPiece int // bytes given to goldmark, in all and at once
}

// claim sets the class of [a, b) of the piece being parsed.
func (m *mdScan) claim(a, b int, c uint8) {
	a += m.off
	b += m.off
	if a < m.off || b > m.end || a >= b {
		return
	}
	fill(m.cls, a, b, c)
	if b > m.cursor {
		m.cursor = b
	}
}

// scan classifies the body. A post-sized body goes to goldmark whole. A
// large file is cut at blank lines into blocks that goldmark parses one by
// one, because goldmark's time grows with the square of a paragraph's
// length on some inputs (many unclosed links, deep quotes); a block still
// too large is parsed line by line, and a line too large is left as prose.
func (m *mdScan) scan() {
	if len(m.src)-m.base <= wholeLimit {
		m.parse(m.base, len(m.src))
		return
	}
	m.refs = collectRefs(m.src, m.base)
	for _, c := range splitBlocks(m.src, m.base, blockLimit) {
		switch c.mode {
		case modeMarkdown:
			m.parse(c.start, c.end)
		case modeProse:
			fill(m.cls, c.start, c.end, clsProse)
		case modeFence:
			fillSyntax(m.cls, c.start, c.end, m.src)
		case modeCode:
			fill(m.cls, c.start, c.end, clsVerbatim)
		case modeComment:
			fill(m.cls, c.start, c.end, clsHidden)
			m.html(c.start, c.end, true)
		}
	}
}

// parse runs goldmark over src[start:end] and claims what it finds.
func (m *mdScan) parse(start, end int) {
	m.off, m.end, m.cursor = start, end, start
	body := m.src[start:end]
	m.parsed += len(body)
	m.maxPiece = max(m.maxPiece, len(body))
	ctx := parser.NewContext()
	for _, r := range m.refs {
		if bytes.Contains(body, r.label) {
			ctx.AddReference(parser.NewReference(r.label, r.dest, nil))
		}
	}
	doc := mdParser().Parse(text.NewReader(body), parser.WithContext(ctx))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			switch n.(type) {
			case *ast.Link, *ast.Image:
				m.destination()
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			m.text(n)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					m.claim(t.Segment.Start, t.Segment.Stop, clsVerbatim)
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				s := lines.At(i)
				m.claim(s.Start, s.Stop, clsVerbatim)
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			lines := n.Lines()
			a, b := -1, -1
			if lines.Len() > 0 {
				a, b = lines.At(0).Start, lines.At(lines.Len()-1).Stop
			}
			if n.HasClosure() {
				if a < 0 {
					a = n.ClosureLine.Start
				}
				b = n.ClosureLine.Stop
			}
			if a >= 0 && b > a {
				m.html(m.off+a, m.off+b, true)
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			// One piece of HTML (a comment may span lines) is one region.
			if k := n.Segments.Len(); k > 0 {
				m.html(m.off+n.Segments.At(0).Start, m.off+n.Segments.At(k-1).Stop, false)
			}
		case *extast.TableHeader, *extast.TableRow:
			m.tableRow(n, isHeader(n))
			return ast.WalkContinue, nil
		case *ast.AutoLink:
			label := n.Label(body)
			if i := bytes.Index(m.src[m.cursor:m.end], label); i >= 0 && len(label) > 0 {
				a := m.cursor + i - m.off
				m.claim(a, a+len(label), clsProse)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

func isHeader(n ast.Node) bool {
	_, ok := n.(*extast.TableHeader)
	return ok
}

// tableRow makes the pipes and padding of a table row syntax, keeping one
// blank between cells so that their words stay apart; the delimiter row
// under the header is syntax too.
func (m *mdScan) tableRow(row ast.Node, header bool) {
	var cells [][2]int
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		if l := c.Lines(); l.Len() > 0 {
			seg := l.At(0)
			if seg.Stop > seg.Start {
				cells = append(cells, [2]int{m.off + seg.Start, m.off + seg.Stop})
			}
		}
	}
	if len(cells) == 0 {
		return
	}
	src := m.src[:m.end]
	ls := bytes.LastIndexByte(src[m.off:cells[0][0]], '\n') + 1 + m.off
	le := len(src)
	if i := bytes.IndexByte(src[cells[len(cells)-1][1]:], '\n'); i >= 0 {
		le = cells[len(cells)-1][1] + i
	}
	syntax := func(a, b int) {
		for i := a; i < b; i++ {
			if src[i] != '\r' && src[i] != '\n' {
				m.cls[i] = clsMarkup
			}
		}
	}
	syntax(ls, cells[0][0])
	for i := 0; i+1 < len(cells); i++ {
		a, b := cells[i][1], cells[i+1][0]
		if a < b && isBlank(src[a]) {
			a++
		}
		syntax(a, b)
	}
	syntax(cells[len(cells)-1][1], le)
	if header && le < len(src) {
		next := le + 1
		end := len(src)
		if i := bytes.IndexByte(src[next:], '\n'); i >= 0 {
			end = next + i
		}
		syntax(next, end)
	}
}

// text claims a text node as prose; the backslash of an escape is syntax.
func (m *mdScan) text(n *ast.Text) {
	a, b := n.Segment.Start, n.Segment.Stop
	m.claim(a, b, clsProse)
	if n.IsRaw() {
		return
	}
	seg := m.src[m.off+a : m.off+b]
	for i := 0; i+1 < len(seg); i++ {
		switch {
		case seg[i] == '\\' && isASCIIPunct(seg[i+1]):
			m.claim(a+i, a+i+1, clsMarkup)
			i++
		case seg[i] == '&':
			// An entity is published as one character: keep its & as
			// prose (right for &amp;, a stand-in for the others) and drop
			// the name, which is not a word.
			if n := entityLen(seg[i:]); n > 0 {
				m.claim(a+i+1, a+i+n, clsMarkup)
				i += n - 1
			}
		}
	}
}

// entityLen returns the length of the HTML entity reference that s
// starts with (&amp; &#241; &#xF1;), or 0.
func entityLen(s []byte) int {
	end := bytes.IndexByte(s[:min(len(s), 40)], ';')
	if end < 2 {
		return 0
	}
	name := s[1:end]
	if name[0] == '#' {
		digits := name[1:]
		hex := len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X')
		if hex {
			digits = digits[1:]
		}
		if len(digits) == 0 || len(digits) > 7 {
			return 0
		}
		for _, c := range digits {
			if !(c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return 0
			}
		}
		return end + 1
	}
	if _, ok := util.LookUpHTML5EntityByName(string(name)); ok {
		return end + 1
	}
	return 0
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// html claims raw HTML: comments are hidden (and may be switches), tags
// are syntax; a block of HTML is not published as written either.
// a and b are offsets in src.
func (m *mdScan) html(a, b int, block bool) {
	seg := m.src[a:b]
	switch {
	case block, bytes.HasPrefix(seg, []byte("<!--")):
		m.claimAbs(a, b, clsHidden)
	default:
		m.claimAbs(a, b, clsMarkup)
	}
	for off := 0; off < len(seg); {
		i := bytes.Index(seg[off:], []byte("<!--"))
		if i < 0 {
			break
		}
		i += off
		j := bytes.Index(seg[i+4:], []byte("-->"))
		if j < 0 {
			break
		}
		stop := i + 4 + j + 3
		m.comment(a+i, a+stop, string(seg[i+4:i+4+j]))
		off = stop
	}
}

// comment turns `<!-- vocero-disable id ... -->` (and vocero-enable,
// vocero-disable-line, vocero-disable-next-line) into a switch.
func (m *mdScan) comment(start, stop int, body string) {
	f := strings.FieldsFunc(body, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' })
	if len(f) == 0 {
		return
	}
	sw := lint.Switch{Start: start, Stop: stop, Rules: f[1:]}
	if len(sw.Rules) == 0 {
		sw.Rules = nil
	}
	switch f[0] {
	case "vocero-disable":
		sw.Offset = stop
	case "vocero-enable":
		sw.Offset, sw.Enable = stop, true
	case "vocero-disable-line":
		// The lines the comment sits on, from the start of the first to
		// the end of the last.
		sw.Offset = bytes.LastIndexByte(m.src[:start], '\n') + 1
		if e := bytes.IndexByte(m.src[stop:], '\n'); e >= 0 {
			sw.End = stop + e + 1
		} else {
			sw.End = len(m.src)
		}
	case "vocero-disable-next-line":
		// The line after the comment's line.
		nl := bytes.IndexByte(m.src[stop:], '\n')
		if nl < 0 {
			sw.Offset, sw.End = len(m.src), len(m.src)
			break
		}
		sw.Offset = stop + nl + 1
		if e := bytes.IndexByte(m.src[sw.Offset:], '\n'); e >= 0 {
			sw.End = sw.Offset + e + 1
		} else {
			sw.End = len(m.src)
		}
	default:
		return
	}
	m.post.Switches = append(m.post.Switches, sw)
}

// destination finds the `](dest "title")` after a link's text and claims
// the destination as a link; brackets and title stay syntax.
func (m *mdScan) destination() {
	src := m.src[:m.end]
	i := m.cursor
	for i < len(src) && src[i] != ']' {
		if src[i] == '\\' {
			i++
		}
		i++
	}
	if i+1 >= len(src) || src[i+1] != '(' {
		if i < len(src) {
			m.cursor = i + 1
		}
		return
	}
	i += 2
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	start := i
	if i < len(src) && src[i] == '<' {
		start++
		for i < len(src) && src[i] != '>' && src[i] != '\n' {
			i++
		}
		m.claimAbs(start, i, clsLink)
		m.cursor = i
	} else {
		depth := 0
	loop:
		for i < len(src) {
			switch c := src[i]; {
			case c == '\\' && i+1 < len(src):
				i++
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break loop
				}
				depth--
			case c <= ' ':
				break loop
			}
			i++
		}
		m.claimAbs(start, i, clsLink)
		m.cursor = i
	}
	// Skip the title, so the next search starts after the closing ).
	for i < len(src) && src[i] != ')' {
		if src[i] == '\\' {
			i++
		}
		i++
	}
	if i < len(src) {
		m.cursor = i + 1
	}
}

func (m *mdScan) claimAbs(a, b int, c uint8) {
	if a < m.base || b > len(m.src) || a >= b {
		return
	}
	fill(m.cls, a, b, c)
	if b > m.cursor {
		m.cursor = b
	}
}

// refDefinitions marks the destinations of link reference definitions
// (`[label]: https://...`), which goldmark consumes without a node: they
// are lines nothing else claimed.
func (m *mdScan) refDefinitions() {
	src := m.src
	for off := m.base; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		free := true
		for i := off; i < end; i++ {
			if m.cls[i] != clsNone {
				free = false
				break
			}
		}
		if free {
			t := bytes.TrimLeft(line, " ")
			if len(line)-len(t) <= 3 && len(t) > 0 && t[0] == '[' {
				if k := bytes.Index(t, []byte("]:")); k > 1 {
					d := t[k+2:]
					lead := len(d) - len(bytes.TrimLeft(d, " \t"))
					d = d[lead:]
					a := off + (len(line) - len(t)) + k + 2 + lead
					n := bytes.IndexAny(d, " \t\r")
					if n < 0 {
						n = len(d)
					}
					if n > 0 {
						if d[0] == '<' && d[n-1] == '>' {
							a, n = a+1, n-2
						}
						m.claimAbs(a, a+n, clsLink)
					}
				}
			}
		}
		for i := off; i < end; i++ {
			if m.cls[i] == clsNone && !isBlank(src[i]) {
				m.cls[i] = clsMarkup
			}
		}
		off = end + 1
	}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
