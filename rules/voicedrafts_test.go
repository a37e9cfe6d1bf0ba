package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// A voiceDraft is a realistic draft and the kind of finding it must get.
type voiceDraft struct{ text, kind string }

// checkDrafts lints each positive draft (one of its findings must have
// the given kind) and each negative one (no finding at all).
func checkDrafts(t *testing.T, build builder, positives []voiceDraft, negatives []string) {
	t.Helper()
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	r, err := build(&rc)
	require.NoError(t, err)
	for _, d := range positives {
		fs := voiceLint(t, r, d.text, false)
		assert.Contains(t, voiceKinds(fs), d.kind, "%s missed: %q", r.Meta().ID, d.text)
	}
	for _, text := range negatives {
		fs := voiceLint(t, r, text, false)
		if !assert.Empty(t, fs, "%s false alarm: %q", r.Meta().ID, text) {
			t.Logf("%s", fs[0].Message)
		}
	}
}

// TestPersonalToneDrafts covers the general patterns of personal-tone:
// verbs of feeling in the first person, anecdotes in the first person
// singular of the past, weather, sports and television talk in any
// wording, and their operational twins that stay quiet.
func TestPersonalToneDrafts(t *testing.T) {
	positives := []voiceDraft{
		{"Ando bien desvelada por la sesión de ayer, pero aquí seguimos.", "feeling"},
		{"Neta que hoy no tengo ganas de nada.", "opinion"},
		{"La verdad yo no le veo caso a tanta junta.", "opinion"},
		{"Me siento súper orgulloso del equipo de capacitación.", "feeling"},
		{"Estoy feliz porque por fin terminó la semana.", "feeling"},
		{"Me encantó cómo quedó el foro de hoy.", "feeling"},
		{"Ayer fui con mi hijo a sacar su credencial y tardamos horas.", "personal-life"},
		{"Cuando era niño acompañaba a mi papá a votar.", "personal-life"},
		{"Hoy amanecí de malas, no me hablen.", "personal-life"},
		{"Ya estoy hasta el gorro de tantas juntas.", "feeling"},
		{"Me puse muy nerviosa en el debate de hoy.", "feeling"},
		{"Qué orgullo siento por esta tierra.", "feeling"},
		{"Hoy sí me la pasé de lujo en la oficina.", "personal-life"},
		{"Me la pasé increíble en el concierto.", "feeling"},
		{"Tengo un sueño que ni me aguanto.", "feeling"},
		{"Qué friazo hace hoy, bien abrigaditos todos.", "chitchat"},
		{"Qué bárbaro el calor que está haciendo hoy en Hermosillo.", "chitchat"},
		{"Cuando yo estudiaba en la universidad ya soñaba con trabajar aquí.", "personal-life"},
		{"Estoy de acuerdo contigo, yo también pienso igual.", "opinion"},
		{"Yo que ustedes no me pierdo el concierto del sábado.", "opinion"},
		{"Me pone muy contento ver tanta participación.", "feeling"},
		{"Sinceramente me decepcionó la poca asistencia.", "feeling"},
		{"Qué ganas de que ya sea viernes.", "feeling"},
		{"Ayer me quedé dormido y llegué tarde a la sesión.", "personal-life"},
		{"¡Vamos Sonora! Que gane el mejor equipo del torneo.", "chitchat"},
		{"Hoy hace un día precioso para ir a la playa.", "chitchat"},
		{"Yo en lo particular no estoy de acuerdo con ese formato.", "opinion"},
		{"Estuve pensando que la sesión debería ser más corta.", "opinion"},
		{"Qué tristeza lo del partido de ayer.", "chitchat"},
		{"Me quedé con ganas de ver el desfile.", "feeling"},
		{"Me preocupa mucho que no vaya la gente a votar.", "feeling"},
		{"Me ha sorprendido la respuesta de la gente.", "feeling"},
		{"Me estoy aburriendo en esta reunión.", "feeling"},
		{"Me aburro muchísimo los domingos.", "feeling"},
		{"¡Qué coraje! Se me fue el camión.", "feeling"},
		{"Hace un calor que no se aguanta.", "chitchat"},
		{"¿Vieron la pelea del sábado? Estuvo buenísima.", "chitchat"},
		{"El domingo salí a correr al cerro de la Campana.", "personal-life"},
		{"La semana pasada perdí mis llaves dos veces.", "personal-life"},
		{"Llegué tarde por el tráfico, como siempre.", "personal-life"},
		{"Uff, qué semanita, ya necesito un descanso.", "feeling"},
		{"Hoy me levanté con el pie izquierdo.", "personal-life"},
		{"Andamos bien crudos después de la posada de la oficina jaja", "chitchat"},
		{"Yo la verdad prefiero el café de olla.", "opinion"},
		{"Me quedé impresionada con la cantidad de gente que llegó.", "personal-life"},
		{"Mi mamá siempre me llevaba a votar con ella cuando era chiquita.", "personal-life"},
		{"A mi parecer, el debate estuvo flojo.", "opinion"},
		{"Estoy que me lleva el tren con tanto trabajo.", "feeling"},
		{"No puedo con este calor, de verdad.", "feeling"},
		{"¡Qué emoción! Ya casi es Navidad.", "feeling"},
		{"Me encantaría estar en la playa ahorita.", "feeling"},
		{"La neta no me gustó la película que estrenaron.", "opinion"},
		{"Llevo toda la mañana con dolor de cabeza.", "feeling"},
		{"¡Golazo de los Naranjeros! Qué manera de ganar.", "chitchat"},
		{"Los Tomateros están jugando muy mal esta temporada.", "chitchat"},
		{"Ahorita mismo está cayendo un aguacero en Hermosillo.", "chitchat"},
		{"¿A alguien más le tocó el tráfico en el bulevar? Qué horror.", "feeling"},
		{"Mi hija se graduó ayer y estoy que no quepo de orgullo.", "personal-life"},
		{"Fui al concierto el sábado y estuvo increíble.", "personal-life"},
		{"Cuando estaba en la secundaria me tocó ser jefe de grupo.", "personal-life"},
		{"Me gustaría compartirles que hoy cumplo cinco años trabajando aquí.", "feeling"},
		{"Les confieso que me da miedo hablar en público.", "opinion"},
		{"Estoy super contenta, me dieron mi base.", "feeling"},
		{"Qué rico está el clima hoy, dan ganas de salir.", "chitchat"},
		{"Yo digo que el mejor equipo es el Hermosillo.", "opinion"},
		{"Bueno, ya me voy a comer, nos vemos al rato.", "personal-life"},
		{"Hoy no fue mi día, se me ponchó la llanta.", "personal-life"},
		{"Mis compañeros me organizaron un pastel, los quiero.", "personal-life"},
		{"La serie que vi el fin de semana me dejó pensando.", "personal-life"},
		{"Hoy traigo un antojo de tacos de cabeza que no se me quita.", "personal-life"},
		{"Qué día tan pesado, ya quiero llegar a mi casa.", "personal-life"},
		{"Anoche no pegué el ojo por el calor.", "personal-life"},
		{"Me late mucho cómo quedó el nuevo logo, la neta.", "opinion"},
		{"De chiquita soñaba con ser maestra.", "personal-life"},
		{"El fin me voy a Álamos con la familia.", "personal-life"},
		{"Ustedes no saben el gusto que me da verlos.", "feeling"},
		{"¿Vieron el final de la novela? Yo lloré.", "chitchat"},
		{"Está haciendo un frío bien feo en Cananea.", "chitchat"},
		{"Ando medio agripado, pero aquí seguimos al pie del cañón.", "feeling"},
		{"Me cayó muy mal la comida del evento.", "feeling"},
		{"Mi compa de la oficina se casa el sábado.", "personal-life"},
		{"Yo soy de los que piensan que el café es vida.", "opinion"},
		{"Ya me cansé de esperar el camión.", "feeling"},
		{"¡Arriba los Naranjeros! Esta temporada sí es la buena.", "chitchat"},
	}
	negatives := []string{
		"Estamos muy contentos de recibir a más de 300 jóvenes en el foro de participación ciudadana.",
		"Nos sentimos orgullosos del trabajo de las y los capacitadores en Sonora.",
		"Por lluvias, la casilla 1234 básica se cambió al salón ejidal. Consulta tu ubicación en https://ubicatucasilla.ine.mx",
		"Debido al calor, te recomendamos acudir temprano a votar y llevar agua.",
		"Ante el pronóstico de tormenta, el Consejo Municipal de Guaymas recorre la sesión al jueves.",
		"Hace tres días concluyó el periodo de registro de candidaturas.",
		"Si estás cansado de esperar, puedes agendar tu cita en línea.",
		"La consejera presidenta dijo: «Me siento orgullosa de la ciudadanía sonorense».",
		"Ayer se entregaron las constancias de mayoría en el distrito 5.",
		"El clima no detuvo a la ciudadanía: más de 2 mil personas acudieron a votar en Nogales.",
		"En el programa de radio de hoy, el consejero habló de la jornada electoral.",
		"Lo siento, no tenemos esa información; escríbenos a contacto@ieesonora.org.mx",
		"El Consejo votó el acuerdo en lo general y en lo particular.",
		"¿Qué hago si me equivoqué al marcar la boleta? Pide otra a la mesa directiva.",
		"Ayer el Consejo General aprobó la convocatoria para observadores.",
		"La temporada de lluvias puede cambiar la ubicación de algunas casillas: consulta la tuya antes de salir.",
		"Mira la serie de cápsulas sobre el voto libre en nuestro canal.",
		"Yo voto, tú votas, todos decidimos.",
		"Lluvias en Guaymas: la casilla 210 se instalará en el salón ejidal; consulta tu ubicación.",
	}
	checkDrafts(t, personalToneFromConfig, positives, negatives)
}

