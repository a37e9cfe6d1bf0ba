package lexicon

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestBuiltinCompiles(t *testing.T) {
	_, err := Compile(Builtin(), nil)
	require.NoError(t, err)
	m := builtinMatcher(t)
	for _, n := range []string{Courtesy, PersonalTone, UnverifiedSource, InternalDeliberation, PlainLanguage} {
		assert.NotEmpty(t, m.Entries(n), n)
	}
}

func TestFindEvasions(t *testing.T) {
	m := builtinMatcher(t)
	cases := map[string]string{
		"plain":              "eres un ignorante",
		"capitals":           "ERES UN IGNORANTE",
		"accent added":       "eres un ignoránte",
		"plural":             "son unos ignorantes",
		"feminine":           "es una corrupta",
		"leetspeak":          "eres un 1gn0r4nt3",
		"dotted letters":     "eres un i.g.n.o.r.a.n.t.e",
		"spaced letters":     "eres un i g n o r a n t e",
		"hyphenated":         "eres un i-g-n-o-r-a-n-t-e",
		"stretched":          "idiotaaa",
		"stretched end":      "pendejoo",
		"asterisk":           "p*to",
		"at sign":            "pendej@",
		"prefix":             "pendejadas",
		"cyrillic a":         "idiotа",
		"phrase":             "hijo de puta",
		"phrase dotted":      "hijo.de.puta",
		"underscored":        "idiota_",
		"stretched phrase":   "hijo de putaaaa",
		"laughter":           "JAJAJAJA",
		"laughter stretched": "jajjajaaa",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			assert.NotEmpty(t, find(t, m, Courtesy, text), text)
		})
	}
}

func TestFindNothingInHarmlessWords(t *testing.T) {
	m := builtinMatcher(t)
	for _, text := range []string{
		"pero", "pendiente", "computadora", "calculadora", "particular", "disputa",
		"culminó", "pitazo", "Cajeme", "Huatabampo", "hija", "hoja", "año",
		"la hija del vocal", "ano", "vergüenza", "vergel", "cabra", "Cabrera",
		"p*", "**hola**", "a y o", "2027", "S.A. de C.V.", "e.g.", "u.s.a",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, find(t, m, Courtesy, text))
		})
	}
}

// The 72 municipalities of Sonora.
var municipios = []string{
	"Aconchi", "Agua Prieta", "Álamos", "Altar", "Arivechi", "Arizpe", "Átil",
	"Bacadéhuachi", "Bacanora", "Bacerac", "Bacoachi", "Bácum", "Banámichi",
	"Baviácora", "Bavispe", "Benito Juárez", "Benjamín Hill", "Caborca", "Cajeme",
	"Cananea", "Carbó", "La Colorada", "Cucurpe", "Cumpas", "Divisaderos",
	"Empalme", "Etchojoa", "Fronteras", "General Plutarco Elías Calles",
	"Granados", "Guaymas", "Hermosillo", "Huachinera", "Huásabas", "Huatabampo",
	"Huépac", "Imuris", "Magdalena", "Mazatán", "Moctezuma", "Naco",
	"Nácori Chico", "Nacozari de García", "Navojoa", "Nogales", "Ónavas",
	"Opodepe", "Oquitoa", "Pitiquito", "Puerto Peñasco", "Quiriego", "Rayón",
	"Rosario", "Sahuaripa", "San Felipe de Jesús", "San Ignacio Río Muerto",
	"San Javier", "San Luis Río Colorado", "San Miguel de Horcasitas",
	"San Pedro de la Cueva", "Santa Ana", "Santa Cruz", "Sáric", "Soyopa",
	"Suaqui Grande", "Tepache", "Trincheras", "Tubutama", "Ures",
	"Villa Hidalgo", "Villa Pesqueira", "Yécora",
}

func TestMunicipiosNeverMatch(t *testing.T) {
	require.Len(t, municipios, 72)
	m := builtinMatcher(t)
	for _, name := range append(municipios, "Masiaca", "Bacum") {
		for _, text := range []string{name, strings.ToUpper(name), "Hoy visitamos " + name + ".", "¡" + name + "!", name + ", Sonora"} {
			for _, lex := range m.Names() {
				assert.Empty(t, findUntagged(t, m, lex, text), "%s in %s", text, lex)
			}
		}
	}
}

func TestCompileErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"short line", "insult error", "want <category>"},
		{"bad severity", "insult fatal idiota", "severity"},
		{"bad category", "Insult error idiota", "kebab-case"},
		{"unknown tag", "insult error idiota @nunca", "unknown tag"},
		{"tag before word", "insult error @person idiota", "tags go last"},
		{"short prefix", "insult error pe*", "too short"},
		{"empty alternative", "insult error a//b", "empty alternative"},
		{"arrow without alternative", "plain info en virtud de =>", "without an alternative"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Compile([]Source{{Name: "x", File: "x.txt", Text: c.text}}, nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
			assert.Contains(t, err.Error(), "x.txt:1")
		})
	}
}

