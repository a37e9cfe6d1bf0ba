package rules

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestPunctuationTestdata(t *testing.T) { runTestdata(t, "punctuation", punctuationFromConfig) }

func TestPunctuation(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		kinds []string // kinds expected, in order of position
		fixed string   // "" means unchanged
	}{
		// Positive cases.
		{name: "question from sentence start", text: "Ya votaste?", kinds: []string{"opening-question"}, fixed: "¿Ya votaste?"},
		{name: "question after condition", text: "Si tienes dudas, ya consultaste la guía?", kinds: []string{"opening-question"}, fixed: "Si tienes dudas, ¿ya consultaste la guía?"},
		{name: "question after interjection", text: "Oye, sabías que hoy cierra el registro?", kinds: []string{"opening-question"}, fixed: "Oye, ¿sabías que hoy cierra el registro?"},
		{name: "question at interrogative word", text: "Para votar el domingo, dónde está tu casilla?", kinds: []string{"opening-question"}, fixed: "Para votar el domingo, ¿dónde está tu casilla?"},
		{name: "question after colon", text: "Pregunta del día: cuántas casillas habrá?", kinds: []string{"opening-question"}, fixed: "Pregunta del día: ¿cuántas casillas habrá?"},
		{name: "second sentence", text: "Hoy hay sesión. La verás en vivo?", kinds: []string{"opening-question"}, fixed: "Hoy hay sesión. ¿La verás en vivo?"},
		{name: "question after emoji", text: "🗳️ Ya votaste?", kinds: []string{"opening-question"}, fixed: "🗳️ ¿Ya votaste?"},
		{name: "exclamation", text: "Gracias por votar!", kinds: []string{"opening-exclamation"}, fixed: "¡Gracias por votar!"},
		{name: "repeated exclamation", text: "¡Vota!!!", kinds: []string{"repeated-mark"}, fixed: "¡Vota!"},
		{name: "missing opener and repeated", text: "Vota!!!", kinds: []string{"opening-exclamation", "repeated-mark"}, fixed: "¡Vota!"},
		{name: "mixed run", text: "¿En serio?!?!", kinds: []string{"repeated-mark"}, fixed: "¿En serio?"},
		{name: "unclosed question", text: "¿Ya votaste. Te esperamos.", kinds: []string{"unclosed-question"}},
		{name: "unclosed at line end", text: "¡Vota\nTe esperamos", kinds: []string{"unclosed-exclamation"}},
		{name: "unclosed before a list", text: "¿Qué llevar:\n- credencial", kinds: []string{"unclosed-question"}},
		{name: "space before comma", text: "Hola , Sonora", kinds: []string{"space-before"}, fixed: "Hola, Sonora"},
		{name: "space before question", text: "¿Ya votaste ?", kinds: []string{"space-before"}, fixed: "¿Ya votaste?"},
		{name: "space after opener", text: "¡ Vota!", kinds: []string{"space-inside"}, fixed: "¡Vota!"},
		{name: "no space after comma", text: "Hola,Sonora", kinds: []string{"space-after"}, fixed: "Hola, Sonora"},
		{name: "no space after question", text: "¿Votaste?Gracias.", kinds: []string{"space-after"}, fixed: "¿Votaste? Gracias."},
		{name: "glued sentence", text: "Cerraron las votaciones.Gracias por participar.", kinds: []string{"space-after"}, fixed: "Cerraron las votaciones. Gracias por participar."},
		{name: "glued sentence that X links", text: "Concluyó la jornada.La participación fue alta.", kinds: []string{"glued-link"}, fixed: "Concluyó la jornada. La participación fue alta."},
		{name: "no space after closing quote", text: `El foro "Mujeres y política"en Hermosillo.`, kinds: []string{"space-after"}, fixed: `El foro "Mujeres y política" en Hermosillo.`},
		{name: "no space after closing angle quote", text: "El lema «Vota»es claro.", kinds: []string{"space-after"}, fixed: "El lema «Vota» es claro."},
		{name: "no space after parenthesis", text: "La sesión (ordinaria)inicia hoy.", kinds: []string{"space-after"}, fixed: "La sesión (ordinaria) inicia hoy."},
		{name: "space before semicolon after a number", text: "Edición 2027 ; participa.", kinds: []string{"space-before"}, fixed: "Edición 2027; participa."},
		{name: "opening mark glued to a word", text: "Hola¿cómo estás?", kinds: []string{"glued-opening"}, fixed: "Hola ¿cómo estás?"},
		{name: "double space", text: "Vota  hoy", kinds: []string{"double-space"}, fixed: "Vota hoy"},
		{name: "four dots", text: "Espera....", kinds: []string{"extra-dots"}, fixed: "Espera..."},
		{name: "unclosed paren", text: "La sesión (ordinaria.", kinds: []string{"unbalanced-paren"}},
		{name: "stray closing paren", text: "La sesión ordinaria).", kinds: []string{"unbalanced-paren"}},
		{name: "unclosed angle quote", text: "El lema «Vota.", kinds: []string{"unbalanced-quote"}},
		{name: "stray closing quote", text: "El lema Vota».", kinds: []string{"unbalanced-quote"}},
		{name: "odd straight quotes", text: `El lema "Vota.`, kinds: []string{"unbalanced-quote"}},
		// Negative cases.
		{name: "balanced question", text: "¿Ya votaste?"},
		{name: "balanced nested", text: "¡Hola, ¿cómo estás?!"},
		{name: "mixed marks", text: "¡Qué sorpresa?"},
		{name: "question pair", text: "¿Qué?!"},
		{name: "url query", text: "Consulta https://ieesonora.org.mx/?p=5&q=1 hoy."},
		{name: "url with parenthesis", text: "Lee https://es.wikipedia.org/wiki/Sonora_(estado) hoy."},
		{name: "email", text: "Escribe a contacto@ieesonora.org.mx."},
		{name: "time", text: "Abrimos a las 8:00 horas."},
		{name: "thousands", text: "Se instalarán 4,000 casillas."},
		{name: "decimal", text: "Participó el 52.3% del padrón."},
		{name: "domain without scheme", text: "Entra a ieesonora.org.mx y consulta."},
		{name: "ellipsis", text: "Y tú... ¿ya votaste?"},
		{name: "ellipsis before word", text: "Pues...sí."},
		{name: "emoticons", text: "Gracias :) nos vemos ;) :D"},
		{name: "list markers", text: "Opciones: a) votar b) observar"},
		{name: "numbered list", text: "Pasos:\n1) Llega.\n2) Vota."},
		{name: "abbreviation", text: "¿Conoces al Lic. Pérez?"},
		{name: "abbreviation before a number", text: "¿Leíste el art. 5 y el No. 12 del reglamento?"},
		{name: "question wrapped over two lines", text: "¿Sabías que\nhoy cierra el registro?"},
		{name: "no is a word, not an abbreviation", text: "Dijo que no. Ya votaste?", kinds: []string{"opening-question"}, fixed: "Dijo que no. ¿Ya votaste?"},
		{name: "indentation", text: "Requisitos:\n  credencial\n  comprobante"},
		{name: "quotes", text: "El lema «Tu voto cuenta» y “Sonora decide”."},
		{name: "straight quotes", text: `La frase "Sonora decide" gustó.`},
		{name: "quote then punctuation", text: `La frase "Sonora decide", dijo.`},
		{name: "menu letters", text: "Elige A)bortar, R)eintentar o I)gnorar."},
		{name: "straight quotes facing away", text: `Dijo"hola" y se fue.`},
		{name: "plural in parentheses", text: "El (los) candidato(s) registrado(s) deben asistir."},
		{name: "file name", text: "Descarga el archivo guia.pdf en la página."},
		{name: "hashtag and mention", text: "Síguenos en @IEESonora, usa #VotoInformado."},
		{name: "bare question mark", text: "Dudas? Escríbenos.", kinds: []string{"opening-question"}, fixed: "¿Dudas? Escríbenos."},
		{name: "question mark alone", text: "(?)"},
		{name: "short question", text: "¿Y tú?"},
		{name: "date with slashes", text: "Vota el 6/6/2027."},
		{name: "time with abbreviation", text: "Cierre a las 10:30 p. m. del domingo."},
		{name: "contact list", text: "Correo: contacto@ieesonora.org.mx; teléfono: 662 259 4900."},
		{name: "quoted question", text: "«¿Ya votaste?», preguntó la consejera."},
		{name: "period after a link", text: "Entra a ieesonora.org.mx. Ahí está la guía."},
		{name: "semicolon list", text: "Lleva: credencial; comprobante; pluma."},
		{name: "exclamation in the middle", text: "Vota (¡es tu derecho!) este domingo."},
		{name: "empty", text: ""},
	}
	r := NewPunctuation(PunctuationOptions{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := formLint(t, lint.Config{}, r, lint.Post{Text: tc.text})
			var kinds []string
			for _, f := range fs {
				kinds = append(kinds, f.Kind)
				assert.Equal(t, []string{"6.XXII"}, f.Criteria)
			}
			assert.Equal(t, tc.kinds, kinds, "%v", fs)
			want := tc.fixed
			if want == "" {
				want = tc.text
			}
			got := formFix(t, lint.Config{}, r, lint.Post{Text: tc.text})
			assert.Equal(t, want, got)
		})
	}
}

