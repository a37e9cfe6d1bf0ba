package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// courtesyCase is a draft and the kinds the rule must report on it, in
// order (none for a clean draft).
type courtesyCase struct {
	text  string
	reply bool
	want  []string
}

func runCourtesyCases(t *testing.T, cases []courtesyCase) {
	t.Helper()
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(t, err)
	for _, c := range cases {
		got := voiceKinds(voiceLint(t, r, c.text, c.reply))
		if len(c.want) == 0 {
			assert.Empty(t, got, "%q (reply=%v)", c.text, c.reply)
			continue
		}
		assert.Equal(t, c.want, got, "%q (reply=%v)", c.text, c.reply)
	}
}

// TestCourtesyDerivedForms: diminutives, augmentatives and superlatives of
// listed insults are insults; a diminutive of a word with literal uses, or
// a derived word the dictionary knows, is not.
func TestCourtesyDerivedForms(t *testing.T) {
	runCourtesyCases(t, []courtesyCase{
		{"@x No sea idiotita.", true, []string{"insult"}},
		{"@x Eres un estupidazo.", true, []string{"insult"}},
		{"@x ¡Qué tarugote!", true, []string{"insult"}},
		{"@x Eres babosísimo.", true, []string{"insult"}},
		{"@x Usted es una gordota.", true, []string{"insult"}},
		{"@x cabroncito", true, []string{"insult"}},
		{"@x Qué imbecilote eres.", true, []string{"insult"}},
		{"@x Puro putito.", true, []string{"slur"}},
		// Literal or affectionate words stay quiet.
		{"Compartimos cabrito en la comida del Consejo.", false, nil},
		{"@x Eres un cabrito.", true, nil},
		{"@vecina Qué bonito perrito, gracias por la foto.", true, nil},
		{"Hoy en el taller infantil: ¡qué chistoso payasito!", false, nil},
		{"@x La viejita de la casilla 12 votó primero.", true, nil},
		{"Espérenos un ratito, ya casi abrimos.", false, nil},
		{"Las gorditas de la feria son deliciosas.", false, nil},
		{"El silbatazo marcó el inicio del simulacro.", false, nil},
		{"Hubo un pinchazo en la llanta del vehículo oficial.", false, nil},
	})
}

// TestCourtesyCutOff: an insult cut off with an ellipsis right after a
// word that aims it at the person is caught; a harmless cut is not.
func TestCourtesyCutOff(t *testing.T) {
	runCourtesyCases(t, []courtesyCase{
		{"@x Eres un pen…", true, []string{"insult"}},
		{"@x Eres un imbé...", true, []string{"insult"}},
		{"@x No sea pend…, lea la convocatoria.", true, []string{"insult"}},
		{"@x pinche pend...", true, []string{"vulgarity", "insult"}},
		{"Consulta la com… perdón, la convocatoria en la página.", false, nil},
		{"@x Eres un pen... perdón, le respondemos en un momento.", true, []string{"insult"}},
		{"@x Usted es una persona… muy participativa, gracias.", true, nil},
		{"El registro es un proce... largo pero sencillo.", false, nil},
	})
}

// TestCourtesyAddressed: listed words after a word of address ("oye",
// "mire") are vocatives.
func TestCourtesyAddressed(t *testing.T) {
	runCourtesyCases(t, []courtesyCase{
		{"@x Oye rata, ya te contestamos.", true, []string{"insult"}},
		{"@x Mire burro, lea la convocatoria.", true, []string{"insult"}},
		{"@x Oiga ignorante, eso ya se explicó.", true, []string{"disqualification", "dismissive"}},
		{"@x Oye, gracias por escribir.", true, nil},
		{"@x Mire, la casilla está en la escuela.", true, nil},
		{"@x Hola Cerda, gracias por escribir.", true, nil},
		{"@x Mire el burro de la feria: es la mascota.", true, nil},
	})
}

