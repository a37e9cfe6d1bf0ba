package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestInternalDeliberationTestdata(t *testing.T) {
	runTestdata(t, "internal-deliberation", internalDeliberationFromConfig)
}

func TestInternalDeliberationTable(t *testing.T) {
	r, err := NewInternalDeliberation(InternalDeliberationOptions{})
	require.NoError(t, err)
	positives := []struct{ name, text, want string }{
		{"borrador", "Adjuntamos el borrador de la convocatoria.", "draft"},
		{"borradores", "Los borradores de lineamientos ya circulan.", "draft"},
		{"proyecto de acuerdo", "Este es el proyecto de acuerdo que se votará.", "draft"},
		{"reservado label", "RESERVADO: lista de sedes alternas.", "reserved"},
		{"confidential label with colon", "Confidencial: resultados de la auditoría interna.", "reserved"},
		{"documento confidencial", "Les compartimos un documento confidencial.", "reserved"},
		{"no publicar capitals", "NO PUBLICAR. Sedes de capacitación.", "reserved"},
		{"not official yet", "Aún no es oficial, pero la sede cambia.", "reserved"},
		{"no consensus", "En el Consejo no hay consenso sobre la sede.", "deliberation"},
		{"internal division", "Hay división interna por el presupuesto.", "deliberation"},
		{"evasion dotted", "b.o.r.r.a.d.o.r del calendario", "draft"},
	}
	for _, c := range positives {
		t.Run("positive/"+c.name, func(t *testing.T) {
			fs := voiceLint(t, r, c.text, false)
			require.NotEmpty(t, fs, c.text)
			assert.Equal(t, c.want, fs[0].Kind)
			assert.Equal(t, lint.Error, fs[0].Severity)
		})
	}
	negatives := []struct{ name, text string }{
		{"acuerdo alone", "Consulta el acuerdo del Consejo General sobre debates."},
		{"sesion alone", "Hoy hay sesión extraordinaria del Consejo General."},
		{"approved project", "Se aprobó el proyecto de acuerdo de topes de campaña."},
		{"confidential data promise", "Tu denuncia es confidencial: protegemos tus datos."},
		{"reserved seats", "Habrá asientos reservados para personas mayores."},
		{"analysing a request", "Se está analizando tu solicitud; te responderemos pronto."},
		{"do not share ballots", "No compartas fotos de tu boleta."},
		{"pending registration", "Queda pendiente el registro de dos planillas que deben subsanar requisitos."},
		{"municipalities", "Álamos, Sáric y Yécora instalaron sus consejos."},
	}
	for _, c := range negatives {
		t.Run("negative/"+c.name, func(t *testing.T) {
			assert.Empty(t, voiceLint(t, r, c.text, false), c.text)
		})
	}
}

func TestInternalDeliberationCleanSet(t *testing.T) {
	r, err := NewInternalDeliberation(InternalDeliberationOptions{})
	require.NoError(t, err)
	voiceCleanSet(t, r)
	voiceScunthorpe(t, r)
}

func TestInternalDeliberationEvasions(t *testing.T) {
	r, err := NewInternalDeliberation(InternalDeliberationOptions{})
	require.NoError(t, err)
	for _, text := range []string{"B0RRAD0R del calendario", "b o r r a d o r", "uso   interno", "CONFIDENCIAAAL", "N.O P.U.B.L.I.C.A.R"} {
		assert.NotEmpty(t, voiceLint(t, r, text, false), text)
	}
}

func BenchmarkInternalDeliberation(b *testing.B) {
	r, err := NewInternalDeliberation(InternalDeliberationOptions{})
	require.NoError(b, err)
	voiceBench(b, r)
}