func TestPunctuationSeverities(t *testing.T) {
	fs := formLint(t, lint.Config{}, NewPunctuation(PunctuationOptions{}), lint.Post{Text: "Vota  hoy.... Gracias,Sonora"})
	sev := map[string]lint.Severity{}
	for _, f := range fs {
		sev[f.Kind] = f.Severity
	}
	assert.Equal(t, map[string]lint.Severity{"double-space": lint.Info, "extra-dots": lint.Info, "space-after": lint.Warning}, sev)
}

func TestPunctuationDisable(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte("rules:\n  punctuation: {disable: [double-space, opening-exclamation]}\n"), "t.yaml")
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := punctuationFromConfig(&rc)
	require.NoError(t, err)
	fs := formLint(t, cfg, r, lint.Post{Text: "Vota  hoy!"})
	assert.Empty(t, fs)
	fs = formLint(t, cfg, r, lint.Post{Text: "Ya votaste?"})
	assert.Len(t, fs, 1)

	bad, err := lint.ParseConfig([]byte("rules:\n  punctuation: {disable: [comas]}\n"), "t.yaml")
	require.NoError(t, err)
	_, err = punctuationFromConfig(&bad)
	require.ErrorContains(t, err, `unknown kind "comas"`)
}

func TestPunctuationEnglish(t *testing.T) {
	fs := formLint(t, lint.Config{Lang: lint.English}, NewPunctuation(PunctuationOptions{}), lint.Post{Text: "Ya votaste?"})
	require.Len(t, fs, 1)
	assert.Equal(t, `The question "Ya votaste?" lacks its opening "¿"; add it where the question starts (criterion 6.XXII)`, fs[0].Message)
}

