package source

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// realisticMarkdown builds a large Markdown file out of the constructs
// posts use, n blocks long.
func realisticMarkdown(n int) string {
	var b strings.Builder
	b.WriteString("---\nplatforms: [x, facebook]\nid: grande\n---\n")
	for i := range n {
		switch i % 9 {
		case 0:
			fmt.Fprintf(&b, "# Aviso %d del **Consejo General**\n\n", i)
		case 1:
			fmt.Fprintf(&b, "Consulta el [PREP](https://ieesonora.org.mx/prep/%d) y la *guía* del `INE`.\nSegunda línea del párrafo %d.\n\n", i, i)
		case 2:
			b.WriteString("- primer punto\n- segundo punto con [liga][ref]\n  continuación\n\n")
		case 3:
			b.WriteString("```text\nCURP: ejemplo\n\nsigue el código\n```\n\n")
		case 4:
			b.WriteString("<!-- nota interna\n\nque ocupa varias líneas -->\n\n")
		case 5:
			b.WriteString("| Casilla | Sección |\n|---|---|\n| 1 | 2 |\n\n")
		case 6:
			b.WriteString("> Cita del *acuerdo* aprobado.\n\n")
		case 7:
			b.WriteString("Texto con <!-- vocero-disable-next-line all-caps --> comentario y ~~tachado~~ \\* escapado.\n\n")
		case 8:
			b.WriteString("[ref]: https://ieesonora.org.mx/avisos\n\n")
		}
	}
	return b.String()
}

// classes runs the reader's classifier whole (as for a post) or in blocks
// (as for a large file).
func classes(src string, whole bool) ([]lint.Region, []lint.Switch) {
	p := lint.Post{Text: src}
	data := []byte(src)
	cls := make([]uint8, len(data))
	end, err := frontMatter("x.md", data, 0, &p, Options{})
	if err != nil {
		panic(err)
	}
	fill(cls, 0, end, clsHidden)
	m := &mdScan{src: data, base: end, cls: cls, post: &p}
	if whole {
		m.parse(m.base, len(data))
	} else {
		m.refs = collectRefs(data, end)
		for _, c := range splitBlocks(data, end, blockLimit) {
			switch c.mode {
			case modeMarkdown:
				m.parse(c.start, c.end)
			case modeProse:
				fill(cls, c.start, c.end, clsProse)
			case modeFence:
				fillSyntax(cls, c.start, c.end, data)
			case modeCode:
				fill(cls, c.start, c.end, clsVerbatim)
			case modeComment:
				fill(cls, c.start, c.end, clsHidden)
				m.html(c.start, c.end, true)
			}
		}
	}
	m.refDefinitions()
	return regions(cls), p.Switches
}

func TestBlocksAgreeWithWholeParse(t *testing.T) {
	src := realisticMarkdown(400)
	require.Greater(t, len(src), wholeLimit)
	wr, ws := classes(src, true)
	br, bs := classes(src, false)
	require.Equal(t, len(wr), len(br))
	for i := range wr {
		require.Equal(t, wr[i], br[i], "region %d: whole %q, blocks %q", i, src[wr[i].Start:wr[i].End], src[br[i].Start:br[i].End])
	}
	assert.Equal(t, ws, bs)

	// And Read takes the block path for this file.
	ps, err := Read("grande.md", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, br, ps[0].Regions)
	assert.Equal(t, "grande", ps[0].ID)
}

func TestSplitBlocks(t *testing.T) {
	src := "uno\ndos\n\n```\na\n\nb\n```\ntres <!-- x\n\ny -->\ncuatro\n" + strings.Repeat("z", 40) + "\n"
	bs := splitBlocks([]byte(src), 0, 30)
	var got []string
	for _, b := range bs {
		got = append(got, fmt.Sprintf("%d:%q", b.mode, src[b.start:b.end]))
	}
	assert.Equal(t, []string{
		`0:"uno\ndos\n"`, `1:"\n"`,
		`2:"` + "```" + `\n"`, `3:"a\n"`, `3:"\n"`, `3:"b\n"`, `2:"` + "```" + `\n"`,
		`0:"tres "`, `4:"<!-- x\n"`, `4:"\n"`, `4:"y -->\n"`,
		`0:"cuatro\n"`, `1:"` + strings.Repeat("z", 40) + `\n"`,
	}, got)
}

func TestFence(t *testing.T) {
	for line, want := range map[string]int{
		"```\n": 3, "````go\n": 4, "~~~\n": 3, "   ```\n": 3, "    ```\n": 0, "``\n": 0, "``` a`b\n": 0, "~~~ a`b\n": 3, "text\n": 0,
	} {
		_, n := fence([]byte(line))
		assert.Equal(t, want, n, "%q", line)
	}
}

// TestMarkdownPieces checks, without a clock, what keeps the reader
// linear: goldmark never sees a piece larger than wholeLimit, nor more
// bytes in all than the file has.
func TestMarkdownPieces(t *testing.T) {
	for _, unit := range []string{"![a](", "[a](", "> ", "a\n", "|a|\n", "- [", "<!-- ", "```\n", "    x\n", "[a]: b\n[a]\n"} {
		sizes := []int{1 << 10, 64 << 10, 1 << 20}
		if testing.Short() || raceEnabled {
			sizes = sizes[:2]
		}
		for _, size := range sizes {
			data := []byte(strings.Repeat(unit, size/len(unit)))
			var st mdScan
			ps, err := ReadWith("a.md", data, Options{stats: &st})
			require.NoError(t, err)
			checkPost(t, ps[0])
			assert.LessOrEqual(t, st.parsed, len(data), "%q × %d", unit, size)
			if len(data) > wholeLimit {
				assert.LessOrEqual(t, st.maxPiece, blockLimit, "%q × %d", unit, size)
			}
		}
	}
}

// TestMarkdownLinearTime feeds inputs on which goldmark alone takes time
// that grows with the square of their size; the reader must stay linear.
func TestMarkdownLinearTime(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test; TestMarkdownPieces checks the same without a clock")
	}
	for _, unit := range []string{"![a](", "[a](", "> ", "[", "**a", "_a", "<!-- ", "```\n", "|a|\n", "- [", "a\n"} {
		t.Run(unit, func(t *testing.T) {
			small := []byte(strings.Repeat(unit, (128<<10)/len(unit)))
			big := []byte(strings.Repeat(unit, (1<<20)/len(unit)))
			// The best of three runs: the machine may be busy.
			best := func(data []byte) time.Duration {
				var m time.Duration
				for i := range 3 {
					t0 := time.Now()
					ps, err := Read("a.md", data)
					d := time.Since(t0)
					require.NoError(t, err)
					checkPost(t, ps[0])
					if i == 0 || d < m {
						m = d
					}
				}
				return m
			}
			d1, d2 := best(small), best(big)
			t.Logf("128 KiB %v, 1 MiB %v", d1, d2)
			// 8 times the input: linear is 8 times the time, quadratic 64.
			assert.Less(t, d2, 10*time.Second)
			// Generous: other tests may share the machine.
			assert.Less(t, float64(d2), 40*float64(d1)+float64(200*time.Millisecond), "not linear: 128 KiB %v, 1 MiB %v", d1, d2)
		})
	}
}