// TestUnverifiedSourceDrafts covers hearsay in its usual forms and
// spellings, and results claimed before any official count; denials,
// named sources and questions stay quiet.
func TestUnverifiedSourceDrafts(t *testing.T) {
	positives := []voiceDraft{
		{"Por ahí dicen que van a cambiar la fecha de la elección.", "hearsay"},
		{"x ahi dicen que ya no habrá módulo en Navojoa.", "hearsay"},
		{"Dicen por ahí que el candidato ya declinó.", "hearsay"},
		{"Cuentan que en Cajeme hubo compra de votos.", "hearsay"},
		{"Me contaron que van a cerrar el módulo de Navojoa.", "hearsay"},
		{"Nos platicaron que la boleta ya está impresa con errores.", "hearsay"},
		{"De buena fuente sabemos que el consejo se reunirá mañana.", "hearsay"},
		{"Corre el rumor de que se cancela el debate.", "rumour"},
		{"Trascendió que la candidata renunciará.", "hearsay"},
		{"Se rumora que habrá cambio de sede.", "rumour"},
		{"Al parecer la sesión se pospuso.", "hearsay"},
		{"Supuestamente ya hay ganador en Hermosillo.", "hearsay"},
		{"Dizque ya no van a dar credenciales.", "hearsay"},
		{"Nos enteramos de que el PREP se retrasará.", "hearsay"},
		{"Alguien nos dijo que las casillas abrirán tarde.", "hearsay"},
		{"Circula en redes que la elección se anula.", "rumour"},
		{"Se comenta que habrá recorte de casillas.", "hearsay"},
		{"Se dice q van a cerrar las oficinas.", "hearsay"},
		{"Dicen q ya ganó el de la alianza.", "hearsay"},
		{"Según se sabe, habrá cambios en el consejo.", "hearsay"},
		{"Un amigo que trabaja en el Instituto me dijo que habrá cambios.", "hearsay"},
		{"Me han comentado que ya no darán credenciales.", "hearsay"},
		{"Andan diciendo que el consejero renuncia.", "hearsay"},
		{"Cuentan las malas lenguas que habrá sorpresas.", "hearsay"},
		{"Rumores indican que la candidata declinará.", "rumour"},
		{"Se habla de un posible fraude en Guaymas.", "hearsay"},
		{"Todo parece indicar que ganará el candidato independiente.", "hearsay"},
		{"El candidato va a ganar, es un hecho.", "results"},
		{"Es un hecho que gana la alianza.", "results"},
		{"Está cantado que gana el partido guinda.", "results"},
		{"Seguramente gana la candidata de la alianza.", "results"},
		{"Sin duda ganará el candidato de la coalición.", "results"},
		{"Ganará sin problemas la candidata del partido azul.", "results"},
		{"Lleva ventaja de 10 puntos la candidata.", "results"},
		{"Las encuestas dicen que ganará el partido verde.", "results"},
		{"El candidato tiene asegurado el triunfo.", "results"},
		{"La coalición se quedará con la gubernatura.", "results"},
		{"Ya se sabe quién es el ganador.", "results"},
		{"Ganó por mucho la candidata, según nuestros cálculos.", "results"},
		{"La alianza va a arrasar el domingo.", "results"},
		{"Se corre la voz de que habrá cambios en el consejo.", "hearsay"},
		{"Me dijeron que el módulo de Cajeme ya no abre los sábados.", "hearsay"},
		{"Según un conocido, ya tienen al ganador.", "hearsay"},
		{"Alguien comentó en el grupo que las boletas vienen marcadas.", "hearsay"},
		{"Hay rumores de que la jornada se va a posponer.", "rumour"},
		{"Al parecer, ya no habrá segundo debate.", "hearsay"},
		{"Se sabe que el partido ya eligió a su candidata.", "hearsay"},
		{"Según versiones extraoficiales, la participación fue del 70%.", "hearsay"},
		{"Todo apunta a que la alianza ganará la gubernatura.", "hearsay"},
		{"Los números favorecen claramente a la candidata de la coalición.", "results"},
		{"Ya ganó, no hay duda.", "results"},
		{"Con estos números, la elección está decidida.", "results"},
		{"Va muy arriba en las preferencias el candidato.", "results"},
		{"La candidata le saca 15 puntos a su rival.", "results"},
		{"Nos llegó el pitazo de que cambiarán la sede.", "hearsay"},
		{"Dice la gente que el candidato compró votos.", "hearsay"},
		{"Según me platicaron, la sesión fue muy tensa.", "hearsay"},
		{"Escuchamos que habrá cambios en la fecha.", "hearsay"},
		{"Un funcionario que pidió el anonimato aseguró que se recorrerá la fecha.", "hearsay"},
		{"Supuestamente el PREP se va a caer.", "hearsay"},
		{"Probablemente gane la candidata del partido naranja.", "results"},
		{"Se espera que el candidato independiente gane por amplio margen.", "results"},
		{"En redes ya dicen que hay ganador.", "hearsay"},
		{"Parece que el debate se cancela, eso andan diciendo.", "hearsay"},
		{"La candidata arrasa en las encuestas.", "results"},
		{"Nos cuentan que el candidato del partido azul ya tiene los votos asegurados.", "hearsay"},
		{"Dicen los que saben que habrá sorpresas el domingo.", "hearsay"},
		{"Según trascendidos, la consejera renunciará.", "hearsay"},
		{"Por lo que se escucha en la calle, la alianza va adelante.", "results"},
		{"Parece que ya hay fecha para el segundo debate, según nos dijeron.", "hearsay"},
		{"Chismes de pasillo: habrá cambios en la dirección.", "rumour"},
		{"Un medio local asegura que el PREP se cayó.", "hearsay"},
		{"No lo hemos confirmado, pero parece que se cambia la sede.", "hearsay"},
		{"Lo más seguro es que gane la candidata del partido verde.", "results"},
		{"El candidato ya tiene la elección en la bolsa.", "results"},
		{"Los sondeos lo ponen como favorito.", "results"},
		{"Versiones de redes indican que hubo casillas robadas.", "hearsay"},
		{"Nos informan de manera extraoficial que la participación es alta.", "hearsay"},
		{"Hay quienes aseguran que el padrón está inflado.", "hearsay"},
	}
	negatives := []string{
		"Es falso que la elección se haya cancelado. Consulta la información oficial en https://www.ieesonora.org.mx",
		"Según el PREP, con 80% de actas capturadas, la participación es de 52%.",
		"De acuerdo con el cómputo distrital, la candidata obtuvo la constancia de mayoría.",
		"Según se establece en la convocatoria, el registro cierra el 15 de marzo.",
		"Según se describe en los lineamientos, cada partido acredita dos representantes.",
		"No hagas caso de rumores: la jornada electoral es el 6 de junio.",
		"La consejera presidenta señaló que la jornada transcurrió en calma.",
		"¿Quién ganará? Tú decides con tu voto el 6 de junio.",
		"Para votar no necesitas saber quién va a ganar: infórmate de las propuestas.",
		"Te contamos cómo se cuentan los votos en la casilla.",
		"La ciudadanía ganó: la participación superó el 55%.",
		"El partido que obtenga la mayoría en el cómputo tendrá más regidurías, conforme a la ley.",
		"Si alguien te dice que tu credencial cuesta, denúncialo.",
		"Según lo que se dispone en la ley, el plazo es de tres días.",
		"La jornada se lleva a cabo sin problemas en Hermosillo, informó el Consejo.",
		"Garantizamos el anonimato de quien presente una queja.",
		"La presidenta del Consejo dijo que los cómputos empiezan el miércoles.",
	}
	checkDrafts(t, unverifiedSourceFromConfig, positives, negatives)
}

