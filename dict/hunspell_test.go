package dict

import (
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A small affix file whose expansion is worked out by hand below.
const testAff = `SET UTF-8
FLAG UTF-8
TRY aeiou
REP 2
REP v b
REP b v
MAP 1
MAP aá
# suffixes
SFX S Y 2
SFX S 0 s [aeiouáéó]
SFX S 0 es [^aeiouáéó]
SFX A Y 1
SFX A r ción/S ar
SFX G N 2
SFX G o a o
SFX G o os o
SFX ñ Y 1
SFX ñ ar ándolo ar
# prefixes
PFX R Y 1
PFX R 0 re .
PFX I N 2
PFX I 0 im [bp]
PFX I 0 in [^bp]
NEEDAFFIX ~
FORBIDDENWORD !
`

const testDic = `7
votar/ASRñ
posible/IS
nuevo/G
balance/I
árbol/S
raíz/~S
votación/!
`

func expand(t *testing.T, aff, dic string) []string {
	t.Helper()
	a, err := ParseAffixes(strings.NewReader(aff))
	require.NoError(t, err)
	forms, err := a.ExpandAll(strings.NewReader(dic))
	require.NoError(t, err)
	return forms
}

func TestExpandKnownPair(t *testing.T) {
	got := expand(t, testAff, testDic)
	want := []string{
		// votar/ASRñ: A (votación, with continuation S), S (votares), R on
		// the stem and on the cross-product suffixed forms, ñ.
		// The S rule adds -es after a consonant and keeps the accent: it is
		// the rule file's orthography, not Spanish's.
		"votar", "votaciónes", "votares", "votándolo",
		"revotar", "revotación", "revotares", "revotándolo",
		// The continuation suffix is crossed with R too.
		"revotaciónes",
		// posible/IS: I is not a cross product, so no imposibles.
		"posible", "posibles", "imposible",
		// nuevo/G: G has no cross product and no continuation.
		"nuevo", "nueva", "nuevos",
		// balance/I: im- before b.
		"balance", "imbalance",
		"árbol", "árboles",
		// raíz needs an affix; votación is forbidden, also as a form of
		// votar (the plural stays: the entry forbids only itself).
		"raízes",
	}
	sort.Strings(want)
	assert.Equal(t, want, got)
}

func TestParseAffixesFields(t *testing.T) {
	a, err := ParseAffixes(strings.NewReader(testAff))
	require.NoError(t, err)
	assert.Equal(t, [][2]string{{"v", "b"}, {"b", "v"}}, a.Rep)
	assert.Equal(t, []string{"aá"}, a.Map)
	assert.Equal(t, "aeiou", a.Try)
}

func TestFlagTypes(t *testing.T) {
	tests := []struct {
		name, aff, dic string
		want           []string
	}{
		{
			name: "long flags",
			aff:  "FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nSFX Bb Y 1\nSFX Bb o a o\n",
			dic:  "1\ngato/AaBb\n",
			want: []string{"gata", "gato", "gatos"},
		},
		{
			name: "numeric flags",
			aff:  "FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\nSFX 7 Y 1\nSFX 7 o a o\n",
			dic:  "1\ngato/101,7\n",
			want: []string{"gata", "gato", "gatos"},
		},
		{
			name: "alias flags",
			aff:  "AF 2\nAF S\nAF SG\nSFX S Y 1\nSFX S 0 s .\nSFX G Y 1\nSFX G o a o\n",
			dic:  "2\nperro/2\ncasa/1\n",
			want: []string{"casa", "casas", "perra", "perro", "perros"},
		},
		{
			name: "ASCII flags and escaped slash",
			aff:  "SFX s Y 1\nSFX s 0 s .\n",
			dic:  "2\nkm\\/h\nmesa/s\tpo:noun\n",
			want: []string{"km/h", "mesa", "mesas"},
		},
		{
			name: "Latin-1 files",
			aff:  "SET ISO8859-1\nSFX S Y 1\nSFX S 0 es n\n",
			dic:  "1\ncami\xf3n/S\n",
			want: []string{"camión", "camiónes"},
		},
		{
			name: "multi-word entries and invisible characters are skipped",
			aff:  "",
			dic:  "3\nMala Pascua\nCaldas\u200e\nSonora \n",
			want: []string{"Caldas", "Sonora"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, expand(t, tt.aff, tt.dic))
		})
	}
}

