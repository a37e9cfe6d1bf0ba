package rules

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// ctxCase is a sentence and the one context correction expected in it
// (word and fix empty: the sentence is right and nothing is reported).
type ctxCase struct{ text, word, fix string }

func runCtxCases(t *testing.T, kind string, cases []ctxCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			fs := lintSpelling(t, SpellingOptions{}, tt.text)
			if tt.word == "" {
				assert.Empty(t, fs, "a right use is not reported: %+v", fs)
				return
			}
			require.Len(t, fs, 1, "findings: %+v", fs)
			f := fs[0]
			assert.Equal(t, kind, f.Kind)
			assert.Equal(t, tt.word, tt.text[f.Span.Start:f.Span.End])
			require.NotEmpty(t, f.Fixes)
			assert.Equal(t, tt.fix, f.Fixes[0].Edits[0].New)
			assert.False(t, f.Fixes[0].Safe, "a context correction is for a person to confirm")
			assert.Contains(t, f.Message, "6.XXII")
		})
	}
}

func TestSpellingContextAccents(t *testing.T) {
	runCtxCases(t, "accent", []ctxCase{
		// más / mas
		{"Mas información en el sitio.", "Mas", "Más"},
		{"Necesitamos mas casillas.", "mas", "más"},
		{"Más información en el sitio.", "", ""},
		{"Lo intentó, mas no lo logró.", "", ""},
		// está / esta
		{"El PREP esta disponible.", "esta", "está"},
		{"La casilla esta abierta.", "esta", "está"},
		{"La casilla esta en la escuela.", "esta", "está"},
		{"¿Dónde esta la casilla?", "esta", "está"},
		{"Está semana votamos.", "Está", "Esta"},
		{"Esta semana votamos.", "", ""},
		{"Esta nueva etapa comienza.", "", ""},
		{"Revisa esta lista.", "", ""},
		{"Esta no es la casilla.", "", ""},
		{"La casilla está abierta.", "", ""},
		// aún / aun
		{"Aun no hay resultados.", "Aun", "Aún"},
		{"Aún así, votamos.", "Aún", "Aun"},
		{"Aún no hay resultados.", "", ""},
		{"Aun así, votamos.", "", ""},
		{"Ni aun así lo logró.", "", ""},
		// sí / si
		{"Dijo que si.", "si", "sí"},
		{"Lo hizo por si mismo.", "si", "sí"},
		{"Sí tienes dudas, llama al centro de atención.", "Sí", "Si"},
		{"Si votas, decides.", "", ""},
		{"Sí, votaré.", "", ""},
		{"Claro que sí.", "", ""},
		{"Eso si que es participar.", "si", "sí"},
		{"Eso sí que es participar.", "", ""},
		{"Pregunta si que día abre.", "", ""},
		// él / el
		{"El votó temprano.", "El", "Él"},
		{"Voté por el.", "el", "él"},
		{"Él INE informa.", "Él", "El"},
		{"El voto es secreto.", "", ""},
		{"Para él es importante.", "", ""},
		// tú / tu
		{"Tu decides.", "Tu", "Tú"},
		{"Tú credencial está lista.", "Tú", "Tu"},
		{"Tu voto cuenta y tú decides.", "", ""},
		// mí / mi
		{"Para mi es importante.", "mi", "mí"},
		{"A mi me gusta votar.", "mi", "mí"},
		{"Mí credencial está lista.", "Mí", "Mi"},
		{"Mi voto cuenta.", "", ""},
		{"A mí me gusta votar.", "", ""},
		// sé / se
		{"No se.", "se", "sé"},
		{"No se cómo votar.", "se", "sé"},
		{"Se responsable.", "Se", "Sé"},
		{"Se que vienes.", "Se", "Sé"},
		{"Sé realizó la sesión.", "Sé", "Se"},
		{"Sé responsable.", "", ""},
		{"Sé parte del cambio.", "", ""},
		{"Se realizó la sesión.", "", ""},
		{"Se vota el domingo.", "", ""},
		// dé / de
		{"Espero que se de cuenta.", "de", "dé"},
		{"Pide que le de su credencial.", "de", "dé"},
		{"A partir dé mañana.", "dé", "de"},
		{"Espero que se dé cuenta.", "", ""},
		{"De lunes a viernes.", "", ""},
		// té / te
		{"Quiero un te caliente.", "te", "té"},
		{"Té invitamos a votar.", "Té", "Te"},
		{"Te invitamos a votar.", "", ""},
		{"Un té caliente.", "", ""},
	})
}

