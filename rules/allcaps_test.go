package rules

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

func TestAllCapsTestdata(t *testing.T) { runTestdata(t, "all-caps", allCapsFromConfig) }

func TestAllCaps(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		kind  string // "" for no finding
		quote string // text the finding marks
		fixed string // text after the fix ("" = unchanged)
	}{
		// Positive cases.
		{name: "accented run", text: "Hoy es el ÚLTIMO DÍA para votar.", kind: "run", quote: "ÚLTIMO DÍA", fixed: "Hoy es el último día para votar."},
		{name: "words without their accents still shout and get them back", text: "Aviso: ATENCION A LA CIUDADANIA de Sonora", kind: "run", fixed: "Aviso: atención a la ciudadanía de Sonora"},
		{name: "institution names", text: "Firma: MESA DE TRABAJO CON LA UNIVERSIDAD DE SONORA Y EL ITSON", kind: "run", fixed: "Firma: mesa de trabajo con la Universidad de Sonora y el ITSON"},
		{name: "names keep their initials", text: "Habló la consejera presidenta, MARÍA FERNANDA ROMERO, en el foro.", kind: "run", fixed: "Habló la consejera presidenta, María Fernanda Romero, en el foro."},
		{name: "one short word as the whole post", text: "¡VOTA!", kind: "post", fixed: "¡Vota!"},
		{name: "whole post", text: "VOTA ESTE DOMINGO EN SONORA", kind: "post", fixed: "Vota este domingo en Sonora"},
		{name: "whole post with acronym", text: "CONSULTA EL PREP DEL IEE", kind: "post", fixed: "Consulta el PREP del IEE"},
		{name: "sentence case per sentence", text: "ÚLTIMO DÍA. VOTA HOY.", kind: "post", fixed: "Último día. Vota hoy."},
		{name: "three short words", text: "Recuerda que HOY SE VOTA en todo el estado.", kind: "run", quote: "HOY SE VOTA", fixed: "Recuerda que hoy se vota en todo el estado."},
		{name: "long single word", text: "Es IMPORTANTE llevar tu credencial.", kind: "word", quote: "IMPORTANTE", fixed: "Es importante llevar tu credencial."},
		{name: "mixed-case acronym restored", text: "PARTICIPA CON EL IEEYPC", kind: "post", fixed: "Participa con el IEEyPC"},
		{name: "proper phrase restored", text: "Sesión: CONVOCA EL CONSEJO GENERAL DEL INSTITUTO NACIONAL ELECTORAL", kind: "run", fixed: "Sesión: convoca el Consejo General del Instituto Nacional Electoral"},
		{name: "place name", text: "Foro en la ciudad: PARTICIPA EN NAVOJOA Y EN PUERTO PEÑASCO", kind: "run", fixed: "Foro en la ciudad: participa en Navojoa y en Puerto Peñasco"},
		{name: "hashtag inside run stays", text: "Gracias. VOTA #Sonora2027 ESTE DOMINGO", kind: "sentence", fixed: "Gracias. Vota #Sonora2027 este domingo"},
		{name: "roman numeral kept", text: "El artículo dice: SE APLICA LA FRACCIÓN XXIII", kind: "run", fixed: "El artículo dice: se aplica la fracción XXIII"},
		{name: "roman lookalike word lowered", text: "Lo dijo claro: VOTA POR MI DISTRITO", kind: "run", fixed: "Lo dijo claro: vota por mi distrito"},
		{name: "single letters lowered in run", text: "Un aviso: INFÓRMATE Y VOTA A TIEMPO", kind: "run", fixed: "Un aviso: infórmate y vota a tiempo"},
		{name: "line start is sentence start", text: "Aviso\nÚLTIMO DÍA\nVota hoy", kind: "sentence", fixed: "Aviso\nÚltimo día\nVota hoy"},
		// Negative cases.
		{name: "plain text", text: "El Instituto informa que mañana abre el registro."},
		{name: "acronyms", text: "El INE, el IEE y el TEE coordinan el PREP."},
		{name: "three acronyms in a row", text: "Firman INE IEE TEE el convenio."},
		{name: "short unknown acronym", text: "La CEA y la SEDUE participan en la reunión."},
		{name: "long unknown acronym without vowels", text: "Trámites en el ISSSTESON y en el SNTE."},
		{name: "digits", text: "Usa el código ABC123 en el formulario."},
		{name: "roman numeral", text: "Capítulo XXIII del reglamento."},
		{name: "roman numeral that is a word, alone", text: "Fracción\nVI. Se identificarán las cuentas."},
		{name: "roman numeral that is a word, in a sentence", text: "Lo dice la fracción VI."},
		{name: "short word for emphasis", text: "Es MUY importante votar."},
		{name: "hashtag in capitals", text: "Participa con #VOTAINFORMADO este año."},
		{name: "mention in capitals", text: "Síguenos en @IEESONORA para más información."},
		{name: "url in capitals", text: "Más en https://ieesonora.org.mx/PREP/RESULTADOS hoy."},
		{name: "single letter", text: "Marca la opción A en la boleta."},
		{name: "config acronym", text: "La COPARMEX y la CANACINTRA organizaron el foro."},
		{name: "party list", text: "Asisten PRI, PAN, PRD, PT, PVEM, MC y MORENA."},
		{name: "empty", text: ""},
		{name: "initials", text: "Saludos cordiales.\nA.C."},
		{name: "dotted acronym in a sentence", text: "Llegó de E.U.A. ayer."},
		{name: "short acronym as a sentence", text: "Gracias a la SEDUE. CEA. Todos participaron."},
		{name: "list of unknown acronyms", text: "Requisitos técnicos: MMX, SCSI, EDO, SVGA y más."},
		{name: "unknown acronym alone as a post", text: "SEDUE"},
		{name: "only numbers", text: "2027 2028"},
	}
	r := NewAllCaps(AllCapsOptions{Acronyms: []string{"COPARMEX", "CANACINTRA"}}, nil, nil, dict.Default())
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := formLint(t, lint.Config{}, r, lint.Post{Text: tc.text})
			if tc.kind == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1, "%v", fs)
			f := fs[0]
			assert.Equal(t, tc.kind, f.Kind)
			assert.Equal(t, lint.Warning, f.Severity)
			assert.Equal(t, []string{"6.XXIII"}, f.Criteria)
			if tc.quote != "" {
				assert.Equal(t, tc.quote, f.Text)
			}
			if tc.fixed != "" {
				got := formFix(t, lint.Config{}, r, lint.Post{Text: tc.text})
				assert.Equal(t, tc.fixed, got)
				assert.Empty(t, formLint(t, lint.Config{}, r, lint.Post{Text: got}), "the fixed text is clean")
			}
		})
	}
}

