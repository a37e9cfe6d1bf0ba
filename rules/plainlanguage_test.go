package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestPlainLanguageTestdata(t *testing.T) {
	runTestdata(t, "plain-language", plainLanguageFromConfig)
}

func TestPlainLanguageBureaucratic(t *testing.T) {
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(t, err)
	l, err := lint.New(lint.Config{}, r)
	require.NoError(t, err)
	cases := []struct{ name, in, fixed string }{
		{"porque", "En virtud de que llueve, la sesión será virtual.", "Porque llueve, la sesión será virtual."},
		{"para", "Acude a efecto de votar.", "Acude para votar."},
		{"el dia de hoy", "El día de hoy inicia el registro.", "Hoy inicia el registro."},
		{"coadyuvó", "La escuela coadyuvó con la consulta.", "La escuela ayudó con la consulta."},
		{"two alternatives, the first", "Toda vez que cerró el plazo, no hay registro.", "Porque cerró el plazo, no hay registro."},
		{"formula", "Sírvase presentar su credencial.", "Por favor presentar su credencial."},
		{"letter", "Sin otro particular, reciba un cordial saludo.", "Gracias, saludos."},
		{"clean", "Porque llueve, la sesión será virtual.", "Porque llueve, la sesión será virtual."},
	}
	first := func(f lint.Finding) int { return 0 } // the person picks the first fix
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, err := l.Fix(context.Background(), lint.Post{Text: c.in}, nil)
			require.NoError(t, err)
			assert.Equal(t, c.in, got, "no plain-language fix is applied without a person")
			got, _, err = l.Fix(context.Background(), lint.Post{Text: c.in}, first)
			require.NoError(t, err)
			assert.Equal(t, c.fixed, got)
		})
	}
}

func TestPlainLanguageMeasures(t *testing.T) {
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(t, err)
	long := strings.Repeat("palabra ", 31) + "final."
	fs := voiceLint(t, r, long, false)
	require.Len(t, fs, 1)
	assert.Equal(t, "long-sentence", fs[0].Kind)
	assert.Equal(t, lint.Info, fs[0].Severity)
	assert.Empty(t, voiceLint(t, r, strings.Repeat("palabra ", 29)+"final.", false), "30 words is fine")

	// Hard text: long words in long sentences, 3 sentences and 60+ words.
	hard := strings.Repeat("La institucionalización constitucional de procedimientos administrativos interinstitucionales correspondientes "+
		"determinará responsabilidades organizacionales intergubernamentales. ", 5) +
		strings.Repeat("Consideraciones jurisdiccionales extraordinarias. ", 6)
	fs = voiceLint(t, r, hard, false)
	require.NotEmpty(t, fs)
	assert.Equal(t, "readability", fs[len(fs)-1].Kind, fs)
	assert.Contains(t, fs[len(fs)-1].Message, "INFLESZ")

	// The same words in a short post are never scored.
	assert.Empty(t, voiceLint(t, r, "La institucionalización constitucional interinstitucional.", false))

	// Easy text of the same size is not reported.
	easy := strings.Repeat("Ve a tu casilla el domingo. Lleva tu credencial. Vota con calma y en paz. ", 6)
	assert.Empty(t, voiceLint(t, r, easy, false))

	fh, err := NewPlainLanguage(PlainLanguageOptions{Formula: "fernandez-huerta", MinScore: 120})
	require.NoError(t, err)
	fs = voiceLint(t, fh, easy, false)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "Fernández-Huerta")
}

func TestPlainLanguageOptions(t *testing.T) {
	for _, o := range []PlainLanguageOptions{
		{Formula: "flesch"}, {MinScore: -1}, {MaxSentenceWords: -3}, {MinWords: -1},
	} {
		_, err := NewPlainLanguage(o)
		assert.Error(t, err, "%+v", o)
	}
	cfg, err := lint.ParseConfig([]byte("rules:\n  plain-language:\n    max_sentence_words: 5\n"), "v.yaml")
	require.NoError(t, err)
	r, err := plainLanguageFromConfig(&cfg)
	require.NoError(t, err)
	assert.NotEmpty(t, voiceLint(t, r, "Una dos tres cuatro cinco seis.", false))
	cfg, err = lint.ParseConfig([]byte("rules:\n  plain-language:\n    formula: flesch\n"), "v.yaml")
	require.NoError(t, err)
	_, err = plainLanguageFromConfig(&cfg)
	require.ErrorContains(t, err, "v.yaml")
}

func TestPlainLanguageCleanSet(t *testing.T) {
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(t, err)
	voiceCleanSet(t, r)
	voiceScunthorpe(t, r)
}

func TestPlainLanguageEvasions(t *testing.T) {
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(t, err)
	for _, text := range []string{"EN VIRTUD DE QUE llueve", "Coadyuvaaar con la consulta", "a  efecto  de votar"} {
		assert.NotEmpty(t, voiceLint(t, r, text, false), text)
	}
}

func BenchmarkPlainLanguage(b *testing.B) {
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(b, err)
	voiceBench(b, r)
}

// FuzzPlainLanguage checks spans and fixes on any input: spans inside the
// text, and fixing twice changes nothing more than fixing once.
func FuzzPlainLanguage(f *testing.F) {
	for _, s := range []string{"En virtud de que llueve", "EN VIRTUD DE QUE", "a efecto de a efecto de", "el día de hoy. El día de hoy", "\xffcoadyuvar\x00", strings.Repeat("palabra ", 40)} {
		f.Add(s)
	}
	r, err := NewPlainLanguage(PlainLanguageOptions{})
	require.NoError(f, err)
	l, err := lint.New(lint.Config{}, r)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		res := l.Lint(context.Background(), lint.Post{Text: s})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start >= 0 && fd.Span.Start <= fd.Span.End && fd.Span.End <= len(s))
		}
		once, _, err := l.Fix(context.Background(), lint.Post{Text: s}, nil)
		require.NoError(t, err)
		twice, _, err := l.Fix(context.Background(), lint.Post{Text: once}, nil)
		require.NoError(t, err)
		require.Equal(t, once, twice)
	})
}
