package rules

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// voiceLint lints text with one rule and returns its findings.
func voiceLint(t testing.TB, r lint.Rule, text string, reply bool) []lint.Finding {
	t.Helper()
	l, err := lint.New(lint.Config{}, r)
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: text, Reply: reply})
	require.NoError(t, res.Err)
	return res.Findings
}

func voiceKinds(fs []lint.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	return out
}

// municipios are the 72 municipalities of Sonora.
var municipios = []string{
	"Aconchi", "Agua Prieta", "Álamos", "Altar", "Arivechi", "Arizpe", "Átil",
	"Bacadéhuachi", "Bacanora", "Bacerac", "Bacoachi", "Bácum", "Banámichi",
	"Baviácora", "Bavispe", "Benito Juárez", "Benjamín Hill", "Caborca", "Cajeme",
	"Cananea", "Carbó", "La Colorada", "Cucurpe", "Cumpas", "Divisaderos",
	"Empalme", "Etchojoa", "Fronteras", "General Plutarco Elías Calles",
	"Granados", "Guaymas", "Hermosillo", "Huachinera", "Huásabas", "Huatabampo",
	"Huépac", "Imuris", "Magdalena", "Mazatán", "Moctezuma", "Naco",
	"Nácori Chico", "Nacozari de García", "Navojoa", "Nogales", "Ónavas",
	"Opodepe", "Oquitoa", "Pitiquito", "Puerto Peñasco", "Quiriego", "Rayón",
	"Rosario", "Sahuaripa", "San Felipe de Jesús", "San Ignacio Río Muerto",
	"San Javier", "San Luis Río Colorado", "San Miguel de Horcasitas",
	"San Pedro de la Cueva", "Santa Ana", "Santa Cruz", "Sáric", "Soyopa",
	"Suaqui Grande", "Tepache", "Trincheras", "Tubutama", "Ures",
	"Villa Hidalgo", "Villa Pesqueira", "Yécora",
}

// scunthorpeWords contain, or look like, a listed word and are harmless.
var scunthorpeWords = []string{
	"Masiaca", "Bacum", "computadora", "calculadora", "pendiente", "pendientes",
	"culminó", "culminación", "pitazo", "particular", "disputa", "disputar",
	"cómputo", "computar", "reputación", "diputado", "diputada", "diputaciones",
	"imputación", "vergüenza", "vergel", "escultura", "agricultura", "cultura",
	"peculado", "pérdida", "pero", "perrito", "ratificar", "ratificó", "rato",
	"ratón", "burocracia", "Cabrera", "cabra", "cono",
	"hija", "hoja", "año", "ano", "mamá", "Maricela", "Mario", "joya",
	"chinampa", "tontería", "retrasado", "loción", "animalista", "gatear",
	"pichón", "pinchazo", "pendón", "papaya", "payasito", "bruteza",
}

func TestCourtesyTestdata(t *testing.T) {
	runTestdata(t, "courtesy", courtesyFromConfig)
}

