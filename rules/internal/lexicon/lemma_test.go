package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// fakeAnalyzer knows a few lemmas, enough to test the matcher without the
// bundled dictionary.
type fakeAnalyzer map[string][]Analysis // form → readings

func (f fakeAnalyzer) Analyze(w string, buf []Analysis) []Analysis {
	return append(buf, f[strings.ToLower(w)]...)
}

func (f fakeAnalyzer) Forms(lemma string) []string {
	var out []string
	for w, rs := range f {
		for _, r := range rs {
			if r.Lemma == lemma {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

func newDoc(text string) *lint.Document {
	return lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
}

func hex(f Feature) string { return fmt.Sprintf("%x", uint32(f)) }

func newFake() fakeAnalyzer {
	v := Verb | Indicative
	f := fakeAnalyzer{}
	add := func(w, lemma string, ft Feature) { f[w] = append(f[w], Analysis{Lemma: lemma, Features: ft}) }
	for _, l := range []struct{ stem, inf, vowel string }{{"analiz", "analizar", "a"}, {"evalu", "evaluar", "a"}, {"discut", "discutir", "e"}} {
		add(l.inf, l.inf, Verb|Infinitive)
		add(l.stem+"o", l.inf, v|Present|First|Singular)
		add(l.stem+l.vowel, l.inf, v|Present|Third|Singular)
		add(l.stem+l.vowel+"n", l.inf, v|Present|Third|Plural)
		add(l.stem+strings.Replace(l.vowel, "e", "i", 1)+"mos", l.inf, v|Present|First|Plural)
		ger := "ando"
		if l.vowel == "e" {
			ger = "iendo"
		}
		add(l.stem+ger, l.inf, Verb|Gerund)
		add(l.stem+"ó", l.inf, v|Preterite|Third|Singular)
	}
	for w, ft := range map[string]Feature{"estoy": First | Singular, "está": Third | Singular, "estamos": First | Plural, "están": Third | Plural} {
		add(w, "estar", v|Present|ft)
	}
	add("consejo", "consejo", Noun|Masculine|Singular)
	add("consejos", "consejo", Noun|Masculine|Plural)
	add("comisión", "comisión", Noun|Feminine|Singular)
	add("comisiones", "comisión", Noun|Feminine|Plural)
	add("propuesta", "propuesta", Noun|Feminine|Singular)
	add("propuesta", "proponer", Verb|Participle|Feminine|Singular)
	return f
}

const testClasses = `
# test classes
deliberar: analizar evaluar discutir
organo: consejo comisión ieesonora
`

func compileTest(t *testing.T, entries ...string) *Matcher {
	t.Helper()
	m, err := CompileEnv([]Source{{Name: "t", File: "t.txt", Text: strings.Join(entries, "\n")}}, nil,
		&Env{Classes: testClasses, ClassesFile: "classes.txt", Analyzer: newFake()})
	require.NoError(t, err)
	return m
}

func TestLemmaPatterns(t *testing.T) {
	cases := []struct {
		name, entry string
		match, miss []string
	}{
		{"any form of a lemma", "deliberation error ~analizar",
			[]string{"analizamos", "se analiza", "ANALIZANDO", "analizo", "analizo sin acento: analizó"},
			[]string{"análisis", "analizador", "analizadora"}},
		{"lemma with a filter", "deliberation error ~analizar:ger",
			[]string{"analizando", "están analizando"},
			[]string{"analiza", "analizamos", "analizar"}},
		{"filter with alternatives", "deliberation error ~analizar:pres.1pl,ger",
			[]string{"analizamos", "analizando"},
			[]string{"analiza", "analizo"}},
		{"class", "deliberation error %deliberar:ger",
			[]string{"evaluando", "discutiendo", "analizando"},
			[]string{"evalúa", "discuten", "evaluación"}},
		{"class and lemma", "deliberation error ~estar %deliberar:ger",
			[]string{"estamos evaluando", "está discutiendo", "esta discutiendo", "Estoy analizando"},
			[]string{"estamos, evaluando", "evaluando", "estamos de acuerdo"}},
		{"gap", "deliberation error %organo ..3 %deliberar:pres.3",
			[]string{"el consejo analiza", "la Comisión de Organización evalúa", "el consejo, en su sesión, discute", "IEESonora analiza"},
			[]string{"el consejo local de la ciudad evalúa", "el consejo. Analiza", "analiza el consejo"}},
		{"optional negation", "deliberation error no? se ha decidido",
			[]string{"no se ha decidido", "se ha decidido"},
			[]string{"no se decidió"}},
		{"part of speech", "deliberation error proyecto de <noun>",
			[]string{"proyecto de propuesta", "proyecto de consejo"},
			[]string{"proyecto de analizar", "proyecto de hoy"}},
		{"part of speech with features", "deliberation error la <verb.part.fem>",
			[]string{"la propuesta"},
			[]string{"la comisión", "la consejo"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := compileTest(t, c.entry)
			for _, text := range c.match {
				assert.NotEmpty(t, find(t, m, "t", text), "%q should match %q", c.entry, text)
			}
			for _, text := range c.miss {
				assert.Empty(t, find(t, m, "t", text), "%q should not match %q", c.entry, text)
			}
		})
	}
}

func TestLemmaSpanQuotesGap(t *testing.T) {
	m := compileTest(t, "deliberation error %organo ..3 %deliberar:pres.3")
	doc := newDoc("Hoy el Consejo General evalúa la propuesta.")
	ms := m.Find(m.Stream(doc), "t")
	require.Len(t, ms, 1)
	assert.Equal(t, "Consejo General evalúa", doc.Slice(ms[0].Span))
}

func TestLemmaSyntaxErrors(t *testing.T) {
	for _, entry := range []string{
		"x error ~analizar:nope",
		"x error %nada",
		"x error %Mayus",
		"x error a ..0 b",
		"x error a ..9 b",
		"x error ..2 b",
		"x error a ..2",
		"x error a ..2 ..2 b",
		"x error no? ..2 b",
		"x error no?",
		"x error a <verb",
		"x error a <>",
		"x error ~",
	} {
		_, err := CompileEnv([]Source{{Name: "t", File: "t.txt", Text: entry}}, nil, &Env{Classes: testClasses, Analyzer: newFake()})
		assert.Error(t, err, entry)
	}
}

func TestLemmaConfigUnknownLemma(t *testing.T) {
	env := &Env{Classes: testClasses, Analyzer: newFake()}
	_, err := CompileEnv([]Source{{Name: "t", File: "t.txt", Text: "x error ~analizar"}},
		map[string]lint.Lexicon{"t": {Add: []string{"x error ~zarandear"}}}, env)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "zarandear")
}

func TestLemmaExamples(t *testing.T) {
	m := compileTest(t, "deliberation error ~estar %deliberar:ger", "x error no? lo ..2 ~analizar:pres.3", "x error de <noun>")
	es := m.Entries("t")
	assert.ElementsMatch(t, []string{"estamos analizando", "estamos evaluando", "estamos discutiendo"}, m.Examples(es[0]))
	assert.ElementsMatch(t, []string{"no lo analiza", "lo analiza"}, m.Examples(es[1]))
	assert.Empty(t, m.Examples(es[2]))
	assert.Empty(t, m.Unresolved())
}

func TestFormsTable(t *testing.T) {
	env := &Env{Classes: testClasses, Forms: "# generated\nanalizar analizando=" + hex(Verb|Gerund) + " analiza=" + hex(Verb|Indicative|Present|Third|Singular) + " bad=zz\n"}
	m, err := CompileEnv([]Source{{Name: "t", Text: "x error ~analizar:ger"}}, nil, env)
	require.NoError(t, err)
	assert.NotEmpty(t, find(t, m, "t", "analizando"))
	assert.Empty(t, find(t, m, "t", "analiza"))
}
