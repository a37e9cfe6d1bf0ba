package rules

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestUnverifiedSourceTestdata(t *testing.T) {
	runTestdata(t, "unverified-source", unverifiedSourceFromConfig)
}

func TestUnverifiedSourceTable(t *testing.T) {
	r, err := NewUnverifiedSource(UnverifiedSourceOptions{})
	require.NoError(t, err)
	positives := []struct{ name, text, want string }{
		{"supuestamente", "Supuestamente la sesión se pospone.", "hearsay"},
		{"dicen que", "Dicen que no habrá casillas especiales.", "hearsay"},
		{"extraoficialmente", "Extraoficialmente, el cómputo termina hoy.", "hearsay"},
		{"virtual ganadora", "La virtual ganadora de Cajeme dará conferencia.", "results"},
		{"van ganando", "Van ganando por poco en Nogales.", "results"},
		{"se filtró", "Se filtró que cambiarán las sedes.", "rumour"},
		{"preliminary without link", "Resultados preliminares: 52% contra 48%.", "results"},
		{"preliminary with a foreign link", "Resultados preliminares en https://encuestas.example.com/sonora", "results"},
		{"stretched", "Supuestamenteee cierran mañana.", "hearsay"},
	}
	for _, c := range positives {
		t.Run("positive/"+c.name, func(t *testing.T) {
			fs := voiceLint(t, r, c.text, false)
			require.NotEmpty(t, fs, c.text)
			assert.Equal(t, c.want, fs[0].Kind)
			assert.Contains(t, fs[0].Message, "fuente oficial")
		})
	}
	negatives := []struct{ name, text string }{
		{"prep link", "Resultados preliminares: https://prep.ieesonora.org.mx"},
		{"subdomain of an allowed domain", "Tendencias preliminares del conteo rápido en https://computos.ine.mx"},
		{"debunk", "Es falso que ya ganó un partido: los cómputos inician el miércoles."},
		{"quoted rumour", "Circulan mensajes como «supuestamente cambiaron las casillas». Consulta la información oficial."},
		{"official count", "El cómputo distrital confirmó el resultado de la elección en Hermosillo."},
		{"parecer verb", "¿Te parece complicado votar? Te explicamos paso a paso."},
		{"dice que the law", "La ley dice que el voto es libre y secreto."},
		{"municipalities", "Huatabampo, Etchojoa y Navojoa concluyeron sus cómputos."},
		{"names the PREP", "Los resultados preliminares se publicarán desde las 20:00 horas en el PREP."},
		{"democracy won", "¡Ya ganó la democracia! Gracias por votar."},
		{"filtering results", "Los datos se filtran por municipio y por casilla."},
	}
	for _, c := range negatives {
		t.Run("negative/"+c.name, func(t *testing.T) {
			assert.Empty(t, voiceLint(t, r, c.text, false), c.text)
		})
	}
}

func TestUnverifiedSourceDomainsFromConfig(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte("institution:\n  domains: [iee.example.mx]\nallowed_domains: []\n"), "v.yaml")
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := unverifiedSourceFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	lintText := func(s string) []lint.Finding { return l.Lint(context.Background(), lint.Post{Text: s}).Findings }
	assert.Empty(t, lintText("Resultados preliminares: https://prep.iee.example.mx"))
	assert.NotEmpty(t, lintText("Resultados preliminares: https://prep.ieesonora.org.mx"))
}

func TestUnverifiedSourceCleanSet(t *testing.T) {
	r, err := NewUnverifiedSource(UnverifiedSourceOptions{})
	require.NoError(t, err)
	voiceCleanSet(t, r)
	voiceScunthorpe(t, r)
}

func TestUnverifiedSourceEvasions(t *testing.T) {
	r, err := NewUnverifiedSource(UnverifiedSourceOptions{})
	require.NoError(t, err)
	for _, text := range []string{"SUPUESTAMENTE cierran", "s.u.p.u.e.s.t.a.m.e.n.t.e", "Trascendiooo que sí", "YA GANÓ", "ya gan0", "según   fuentes"} {
		assert.NotEmpty(t, voiceLint(t, r, text, false), text)
	}
}

func BenchmarkUnverifiedSource(b *testing.B) {
	r, err := NewUnverifiedSource(UnverifiedSourceOptions{})
	require.NoError(b, err)
	voiceBench(b, r)
}