func TestCourtesyTable(t *testing.T) {
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(t, err)
	type tc struct {
		name  string
		text  string
		reply bool
		want  []string
	}
	positives := []tc{
		{"insult", "Son unos pendejos.", false, []string{"insult"}},
		{"insult capitals", "IDIOTAS", false, []string{"insult"}},
		{"leetspeak disqualification", "@fulano no sea 1gn0r4nt3", true, []string{"disqualification"}},
		{"dotted", "Eres un i.g.n.o.r.a.n.t.e", true, []string{"disqualification"}},
		{"spaced", "eres un i g n o r a n t e", true, []string{"disqualification"}},
		{"stretched", "idiotaaaa", true, []string{"insult"}},
		{"asterisk", "@fulano p*to", true, []string{"slur"}},
		{"phrase", "hijo de puta", false, []string{"vulgarity"}},
		{"payaso always", "Qué payaso.", false, []string{"disqualification"}},
		{"corrupto as noun", "Los corruptos de siempre.", false, []string{"disqualification"}},
		{"corrupto with ser", "Usted es corrupto.", true, []string{"disqualification"}},
		{"ridiculo with ser", "Su pregunta es ridícula.", true, []string{"disqualification"}},
		{"rata said of a person", "Eres una rata.", true, []string{"insult"}},
		{"rata as exclamation", "¡rata!", true, []string{"insult"}},
		{"burro with pinche", "pinche burro", true, []string{"vulgarity", "insult"}},
		{"animal after mention", "@fulano animal", true, []string{"insult"}},
		{"laughter in reply", "Jajajaja, no.", true, []string{"mockery"}},
		{"xd in reply", "xDDD", true, []string{"mockery"}},
		{"curt in reply", "Ya se le dijo que no.", true, []string{"curt"}},
		{"lea bien in reply", "Lea bien la convocatoria.", true, []string{"curt"}},
		{"not our problem", "Eso no es nuestro problema.", true, []string{"curt"}},
		{"sarcasm", "Gracias por nada.", true, []string{"sarcasm"}},
		{"middle finger emoji", "🖕", false, []string{"emoji-vulgar"}},
		{"laughing emoji in reply", "Claro 🤣", true, []string{"emoji-mockery"}},
		{"eye roll in reply", "Ok 🙄", true, []string{"emoji-sarcasm"}},
		{"cyrillic homoglyph", "idiоta", false, []string{"insult"}},
		{"cállese", "¡Cállese!", true, []string{"disqualification"}},
		{"capitalised exclamation", "¡Ratas!", true, []string{"insult"}},
		{"capitalised alone", "Ignorante.", true, []string{"disqualification"}},
		{"vowels dropped", "pndjo", true, []string{"insult"}},
		{"k for c", "kbrones", true, []string{"insult"}},
		{"informal in reply", "No manches, wey", true, []string{"informal", "informal"}},
		{"poca madre", "¡Qué poca madre!", false, []string{"vulgarity"}},
		{"quoted in a reply", "@x Usted dijo «son unos corruptos».", true, []string{"disqualification"}},
		{"vocative at the end", "Fíjese bien antes de quejarse, ignorante.", true, []string{"disqualification"}},
		{"vocative animal", "Cállate, rata.", true, []string{"disqualification", "insult"}},
		{"corrupt politicians", "Esos políticos corruptos no merecen respuesta.", false, []string{"disqualification", "dismissive"}},
		{"already told", "Ya se le había dicho que no.", true, []string{"curt"}},
	}
	negatives := []tc{
		{"laughter outside replies", "¡Jajaja, qué divertido estuvo el taller infantil de cultura cívica!", false, nil},
		{"curt formula outside replies", "Lea bien su boleta antes de marcarla.", false, nil},
		{"rata as an animal", "La rata y el ratón son roedores.", false, nil},
		{"burro as food", "Compartimos burros de machaca en el convivio del Consejo.", false, nil},
		{"corrupt acts", "Denuncia actos corruptos ante la autoridad competente.", false, nil},
		{"ridiculous price", "Nadie debe pagar un precio ridículo por su credencial: el trámite es gratuito.", false, nil},
		{"tonto with noun", "No hay preguntas tontas: escríbenos.", true, nil},
		{"gross product", "El producto interno bruto del estado creció.", false, nil},
		{"naco place", "¡Bienvenidos a Naco! Hoy instalamos el consejo municipal.", false, nil},
		{"naco alone", "Naco", false, nil},
		{"naco exclaimed", "¡Naco!", true, nil},
		{"surname alone", "Cerda.", true, nil},
		{"informal outside replies", "Chale, ya es lunes: consulta el calendario electoral.", false, nil},
		{"ignorance of the law", "La ignorancia de la ley no exime de su cumplimiento.", false, nil},
		{"food list in a post", "En el convivio hubo tacos, burros, y café para todo el equipo.", false, nil},
		{"place after a comma in a reply", "Gracias, Naco.", true, nil},
		{"second session", "El Consejo sesionó por segunda vez esta semana.", true, nil},
		{"agua prieta", "En Agua Prieta se instaló el consejo.", false, nil},
		{"laughing emoji in a post", "¡Ganamos el concurso de dibujo! 😂", false, nil},
		{"polite reply", "Con gusto le ayudamos. Los requisitos están en la convocatoria.", true, nil},
		{"hija", "Vota con tu hija y tu hijo.", true, nil},
		{"quoted notice", "Reporta mensajes ofensivos en redes: el respeto es la base de la democracia.", false, nil},
		{"lector", "Te leemos con atención. ¿Qué parte del trámite te preocupa?", true, nil},
		{"loco mid sentence name", "Visitamos el ejido El Loco.", false, nil},
		{"useless impersonal", "Es inútil esperar al último día: registra hoy tu candidatura.", false, nil},
		{"cat as hashtag sign", "¿Usted tiene dudas? Escriba el gato # antes de la palabra.", true, nil},
		{"relative que", "El que pedo no lleva, no lo pide.", false, nil},
	}
	for _, c := range positives {
		t.Run("positive/"+c.name, func(t *testing.T) {
			assert.Equal(t, c.want, voiceKinds(voiceLint(t, r, c.text, c.reply)), c.text)
		})
	}
	for _, c := range negatives {
		t.Run("negative/"+c.name, func(t *testing.T) {
			assert.Empty(t, voiceLint(t, r, c.text, c.reply), c.text)
		})
	}
}