// TestCourtesyAimed: words with everyday meanings (@aimed) are insults
// only said straight to or of a person, ending their phrase.
func TestCourtesyAimed(t *testing.T) {
	runCourtesyCases(t, []courtesyCase{
		{"@x Eres una diva.", true, []string{"insult"}},
		{"@x ¡Qué falsa eres!", true, []string{"insult"}},
		{"@x Usted es una vulgar.", true, []string{"insult"}},
		{"@x Eres una celosa y una amargada.", true, []string{"insult", "disqualification"}},
		{"@x Diva, aquí está el enlace.", true, []string{"insult"}},
		{"@x No seas sumisa.", true, []string{"insult"}},
		{"@x Eres muy interesado.", true, []string{"insult"}},
		{"@x Qué caliente eres.", true, []string{"insult"}},
		{"La noticia es falsa: la elección no se suspende.", false, nil},
		{"@x La información es falsa; consulte la fuente oficial.", true, nil},
		{"@x ¿Tienes una credencial falsa? Repórtala.", true, nil},
		{"@x ¡Falsa!", false, nil},
		{"@x La mina de Cananea es sede del foro.", true, nil},
		{"@x Es una mina de información la página del Instituto.", true, nil},
		{"@x Eres una diva del pop sonorense, gracias por votar.", true, nil},
		{"@x ¡Qué calor! Hoy está caliente el día en Hermosillo.", true, nil},
		{"@x Si usted es un interesado en la convocatoria, escríbanos.", true, nil},
		{"Esta es una falsa alarma: la casilla sigue abierta.", false, nil},
		{"Conchita Pérez fue la primera consejera del distrito.", false, nil},
		{"@x ¿Qué tipo de credencial tiene?", true, nil},
	})
}

