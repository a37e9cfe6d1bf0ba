package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func readMD(t *testing.T, src string) lint.Post {
	t.Helper()
	ps, err := Read("post.md", []byte(src))
	require.NoError(t, err)
	require.Len(t, ps, 1)
	checkPost(t, ps[0])
	assert.Equal(t, src, ps[0].Text, "the post's text is the whole file")
	return ps[0]
}

func TestMarkdownFrontMatter(t *testing.T) {
	src := "---\n" +
		"title: Jornada electoral   # for the site, ignored\n" +
		"platforms: [x, Instagram]\n" +
		"publish_at: 2027-06-06 08:00\n" +
		"reply: false\n" +
		"campaign: VotoInformado\n" +
		"id: jornada-01\n" +
		"tags: [a, b]\n" +
		"---\n" +
		"Hoy es la jornada electoral.\n"
	p := readMD(t, src)
	assert.Equal(t, []lint.Platform{lint.X, lint.Instagram}, p.Platforms)
	assert.True(t, p.PublishAt.Equal(time.Date(2027, 6, 6, 15, 0, 0, 0, time.UTC)), p.PublishAt)
	assert.False(t, p.Reply)
	assert.Equal(t, "VotoInformado", p.Campaign)
	assert.Equal(t, "jornada-01", p.ID)
	require.NotEmpty(t, p.Regions)
	assert.Equal(t, lint.Region{Start: 0, End: strings.Index(src, "Hoy"), Kind: lint.Hidden}, p.Regions[0])
	assert.Len(t, p.Regions, 1, "plain prose after the front matter has no regions")
}

func TestMarkdownFrontMatterForms(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		check     func(t *testing.T, p lint.Post)
	}{
		{"platforms as a string", "---\nplatforms: x, bluesky\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, []lint.Platform{lint.X, lint.Bluesky}, p.Platforms)
		}},
		{"block list and reply", "---\nplatforms:\n  - mastodon\n  - twitter\nreply: yes\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, []lint.Platform{lint.Mastodon, lint.X}, p.Platforms)
			assert.True(t, p.Reply)
		}},
		{"rfc3339 and numeric id", "---\npublish_at: 2027-03-01T10:00:00Z\nid: 42\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, time.Date(2027, 3, 1, 10, 0, 0, 0, time.UTC), p.PublishAt.UTC())
			assert.Equal(t, "42", p.ID)
		}},
		{"empty front matter", "---\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, []lint.Region{{Start: 0, End: 8, Kind: lint.Hidden}}, p.Regions)
		}},
		{"closing dots and crlf", "---\r\nid: a\r\n...\r\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, "a", p.ID)
			assert.Equal(t, "Hola", p.Text[p.Regions[0].End:])
		}},
		{"bom before front matter", "\ufeff---\nid: b\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.Equal(t, "b", p.ID)
			assert.Equal(t, []lint.Region{{Start: 0, End: 17, Kind: lint.Hidden}}, p.Regions)
		}},
		{"null publish_at", "---\npublish_at:\n---\nHola", func(t *testing.T, p lint.Post) {
			assert.True(t, p.PublishAt.IsZero())
		}},
		{"a thematic break later is not front matter", "Hola\n\n---\n\nAdiós", func(t *testing.T, p lint.Post) {
			assert.Equal(t, []string{"---"}, regionTexts(p, lint.Markup))
			assert.Empty(t, regionTexts(p, lint.Hidden))
		}},
		{"an open --- before prose is a thematic break", "---\nHola a todos\n", func(t *testing.T, p lint.Post) {
			assert.Empty(t, regionTexts(p, lint.Hidden))
			assert.Equal(t, []string{"---"}, regionTexts(p, lint.Markup))
		}},
		{"dashes not alone are not front matter", "--- hola\nid: x\n---\n", func(t *testing.T, p lint.Post) {
			assert.Empty(t, p.ID)
			assert.Empty(t, regionTexts(p, lint.Hidden))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, readMD(t, tc.src)) })
	}
}