func TestCourtesyQuoted(t *testing.T) {
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(t, err)
	fs := voiceLint(t, r, "Frases como «eres una vieja loca» son violencia política contra las mujeres. Denúnciala.", false)
	require.Len(t, fs, 1)
	assert.Equal(t, lint.Warning, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "entre comillas: «vieja loca»")
	fs = voiceLint(t, r, "@x «eres una vieja loca»", true)
	require.Len(t, fs, 1)
	assert.Equal(t, lint.Error, fs[0].Severity, "a reply never quotes an insult at a user")
}

// TestEveryLexiconEntryIsCaught writes every form of every entry of the
// five lexicons in the context its tags ask for and checks the rule reports
// it: a broken entry (a typo, an alternative that spans two words) fails.
func TestEveryLexiconEntryIsCaught(t *testing.T) {
	m, err := lexicon.Default()
	require.NoError(t, err)
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	builders := map[string]builder{
		lexicon.Courtesy: courtesyFromConfig, lexicon.PersonalTone: personalToneFromConfig,
		lexicon.UnverifiedSource: unverifiedSourceFromConfig, lexicon.InternalDeliberation: internalDeliberationFromConfig,
		lexicon.PlainLanguage: plainLanguageFromConfig,
	}
	forms := 0
	for name, b := range builders {
		r, err := b(&rc)
		require.NoError(t, err)
		for _, e := range m.Entries(name) {
			if e.Marker() {
				continue
			}
			for _, ex := range m.Examples(e) {
				text, reply := ex, e.Has("reply")
				switch {
				case e.Has("person"), e.Has("noun"), e.Has("aimed"):
					text, reply = "@fulano eres un "+ex, true
				case e.Has("label"):
					text = strings.ToUpper(ex) + ":"
				case e.Has("council"):
					text = ex + " en el Consejo"
				}
				forms++
				fs := voiceLint(t, r, text, reply)
				if !assert.NotEmpty(t, fs, "%s (%s): %q not caught in %q", e.Source, e.Phrase, ex, text) {
					continue
				}
				assert.Equal(t, e.Category, fs[0].Kind, "%s: %q", e.Source, text)
			}
		}
	}
	t.Logf("%d forms checked", forms)
}

func TestCourtesyScunthorpe(t *testing.T) {
	require.Len(t, municipios, 72)
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(t, err)
	for _, w := range append(append([]string{}, municipios...), scunthorpeWords...) {
		for _, text := range []string{
			w,
			"¡" + w + "!",
			"Eres de " + w + ".",
			"@vecino " + w + ", gracias por escribir.",
			"Hoy sesionó el consejo municipal de " + w + ". #VotoInformado",
			strings.ToUpper(w) + " 2027",
		} {
			for _, reply := range []bool{false, true} {
				assert.Empty(t, voiceLint(t, r, text, reply), "%q reply=%v", text, reply)
			}
		}
	}
}

