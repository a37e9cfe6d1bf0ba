package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/vocero/vocero/lint"
)

// ANSI colours of the text format.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// maxExcerpt bounds the source line shown under a finding, in columns.
const maxExcerpt = 100

// encodeText writes what a person reads in a terminal:
//
//	path:line:column: severity: message [rule]
//	   7 | the line of the post
//	     |     ^^^^^
//
// then the fixes to choose from and the automatic fix, and a summary line at the end.
func encodeText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	lang := r.Lang
	paint := func(code, s string) string {
		if !r.Color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	found := false
	for _, res := range r.Results {
		if res.Post == nil {
			continue
		}
		path := oneLine(displayPath(res.Post))
		for i := range res.Findings {
			f := &res.Findings[i]
			found = true
			sev := severityName(lang, f.Severity)
			switch f.Severity {
			case lint.Error:
				sev = paint(ansiRed+ansiBold, sev)
			case lint.Warning:
				sev = paint(ansiYellow+ansiBold, sev)
			default:
				sev = paint(ansiCyan, sev)
			}
			fmt.Fprintf(bw, "%s: %s: %s %s\n",
				paint(ansiBold, fmt.Sprintf("%s:%d:%d", path, f.Line, f.Column)),
				sev, oneLine(f.Message), paint(ansiDim, "["+f.Rule+"]"))
			writeExcerpt(bw, res.Post, f, paint)
			writeFixes(bw, lang, f.Fixes)
		}
		if res.Err != nil {
			fmt.Fprintf(bw, "%s\n", t(lang, "broken", path, oneLine(res.Err.Error())))
		}
	}
	if found {
		bw.WriteByte('\n')
	}
	fmt.Fprintln(bw, paint(ansiBold, r.Summary().Line(lang)))
	return bw.Flush()
}

// writeFixes writes the fix that --fix applies (the first safe one), then
// the others, which a person chooses from.
func writeFixes(bw *bufio.Writer, lang lint.Lang, fixes []lint.Fix) {
	auto := lint.SafeFixes(lint.Finding{Fixes: fixes})
	var others []string
	for i, fx := range fixes {
		if i != auto && fx.Message != "" {
			others = append(others, oneLine(fx.Message))
		}
	}
	switch {
	case len(others) == 1:
		fmt.Fprintf(bw, "      %s\n", t(lang, "suggestion", others[0]))
	case len(others) > 1:
		fmt.Fprintf(bw, "      %s\n", t(lang, "suggestions", strings.Join(others, "; ")))
	}
	if auto >= 0 && fixes[auto].Message != "" {
		fmt.Fprintf(bw, "      %s\n", t(lang, "fix", oneLine(fixes[auto].Message)))
	}
}

func displayPath(p *lint.Post) string {
	if p.Path == "" {
		return "-"
	}
	return p.Path
}

// oneLine keeps output one record per line: line breaks become ⏎ and
// other control characters are dropped.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\n':
			b.WriteString("⏎")
		case c == '\t':
			b.WriteByte(' ')
		case isControl(c):
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isControl(c rune) bool {
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
}

// writeExcerpt prints the line of the post where f starts and underlines
// the finding, cutting long lines to a window around it.
func writeExcerpt(w *bufio.Writer, p *lint.Post, f *lint.Finding, paint func(code, s string) string) {
	text := p.Text
	if f.Span.Start < 0 || f.Span.End > len(text) || f.Span.Start > f.Span.End {
		return
	}
	// Look for the line's ends only near the finding, so that a huge
	// one-line file costs the same per finding as a short one.
	const window = 1024
	lo := f.Span.Start - window
	if lo < 0 {
		lo = 0
	}
	ls := strings.LastIndexByte(text[lo:f.Span.Start], '\n')
	if ls >= 0 {
		ls += lo + 1
	} else {
		ls = lo
		for ls < f.Span.Start && !utf8.RuneStart(text[ls]) {
			ls++
		}
	}
	hi := f.Span.Start + window
	if hi > len(text) {
		hi = len(text)
	}
	le := strings.IndexByte(text[f.Span.Start:hi], '\n')
	if le < 0 {
		le = hi
		for le > f.Span.Start && le < len(text) && !utf8.RuneStart(text[le]) {
			le--
		}
	} else {
		le += f.Span.Start
	}
	end := f.Span.End
	if end > le {
		end = le
	}
	before := clean(text[ls:f.Span.Start])
	mark := clean(text[f.Span.Start:end])
	after := clean(text[end:le])
	// Keep the window around the finding within maxExcerpt columns.
	wb, wm, wa := width(before), width(mark), width(after)
	if wb > maxExcerpt/2 {
		before = "…" + tailWidth(before, maxExcerpt/2)
		wb = width(before)
	}
	if wm > maxExcerpt {
		mark = headWidth(mark, maxExcerpt) + "…"
		wm = width(mark)
	}
	if room := max(maxExcerpt-wb-wm, 0); wa > room {
		after = headWidth(after, room) + "…"
	}
	if strings.TrimSpace(before+mark+after) == "" {
		return
	}
	gutter := fmt.Sprintf("%5d | ", f.Line)
	pad := strings.Repeat(" ", len(gutter)-2) + "| "
	fmt.Fprintf(w, "%s%s%s%s\n", paint(ansiDim, gutter), before, paint(ansiBold, mark), after)
	fmt.Fprintf(w, "%s%s%s\n", paint(ansiDim, pad), strings.Repeat(" ", wb), paint(ansiBold, strings.Repeat("^", max(wm, 1))))
}

// width is the number of terminal columns s takes; ASCII is one column a
// byte, the rest is measured by grapheme (wide CJK and emoji take two).
func width(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return uniseg.StringWidth(s)
		}
	}
	return len(s)
}

// clean makes a piece of a line printable on a terminal: tabs become a
// space, other control characters and invalid bytes are dropped.
func clean(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\t':
			b.WriteByte(' ')
		case c == utf8.RuneError, isControl(c):
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// headWidth returns the longest prefix of s at most w columns wide.
func headWidth(s string, w int) string {
	g := uniseg.NewGraphemes(s)
	n, end := 0, 0
	for g.Next() {
		n += g.Width()
		if n > w {
			break
		}
		_, end = g.Positions()
	}
	return s[:end]
}

// tailWidth returns the longest suffix of s at most w columns wide.
func tailWidth(s string, w int) string {
	total := width(s)
	if total <= w {
		return s
	}
	g := uniseg.NewGraphemes(s)
	n := 0
	for g.Next() {
		n += g.Width()
		if total-n <= w {
			_, end := g.Positions()
			return s[end:]
		}
	}
	return ""
}
