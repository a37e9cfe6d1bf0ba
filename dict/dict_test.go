package dict

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAutomatonNumbersWordsInOrder(t *testing.T) {
	words := []string{"a", "ab", "abc", "abd", "año", "b", "ba", "votación", "votaciones", "ñu", "Ñandú"}
	sort.Strings(words)
	info := make([]byte, len(words))
	for i := range info {
		info[i] = byte(i)
	}
	data, err := buildAutomaton(words, info)
	require.NoError(t, err)
	a, err := openAutomaton(data)
	require.NoError(t, err)
	assert.Equal(t, len(words), a.nword)
	for i, w := range words {
		assert.Equal(t, i, a.index(w), w)
		assert.Equal(t, byte(i), a.info[a.index(w)])
	}
	for _, w := range []string{"", "c", "abcd", "an", "ano", "votacion", "Votación", "\xff", "a\x00"} {
		assert.Equal(t, -1, a.index(w), "%q", w)
	}
}

func TestAutomatonRejectsBadData(t *testing.T) {
	_, err := openAutomaton([]byte("nope"))
	require.Error(t, err)
	data, err := buildAutomaton([]string{"a", "b"}, nil)
	require.NoError(t, err)
	_, err = openAutomaton(data[:len(data)-2])
	require.Error(t, err)
	_, err = buildAutomaton([]string{"b", "a"}, nil)
	require.Error(t, err, "unsorted input")
}

func TestDefaultIsShared(t *testing.T) {
	assert.Same(t, Default(), Default())
	assert.Greater(t, Default().Len(), 600000)
}

func TestContainsCasing(t *testing.T) {
	d := Default()
	tests := []struct {
		word string
		want bool
	}{
		{"votación", true},
		{"Votación", true},
		{"VOTACIÓN", true},
		{"éxito", true},
		{"Éxito", true},
		{"ÉXITO", true},
		{"Sonora", true},
		{"SONORA", true},
		{"Hermosillo", true},
		{"HERMOSILLO", true},
		{"INE", true},
		{"IEEyPC", true},
		{"sonora", true}, // the adjective
		{"hermosillo", false},
		{"ine", false},
		{"Ine", false},
		{"votacion", false},
		{"VOTACION", false},
		{"exito", false},
		{"vOTACIÓN", false},
		{"VoTación", false},
		{"año", true},
		{"ano", true},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, d.Contains(tt.word))
		})
	}
}

func TestContainsEncliticsAndPrefixes(t *testing.T) {
	d := Default()
	good := []string{
		"infórmate", "dígamelo", "publícalo", "consúltalo", "regístrate", "síguenos",
		"compártelo", "publicarlo", "haciéndolo", "sentémonos", "vámonos", "hazlo", "dime",
		"exconsejero", "exconsejera", "precandidata", "prerregistro", "vicecoordinadora",
		"sobrerrepresentación", "reprogramó", "posgrado", "antirreelección",
	}
	bad := []string{
		"publicalo", "informate", "consultalo", "registrate", "publícarlo", "cuentanos",
		"preregistro", "inportante", "realisar", "protejer", "proseso", "dijistes",
	}
	for _, w := range good {
		t.Run("good/"+w, func(t *testing.T) { assert.True(t, d.Contains(w)) })
	}
	for _, w := range bad {
		t.Run("bad/"+w, func(t *testing.T) { assert.False(t, d.Contains(w)) })
	}
}

func TestLookup(t *testing.T) {
	d := Default()
	tests := []struct {
		word, form      string
		proper, acronym bool
		ok              bool
	}{
		{"hermosillo", "Hermosillo", true, false, true},
		{"HERMOSILLO", "Hermosillo", true, false, true},
		{"ine", "INE", true, true, true},
		{"votación", "votación", false, false, true},
		{"VOTACIÓN", "votación", false, false, true},
		{"Huépac", "Huépac", true, false, true},
		{"qzxv", "", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			e, ok := d.Lookup(tt.word)
			require.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.form, e.Form)
			assert.Equal(t, tt.proper, e.Proper)
			assert.Equal(t, tt.acronym, e.Acronym)
		})
	}
	e, ok := d.Lookup("casilla")
	require.True(t, ok)
	assert.True(t, e.Domain)
	assert.Greater(t, e.Freq, 0)
}