func TestCourtesyConfig(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte("lexicons:\n  courtesy:\n    add: [\"insult error fulanito+ @person\"]\n    remove: [\"payaso+\"]\n"), "v.yaml")
	require.NoError(t, err)
	rule, err := courtesyFromConfig(&cfg)
	require.NoError(t, err)
	assert.Empty(t, voiceLint(t, rule, "Qué payaso.", false))
	assert.Equal(t, []string{"insult"}, voiceKinds(voiceLint(t, rule, "Eres un fulanito.", false)))
	assert.Empty(t, voiceLint(t, rule, "Fulanito Pérez visitó el Consejo.", false))

	for yaml, want := range map[string]string{
		"lexicons:\n  cortesia:\n    add: [\"insult error x\"]\n": `unknown lexicon "cortesia"`,
		"lexicons:\n  courtesy:\n    remove: [\"inexistente\"]\n": `"inexistente" is not in the lexicon`,
		"lexicons:\n  courtesy:\n    add: [\"insult grave x\"]\n": "severity",
		"rules:\n  courtesy:\n    strict: true\n":                 `unknown option "strict"`,
	} {
		cfg, err := lint.ParseConfig([]byte(yaml), "v.yaml")
		require.NoError(t, err)
		_, err = courtesyFromConfig(&cfg)
		require.Error(t, err, yaml)
		assert.Contains(t, err.Error(), want)
		assert.Contains(t, err.Error(), "v.yaml")
	}
}

// voicePost is a record of a labelled corpus.
type voicePost struct {
	ID        string   `json:"id"`
	Rule      string   `json:"rule"`
	Text      string   `json:"text"`
	Platforms []string `json:"platforms"`
	Reply     bool     `json:"reply"`
}

// readCorpus reads a JSON-lines corpus; missing files give no posts.
func readCorpus(t testing.TB, path string) []voicePost {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	defer f.Close()
	var out []voicePost
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var p voicePost
		require.NoError(t, json.Unmarshal([]byte(line), &p), "%s:%d", path, n)
		if p.ID == "" {
			p.ID = fmt.Sprintf("%s:%d", filepath.Base(path), n)
		}
		out = append(out, p)
	}
	require.NoError(t, sc.Err())
	return out
}

// cleanCorpus returns the clean posts and replies: the project's shared
// corpus (when present) and the voice rules' own set.
func cleanCorpus(t testing.TB) []voicePost {
	var out []voicePost
	for _, p := range []string{
		"../testdata/corpus/clean.jsonl", "../testdata/corpus/replies.jsonl",
		"testdata/voice/clean.jsonl", "testdata/voice/replies.jsonl",
	} {
		out = append(out, readCorpus(t, p)...)
	}
	require.NotEmpty(t, out)
	return out
}

// TestCourtesyLabelledSet measures the rule on labelled data: every insult
// of testdata/voice/insults.jsonl caught (posts and replies), no finding on
// the clean posts and replies.
func TestCourtesyLabelledSet(t *testing.T) {
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(t, err)
	insults := readCorpus(t, "testdata/voice/insults.jsonl")
	require.NotEmpty(t, insults)
	caught := 0
	for _, p := range insults {
		fs := voiceLint(t, r, p.Text, p.Reply)
		if assert.NotEmpty(t, fs, "missed insult %s: %q", p.ID, p.Text) {
			caught++
		}
	}
	clean := cleanCorpus(t)
	alarms := 0
	for _, p := range clean {
		fs := voiceLint(t, r, p.Text, p.Reply)
		if !assert.Empty(t, fs, "false alarm on %s: %q", p.ID, p.Text) {
			alarms++
		}
	}
	t.Logf("courtesy: %d/%d insults caught; %d false alarms on %d clean posts and replies", caught, len(insults), alarms, len(clean))
}

