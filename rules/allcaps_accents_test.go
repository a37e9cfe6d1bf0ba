package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

// capsProposal returns the text the all-caps finding of text proposes, and
// whether its fix is safe (applied by --fix without a person).
func capsProposal(t *testing.T, r *AllCaps, text string) (string, bool) {
	t.Helper()
	fs := formLint(t, lint.Config{}, r, lint.Post{Text: text})
	require.Len(t, fs, 1, "one all-caps finding in %q", text)
	f := fs[0]
	require.Len(t, f.Fixes, 1)
	fixed, err := f.Fixes[0].Apply(text)
	require.NoError(t, err)
	return fixed, f.Fixes[0].Safe
}

// TestAllCapsRestoresAccents writes shouted headlines in sentence case:
// accents restored from the dictionary, acronyms kept, proper nouns
// capitalised where they are proper nouns. A fix that had to choose
// between two words (último or ultimo, esta or está, the town of
// Magdalena or a magdalena) is offered but not safe.
func TestAllCapsRestoresAccents(t *testing.T) {
	cases := []struct {
		text, want string
		safe       bool
	}{
		// Accents that only one word can carry.
		{"AVISO IMPORTANTE PARA LA CIUDADANIA", "Aviso importante para la ciudadanía", true},
		{"CONSULTA LA UBICACION DE TU CASILLA", "Consulta la ubicación de tu casilla", true},
		{"SESION EXTRAORDINARIA DEL CONSEJO GENERAL", "Sesión extraordinaria del Consejo General", true},
		{"EL TRIBUNAL ESTATAL ELECTORAL RESOLVIO LA IMPUGNACION", "El Tribunal Estatal Electoral resolvió la impugnación", true},
		{"CONSULTA EL PREP Y LOS COMPUTOS DEL IEE", "Consulta el PREP y los cómputos del IEE", true},
		{"MAÑANA SESIONA EL INE A LAS 10:00", "Mañana sesiona el INE a las 10:00", true},
		{"¿YA TIENES TU CREDENCIAL PARA VOTAR?", "¿Ya tienes tu credencial para votar?", true},
		{"NO OLVIDES LLEVAR TU CREDENCIAL", "No olvides llevar tu credencial", true},
		{"LA CREDENCIAL ES GRATUITA Y TU VOTO ES SECRETO", "La credencial es gratuita y tu voto es secreto", true},
		{"ELECCION 2027: CONOCE A LAS CANDIDATURAS", "Elección 2027: conoce a las candidaturas", true},
		{"CAPACITACION PARA FUNCIONARIOS DE CASILLA", "Capacitación para funcionarios de casilla", true},
		{"INSCRIBETE EN LA CONVOCATORIA DE OBSERVACION ELECTORAL", "Inscríbete en la convocatoria de observación electoral", true},
		// Accents already written are kept, and show the writer uses them.
		{"ÚLTIMO DÍA PARA REGISTRARTE", "Último día para registrarte", true},
		{"ÚLTIMO DIA PARA REGISTRARTE", "Último día para registrarte", true},
		{"ESTA ES LA ÚLTIMA SEMANA", "Esta es la última semana", true},
		// A word that exists with and without the accent.
		{"ULTIMO DIA PARA SOLICITAR TU REPOSICION DE CREDENCIAL!!!", "Último día para solicitar tu reposición de credencial!!!", false},
		{"INFORMACION IMPORTANTE SOBRE EL COMPUTO DISTRITAL", "Información importante sobre el cómputo distrital", false},
		{"ESTA ES LA SEMANA DEL DEBATE", "Esta es la semana del debate", false},
		// Sentence case per sentence and line.
		{"GRACIAS POR PARTICIPAR. NOS VEMOS EN LA PROXIMA SESION", "Gracias por participar. Nos vemos en la próxima sesión", true},
		{"AVISO\nLAS OFICINAS ABREN EL LUNES", "Aviso\nLas oficinas abren el lunes", true},
		// Institutions, places and acronyms.
		{"EL INSTITUTO ESTATAL ELECTORAL Y DE PARTICIPACION CIUDADANA INFORMA", "El Instituto Estatal Electoral y de Participación Ciudadana informa", true},
		{"VOTA EN HERMOSILLO, CAJEME Y NAVOJOA", "Vota en Hermosillo, Cajeme y Navojoa", true},
		{"REUNION DE TRABAJO EN CIUDAD OBREGON", "Reunión de trabajo en Ciudad Obregón", true},
		{"RESULTADOS DEL PREP EN AGUA PRIETA", "Resultados del PREP en Agua Prieta", true},
		{"GRACIAS A LA CIUDADANIA DE SAN LUIS RIO COLORADO", "Gracias a la ciudadanía de San Luis Río Colorado", true},
		{"CONSULTA LOS RESULTADOS DEL PREP EN HERMOSILLO Y CAJEME", "Consulta los resultados del PREP en Hermosillo y Cajeme", true},
		{"ASISTE AL FORO DEL IEEYPC EN LA UNIVERSIDAD DE SONORA", "Asiste al foro del IEEyPC en la Universidad de Sonora", true},
		{"EL CONSEJO MUNICIPAL DE GENERAL PLUTARCO ELIAS CALLES SESIONA HOY", "El consejo municipal de General Plutarco Elías Calles sesiona hoy", true},
		// A place that is also a common word is a place only where the
		// context says so.
		{"LAS FRONTERAS DEL DISTRITO CAMBIARON", "Las fronteras del distrito cambiaron", true},
		{"RECORRIDO POR LAS CALLES DEL CENTRO", "Recorrido por las calles del centro", true},
		{"SE BUSCAN CAPACITADORES EN MAGDALENA", "Se buscan capacitadores en Magdalena", false},
		{"LOS CONSEJOS MUNICIPALES DE EMPALME Y GUAYMAS", "Los consejos municipales de Empalme y Guaymas", false},
		{"VOTA EN EL ESTADO DE SONORA", "Vota en el estado de Sonora", true},
		// Names: known ones are sure; a word no list knows is taken for a
		// surname, which a person confirms.
		{"HABLÓ LA CONSEJERA MARÍA FERNANDA ROMERO", "Habló la consejera María Fernanda Romero", true},
		{"HABLÓ LA CONSEJERA MARÍA FERNANDA QUIHUIS ZAVALETA", "Habló la consejera María Fernanda Quihuis Zavaleta", false},
		// Acronyms, numbers and tokens stay as written.
		{"CONSULTA EL PREP 2027 EN #SONORADECIDE", "Consulta el PREP 2027 en #SONORADECIDE", true},
		{"EL INE Y EL IEEYPC FIRMAN CONVENIO", "El INE y el IEEyPC firman convenio", true},
		// Words that take their accent only as a derived form.
		{"INFORMATE Y VOTA", "Infórmate y vota", true},
	}
	r := NewAllCaps(AllCapsOptions{}, nil, nil, dict.Default())
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			got, safe := capsProposal(t, r, tc.text)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.safe, safe, "safe")
		})
	}
}
