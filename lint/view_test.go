package lint

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildView(t *testing.T) {
	tests := []struct {
		name, in, want string
		regions        []Region
		keep           Reads
	}{
		{name: "plain ascii is the original", in: "Vota el domingo.", want: "Vota el domingo."},
		{name: "accents NFC already", in: "Elección en Sonora", want: "Elección en Sonora"},
		{name: "NFD composed", in: "Eleccio\u0301n", want: "Elección"},
		{name: "zero width space removed", in: "CU\u200bRP", want: "CURP"},
		{name: "soft hyphen and BOM removed", in: "\ufeffpu\u00adblicación", want: "publicación"},
		{name: "bidi controls removed", in: "a\u202eb\u2066c", want: "abc"},
		{name: "full-width folded", in: "\uff03Vota \uff11\uff12", want: "#Vota 12"},
		{name: "ideographic space folded", in: "a\u3000b", want: "a b"},
		{name: "ZWJ in emoji kept", in: "👩\u200d💻", want: "👩\u200d💻"},
		{name: "ZWJ between letters removed", in: "a\u200db", want: "ab"},
		{name: "invalid UTF-8 replaced", in: "a\xffb", want: "a\uFFFDb"},
		{name: "NUL removed", in: "a\x00b", want: "ab"},
		{name: "NFC decomposes at the start", in: "\u0f93", want: "\u0f92\u0fb7"},
		{name: "NFC decomposes between", in: "a\u0f93b\u0f93", want: "a\u0f92\u0fb7b\u0f92\u0fb7"},
		{name: "markup removed", in: "**Vota**", want: "Vota", regions: []Region{{0, 2, Markup}, {6, 8, Markup}}},
		{name: "hidden between words keeps a space", in: "a<!--x-->b", want: "a b", regions: []Region{{1, 9, Hidden}}},
		{name: "verbatim dropped unless kept", in: "ver `CURP` ya", want: "ver  ya", regions: []Region{{4, 10, Verbatim}}},
		{name: "verbatim kept", in: "ver `x` ya", want: "ver `x` ya", regions: []Region{{4, 7, Verbatim}}, keep: ReadsVerbatim},
		{name: "link kept apart from label and text", in: "[a](http://x.mx)b", want: "a http://x.mx b", keep: ReadsLinks, regions: []Region{{0, 1, Markup}, {2, 4, Markup}, {4, 15, Link}, {15, 16, Markup}}},
		{name: "link kept after space", in: "[a] (u) b", want: "a u b", keep: ReadsLinks, regions: []Region{{0, 1, Markup}, {2, 3, Markup}, {4, 5, Markup}, {5, 6, Link}, {6, 7, Markup}}},
		{name: "link dropped", in: "[a](http://x.mx)", want: "a", regions: []Region{{0, 1, Markup}, {2, 4, Markup}, {4, 15, Link}, {15, 16, Markup}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := buildView(tt.in, removal{regions: tt.regions, keep: tt.keep, clean: true})
			assert.Equal(t, tt.want, v.text)
			checkMap(t, tt.in, v)
		})
	}
}

// checkMap checks that every view rune maps to an in-bounds, ordered
// original range.
func checkMap(t *testing.T, orig string, v view) {
	t.Helper()
	last := 0
	for i := range v.text {
		a, b := v.toOrig(i), v.toOrigEnd(i+utf8.RuneLen([]rune(v.text[i:])[0]))
		require.True(t, 0 <= a && a <= b && b <= len(orig), "byte %d maps to [%d,%d) of %d", i, a, b, len(orig))
		require.GreaterOrEqual(t, a, last, "map goes backwards at %d", i)
		last = a
	}
	require.Equal(t, len(orig), v.toOrig(len(v.text)))
}

func TestViewMapsSpansBack(t *testing.T) {
	orig := "Mi CU\u200bRP: Eleccio\u0301n ＃Vota"
	v := buildView(orig, removal{clean: true})
	require.Equal(t, "Mi CURP: Elección #Vota", v.text)
	find := func(s string) (int, int) {
		i := strings.Index(v.text, s)
		require.GreaterOrEqual(t, i, 0)
		return v.toOrig(i), v.toOrigEnd(i + len(s))
	}
	a, b := find("CURP")
	assert.Equal(t, "CU\u200bRP", orig[a:b])
	a, b = find("Elección")
	assert.Equal(t, "Eleccio\u0301n", orig[a:b])
	a, b = find("#Vota")
	assert.Equal(t, "＃Vota", orig[a:b])
	a, b = find("Mi")
	assert.Equal(t, "Mi", orig[a:b])
}

func TestPlainTextViewDoesNotAllocate(t *testing.T) {
	s := strings.Repeat("Consulta tu casilla en ieesonora.org.mx. ", 6)
	allocs := testing.AllocsPerRun(100, func() { _ = buildView(s, removal{clean: true}) })
	assert.Zero(t, allocs)
}

func FuzzBuildView(f *testing.F) {
	for _, s := range []string{"", "a", "\u0f93", "\u0f93\u0f93x", "Eleccio\u0301n", "a\u200bb", "\xff\xfe", "👩\u200d💻", "\uff03x", "e\u0301\u0301\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := buildView(s, removal{clean: true})
		require.True(t, utf8.ValidString(v.text))
		checkMap(t, s, v)
	})
}