func TestParseAffixesErrors(t *testing.T) {
	for name, aff := range map[string]string{
		"bad cross":      "SFX A X 1\n",
		"unknown flag":   "FLAG weird\n",
		"bad encoding":   "SET KOI8-R\n",
		"unclosed class": "SFX A Y 1\nSFX A 0 s [ab\n",
		"odd long flag":  "FLAG long\nSFX A Y 1\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseAffixes(strings.NewReader(aff))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "affix file")
		})
	}
}

func TestDropVoseo(t *testing.T) {
	aff := "SET UTF-8\nFLAG UTF-8\nSFX V Y 3\nSFX V r te ar\nSFX V ar á ar\nSFX V ar a ar\nSFX T Y 1\nSFX T amar ámate amar\n"
	dic := "2\ninformar/V\nllamar/T\n"
	a, err := ParseAffixes(strings.NewReader(aff))
	require.NoError(t, err)
	all, err := a.ExpandAll(strings.NewReader(dic))
	require.NoError(t, err)
	assert.Contains(t, all, "informate")
	a.DropVoseo = true
	mx, err := a.ExpandAll(strings.NewReader(dic))
	require.NoError(t, err)
	assert.NotContains(t, mx, "informate", "voseo imperative with a pronoun")
	assert.NotContains(t, mx, "informá", "bare voseo imperative")
	assert.Contains(t, mx, "informa")
	assert.Contains(t, mx, "llámate")
}

func TestConditions(t *testing.T) {
	tests := []struct {
		cond, word string
		end, start bool
	}{
		{".", "casa", true, true},
		{"a", "casa", true, false},
		{"[^aeiou]", "reloj", true, true},
		{"[^aeiou]", "casa", false, true},
		{"[bp]", "balance", false, true},
		{"[gq]uir", "seguir", true, false},
		{"ar", "a", false, false},
		{"[aá]", "mamá", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.cond+"/"+tt.word, func(t *testing.T) {
			c, err := parseCondition(tt.cond)
			require.NoError(t, err)
			assert.Equal(t, tt.end, c.matchEnd(tt.word), "end")
			assert.Equal(t, tt.start, c.matchStart(tt.word), "start")
		})
	}
}

func FuzzParseAffixes(f *testing.F) {
	f.Add(testAff, testDic)
	f.Add("FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n", "1\ngato/Aa\n")
	f.Add("AF 1\nAF S\n", "1\nx/9\n")
	f.Add("SFX A Y 1\nSFX A abc 0/A .\n", "1\nabc/A\n")
	f.Fuzz(func(t *testing.T, aff, dic string) {
		if len(aff) > 4000 || len(dic) > 4000 {
			return
		}
		a, err := ParseAffixes(strings.NewReader(aff))
		if err != nil {
			return
		}
		n := 0
		_ = a.Expand(strings.NewReader(dic), func(string) { n++ })
		// Expansion is bounded: a continuation class applies once.
		require.Less(t, n, 1<<22)
	})
}

func TestBuild(t *testing.T) {
	data, st, err := Build(BuildInput{
		Aff:        strings.NewReader(testAff),
		Dic:        strings.NewReader(testDic),
		ExtraDic:   []io.Reader{strings.NewReader("# extra\nsufragar/A\n")},
		Supplement: []io.Reader{strings.NewReader("# lista\nCasilla\nIEEyPC\nen vivo\nVotar\n")},
		Homographs: strings.NewReader("Nuevo\n"),
		Exclude:    strings.NewReader("imbalance\n"),
		Corpus:     []io.Reader{strings.NewReader("votar votar votar Votar nuevo árbol")},
	})
	require.NoError(t, err)
	assert.Equal(t, len(data), st.Bytes)
	assert.Equal(t, 6, st.CorpusWords)
	a, err := openAutomaton(data)
	require.NoError(t, err)
	d := &Dictionary{a: a, rep: defaultRep}
	assert.True(t, d.Contains("sufragación"), "extra .dic expanded with the same rules")
	assert.False(t, d.Contains("imbalance"), "excluded")
	assert.True(t, d.Contains("IEEyPC"))
	assert.True(t, d.Contains("Casilla"))
	assert.True(t, d.Contains("vivo"))
	e, ok := d.Lookup("votar")
	require.True(t, ok)
	assert.Equal(t, "votar", e.Form, "capitalised supplement words fold into the common word")
	assert.True(t, e.Domain)
	assert.GreaterOrEqual(t, e.Freq, 8)
	assert.Greater(t, d.freq("votar"), d.freq("árbol"))
	h, ok := d.ProperHomograph("nuevo")
	assert.True(t, ok)
	assert.Equal(t, "Nuevo", h)
	_, _, err = Build(BuildInput{Aff: strings.NewReader("FLAG weird\n"), Dic: strings.NewReader("")})
	require.Error(t, err)
}