func FuzzCourtesy(f *testing.F) {
	for _, s := range []string{"eres un 1gn0r4nt3", "i.g.n.o.r.a.n.t.e", "p*to p**o *", "jajaja 🤣🖕🏽", "hijo.de.puta", "\xff\x00idiota", "a b c d e f", "@x rata!"} {
		f.Add(s, true)
	}
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(f, err)
	l, err := lint.New(lint.Config{}, r)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string, reply bool) {
		res := l.Lint(context.Background(), lint.Post{Text: s, Reply: reply})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start >= 0 && fd.Span.Start <= fd.Span.End && fd.Span.End <= len(s), "span %v out of %d", fd.Span, len(s))
			if utf8.ValidString(s) {
				require.True(t, utf8.ValidString(s[fd.Span.Start:fd.Span.End]), "span %v splits a character", fd.Span)
			}
		}
	})
}

func BenchmarkCourtesy(b *testing.B) {
	r, err := NewCourtesy(CourtesyOptions{})
	require.NoError(b, err)
	voiceBench(b, r)
}

// BenchmarkVoiceRules runs the five voice rules together, as the default
// linter does: their shared word stream is built once per post.
func BenchmarkVoiceRules(b *testing.B) {
	rc, err := (lint.Config{}).Resolve()
	require.NoError(b, err)
	var rs []lint.Rule
	for _, bl := range []builder{courtesyFromConfig, personalToneFromConfig, unverifiedSourceFromConfig, internalDeliberationFromConfig, plainLanguageFromConfig} {
		r, err := bl(&rc)
		require.NoError(b, err)
		rs = append(rs, r)
	}
	voiceBench(b, rs...)
}

// voiceBench lints a realistic post and a realistic reply per iteration.
func voiceBench(b *testing.B, r ...lint.Rule) {
	l, err := lint.New(lint.Config{}, r...)
	require.NoError(b, err)
	post := lint.Post{Text: "El Consejo General del Instituto Estatal Electoral y de Participación Ciudadana de Sonora aprobó hoy, por unanimidad, " +
		"el calendario del Proceso Electoral Ordinario Local 2026-2027. Consulta las fechas de registro de candidaturas, " +
		"los plazos para solicitar tu credencial y las sedes de los consejos municipales en https://www.ieesonora.org.mx/calendario " +
		"#VotoInformado2027 @IEESonora"}
	reply := lint.Post{Reply: true, Text: "@ciudadana_hmo ¡Hola! Gracias por escribirnos. Puedes consultar la ubicación de tu casilla " +
		"en https://ubicatucasilla.ine.mx con los datos de tu credencial; si tienes otra duda, con gusto te ayudamos."}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(context.Background(), post)
		l.Lint(context.Background(), reply)
	}
}

// voiceScunthorpe checks that a rule reports nothing on the municipalities
// of Sonora and on words that contain listed ones, in posts and replies.
func voiceScunthorpe(t *testing.T, r lint.Rule) {
	t.Helper()
	for _, w := range append(append([]string{}, municipios...), scunthorpeWords...) {
		for _, text := range []string{w, "Hoy sesionó el consejo municipal de " + w + ".", "@vecino " + w + ", gracias.", strings.ToUpper(w) + " 2027"} {
			for _, reply := range []bool{false, true} {
				assert.Empty(t, voiceLint(t, r, text, reply), "%s: %q", r.Meta().ID, text)
			}
		}
	}
}

// voiceCleanSet checks that a rule reports nothing on the clean posts and
// replies, and logs what it measured.
func voiceCleanSet(t *testing.T, r lint.Rule) {
	t.Helper()
	clean := cleanCorpus(t)
	alarms := 0
	for _, p := range clean {
		if fs := voiceLint(t, r, p.Text, p.Reply); len(fs) > 0 {
			alarms++
			t.Errorf("%s: false alarm on %s: %q: %s", r.Meta().ID, p.ID, p.Text, fs[0].Message)
		}
	}
	t.Logf("%s: %d false alarms on %d clean posts and replies", r.Meta().ID, alarms, len(clean))
}

