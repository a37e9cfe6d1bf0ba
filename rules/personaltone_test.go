package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestPersonalToneTestdata(t *testing.T) {
	runTestdata(t, "personal-tone", personalToneFromConfig)
}

func TestPersonalToneTable(t *testing.T) {
	r, err := NewPersonalTone(PersonalToneOptions{})
	require.NoError(t, err)
	positives := []struct{ name, text, want string }{
		{"yo creo", "Yo creo que la jornada saldrá bien.", "opinion"},
		{"opino", "Opino que el debate fue flojo.", "opinion"},
		{"a mi parecer", "A mi parecer el formato no funcionó.", "opinion"},
		{"personalmente", "Personalmente creo que no.", "opinion"},
		{"estoy harto", "Ya estoy harto de las quejas.", "feeling"},
		{"me encanta", "Me encanta este lunes.", "feeling"},
		{"qué flojera", "Qué flojera la sesión de hoy.", "feeling"},
		{"mis vacaciones", "Por fin mis vacaciones.", "personal-life"},
		{"mi esposa", "Hoy voy al cine con mi esposa.", "personal-life"},
		{"chit-chat alone", "¡Qué calor!", "chitchat"},
		{"evasion stretched", "Qué calooor", "chitchat"},
		{"capitals", "EN LO PERSONAL me gustó.", "opinion"},
	}
	for _, c := range positives {
		t.Run("positive/"+c.name, func(t *testing.T) {
			fs := voiceLint(t, r, c.text, false)
			require.NotEmpty(t, fs, c.text)
			assert.Equal(t, c.want, fs[0].Kind)
			assert.Equal(t, lint.Warning, fs[0].Severity)
		})
	}
	negatives := []struct{ name, text string }{
		{"institutional plural", "Informamos que mañana inicia la capacitación. Te invitamos a participar."},
		{"creemos", "Creemos en una ciudadanía informada."},
		{"quoted official", "«Creo que Sonora dará ejemplo de participación», dijo la consejera presidenta."},
		{"greeting with news", "¡Buenos días! Hoy se instala el Consejo Municipal de Cajeme."},
		{"weather as advice", "¡Qué calor! Si vas a votar, lleva agua y consulta tu casilla en https://ubicatucasilla.ine.mx"},
		{"greeting then answer", "Buenos días, gracias por escribirnos; el trámite de tu credencial es gratuito en cualquier módulo."},
		{"slogan", "Yo voto, tú votas, todos decidimos. #VotoInformado"},
		{"parece impersonal", "Parece sencillo, pero votar informado requiere tiempo: consulta las propuestas."},
		{"mi in a campaign", "Mi voto cuenta: ubica tu casilla."},
		{"te parece", "¿Te parece si te llamamos para darte los detalles?"},
		{"municipalities", "Bácum, Pitiquito, Ures y Moctezuma ya tienen consejo municipal."},
		{"in person", "Acude personalmente al módulo con tu credencial."},
		{"like button", "¡Dale me gusta a nuestra página y comparte!"},
		{"greeting and a question", "¡Buenos días! ¿Ya conoces a tus representantes?"},
		{"relative que", "Quien tiene hambre de democracia participa: el que calor pasa en la fila también vota."},
		{"hate speech", "Di no al discurso de odio en la contienda electoral."},
	}
	for _, c := range negatives {
		t.Run("negative/"+c.name, func(t *testing.T) {
			assert.Empty(t, voiceLint(t, r, c.text, false), c.text)
		})
	}
}

func TestPersonalToneOptions(t *testing.T) {
	r, err := NewPersonalTone(PersonalToneOptions{MaxChitchatWords: 30})
	require.NoError(t, err)
	chat := "Buenos días, gracias por escribirnos, que tengan una excelente tarde todos ustedes."
	assert.NotEmpty(t, voiceLint(t, r, chat, false))
	def, err := NewPersonalTone(PersonalToneOptions{})
	require.NoError(t, err)
	assert.Empty(t, voiceLint(t, def, chat, false), "more than 4 other words")
	_, err = NewPersonalTone(PersonalToneOptions{MaxChitchatWords: -1})
	assert.Error(t, err)
	cfg, err := lint.ParseConfig([]byte("rules:\n  personal-tone:\n    max_chitchat_words: 3\nlexicons:\n  personal-tone:\n    remove: [\"opino\"]\n"), "v.yaml")
	require.NoError(t, err)
	rule, err := personalToneFromConfig(&cfg)
	require.NoError(t, err)
	assert.Empty(t, voiceLint(t, rule, "Opino distinto.", false))
	assert.NotEmpty(t, voiceLint(t, rule, "Yo opino distinto.", false))
}

func TestPersonalToneCleanSet(t *testing.T) {
	r, err := NewPersonalTone(PersonalToneOptions{})
	require.NoError(t, err)
	voiceCleanSet(t, r)
	voiceScunthorpe(t, r)
}

func BenchmarkPersonalTone(b *testing.B) {
	r, err := NewPersonalTone(PersonalToneOptions{})
	require.NoError(b, err)
	voiceBench(b, r)
}