func TestProperHomograph(t *testing.T) {
	d := Default()
	p, ok := d.ProperHomograph("sonora")
	assert.True(t, ok)
	assert.Equal(t, "Sonora", p)
	for _, w := range []string{"Sonora", "sonoro", "esperanza", "votación"} {
		_, ok := d.ProperHomograph(w)
		assert.False(t, ok, w)
	}
}

func TestSuggestFirst(t *testing.T) {
	d := Default()
	tests := []struct {
		kind, wrong, right string
	}{
		{"accent", "publicacion", "publicación"},
		{"accent", "tambien", "también"},
		{"accent in capitals", "PUBLICACION", "PUBLICACIÓN"},
		{"accent keeps capital", "Participacion", "Participación"},
		{"misplaced accent", "tambíen", "también"},
		{"accent on enclitic", "visitanos", "visítanos"},
		{"b/v", "conbocatoria", "convocatoria"},
		{"b/v", "gobierbo", "gobierno"},
		{"v/b", "recivir", "recibir"},
		{"s/c", "nesesario", "necesario"},
		{"s/z", "realisar", "realizar"},
		{"c/s/z mixed", "desicion", "decisión"},
		{"ll/y", "yamar", "llamar"},
		{"y/ll", "llendo", "yendo"},
		{"g/j", "jente", "gente"},
		{"j/g", "mensage", "mensaje"},
		{"h missing", "ubiera", "hubiera"},
		{"h extra", "hechar", "echar"},
		{"x/cc", "conección", "conexión"},
		{"cc/c", "elecion", "elección"},
		{"transposition", "cuidadanos", "ciudadanos"},
		{"transposition", "registor", "registro"},
		{"doubled letter", "comission", "comisión"},
		{"missing letter", "tranparencia", "transparencia"},
		{"proper noun", "hermosilo", "Hermosillo"},
		{"domain word", "casila", "casilla"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.wrong, func(t *testing.T) {
			got := d.Suggest(tt.wrong, 5)
			require.NotEmpty(t, got)
			assert.Equal(t, tt.right, got[0], "all: %v", got)
		})
	}
}

func TestSuggestions(t *testing.T) {
	d := Default()
	ss := d.Suggestions("publicacion", 3)
	require.NotEmpty(t, ss)
	assert.True(t, ss[0].AccentOnly)
	assert.Equal(t, costAccent, ss[0].Cost)
	for _, s := range ss[1:] {
		assert.False(t, s.AccentOnly)
		assert.GreaterOrEqual(t, s.Score(), ss[0].Score())
	}
	assert.Empty(t, d.Suggest("", 5))
	assert.Empty(t, d.Suggest("votación", 0))
	assert.LessOrEqual(t, len(d.Suggest("xqzwkj", 3)), 3)
	for _, s := range d.Suggest("votacion", 10) {
		assert.NotEqual(t, "votacion", s)
	}
}

func TestSuggestUserWords(t *testing.T) {
	d := Default().WithWords("Xochiquetzal")
	got := d.Suggest("Xochiquezal", 3)
	require.NotEmpty(t, got)
	assert.Equal(t, "Xochiquetzal", got[0])
}

func TestWithWords(t *testing.T) {
	base := Default()
	d := base.WithWords("Qzxvbg", "tuitazo", "# comentario", "  ", "IEEyPCx")
	assert.True(t, d.Contains("Qzxvbg"))
	assert.True(t, d.Contains("QZXVBG"))
	assert.False(t, d.Contains("qzxvbg"), "a capitalised user word is a proper noun")
	assert.True(t, d.Contains("tuitazo"))
	assert.True(t, d.Contains("Tuitazo"))
	assert.True(t, d.Contains("IEEYPCX"))
	assert.True(t, d.UserWord("tuitazo"))
	assert.False(t, base.Contains("tuitazo"), "the base dictionary is not changed")
	assert.Equal(t, base.Len()+3, d.Len())
	e, ok := d.Lookup("qzxvbg")
	require.True(t, ok)
	assert.True(t, e.User)
	assert.Equal(t, "Qzxvbg", e.Form)
	d2 := d.WithWords("otrapalabraxq")
	assert.True(t, d2.Contains("tuitazo"))
	assert.True(t, d2.Contains("otrapalabraxq"))
	assert.False(t, d.Contains("otrapalabraxq"))
}