func TestConfigChanges(t *testing.T) {
	src := []Source{{Name: "courtesy", File: "c.txt", Text: "insult error payaso+\ndisqualification error corrupto+\n"}}
	m, err := Compile(src, map[string]lint.Lexicon{"courtesy": {
		Add:    []string{"insult error fulanito+"},
		Remove: []string{"payaso+", "corrupta"},
	}})
	require.NoError(t, err)
	assert.Empty(t, find(t, m, "courtesy", "payaso payasa payasos"))
	assert.Empty(t, find(t, m, "courtesy", "corrupta"))
	assert.Equal(t, []string{"corrupto+"}, find(t, m, "courtesy", "corruptos"))
	assert.Equal(t, []string{"fulanito+"}, find(t, m, "courtesy", "fulanitas"))

	_, err = Compile(src, map[string]lint.Lexicon{"courtesy": {Remove: []string{"inexistente"}}})
	require.ErrorContains(t, err, `"inexistente" is not in the lexicon`)
	_, err = Compile(src, map[string]lint.Lexicon{"cortesia": {Add: []string{"insult error x"}}})
	require.ErrorContains(t, err, `unknown lexicon "cortesia"`)
	_, err = Compile(src, map[string]lint.Lexicon{"courtesy": {Add: []string{"insult error"}}})
	require.ErrorContains(t, err, "lexicons.courtesy.add[0]")
}

func TestInflect(t *testing.T) {
	cases := map[string][]string{
		"corrupto":  {"corrupto", "corrupta", "corruptos", "corruptas"},
		"idiota":    {"idiota", "idiotas"},
		"ignorante": {"ignorante", "ignorantes"},
		"cabron":    {"cabron", "cabrona", "cabrones", "cabronas"},
		"infeliz":   {"infeliz", "infelices"},
		"imbecil":   {"imbecil", "imbeciles"},
		"fifi":      {"fifi", "fifis", "fifies"},
	}
	for in, want := range cases {
		assert.Equal(t, want, inflect(in), in)
	}
}

func TestLaughter(t *testing.T) {
	for _, s := range []string{"jaja", "jajaja", "jajaj", "jejeje", "jijiji", "haha", "jsjsjs"} {
		assert.True(t, laughter([]byte(s)), s)
	}
	for _, s := range []string{"hija", "hoja", "jaj", "ja", "hola", "jajo", "jsja", "jaula", "jojo"} {
		assert.False(t, laughter([]byte(s)), s)
	}
}

// A lexicon of n synthetic entries, for the size benchmark.
func syntheticLexicon(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "insult error palabra%c%c%c+ frase%d\n", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26, i%7)
	}
	b.WriteString("insult error ignorante+\n")
	return b.String()
}

const benchPost = "¡Buenos días! El Consejo General del IEE Sonora aprobó hoy el calendario del Proceso Electoral 2026-2027. " +
	"Consulta las fechas de registro de candidaturas en https://ieesonora.org.mx y participa. " +
	"Si tienes dudas, escríbenos: con gusto te respondemos. #VotoInformado2027 @IEESonora"

func BenchmarkFindLexiconSize(b *testing.B) {
	for _, n := range []int{100, 1000, 10000, 50000} {
		m, err := Compile([]Source{{Name: "x", File: "x", Text: syntheticLexicon(n)}}, nil)
		require.NoError(b, err)
		doc := lint.NewDocument(&lint.Post{Text: benchPost}, &lint.Config{})
		doc.Words()
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = m.Find(m.Stream(doc), "x")
			}
		})
	}
}

func BenchmarkBuiltin(b *testing.B) {
	m, err := Default()
	require.NoError(b, err)
	doc := lint.NewDocument(&lint.Post{Text: benchPost}, &lint.Config{})
	doc.Words()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := m.Stream(doc)
		for _, n := range m.Names() {
			_ = m.Find(s, n)
		}
	}
}

// BenchmarkCompileBuiltin is a compile from text, as a config that
// changes a lexicon pays for it (Names makes the matcher encode its table);
// the built-in matcher opens the generated table instead (BenchmarkOpenTable).
func BenchmarkCompileBuiltin(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, _ := Compile(Builtin(), nil)
		m.Names()
	}
}

// TestFindCostDoesNotGrowWithLexicon checks, deterministically, what the
// size benchmark shows on a quiet machine: the work per post is a fixed
// number of lookups per word, so allocations (and the trie nodes visited)
// are the same for a lexicon of 100 or 50,000 entries.
func TestFindCostDoesNotGrowWithLexicon(t *testing.T) {
	doc := lint.NewDocument(&lint.Post{Text: benchPost + " ignorantes"}, &lint.Config{})
	doc.Words()
	doc.Sentences()
	var allocs []float64
	for _, n := range []int{100, 1000, 10000, 50000} {
		m, err := Compile([]Source{{Name: "x", File: "x", Text: syntheticLexicon(n)}}, nil)
		require.NoError(t, err)
		var found int
		allocs = append(allocs, testing.AllocsPerRun(20, func() { found = len(m.Find(m.Stream(doc), "x")) }))
		assert.Equal(t, 1, found, "entries=%d", n)
		assert.Equal(t, allocs[0], allocs[len(allocs)-1], "entries=%d", n)
	}
	t.Logf("allocations per post for 100, 1000, 10000, 50000 entries: %v", allocs)
}