func TestMarkdownFrontMatterBad(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"never closed", "---\nid: a\nHola\n", "post.md:1: front matter opened here is never closed"},
		{"never closed after a blank line", "---\n\nplatforms: [x]\n", "post.md:1: front matter opened here is never closed"},
		{"broken yaml", "---\nid: a\nplatforms: [x, facebook\n---\nHola", "front matter: did not find expected"},
		{"tab indentation", "---\nid: a\n\tplatforms: x\n---\n", "post.md:3: front matter:"},
		{"unknown platform", "---\nid: a\nplatforms: [x, tiktok]\n---\nHola", `post.md:3: front matter: platforms: unknown platform "tiktok"`},
		{"bad date", "---\n\npublish_at: pronto\n---\nHola", `post.md:3: front matter: publish_at: "pronto" is not a date`},
		{"bad reply", "---\nreply: quizá\n---\nHola", `post.md:2: front matter: reply: want true or false, not "quizá"`},
		{"list not a map", "---\n- a\n- b\n---\nHola", "post.md:2: front matter: want keys"},
		{"platforms map", "---\nplatforms: {x: 1}\n---\n", "post.md:2: front matter: platforms: want a list"},
		{"id list", "---\nid: [1, 2]\n---\n", "post.md:2: front matter: id: want a single value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read("post.md", []byte(tc.src))
			require.Error(t, err)
			assert.Nil(t, ps)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestMarkdownRegions(t *testing.T) {
	for _, tc := range []struct {
		name, src                       string
		markup, hidden, verbatim, links []string
	}{
		{name: "heading and emphasis", src: "# Título *con énfasis* y **fuerte**\n",
			markup: []string{"#", "*", "*", "**", "**"}},
		{name: "setext heading", src: "Título\n======\n", markup: []string{"======"}},
		{name: "link", src: "Ver [el sitio](https://ieesonora.org.mx/prep \"título\") hoy",
			markup: []string{"[", "](", `"título")`}, links: []string{"https://ieesonora.org.mx/prep"}},
		{name: "link with angle destination", src: "[a](<https://ine.mx/a b>)",
			markup: []string{"[", "](<", ">)"}, links: []string{"https://ine.mx/a b"}},
		{name: "link with parentheses in destination", src: "[a](https://ine.mx/(x)) fin",
			markup: []string{"[", "](", ")"}, links: []string{"https://ine.mx/(x)"}},
		{name: "emphasis inside link", src: "[sitio **x**](https://ine.mx)",
			markup: []string{"[", "**", "**](", ")"}, links: []string{"https://ine.mx"}},
		{name: "image", src: "![Logo del IEE](logo.png)", markup: []string{"![", "](", ")"}, links: []string{"logo.png"}},
		{name: "reference link", src: "Ver [el PREP][prep].\n\n[prep]: https://ieesonora.org.mx/prep \"PREP\"\n",
			markup: []string{"[", "][prep]", "[prep]:", `"PREP"`}, links: []string{"https://ieesonora.org.mx/prep"}},
		{name: "autolinks stay prose", src: "Ver <https://ine.mx> y www.ine.mx hoy", markup: []string{"<", ">"}},
		{name: "code span", src: "Usa `CURP` aquí", markup: []string{"`", "`"}, verbatim: []string{"CURP"}},
		{name: "fenced code", src: "Antes\n\n```text\nLÍNEA 1\nLÍNEA 2\n```\n\nDespués",
			markup: []string{"```text", "```"}, verbatim: []string{"LÍNEA 1\nLÍNEA 2\n"}},
		{name: "indented code", src: "Antes\n\n    codigo\n\nDespués", verbatim: []string{"codigo\n"}},
		{name: "lists", src: "- uno\n- dos\n\n1. tres\n2) cuatro\n* cinco\n+ seis\n",
			markup: []string{"-", "-", "1.", "2)", "*", "+"}},
		{name: "task list", src: "- [ ] tarea\n- [x] hecha\n", markup: []string{"-", "[", "]", "-", "[x]"}},
		{name: "blockquote", src: "> cita del consejo\n> sigue\n", markup: []string{">", ">"}},
		{name: "table", src: "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
			markup: []string{"| ", "| ", " |", "|---|:-:|", "| ", "| ", " |"}},
		{name: "table without outer pipes", src: "a | **b**\n-- | --\n1 | 2\n",
			markup: []string{"| **", "**", "-- | --", "| "}},
		{name: "strikethrough", src: "~~borrador~~ final", markup: []string{"~~", "~~"}},
		{name: "escapes", src: `Precio \*no\* aplica \# hoy`, markup: []string{`\`, `\`, `\`}},
		{name: "hard break", src: "uno\\\ndos", markup: []string{`\`}},
		{name: "html comment inline", src: "Hola <!-- nota interna --> mundo", hidden: []string{"<!-- nota interna -->"}},
		{name: "html comment block", src: "Hola\n\n<!--\nborrador: NO PUBLICAR\n-->\n\nmundo",
			hidden: []string{"<!--\nborrador: NO PUBLICAR\n-->\n"}},
		{name: "inline html tag", src: "uno<br>dos", markup: []string{"<br>"}},
		{name: "html block", src: "<div>\nhola\n</div>\n", hidden: []string{"<div>\nhola\n</div>\n"}},
		{name: "thematic break", src: "uno\n\n***\n\ndos", markup: []string{"***"}},
		{name: "plain prose has no regions", src: "Consulta los resultados del PREP.\nGracias."},
		{name: "unmatched asterisk stays prose", src: "5 * 3 = 15"},
		{name: "entity name is syntax", src: "Tú &amp; yo", markup: []string{"amp;"}},
		{name: "numeric entities", src: "a&#241;o &#xF1;", markup: []string{"#241;", "#xF1;"}},
		{name: "not entities", src: "AT&T &foo; & ; &#; &#12345678; &amp", markup: nil},
		{name: "entity in code stays", src: "`&amp;`", markup: []string{"`", "`"}, verbatim: []string{"&amp;"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := readMD(t, tc.src)
			assert.Equal(t, tc.markup, regionTexts(p, lint.Markup), "markup")
			assert.Equal(t, tc.hidden, regionTexts(p, lint.Hidden), "hidden")
			assert.Equal(t, tc.verbatim, regionTexts(p, lint.Verbatim), "verbatim")
			assert.Equal(t, tc.links, regionTexts(p, lint.Link), "links")
		})
	}
}

// TestMarkdownView checks the text the rules read.
func TestMarkdownView(t *testing.T) {
	cfg, err := lint.Config{}.Resolve()
	require.NoError(t, err)
	for _, tc := range []struct{ src, want string }{
		{"| Etapa | Fecha |\n|---|---|\n| Registro | 1 de marzo |\n", "Etapa Fecha\n\nRegistro 1 de marzo\n"},
		{"Requisitos &amp; plazos", "Requisitos & plazos"},
		{"# Hola **mundo** [aquí](https://ine.mx)", " Hola mundo aquí"},
	} {
		t.Run(tc.src, func(t *testing.T) {
			p := readMD(t, tc.src)
			assert.Equal(t, tc.want, lint.NewDocument(&p, &cfg).Text)
		})
	}
}

func TestMarkdownSwitches(t *testing.T) {
	src := "Uno\n" +
		"<!-- vocero-disable shout, spelling -->\n" +
		"Dos\n" +
		"<!-- vocero-enable shout -->\n" +
		"Tres <!-- vocero-disable-next-line -->\n" +
		"Cuatro\n" +
		"Cinco <!-- un comentario cualquiera --> <!-- vocero-disable -->"
	p := readMD(t, src)
	require.Len(t, p.Switches, 4)
	off := func(s string) int { return strings.Index(src, s) }
	s := p.Switches
	assert.Equal(t, []string{"shout", "spelling"}, s[0].Rules)
	assert.False(t, s[0].Enable)
	assert.Zero(t, s[0].End)
	assert.Equal(t, off("\nDos"), s[0].Offset)
	assert.Equal(t, "<!-- vocero-disable shout, spelling -->", src[s[0].Start:s[0].Stop])

	assert.True(t, s[1].Enable)
	assert.Equal(t, []string{"shout"}, s[1].Rules)

	assert.Nil(t, s[2].Rules, "no IDs means every rule")
	assert.Equal(t, off("Cuatro"), s[2].Offset)
	assert.Equal(t, off("Cinco"), s[2].End)

	assert.Nil(t, s[3].Rules)
	assert.Equal(t, len(src), s[3].Offset)
}

func TestMarkdownSwitchesWithLinter(t *testing.T) {
	src := "UNO\n<!-- vocero-disable shout -->\nDOS\n<!-- vocero-enable shout -->\nTRES\n" +
		"<!-- vocero-disable-next-line shout -->\nCUATRO\nCINCO <!-- vocero-disable no-such-rule -->\n"
	p := readMD(t, src)
	res := newLinter(t, shout{}).Lint(context.Background(), p)
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"UNO", "TRES", "CINCO"}, seen([]lint.Result{res}, "shout"))
	unknown := seen([]lint.Result{res}, lint.SwitchRuleID)
	assert.Equal(t, []string{"<!-- vocero-disable no-such-rule -->"}, unknown)
}

func TestMarkdownWhatRulesRead(t *testing.T) {
	src := "---\nid: VISTA\n---\n# AVISO importante\n\nVer **SITIO** [aquí](https://ine.mx/PREP) y `CODIGO`.\n\n" +
		"<!-- NOTA interna -->\n\n```\nBLOQUE\n```\n"
	p := readMD(t, src)
	rs := lintAll(t, newLinter(t, shout{}, words{id: "prose"}, words{id: "all", reads: lint.ReadsVerbatim | lint.ReadsLinks}), []lint.Post{p})
	assert.Equal(t, []string{"AVISO", "SITIO"}, seen(rs, "shout"))
	assert.Equal(t, []string{"AVISO", "importante", "Ver", "SITIO", "aquí", "y"}, seen(rs, "prose"))
	all := seen(rs, "all")
	assert.Contains(t, all, "CODIGO")
	assert.Contains(t, all, "BLOQUE")
	assert.NotContains(t, all, "NOTA")
	assert.NotContains(t, all, "VISTA")
	// Positions are file positions.
	for _, f := range rs[0].Findings {
		if f.Text == "SITIO" {
			assert.Equal(t, 6, f.Line)
			assert.Equal(t, 7, f.Column)
		}
	}
}

func TestMarkdownConcurrent(t *testing.T) {
	src := []byte("---\nid: a\n---\n# Hola **mundo** [x](https://ine.mx)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
	want, err := Read("a.md", src)
	require.NoError(t, err)
	done := make(chan []lint.Post)
	for range 8 {
		go func() {
			ps, _ := Read("a.md", src)
			done <- ps
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

func TestMarkdownLineSwitches(t *testing.T) {
	cases := []struct {
		name        string
		src         string
		shout, pros []string // what each rule still reports
	}{
		{name: "disable-line, every rule",
			src:   "UNO DOS <!-- vocero-disable-line -->\nTRES\n",
			shout: []string{"TRES"}, pros: []string{"TRES"}},
		{name: "disable-line, one rule",
			src:   "UNO DOS <!-- vocero-disable-line shout -->\nTRES\n",
			shout: []string{"TRES"}, pros: []string{"UNO", "DOS", "TRES"}},
		{name: "disable-line, the comment in the middle of its line",
			src:   "CERO\nUNO <!-- vocero-disable-line shout --> DOS\nTRES\n",
			shout: []string{"CERO", "TRES"}, pros: []string{"CERO", "UNO", "DOS", "TRES"}},
		{name: "disable-line, two rules listed",
			src:   "UNO <!-- vocero-disable-line shout, prose -->\nDOS\n",
			shout: []string{"DOS"}, pros: []string{"DOS"}},
		{name: "disable-line, a comment over two lines covers both",
			src:   "UNO <!-- vocero-disable-line\nshout --> DOS\nTRES\n",
			shout: []string{"TRES"}, pros: []string{"UNO", "DOS", "TRES"}},
		{name: "disable-line on a line of its own turns off only that line",
			src:   "<!-- vocero-disable-line shout -->\nUNO\n",
			shout: []string{"UNO"}, pros: []string{"UNO"}},
		{name: "disable-line, other rule named",
			src:   "UNO <!-- vocero-disable-line prose -->\nDOS\n",
			shout: []string{"UNO", "DOS"}, pros: []string{"DOS"}},
		{name: "disable-line at the end of the text",
			src:   "UNO\nDOS <!-- vocero-disable-line -->",
			shout: []string{"UNO"}, pros: []string{"UNO"}},
		{name: "disable-next-line, every rule",
			src:   "UNO\n<!-- vocero-disable-next-line -->\nDOS\nTRES\n",
			shout: []string{"UNO", "TRES"}, pros: []string{"UNO", "TRES"}},
		{name: "disable-next-line, one rule",
			src:   "UNO\n<!-- vocero-disable-next-line shout -->\nDOS\nTRES\n",
			shout: []string{"UNO", "TRES"}, pros: []string{"UNO", "DOS", "TRES"}},
		{name: "disable-next-line after text on its line",
			src:   "UNO <!-- vocero-disable-next-line shout -->\nDOS\nTRES\n",
			shout: []string{"UNO", "TRES"}, pros: []string{"UNO", "DOS", "TRES"}},
		{name: "line switches inside a disabled block",
			src:   "<!-- vocero-disable shout -->\nUNO <!-- vocero-disable-line prose -->\nDOS\n",
			shout: nil, pros: []string{"DOS"}},
		{name: "a line switch does not end a block switch",
			src:   "<!-- vocero-disable shout -->\nUNO\n<!-- vocero-disable-next-line shout -->\nDOS\nTRES\n",
			shout: nil, pros: []string{"UNO", "DOS", "TRES"}},
	}
	l := newLinter(t, shout{}, words{id: "prose"})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := readMD(t, tc.src)
			res := l.Lint(context.Background(), p)
			require.NoError(t, res.Err)
			assert.Equal(t, tc.shout, seen([]lint.Result{res}, "shout"), "shout")
			assert.Equal(t, tc.pros, seen([]lint.Result{res}, "prose"), "prose")
			assert.Empty(t, seen([]lint.Result{res}, lint.SwitchRuleID))
		})
	}
}

func TestMarkdownLineSwitchNamesAnUnknownRule(t *testing.T) {
	src := "UNO <!-- vocero-disable-line no-such-rule -->\n"
	res := newLinter(t, shout{}).Lint(context.Background(), readMD(t, src))
	assert.Equal(t, []string{"<!-- vocero-disable-line no-such-rule -->"}, seen([]lint.Result{res}, lint.SwitchRuleID))
	assert.Equal(t, []string{"UNO"}, seen([]lint.Result{res}, "shout"))
}