// TestVoiceRulesHugeInput runs the five voice rules on adversarial inputs
// of 1 MiB: each must finish, and in time linear in the input (a generous
// absolute bound keeps the test stable on a busy machine).
func TestVoiceRulesHugeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	var rs []lint.Rule
	for _, b := range []builder{courtesyFromConfig, personalToneFromConfig, unverifiedSourceFromConfig, internalDeliberationFromConfig, plainLanguageFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	l, err := lint.New(lint.Config{}, rs...)
	require.NoError(t, err)
	const size = 1 << 20
	// Inputs that produce a finding per line have line breaks: the engine
	// computes columns from the start of the line.
	for name, unit := range map[string]string{
		"insults":        "eres una rata\n",
		"exclamations":   "¡rata!\n",
		"label line":     "confidencial ",
		"wildcards":      "p*to\n",
		"spaced letters": "i g n o r a n t e\n",
		"single letters": "a b c d e ",
		"laughter":       "jajaja",
		"mentions":       "@x rata\n",
		"quotes":         "«dicen que» ",
		"one sentence":   "palabra ",
		"dots":           "i.g.n.",
		"stars":          "*",
	} {
		t.Run(name, func(t *testing.T) {
			text := strings.Repeat(unit, size/len(unit))
			start := time.Now()
			res := l.Lint(context.Background(), lint.Post{Text: text, Reply: true})
			require.NoError(t, res.Err)
			d := time.Since(start)
			t.Logf("%s: %d findings in %v", name, len(res.Findings), d)
			assertQuick(t, start, 20*time.Second)
		})
	}
}

// TestVoiceRulesLabelledSet measures every voice rule on the labelled
// posts of testdata/voice/flagged.jsonl (each names the rule that must
// report it) and on the clean posts and replies (no rule may report them).
func TestVoiceRulesLabelledSet(t *testing.T) {
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	rules := map[string]lint.Rule{}
	for _, b := range []builder{courtesyFromConfig, personalToneFromConfig, unverifiedSourceFromConfig, internalDeliberationFromConfig, plainLanguageFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		rules[r.Meta().ID] = r
	}
	flagged := readCorpus(t, "testdata/voice/flagged.jsonl")
	require.NotEmpty(t, flagged)
	caught := map[string]int{}
	total := map[string]int{}
	for _, p := range flagged {
		r := rules[p.Rule]
		require.NotNil(t, r, "%s: unknown rule %q", p.ID, p.Rule)
		total[p.Rule]++
		if assert.NotEmpty(t, voiceLint(t, r, p.Text, p.Reply), "%s: %s missed %q", p.ID, p.Rule, p.Text) {
			caught[p.Rule]++
		}
	}
	clean := cleanCorpus(t)
	for id, r := range rules {
		alarms := 0
		for _, p := range clean {
			if fs := voiceLint(t, r, p.Text, p.Reply); len(fs) > 0 {
				alarms++
				t.Errorf("%s: false alarm on %s %q: %s", id, p.ID, p.Text, fs[0].Message)
			}
		}
		t.Logf("%s: %d/%d labelled posts caught; %d false alarms on %d clean posts and replies", id, caught[id], total[id], alarms, len(clean))
	}
}

// TestVoiceRulesExamples checks each rule's documented examples: the bad
// one is reported, the good one is clean.
func TestVoiceRulesExamples(t *testing.T) {
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	for _, b := range []builder{courtesyFromConfig, personalToneFromConfig, unverifiedSourceFromConfig, internalDeliberationFromConfig, plainLanguageFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			require.NoError(t, m.Validate())
			reply := strings.HasPrefix(m.Bad, "@")
			assert.NotEmpty(t, voiceLint(t, r, m.Bad, reply), "bad example")
			assert.Empty(t, voiceLint(t, r, m.Good, reply), "good example")
		})
	}
}