func TestReadWords(t *testing.T) {
	ws, err := ReadWords(strings.NewReader("\uFEFF# lista\nuno\n\n dos \n#tres\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"uno", "dos"}, ws)
}

func TestLoadHunspell(t *testing.T) {
	d, err := LoadHunspell(strings.NewReader(testAff), strings.NewReader(testDic))
	require.NoError(t, err)
	assert.True(t, d.Contains("revotación"))
	assert.True(t, d.Contains("Votar"))
	assert.False(t, d.Contains("votación"), "forbidden in the .dic")
	assert.False(t, d.Contains("raíz"), "needs an affix")
	assert.Equal(t, "árbol", d.Suggest("arbol", 1)[0])
	_, err = LoadHunspell(strings.NewReader("FLAG weird\n"), strings.NewReader(""))
	require.Error(t, err)
}

func TestNew(t *testing.T) {
	d, err := New([]string{"uno", "dos", "dos", " tres ", "", "Cuatro"})
	require.NoError(t, err)
	assert.Equal(t, 4, d.Len())
	assert.True(t, d.Contains("Tres"))
	assert.False(t, d.Contains("cuatro"))
	empty, err := New(nil)
	require.NoError(t, err)
	assert.False(t, empty.Contains("uno"))
	assert.False(t, empty.Contains("a"))
	assert.Zero(t, empty.Len())
	assert.Empty(t, empty.Suggest("uno", 3))
	assert.True(t, empty.WithWords("uno").Contains("uno"))
}

func TestCamelParts(t *testing.T) {
	tests := map[string][]string{
		"VotoInformado":     {"Voto", "Informado"},
		"VotoInformado2027": {"Voto", "Informado", "2027"},
		"INEMexico":         {"INE", "Mexico"},
		"IEEyPC":            {"IE", "Ey", "PC"}, // SplitCompound checks the whole first
		"votoinformado":     {"votoinformado"},
		"Elección_Sonora":   {"Elección", "Sonora"},
		"ÚltimoDía":         {"Último", "Día"},
		"2027":              {"2027"},
		"":                  nil,
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) { assert.Equal(t, want, CamelParts(in)) })
	}
}

func TestSplitCompound(t *testing.T) {
	d := Default()
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"votoinformado", []string{"voto", "informado"}, true},
		{"VotoInformado", []string{"Voto", "Informado"}, true},
		{"VotoInformado2027", []string{"Voto", "Informado", "2027"}, true},
		{"eleccionessonora", []string{"elecciones", "sonora"}, true},
		{"ieesonora", []string{"iee", "sonora"}, true},
		{"SonoraVota", []string{"Sonora", "Vota"}, true},
		{"IEEyPC", []string{"IEEyPC"}, true},
		{"ElecciónSonora", []string{"Elección", "Sonora"}, true},
		{"VotoInfromado", []string{"Voto", "Infromado"}, false},
		{"INEMexico", []string{"INE", "Mexico"}, false},
		{"qzxvbgkw", []string{"qzxvbgkw"}, false},
		{"", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := d.SplitCompound(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMisspellings(t *testing.T) {
	m := CommonMisspellings()
	tests := []struct{ in, want string }{
		{"haiga", "haya"},
		{"Haiga", "Haya"},
		{"HAIGA", "HAYA"},
		{"fué", "fue"},
		{"Fué", "Fue"},
		{"dió", "dio"},
		{"à", "a"},
		{"atravez", "a través"},
		{"nadien", "nadie"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := m.Fix(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	// Whole words only: no match inside a longer word or a valid word.
	for _, w := range []string{"haigas2", "fue", "dio", "a", "publicación", "fuéron", "xhaiga", "haig", "vistes", ""} {
		_, ok := m.Fix(w)
		assert.False(t, ok, w)
	}
}

// Every fix of the bundled lists is itself correct, and no listed
// misspelling is one of the fixes.
func TestMisspellingListsAreConsistent(t *testing.T) {
	d := Default()
	for _, list := range []*Misspellings{CommonMisspellings(), ProbableAccents()} {
		pairs := list.Pairs()
		require.NotEmpty(t, pairs)
		for i := 0; i < len(pairs); i += 2 {
			for _, w := range strings.Fields(pairs[i+1]) {
				assert.True(t, d.Contains(w), "fix %q of %q", pairs[i+1], pairs[i])
			}
		}
	}
	assert.GreaterOrEqual(t, len(CommonMisspellings().Pairs())/2, 100)
}

func TestStripAccentsKeepsEnye(t *testing.T) {
	assert.Equal(t, "ano", StripAccents("ano"))
	assert.Equal(t, "año", StripAccents("año"))
	assert.Equal(t, "pinguino", StripAccents("pingüino"))
	assert.Equal(t, "EXITO", StripAccents("ÉXITO"))
}

func TestStress(t *testing.T) {
	tests := []struct {
		word string
		at   int
	}{
		{"publica", 4},  // pu-BLI-ca
		{"publicar", 6}, // pu-bli-CAR
		{"reír", 2},
		{"cuida", 2}, // cui-da: ui is one nucleus, stressed on i
		{"sentemos", 4},
		{"que", 2}, // silent u
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) { assert.Equal(t, tt.at, stressedVowel(tt.word)) })
	}
}

func FuzzDictionary(f *testing.F) {
	for _, s := range []string{"votación", "publicacion", "VotoInformado2027", "ÉXITO", "a\x00b", "\xff\xfe", strings.Repeat("ñ", 100), "dígamelo", "prerrerrerregistro"} {
		f.Add(s)
	}
	d := Default()
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			return
		}
		d.Contains(s)
		d.Lookup(s)
		for _, c := range d.Suggest(s, 5) {
			require.True(t, utf8.ValidString(c))
			require.NotEqual(t, s, c)
		}
		parts, _ := d.SplitCompound(s)
		for _, p := range parts {
			require.True(t, strings.Contains(s, p) || strings.Contains(strings.ToLower(s), p), "part %q of %q", p, s)
		}
	})
}

