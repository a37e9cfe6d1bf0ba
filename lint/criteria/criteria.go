// Package criteria holds the text of the institution's criteria for the
// institutional use of social networks ("Criterios para el uso
// institucional de redes sociales en Internet del Instituto Estatal
// Electoral y de Participación Ciudadana"), which every rule cites, and
// gives the text of one section by its number: "6.III", "5.2 b", "4.XIII",
// "6". The CLI quotes it in `vocero rules ID`; an editor can show it on
// hover.
package criteria

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

//go:embed criterios.txt
var document string

// Document returns the whole text of the criteria.
func Document() string { return document }

// Text returns the text of a section: a numbered section ("6", "5.2") with
// its items, or one item ("6.III", "5.2 b", "5 a"), as written in the
// criteria. ok is false when there is no such section.
func Text(section string) (string, bool) {
	t, ok := index()[normalize(section)]
	return t, ok
}

// Sections lists the sections Text knows, in the order of the document.
func Sections() []string {
	return append([]string(nil), order()...)
}

// patterns are compiled on first use: the CLI imports this package, and
// a run that quotes no criterion must not pay for them at start-up.
var patterns = sync.OnceValue(func() struct{ sectionLine, romanLine, letterLine, appendix, romanKey, letterKey *regexp.Regexp } {
	return struct{ sectionLine, romanLine, letterLine, appendix, romanKey, letterKey *regexp.Regexp }{
		sectionLine: regexp.MustCompile(`^(\d+)(?:\.(\d+))?\.(?:-\s*)?\s*(\S.*)$`),
		romanLine:   regexp.MustCompile(`^(?:-\s+)?([IVXL]+)\.\s+(.*)$`),
		letterLine:  regexp.MustCompile(`^-\s+([a-z])[.)]\s+(.*)$`),
		appendix:    regexp.MustCompile(`^T\s*R\s*A\s*N\s*S\s*I\s*T`),
		romanKey:    regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*\.?\s*([IVXLivxl]+)$`),
		letterKey:   regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*\.?\s*([a-zA-Z])\)?$`),
	}
})

// normalize turns the ways people write a section into the index's keys:
// "6.iii" and "6 III" are "6.III"; "5.2b", "5.2.b" and "5.2 b)" are "5.2 b".
func normalize(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".")
	if m := patterns().romanKey.FindStringSubmatch(s); m != nil {
		return m[1] + "." + strings.ToUpper(m[2])
	}
	if m := patterns().letterKey.FindStringSubmatch(s); m != nil {
		return m[1] + " " + strings.ToLower(m[2])
	}
	return s
}

type parsed struct {
	text  map[string]string
	order []string
}

var parse = sync.OnceValue(func() parsed {
	p := parsed{text: map[string]string{}}
	var section, item string // current keys
	var sectionText, itemText []string
	flushItem := func() {
		if item != "" {
			p.text[item] = strings.Join(itemText, "\n")
			p.order = append(p.order, item)
		}
		item, itemText = "", nil
	}
	flushSection := func() {
		flushItem()
		if section != "" {
			p.text[section] = strings.Join(sectionText, "\n\n")
		}
		section, sectionText = "", nil
	}
	for _, line := range strings.Split(document, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if patterns().appendix.MatchString(line) {
			flushSection()
			break
		}
		if m := patterns().sectionLine.FindStringSubmatch(line); m != nil {
			flushSection()
			section = m[1]
			if m[2] != "" {
				section += "." + m[2]
			}
			p.order = append(p.order, section)
			sectionText = []string{line}
			continue
		}
		if section == "" {
			continue // title and preamble
		}
		top := section
		if i := strings.IndexByte(top, '.'); i >= 0 {
			top = top[:i]
		}
		switch m1, m2 := patterns().romanLine.FindStringSubmatch(line), patterns().letterLine.FindStringSubmatch(line); {
		case m1 != nil:
			flushItem()
			item, itemText = top+"."+m1[1], []string{m1[1] + ". " + m1[2]}
		case m2 != nil:
			flushItem()
			item, itemText = section+" "+m2[1], []string{m2[1] + ") " + m2[2]}
		case item != "":
			itemText = append(itemText, line)
		}
		// A section keeps its items' text too.
		sectionText = append(sectionText, strings.TrimPrefix(line, "- "))
	}
	flushSection()
	return p
})

func index() map[string]string { return parse().text }
func order() []string          { return parse().order }