// TestCourtesyInventoryReplies is a table of replies written for these
// tests, the way staff might write them on a bad day, and of the polite
// replies and posts that must stay quiet.
func TestCourtesyInventoryReplies(t *testing.T) {
	positives := []courtesyCase{
		// Insults of other countries and their spellings.
		{"@x No seas gilipuertas, lee la convocatoria.", true, []string{"insult"}},
		{"@x Qué papanatas.", true, []string{"insult"}},
		{"@x Eres un mindundi.", true, []string{"insult"}},
		{"@x Usted es un alcornoque.", true, []string{"insult"}},
		{"@x ¡Sanguijuela!", true, []string{"insult"}},
		{"@x Pinche fantoche.", true, []string{"vulgarity", "insult"}},
		{"@x eres un pnd", true, []string{"insult"}},
		{"@x vtv", true, []string{"vulgarity"}},
		{"@x ja ja ja, no", true, []string{"mockery"}},
		{"@x JE JE", true, []string{"mockery"}},
		// Defects of character.
		{"@x Eres un cobarde.", true, []string{"insult"}},
		{"@x ¡Qué arrogante!", true, []string{"insult"}},
		{"@x Usted es un holgazán.", true, []string{"insult"}},
		{"@x No sea tacaño.", true, []string{"insult"}},
		// Misogynist insults and phrases.
		{"@x Eres una mujer fácil.", true, []string{"insult"}},
		{"@x Mejor regrésese a la cocina.", true, []string{"insult"}},
		{"@x Las mujeres solo sirven para chismear.", true, []string{"insult"}},
		{"@x Usted es una casquivana.", true, []string{"insult"}},
		{"@x Anda muy necesitada.", true, []string{"insult"}},
		{"@x Le falta la escoba.", true, []string{"insult"}},
		{"@x Pinche vieja loca.", true, []string{"vulgarity", "insult"}},
		// Slurs.
		{"@x Eres un sidoso.", true, []string{"slur"}},
		{"@x Pinche indio.", true, []string{"slur"}},
		{"@x Negros de mierda.", true, []string{"slur"}},
		{"@x Espaldas mojadas, regresen.", true, []string{"slur"}},
		// Mother-related insults.
		{"@x Tu mamá es una zorra.", true, []string{"mother"}},
		{"@x Váyase a chingar a su madre.", true, []string{"mother"}},
		{"@x Chingue a su madre.", true, []string{"mother"}},
		{"@x Le mentamos la madre.", true, []string{"mother"}},
		// Threats, conjugated and with words inserted.
		{"@x Te voy a dar una buena madriza.", true, []string{"threat"}},
		{"@x Ya verás lo que te pasa.", true, []string{"threat"}},
		{"@x Ojalá te mueras.", true, []string{"threat"}},
		{"@x Te parto la madre.", true, []string{"threat"}},
		{"@x Cuidadito, eh.", true, []string{"threat"}},
		{"@x Sé perfectamente dónde vives.", true, []string{"threat"}},
		{"@x Vas a terminar embolsado.", true, []string{"threat"}},
		{"@x Te vamos a tronar.", true, []string{"threat"}},
		// Remarks about the body.
		{"@x Estás bien gordo.", true, []string{"body"}},
		{"@x Usted está muy panzón.", true, []string{"body"}},
		{"@x Tienes cara de sapo.", true, []string{"body"}},
		{"@x Bájele a la panza.", true, []string{"body"}},
		{"@x Qué piernas.", true, []string{"body"}},
		{"@x Eres un adefesio.", true, []string{"body"}},
		// Dismissive replies.
		{"@x Usted no debería votar.", true, []string{"dismissive"}},
		{"@x Mejor ni vote.", true, []string{"dismissive"}},
		{"@x No pierda su tiempo votando.", true, []string{"dismissive"}},
		{"@x Su voto no sirve de nada.", true, []string{"dismissive"}},
		{"@x Su opinión no importa.", true, []string{"dismissive"}},
		{"@x No le vamos a contestar.", true, []string{"dismissive"}},
		{"@x Nadie te preguntó.", true, []string{"dismissive"}},
		{"@x A nadie le importa su queja.", true, []string{"dismissive"}},
		{"@x Métase en sus asuntos.", true, []string{"dismissive"}},
		{"@x Deja de llorar.", true, []string{"dismissive"}},
		{"@x Ya madure.", true, []string{"dismissive"}},
		{"@x Pues qué esperaba.", true, []string{"dismissive"}},
		{"@x Vaya pregunta.", true, []string{"dismissive"}},
		{"@x Esa pregunta es absurda.", true, []string{"dismissive"}},
		{"@x Si no le gusta, no vote.", true, []string{"dismissive"}},
		{"@x Vaya a llorar a otro lado.", true, []string{"dismissive"}},
		{"@x No somos sus sirvientes.", true, []string{"dismissive"}},
		{"@x Con usted no se puede razonar.", true, []string{"dismissive"}},
		// Sarcasm.
		{"@x Felicidades, genio.", true, []string{"sarcasm"}},
		{"@x ¿Quiere que se la leamos?", true, []string{"sarcasm"}},
		{"@x Usted que todo lo sabe, dígalo.", true, []string{"sarcasm"}},
		{"@x Mira quién habla.", true, []string{"sarcasm"}},
		{"@x Ya llegó el experto.", true, []string{"sarcasm"}},
		{"@x Descubrió el hilo negro.", true, []string{"sarcasm"}},
		{"@x Se lo explicamos con dibujitos.", true, []string{"sarcasm"}},
		// Disqualification of the person.
		{"@x No sabe ni dónde está parado.", true, []string{"disqualification"}},
		{"@x Le falta un tornillo.", true, []string{"disqualification"}},
		{"@x Se le botó la canica.", true, []string{"disqualification"}},
		{"@x Habla sin saber.", true, []string{"disqualification"}},
		{"@x Ni sabe leer.", true, []string{"disqualification"}},
		{"@x Cierre el hocico.", true, []string{"disqualification"}},
		{"@x Puras babosadas.", true, []string{"disqualification"}},
		{"@x Eres una vergüenza.", true, []string{"disqualification"}},
		{"@x Usted tiene cerebro de mosquito.", true, []string{"disqualification"}},
		{"@x Da vergüenza ajena.", false, nil},
	}
	negatives := []courtesyCase{
		{"@x Hola, ¿qué tal? Mire, la casilla está en la escuela.", true, nil},
		{"@x Claro, con gusto: el registro cierra el viernes.", true, nil},
		{"@x Puede ir al gimnasio municipal: ahí está su casilla.", true, nil},
		{"@x Gracias por su valiosa opinión.", true, nil},
		{"@x No podemos ayudarle con ese trámite; le corresponde al INE.", true, nil},
		{"@x Si no le gusta el horario, puede ir a otro módulo.", true, nil},
		{"@x Mejor no comparta su CURP en redes.", true, nil},
		{"@x ¡Qué mala suerte! Le ayudamos a reponerla.", true, nil},
		{"@x Es una vergüenza que pase eso; lo reportamos.", true, nil},
		{"@x ¿Le da pena preguntar? Escríbanos por mensaje.", true, nil},
		{"@x Ya te tenemos registrado.", true, nil},
		{"@x Tu voto cuenta.", true, nil},
		{"@x Lea la convocatoria antes de registrarse.", true, nil},
		{"@x Eres una persona valiosa para la democracia.", true, nil},
		{"@x Usted es el candidato independiente, ¿verdad?", true, nil},
		{"@x Sí, cómo no, con gusto le mandamos el enlace.", true, nil},
		{"@x ¿Qué tal si nos escribe por mensaje directo?", true, nil},
		{"@x Tenemos tacos de cabeza en el convivio.", true, nil},
		{"@x Te esperamos, no te vas a arrepentir.", true, nil},
		{"@x No te arrepentirás de participar.", true, nil},
		{"@x Ojalá se lleve a cabo el debate en la fecha prevista.", true, nil},
		{"@x Antes de votar, infórmate sobre las propuestas.", true, nil},
		{"@x Aprende a buscar tu casilla en la página.", true, nil},
		{"@x Busque solo en fuentes oficiales.", true, nil},
		{"@x No pierda su tiempo haciendo fila: agende una cita.", true, nil},
		{"@x Te vamos a buscar por teléfono para confirmar.", true, nil},
		{"@x Ya las tenemos ubicadas: son 12 casillas en Ures.", true, nil},
		{"@x Sabemos quién es el responsable y ya se atendió.", true, nil},
		{"@x ¿Necesita intérprete de lengua de señas? Con gusto.", true, nil},
		{"@x ¿Quiere que se lo expliquemos por teléfono?", true, nil},
		{"@x Si eres una persona con discapacidad, puedes votar con apoyo.", true, nil},
		{"@x ¿Usted vio algo anormal en la casilla? Repórtelo.", true, nil},
		{"@x Su mamá también puede votar si tiene credencial vigente.", true, nil},
		{"@x A su mamá le gustará saber que hay casilla especial.", true, nil},
		{"@x No le importa a la ley si vota temprano o tarde.", true, nil},
		{"@x Ese trámite no le concierne al Instituto sino al INE.", true, nil},
		{"@x Quien compra votos merece cárcel: denúncialo.", true, nil},
		{"@x Si usted es acompañante de una persona mayor, puede pasar.", true, nil},
		{"@x ¡Qué horror lo que le pasó! Ya lo reportamos.", true, nil},
		{"@x Ándale pues, con gusto te ayudamos.", true, nil},
		{"@x ¿Y a usted qué le parece la propuesta?", true, nil},
		{"@x Es claro que no se permite la propaganda en la casilla.", true, nil},
		{"@x Haga ejercicio de su derecho: vote.", true, nil},
		{"@x Quédese atento a nuestras redes.", true, nil},
		{"La vida es muy traicionera con quien no se informa.", false, nil},
		{"Un zorro en el desierto de Altar.", false, nil},
		{"El burro es la mascota de la feria.", false, nil},
		{"El pintor es un genio del muralismo sonorense.", false, nil},
		{"Ningún sistema es incapaz de mejorar: envíanos tus comentarios.", false, nil},
		{"@x Ojalá que la noticia no sea falsa, pero revise la fuente oficial.", true, nil},
		{"@x Es un vago recuerdo de la elección pasada, revisamos el acta.", true, nil},
		{"@x El paquete electoral llegó completo a la casilla.", true, nil},
		{"Frases como «te voy a partir la madre» son violencia política.", false, []string{"threat"}},
	}
	runCourtesyCases(t, positives)
	runCourtesyCases(t, negatives)
}