func TestAllCapsConfigWordsAndAcronyms(t *testing.T) {
	cfg := lint.Config{Acronyms: []string{"SEDESSON"}, Words: []string{"Huachinera", "consejería"}}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := allCapsFromConfig(&rc)
	require.NoError(t, err)
	text := "VISITA LA SEDESSON EN HUACHINERA"
	got := formFix(t, cfg, r, lint.Post{Text: text})
	assert.Equal(t, "Visita la SEDESSON en Huachinera", got)
}

func TestAllCapsOptions(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte("rules:\n  all-caps: {min_run: 2, max_acronym: 3, proper_nouns: [Bacadéhuachi]}\n"), "t.yaml")
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := allCapsFromConfig(&rc)
	require.NoError(t, err)
	// min_run 2: two short capitalised words are a run.
	fs := formLint(t, cfg, r, lint.Post{Text: "Nos vemos HOY AHÍ, en la sede."})
	require.Len(t, fs, 1)
	assert.Equal(t, "Se reúnen en Bacadéhuachi hoy.", formFix(t, cfg, r, lint.Post{Text: "Se reúnen en BACADÉHUACHI HOY."}))
	// max_acronym 3: a four-letter word alone is shouting.
	require.Len(t, formLint(t, cfg, r, lint.Post{Text: "La LISTA está lista."}), 1)
	require.Empty(t, formLint(t, lint.Config{}, NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default()), lint.Post{Text: "La LISTA está lista."}))

	bad, _ := lint.ParseConfig([]byte("rules:\n  all-caps: {shout: 2}\n"), "t.yaml")
	_, err = allCapsFromConfig(&bad)
	require.ErrorContains(t, err, `unknown option "shout"`)
}

func TestCapsRoman(t *testing.T) {
	for _, s := range []string{"XXIII", "IV", "XIV", "MMXXVII", "XL", "CD", "III", "XV", "LX"} {
		assert.True(t, capsRoman(s), s)
	}
	for _, s := range []string{"MI", "DI", "VI", "IIII", "VV", "XXXX", "IC", "ABC", "MIL", "PAN", "I", "VX"} {
		assert.False(t, capsRoman(s), s)
	}
}

func TestAllCapsEnglish(t *testing.T) {
	fs := formLint(t, lint.Config{Lang: lint.English}, NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default()), lint.Post{Text: "Hoy es el ÚLTIMO DÍA."})
	require.Len(t, fs, 1)
	assert.Equal(t, `Text in capitals: "ÚLTIMO DÍA"; write it in upper and lower case (criterion 6.XXIII)`, fs[0].Message)
}

func TestAllCapsLongQuote(t *testing.T) {
	text := strings.Repeat("VOTA ", 40)
	fs := formLint(t, lint.Config{}, NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default()), lint.Post{Text: text})
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "…»")
	assert.Less(t, len(fs[0].Message), 200)
}

func BenchmarkAllCaps(b *testing.B) {
	r := NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default())
	cfg, _ := lint.Config{}.Resolve()
	l, err := lint.New(cfg, r)
	require.NoError(b, err)
	posts := []lint.Post{
		{Text: "El Consejo General del IEE Sonora aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta el acuerdo en https://www.ieesonora.org.mx/acuerdos #VotoInformado"},
		{Text: "ÚLTIMO DÍA PARA REGISTRARTE COMO OBSERVADOR ELECTORAL EN HERMOSILLO. Consulta los requisitos del INE y del IEEyPC en nuestra página."},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(benchCtx, posts[i%len(posts)])
	}
}

func FuzzAllCaps(f *testing.F) {
	for _, s := range []string{"ÚLTIMO DÍA", "VOTA POR MI DISTRITO", "El INE y el IEE", "XXIII", "ＶＯＴＡ ＨＯＹ", "A\u0301RBOL GRANDE AQUÍ"} {
		f.Add(s)
	}
	cfg, _ := lint.Config{}.Resolve()
	l, err := lint.New(cfg, NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default()))
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

func ExampleNewAllCaps() {
	r := NewAllCaps(AllCapsOptions{}, []string{"SEDESSON"}, nil, dict.Default())
	l, _ := lint.New(lint.Config{}, r)
	post := lint.Post{Text: "ÚLTIMO DÍA PARA REGISTRARTE EN HERMOSILLO CON EL IEEYPC Y LA SEDESSON"}
	for _, f := range l.Lint(context.Background(), post).Findings {
		fmt.Println(f.Severity, f.Kind)
	}
	fixed, _, _ := l.Fix(context.Background(), post, nil)
	fmt.Println(fixed)
	// Output:
	// warning post
	// Último día para registrarte en Hermosillo con el IEEyPC y la SEDESSON
}