// TestInternalDeliberationDrafts covers a body of the institute weighing
// a matter in any wording, matters not yet decided, pending votes and
// internal disagreement; decisions taken and public sessions stay quiet.
func TestInternalDeliberationDrafts(t *testing.T) {
	positives := []voiceDraft{
		{"El Consejo General está analizando si amplía el plazo de registro.", "deliberation"},
		{"La Comisión de Organización valora cambiar la sede del cómputo.", "deliberation"},
		{"Los consejeros discuten todavía si se aplaza la reunión.", "deliberation"},
		{"La Junta General Ejecutiva evaluará la propuesta la próxima semana.", "deliberation"},
		{"El pleno aún no decide si habrá debate en Guaymas.", "deliberation"},
		{"Está por definirse la fecha del segundo debate.", "deliberation"},
		{"No hay consenso entre las consejerías sobre el presupuesto.", "deliberation"},
		{"Los consejeros se dividieron en la reunión de ayer sobre los topes de gastos.", "disagreement"},
		{"El proyecto de acuerdo sobre casillas especiales sigue en discusión.", "deliberation"},
		{"Se analiza internamente la solicitud del partido.", "deliberation"},
		{"Todavía no se vota el dictamen de financiamiento.", "deliberation"},
		{"El consejo deliberará el jueves sobre la sede.", "deliberation"},
		{"Aún está pendiente la votación del acuerdo de paridad.", "deliberation"},
		{"Hasta ahora no hay una postura del consejo sobre las coaliciones.", "deliberation"},
		{"La propuesta todavía no pasa por el pleno.", "deliberation"},
		{"Se está evaluando si conviene cambiar el formato del debate.", "deliberation"},
		{"En la junta de hoy no se llegó a nada sobre la sede del cómputo.", "disagreement"},
		{"Los consejeros no logran un acuerdo sobre el presupuesto.", "disagreement"},
		{"Hubo votación dividida en la comisión, pero falta la decisión del pleno.", "disagreement"},
		{"La Dirección Jurídica prepara un proyecto que todavía debe aprobar el Consejo.", "deliberation"},
		{"La comisión analiza dos propuestas para la sede del debate.", "deliberation"},
		{"Sigue sin resolverse el tema de las casillas especiales.", "deliberation"},
		{"La votación del dictamen se pospuso porque no había acuerdo.", "disagreement"},
		{"Se filtró que la presidenta quiere cambiar al secretario.", "deliberation"},
		{"El Consejo tiene en estudio la solicitud de registro del partido local.", "deliberation"},
		{"La Comisión de Debates contempla tres debates, pero falta votarlo.", "deliberation"},
		{"Los consejeros revisaban todavía el proyecto cuando se levantó la reunión.", "deliberation"},
		{"Lo discutieron en sesión privada y nada está decidido.", "deliberation"},
		{"El consejo todavía está viendo si se amplía el plazo.", "deliberation"},
		{"Se está trabajando en una propuesta para cambiar la sede, todavía no es oficial.", "reserved"},
		{"La presidenta del consejo propondrá mañana un cambio en el calendario, a ver si pasa.", "deliberation"},
		{"Los consejeros siguen sin decidir la fecha del debate.", "deliberation"},
		{"En la comisión hay posturas divididas sobre la redistritación.", "disagreement"},
		{"Todavía no sabemos si se aprobará el presupuesto.", "deliberation"},
		{"Estamos en pláticas internas para definir los horarios.", "deliberation"},
		{"Hay consejeros inconformes con el proyecto de la presidencia.", "disagreement"},
		{"La comisión revisará las propuestas y luego se decide.", "deliberation"},
		{"Dos consejeros están en contra del acuerdo que se votará el lunes.", "disagreement"},
		{"Se discutió en la reunión, pero no hubo nada en concreto.", "deliberation"},
		{"El consejo está valorando cancelar el debate de Guaymas.", "deliberation"},
		{"Aún no está definida la sede del cómputo distrital.", "deliberation"},
		{"Las consejerías analizan el proyecto de acuerdo sobre paridad.", "deliberation"},
		{"Internamente se evalúa cambiar el horario de los módulos.", "deliberation"},
		{"La propuesta de presupuesto sigue en revisión en la Junta.", "deliberation"},
		{"Se está negociando con los partidos el número de debates.", "deliberation"},
		{"El tema se quedó en el aire en la reunión de hoy.", "deliberation"},
		{"Todavía falta que el pleno vote la propuesta.", "deliberation"},
		{"El Consejo podría cambiar la fecha del cómputo, aún no hay nada firme.", "deliberation"},
		{"Los consejeros se reunirán en privado para revisar el tema.", "deliberation"},
		{"Se está por decidir si habrá voto anticipado.", "deliberation"},
		{"No se ha llegado a un acuerdo sobre la sede del debate.", "disagreement"},
		{"La votación quedó empatada y se repetirá en la próxima sesión.", "disagreement"},
		{"Los consejeros traen diferencias por el tema de los debates.", "disagreement"},
		{"La comisión aún no termina de revisar la propuesta de sedes.", "deliberation"},
		{"Se planea cambiar la fecha del cómputo, pero todavía no se vota.", "deliberation"},
		{"El consejo está dividido sobre el número de casillas especiales.", "disagreement"},
		{"La presidencia está analizando la renuncia del secretario.", "deliberation"},
		{"Se sigue discutiendo el presupuesto para el próximo año.", "deliberation"},
		{"La Junta evaluará mañana si se amplía el horario de los módulos.", "deliberation"},
		{"El acuerdo todavía está en revisión por el área jurídica.", "deliberation"},
		{"No hay una fecha definida para la entrega de los paquetes; se está viendo con el consejo.", "deliberation"},
		{"Hay dos propuestas sobre la mesa para la sede del debate.", "disagreement"},
		{"El proyecto de lineamientos no alcanzó los votos en la comisión.", "draft"},
		{"Las consejeras pidieron más tiempo para estudiar el dictamen.", "deliberation"},
		{"En la reunión interna se acordó que nada se publica hasta el lunes.", "deliberation"},
		{"La comisión de debates todavía no define las reglas del formato.", "deliberation"},
		{"Falta el visto bueno de la presidencia para publicar el calendario.", "pending"},
	}
	negatives := []string{
		"El Consejo General aprobó por unanimidad el calendario electoral 2027.",
		"En sesión pública, el Consejo discutió y aprobó los lineamientos de debates.",
		"La Comisión de Organización revisa hoy, en sesión pública, la ubicación de casillas. Síguela en vivo.",
		"El Consejo General analizará en sesión extraordinaria el proyecto de presupuesto; síguela en nuestras redes.",
		"Analiza las propuestas de las candidaturas antes de votar.",
		"Te invitamos a revisar tu registro en la lista nominal.",
		"Evaluamos la satisfacción de la ciudadanía con nuestros módulos: responde la encuesta.",
		"El Consejo resolvió el recurso presentado por el partido.",
		"Hoy la Comisión de Capacitación presentó el informe de avance; fue aprobado.",
		"La votación en la casilla se cierra a las 18:00 horas.",
		"El proyecto de acuerdo fue aprobado por mayoría de votos.",
		"Lee las instrucciones antes de hacerlo.",
		"La consejera presidenta presentó los resultados del conteo rápido.",
		"Las y los ciudadanos analizan las propuestas en el foro juvenil.",
		"El Instituto propondrá a la ciudadanía tres temas para el debate; vota por tu favorito en la encuesta.",
		"Se espera que más de un millón de personas voten el domingo.",
		"Ya tienes tu credencial; solo falta que votes el 6 de junio.",
		"El Instituto está en contra de cualquier forma de violencia política contra las mujeres.",
		"El área de atención ciudadana orienta a las personas inconformes con su trámite.",
	}
	checkDrafts(t, internalDeliberationFromConfig, positives, negatives)
}