func BenchmarkContains(b *testing.B) {
	d := Default()
	words := strings.Fields("el consejo general del instituto aprobó hoy la convocatoria para la elección de Hermosillo y VOTACIÓN publicación")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Contains(words[i%len(words)])
	}
}

func BenchmarkContainsMiss(b *testing.B) {
	d := Default()
	words := []string{"publicacion", "conbocatoria", "hermosillo", "qzxvbgk"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Contains(words[i%len(words)])
	}
}

func BenchmarkSuggest(b *testing.B) {
	d := Default()
	words := []string{"publicacion", "desicion", "conbocatoria", "cuidadanos", "tranparencia", "ubiera", "jente", "votasion"}
	for _, w := range words {
		b.Run(w, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d.Suggest(w, 5)
			}
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := openAutomaton(esData); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleCasingOf() {
	for _, w := range []string{"votación", "Votación", "VOTACIÓN", "IEEyPC"} {
		fmt.Println(w, CasingOf(w))
	}
	// Output:
	// votación lower
	// Votación title
	// VOTACIÓN upper
	// IEEyPC mixed
}

// BenchmarkContainsLower is the common case: a lower-case word of running
// text that is in the dictionary as written.
func BenchmarkContainsLower(b *testing.B) {
	d := Default()
	words := strings.Fields("el consejo general del instituto aprobó hoy la convocatoria para la elección de las candidaturas en todo el estado")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Contains(words[i%len(words)])
	}
}

// AccentFix agrees with the full ranking whenever it answers.
func TestAccentFixAgreesWithSuggest(t *testing.T) {
	d := Default()
	answered := 0
	for _, p := range loadEval(t) {
		fix, ok := d.AccentFix(p.wrong)
		if !ok {
			continue
		}
		answered++
		ss := d.Suggestions(p.wrong, 5)
		require.NotEmpty(t, ss, p.wrong)
		assert.Equal(t, ss[0].Word, fix, p.wrong)
	}
	t.Logf("fast path answered %d words", answered)
	assert.Greater(t, answered, 20)
	fix, ok := d.AccentFix("participacion")
	assert.True(t, ok)
	assert.Equal(t, "participación", fix)
	_, ok = d.AccentFix("casila")
	assert.False(t, ok, "casilla may rank above cásila")
	_, ok = d.AccentFix("votación")
	assert.False(t, ok)
}

func TestContainsDerivedAdverbsAndPrefixes(t *testing.T) {
	d := Default()
	for _, w := range []string{"lexicográficamente", "metainformación", "milisegundos", "monoparental", "fácilmente"} {
		assert.True(t, d.Contains(w), w)
	}
	for _, w := range []string{"rapidamente", "rapidomente", "casamente", "lexicograficamente", "metainformacion"} {
		assert.False(t, d.Contains(w), w)
	}
}