func TestSpellingContextInterrogatives(t *testing.T) {
	runCtxCases(t, "accent", []ctxCase{
		{"¿Donde votas?", "Donde", "Dónde"},
		{"¿Que necesito?", "Que", "Qué"},
		{"¿A que hora abre la casilla?", "que", "qué"},
		{"¿Cual es mi casilla?", "Cual", "Cuál"},
		{"¿Quien puede votar?", "Quien", "Quién"},
		{"¿Sabes donde votar?", "donde", "dónde"},
		{"No sé como registrarme.", "como", "cómo"},
		{"No sé que hacer.", "que", "qué"},
		{"Pregunta donde está tu casilla.", "donde", "dónde"},
		{"¡Que bien!", "Que", "Qué"},
		{"La casilla dónde votas está cerca.", "dónde", "donde"},
		{"¿Dónde votas?", "", ""},
		{"La casilla donde votas está cerca.", "", ""},
		{"Sabemos que votar es un derecho.", "", ""},
		{"¡Que viva la democracia!", "", ""},
		{"¡Que no se te pase!", "", ""},
		{"Vota como siempre.", "", ""},
		{"Consulta la lista así cómo el horario.", "cómo", "como"},
		{"Así como votas, participa.", "", ""},
		{"¿Y así cómo votamos?", "", ""},
		{"Cuando votes, lleva tu credencial.", "", ""},
		// por qué, porque, porqué, por que
		{"¿Porque no votaste?", "Porque", "Por qué"},
		{"¿Por que no votaste?", "Por que", "Por qué"},
		{"No sé porque no votaste.", "porque", "por qué"},
		{"Explica el porque de la decisión.", "porque", "porqué"},
		{"Votamos porqué queremos.", "porqué", "porque"},
		{"Votamos por qué queremos.", "por qué", "porque"},
		{"¿Sabes cuando abre la casilla?", "cuando", "cuándo"},
		{"Consulta en que casilla te toca votar.", "que", "qué"},
		{"¡Cuanta gente votó!", "Cuanta", "Cuánta"},
		{"Te explicamos por qué votar.", "", ""},
		{"Sabemos de que hablamos.", "", ""},
		{"Sabes cuando votas, decides.", "", ""},
		{"¿Por qué votar?", "", ""},
		{"Votamos porque queremos.", "", ""},
		{"Lo sé porque lo vi.", "", ""},
		{"Elijo esta porque es mejor.", "", ""},
		{"El porqué de la decisión.", "", ""},
		{"Luchamos por que haya paz.", "", ""},
		{"No sé por qué.", "", ""},
	})
}

func TestSpellingContextVerbNoun(t *testing.T) {
	runCtxCases(t, "accent", []ctxCase{
		{"Se publico el acuerdo.", "publico", "publicó"},
		{"El instituto publico los resultados.", "publico", "publicó"},
		{"Ayer publico el INE los resultados.", "publico", "publicó"},
		{"El INE participo en el foro.", "participo", "participó"},
		{"Se termino la sesión.", "termino", "terminó"},
		{"El termino de la sesión.", "termino", "término"},
		{"En la practica, todo funciona.", "practica", "práctica"},
		{"Se voto la propuesta.", "voto", "votó"},
		{"Mi votó cuenta.", "votó", "voto"},
		{"Yo votó en la casilla.", "votó", "voto"},
		{"El calculo fue correcto.", "calculo", "cálculo"},
		{"Se calculo el total.", "calculo", "calculó"},
		{"La sesión inicio a las diez.", "inicio", "inició"},
		{"Lo vimos en publico.", "publico", "público"},
		{"Fue muy practico.", "practico", "práctico"},
		{"Yo publico los avisos.", "", ""},
		{"El registro de candidatos cierra hoy.", "", ""},
		{"Por informe del consejo.", "", ""},
		{"Hoy publico los avisos.", "", ""},
		{"Te informo que la casilla abrió.", "", ""},
		{"Te echo de menos.", "", ""},
		{"En la reunión participo como observador.", "", ""},
		{"Con ella participo cada año.", "", ""},
		{"Se practica el deporte.", "", ""},
		{"Calculo que llegaremos a tiempo.", "", ""},
		{"El público asistió.", "", ""},
		{"Se publicó el acuerdo.", "", ""},
		{"El término del plazo.", "", ""},
		{"La práctica hace al maestro.", "", ""},
	})
}

func TestSpellingContextRealWords(t *testing.T) {
	runCtxCases(t, "real-word", []ctxCase{
		{"He echo mi tarea.", "echo", "hecho"},
		{"De echo, votamos.", "echo", "hecho"},
		{"Haber si votas.", "Haber", "A ver"},
		{"Debe a ver sido un error.", "a ver", "haber"},
		{"No ahí casillas.", "ahí", "hay"},
		{"Ahí que votar.", "Ahí", "Hay"},
		{"Está por hay.", "hay", "ahí"},
		{"Ay que votar.", "Ay", "Hay"},
		{"Tubo que votar.", "Tubo", "Tuvo"},
		{"Que te valla bien.", "valla", "vaya"},
		{"Una vaya publicitaria.", "vaya", "valla"},
		{"Ojalá que halla votado.", "halla", "haya"},
		{"Tal ves mañana.", "ves", "vez"},
		{"Te vez bien.", "vez", "ves"},
		{"El sistema se calló de nuevo.", "calló", "cayó"},
		{"No es un privilegio, si no un derecho.", "si no", "sino"},
		{"Sino te registras, no votas.", "Sino", "Si no"},
		{"Vamos a haber qué pasa.", "haber", "ver"},
		{"De hecho, votamos.", "", ""},
		{"Va a haber elecciones.", "", ""},
		{"A ver si votas.", "", ""},
		{"Hay que votar.", "", ""},
		{"Ahí está la casilla.", "", ""},
		{"¡Ay, qué susto!", "", ""},
		{"El tubo se rompió.", "", ""},
		{"Que te vaya bien.", "", ""},
		{"Una valla publicitaria.", "", ""},
		{"Ojalá que haya tiempo.", "", ""},
		{"Ya ves que sí.", "", ""},
		{"Tal vez mañana.", "", ""},
		{"Se calló por un momento.", "", ""},
		{"Si no votas, no te quejes.", "", ""},
		{"No es un privilegio sino un derecho.", "", ""},
	})
}

func TestSpellingContextEnglish(t *testing.T) {
	l, err := lint.New(lint.Config{Lang: "en"}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: "Mas información en el sitio."})
	require.Len(t, res.Findings, 1)
	assert.Contains(t, res.Findings[0].Message, "'more'")
	assert.Contains(t, res.Findings[0].Message, "criterion 6.XXII")
}