func TestPunctuationHostileInput(t *testing.T) {
	r := NewPunctuation(PunctuationOptions{})
	for _, text := range []string{
		strings.Repeat("?", 100000),
		strings.Repeat("¿", 50000),
		strings.Repeat("(", 50000) + strings.Repeat(")", 50001),
		strings.Repeat("a ,", 30000),
		"\xff\xfe?!\x00¿",
		strings.Repeat("Hola, qué tal? ", 20000),
	} {
		start := time.Now()
		fs := formLint(t, lint.Config{}, r, lint.Post{Text: text})
		assertQuick(t, start, 2*time.Second)
		assert.LessOrEqual(t, len(fs), punctMaxPerKind*len(PunctuationKinds()))
		for _, f := range fs {
			require.True(t, f.Span.Start >= 0 && f.Span.End <= len(text) && f.Span.Start <= f.Span.End)
		}
	}
}

func FuzzPunctuation(f *testing.F) {
	for _, s := range []string{"Ya votaste?", "Si tienes dudas, ya viste?", "Hola , x", "¡¡Vota!!", "a.B", "(«\"", "8:00 :)"} {
		f.Add(s)
	}
	r := NewPunctuation(PunctuationOptions{})
	cfg, _ := lint.Config{}.Resolve()
	l, err := lint.New(cfg, r)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		res := l.Lint(benchCtx, lint.Post{Text: text})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start >= 0 && fd.Span.End <= len(text) && fd.Span.Start <= fd.Span.End)
		}
		once, _, err := l.Fix(benchCtx, lint.Post{Text: text}, nil)
		require.NoError(t, err)
		twice, _, err := l.Fix(benchCtx, lint.Post{Text: once}, nil)
		require.NoError(t, err)
		require.Equal(t, once, twice)
	})
}

func BenchmarkPunctuation(b *testing.B) {
	r := NewPunctuation(PunctuationOptions{})
	cfg, _ := lint.Config{}.Resolve()
	l, err := lint.New(cfg, r)
	require.NoError(b, err)
	posts := []lint.Post{
		{Text: "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita con tiempo. #VotoInformado 🗳️"},
		{Text: "Si tienes dudas , ya consultaste la guía para votar.Es gratuita!!! Horario: 8:00 a 18:00 (casillas especiales)."},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(benchCtx, posts[i%len(posts)])
	}
}

func ExampleNewPunctuation() {
	l, _ := lint.New(lint.Config{}, NewPunctuation(PunctuationOptions{}))
	post := lint.Post{Text: "Si tienes dudas , ya consultaste la guía para votar?Es gratuita!!! Entra a votar.Es rápido."}
	for _, f := range l.Lint(context.Background(), post).Findings {
		fmt.Println(f.Kind)
	}
	fixed, _, _ := l.Fix(context.Background(), post, nil)
	fmt.Println(fixed)
	// Output:
	// space-before
	// opening-question
	// space-after
	// opening-exclamation
	// repeated-mark
	// glued-link
	// Si tienes dudas, ¿ya consultaste la guía para votar? ¡Es gratuita! Entra a votar. Es rápido.
}