// TestPlainLanguageDrafts covers nominalisations in any tense
// ("se llevará a cabo la entrega" → entregar), impersonal and passive
// formulas and letter phrases; the institution's direct voice, events
// "llevados a cabo" and the relative "la misma que" stay quiet.
func TestPlainLanguageDrafts(t *testing.T) {
	positives := []voiceDraft{
		{"Se llevará a cabo la entrega de constancias el próximo lunes.", "bureaucratic"},
		{"El Instituto realizó la entrega de los paquetes electorales a los consejos municipales.", "bureaucratic"},
		{"Se procederá a la instalación de las casillas a las 7:30 horas.", "bureaucratic"},
		{"Se efectuarán los simulacros del PREP los días 10, 17 y 24 de mayo.", "bureaucratic"},
		{"El Consejo dio cumplimiento a la sentencia del Tribunal.", "bureaucratic"},
		{"Se llevó a cabo la capacitación de funcionarios de casilla en Cajeme.", "bureaucratic"},
		{"Se realizará la verificación de los apoyos ciudadanos durante marzo.", "bureaucratic"},
		{"Se hace la atenta invitación a la ciudadanía a participar en el foro.", "bureaucratic"},
		{"La ciudadanía deberá realizar el llenado del formato correspondiente.", "bureaucratic"},
		{"Se encuentra abierta la convocatoria para integrar los consejos municipales.", "bureaucratic"},
		{"Se pone a disposición de la ciudadanía el formato de registro.", "bureaucratic"},
		{"Se les comunica que el trámite es gratuito.", "bureaucratic"},
		{"El presente aviso tiene como finalidad informar el horario de atención.", "bureaucratic"},
		{"Es importante mencionar que el registro es gratuito.", "bureaucratic"},
		{"En cumplimiento a lo dispuesto en la convocatoria, se publica la lista de aspirantes.", "bureaucratic"},
		{"Las personas que resulten seleccionadas deberán presentarse en las instalaciones del Instituto.", "bureaucratic"},
		{"Con el propósito de brindar una mejor atención, se amplía el horario.", "bureaucratic"},
		{"Le informamos que su petición se encuentra en proceso de revisión.", "bureaucratic"},
		{"Con motivo de la jornada electoral, las oficinas permanecerán cerradas.", "bureaucratic"},
		{"Por lo que se refiere a las candidaturas independientes, el plazo vence el viernes.", "bureaucratic"},
		{"Para efectos de lo anterior, la ciudadanía deberá presentar su credencial.", "bureaucratic"},
		{"La solicitud deberá ser presentada ante la Oficialía de Partes, misma que la turnará.", "bureaucratic"},
		{"Se tiene previsto realizar el foro el jueves.", "bureaucratic"},
		{"Se informa a la ciudadanía en general que el plazo sigue abierto.", "bureaucratic"},
		{"A fin de garantizar la participación, se ampliará el horario.", "bureaucratic"},
		{"Conforme a la normatividad aplicable, el registro cierra el viernes.", "bureaucratic"},
		{"Se les hace una atenta invitación a participar.", "bureaucratic"},
		{"Se efectuará el pago de dietas a los consejeros municipales.", "bureaucratic"},
		{"Se hace saber a la ciudadanía que el trámite es gratuito.", "bureaucratic"},
		{"Favor de presentarse con la documentación solicitada.", "bureaucratic"},
		{"Se solicita a los interesados acudir en el horario establecido.", "bureaucratic"},
		{"Se informa que se llevará a cabo la recepción de documentos en la Oficialía de Partes.", "bureaucratic"},
		{"Los aspirantes que no cumplan con la totalidad de los requisitos serán descartados.", "bureaucratic"},
		{"Por medio del presente comunicado se da a conocer el horario.", "bureaucratic"},
		{"Derivado de lo anterior, las actividades se reanudarán el lunes.", "bureaucratic"},
		{"En atención a su solicitud, le comunicamos que su trámite está listo.", "bureaucratic"},
		{"La ciudadanía podrá hacer uso de su derecho al voto de 8 a 18 horas.", "bureaucratic"},
		{"Se llevará a cabo la integración de las mesas directivas de casilla.", "bureaucratic"},
		{"Con base en lo establecido en el artículo 45 del Reglamento, se emite la presente convocatoria.", "bureaucratic"},
		{"Toda vez que el plazo ha concluido, no se recibirán más solicitudes.", "bureaucratic"},
		{"Es menester que los aspirantes acudan con su credencial.", "bureaucratic"},
		{"Se realizará la insaculación de ciudadanos el 5 de febrero.", "bureaucratic"},
		{"A efecto de garantizar la certeza, se realizará un recuento.", "bureaucratic"},
		{"Se le notifica que su registro fue aprobado.", "bureaucratic"},
		{"Es de suma importancia que los interesados presenten sus documentos.", "bureaucratic"},
		{"En lo que respecta a la entrega de constancias, esta será el martes.", "bureaucratic"},
		{"El trámite deberá ser realizado de manera personal por el interesado.", "bureaucratic"},
		{"Se procede a dar lectura al orden del día.", "bureaucratic"},
		{"Conforme a lo establecido en la convocatoria, la entrega de documentos será presencial.", "bureaucratic"},
		{"Se encuentran disponibles los formatos para el registro de observadores.", "bureaucratic"},
		{"Dicho trámite deberá efectuarse en las oficinas centrales.", "bureaucratic"},
		{"Se notifica a los partidos políticos que deberán presentar sus informes.", "bureaucratic"},
		{"Se hace del conocimiento público que el plazo ha fenecido.", "bureaucratic"},
		{"En lo que corresponde al registro, este se realizará en línea.", "bureaucratic"},
		{"Se realizó la clausura del curso de capacitación en Navojoa.", "bureaucratic"},
		{"Se solicita la colaboración de la ciudadanía para el llenado de la encuesta.", "bureaucratic"},
		{"Las personas interesadas podrán realizar su registro a través de la plataforma.", "bureaucratic"},
		{"Se hace extensiva la invitación a toda la ciudadanía.", "bureaucratic"},
		{"La entrega de documentación se llevará a cabo en las instalaciones del Consejo Municipal.", "bureaucratic"},
		{"El presente tiene como finalidad dar a conocer los requisitos.", "bureaucratic"},
		{"Con la finalidad de atender a la ciudadanía, se habilitó un número telefónico.", "bureaucratic"},
		{"En relación con su petición, le informamos que fue atendida.", "bureaucratic"},
		{"Por este medio se informa que las oficinas permanecerán cerradas.", "bureaucratic"},
		{"Los formatos deberán ser llenados con letra de molde.", "bureaucratic"},
		{"La ubicación de las casillas se encuentra publicada en los estrados.", "bureaucratic"},
		{"Es de vital importancia que acuda con su credencial vigente.", "bureaucratic"},
	}
	negatives := []string{
		"Mañana entregamos las constancias a las candidaturas electas.",
		"Instalamos las casillas a las 7:30 horas. Llega temprano.",
		"Este viernes se llevará a cabo la sesión extraordinaria del Consejo General a las 12:00 horas.",
		"Se llevó a cabo la reunión de trabajo con las representaciones de los partidos políticos.",
		"Realizamos la entrega de los paquetes electorales a las presidencias de mesa directiva.",
		"Los resultados del concurso se darán a conocer el 30 de septiembre.",
		"El horario es el mismo que el año pasado.",
		"La boleta es la misma que usarás en tu casilla.",
		"Realiza tu trámite en línea y evita filas.",
		"El llenado de la boleta es sencillo: marca un solo recuadro.",
		"Llevamos a cabo 40 talleres en escuelas de Hermosillo.",
	}
	checkDrafts(t, plainLanguageFromConfig, positives, negatives)
}

// TestPlainLanguageAdviceHasNoFix checks that an @advice entry, which
// matches any form of a verb, offers its alternative in the message and no
// fix, while a fixed phrase still offers one.
func TestPlainLanguageAdviceHasNoFix(t *testing.T) {
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	r, err := plainLanguageFromConfig(&rc)
	require.NoError(t, err)
	fs := voiceLint(t, r, "Se llevará a cabo la entrega de constancias.", false)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "entregar")
	assert.Empty(t, fs[0].Fixes)
	fs = voiceLint(t, r, "En virtud de que llueve, cerramos temprano.", false)
	require.Len(t, fs, 1)
	require.Len(t, fs[0].Fixes, 1)
	assert.Equal(t, "Porque", fs[0].Fixes[0].Edits[0].New)
	assert.False(t, fs[0].Fixes[0].Safe)
}
