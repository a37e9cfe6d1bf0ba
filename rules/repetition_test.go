package rules

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/minhash"
)

func TestRepetitionTestdata(t *testing.T) {
	runTestdata(t, "repetition", repetitionFromConfig)
}

// readPast reads a .jsonl of published posts {"id","text","publish_at","reply"}.
func readPast(t testing.TB, path string) []lint.Post {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []lint.Post
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec struct {
			ID        string    `json:"id"`
			Text      string    `json:"text"`
			PublishAt time.Time `json:"publish_at"`
			Reply     bool      `json:"reply"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		out = append(out, lint.Post{ID: rec.ID, Text: rec.Text, PublishAt: rec.PublishAt, Reply: rec.Reply})
	}
	require.NoError(t, sc.Err())
	return out
}

// The history testdata: posts.txt checked against past.jsonl.
func TestRepetitionHistoryTestdata(t *testing.T) {
	cfg := lint.Config{Date: time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC), Past: readPast(t, "testdata/repetition/history/past.jsonl")}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	rule, err := repetitionFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, rule)
	require.NoError(t, err)
	for _, tp := range parseTestdata(t, "testdata/repetition/history/posts.txt") {
		res := l.Lint(context.Background(), tp.post)
		require.NoError(t, res.Err)
		checkWants(t, tp, res.Findings)
	}
}

func TestRepetition(t *testing.T) {
	rule := NewRepetition(RepetitionOptions{})
	tests := []struct {
		name, text string
		want       []string // kind:text
	}{
		{"word run", "¡Vota, vota, vota!", []string{"word:Vota, vota, vota"}},
		{"word run with stop-words", "vota y vota y vota", []string{"word:vota y vota y vota"}},
		{"accents and case", "Participación PARTICIPACION participacion", []string{"word:Participación PARTICIPACION participacion"}},
		{"phrase", "vota libre, vota libre", []string{"phrase:vota libre, vota libre"}},
		{"phrase three times", "Sí al voto. Sí al voto. Sí al voto.", []string{"word:voto. Sí al voto. Sí al voto"}},
		{"doubled", "la la jornada", []string{"doubled:la la"}},
		{"doubled content word", "tu casilla casilla", []string{"doubled:casilla casilla"}},
		{"stretched", "Holaaa", []string{"letters:Holaaa"}},
		{"stretched consonant", "Graciasss", []string{"letters:Graciasss"}},
		{"stretched ñ", "Añññño", []string{"letters:Añññño"}},
		{"mention twice", "@INEMexico y @inemexico", []string{"mention:@inemexico"}},
		{"emoji with skin tones", "Gracias 👍🏽👍🏻👍👍🏿", []string{"emoji:👍🏿"}},
		{"three emoji", "Gracias 👍👍👍", nil},
		{"hashtag twice", "#Vota #VOTA", []string{"hashtag:#VOTA"}},
		{"hashtag four times: one finding", "#Vota #VOTA #vota #vóta", []string{"hashtag:#VOTA"}},
		{"four links", "https://ine.mx/1 https://ine.mx/2 https://ine.mx/3 https://ine.mx/4", []string{"links:https://ine.mx/4"}},

		{"stuffing", "Vota hoy. Vota por Sonora. Vota ya. Vota.", []string{"stuffing:Vota"}},
		{"stuffing is not a run", "vota vota vota vota sonora", []string{"word:vota vota vota vota"}},
		{"a topic word in a longer post", "La elección local es el 6 de junio. En la elección eliges ayuntamientos. Infórmate sobre la elección y participa en la elección con tu credencial vigente y tu voto libre.", nil},
		{"two in a row is emphasis", "¡Vota, vota!", nil},
		{"idiom", "paso a paso, día a día", nil},
		{"reduplication", "casi casi listo", nil},
		{"punctuation between", "Sí, sí, claro", nil},
		{"across lines", "vota\nvota", nil},
		{"numbers", "1 1 1 2 2 2", nil},
		{"legitimate doubles", "leer creer acción innovar perenne llamar carro", nil},
		{"roman numerals", "fracción XXIII y III", nil},
		{"short code", "bono AAA", nil},
		{"interjection", "Mmm y shhh", nil},
		{"address without scheme", "www.ine.mx y wwww.sitio.com", nil},
		{"different hashtags", "#Campaña #Campana", nil},
		{"same name different signs", "@Sonora #Sonora", nil},
		{"three links", "https://ine.mx/1 https://ine.mx/2 https://ine.mx/3", nil},
		{"same word in different places", "La elección es importante. Participa en la elección. Difunde la elección.", nil},
		{"list with numbers", "Distrito 1 sede Hermosillo, Distrito 2 sede Hermosillo", nil},
		{"url words", "https://ine.mx/vota/vota/vota", nil},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := lintWith(t, lint.Config{}, rule, tc.text)
			assert.Equal(t, tc.want, nilIfEmpty(kinds(fs)))
			for _, f := range fs {
				assert.Equal(t, lint.Warning, f.Severity)
				assert.Equal(t, []string{"6.XXIV"}, f.Criteria)
			}
		})
	}
}

func TestRepetitionEnglish(t *testing.T) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	r := NewRepetition(RepetitionOptions{Window: 36 * time.Hour, Past: []lint.Post{{Text: historyBase[1], PublishAt: at.Add(-time.Hour)}}})
	fs := lintWith(t, lint.Config{Lang: lint.English, Date: at, Timezone: "UTC"}, r, historyBase[1]+" Vote, vote, vote!")
	require.Len(t, fs, 2)
	assert.Regexp(t, `^Post nearly equal \(\d+ % similar\) to the post «¿Sabes dónde te toca votar\? Consulta la ubicación…», published on 2027-03-10 09:00: do not repeat the same message within 36 h; rewrite it or wait \(criterion 6.XXIV\)$`, fs[0].Message)
	assert.Equal(t, "Word repeated 3 times in a row: «Vote»; say it once (criterion 6.XXIV)", fs[1].Message)
}

func TestRepetitionFixes(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewRepetition(RepetitionOptions{}))
	require.NoError(t, err)
	tests := []struct{ in, want string }{
		{"¡Vota, vota, vota!", "¡Vota!"},
		{"Vota y vota y vota por tu futuro.", "Vota por tu futuro."},
		{"Participa y vota, participa y vota: tu voz cuenta.", "Participa y vota: tu voz cuenta."},
		{"La sesión será el el jueves.", "La sesión será el jueves."},
		{"¡Votaaaa!", "¡Vota!"},
		{"Hay que leeeer.", "Hay que leer."},
		{"Un carrrro.", "Un carrrro."},
		{"Gracias. #Vota #Sonora #vota", "Gracias. #Vota #Sonora"},
		{"Gracias. #Vota #vota #Sonora #VOTA #vóta", "Gracias. #Vota #Sonora"},
		{"Gracias @IEESonora.\n@ieesonora #Vota", "Gracias @IEESonora.\n#Vota"},
		{"#Vota hoy y #vota mañana.", "#Vota hoy y #vota mañana."},
		{"La jornada es el 6 de junio de 2027. Vota. La jornada es el 6 de junio de 2027.", "La jornada es el 6 de junio de 2027. Vota."},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, _, err := l.Fix(context.Background(), lint.Post{Text: tc.in}, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestUnstretch(t *testing.T) {
	tests := []struct {
		in, one, two string
		ambiguous    bool
	}{
		{"Votaaaa", "Vota", "Vota", false},
		{"leeeer", "ler", "leer", true},
		{"CARRRRO", "CARO", "CARRO", true},
		{"Holaaa", "Hola", "Hola", false},
		{"buenooo", "bueno", "bueno", false},
		{"Síííí", "Sí", "Sí", false},
		{"leer", "leer", "leer", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			one, two, amb := unstretch(tc.in)
			assert.Equal(t, tc.one, one)
			assert.Equal(t, tc.two, two)
			assert.Equal(t, tc.ambiguous, amb)
		})
	}
}

func TestRepetitionConfig(t *testing.T) {
	tests := []struct {
		name, yaml, err string
	}{
		{"ok", "rules:\n  repetition: {window: 3d, threshold: 0.9, max_emoji: 2, max_links: 5, min_chars: 20, replies: true, hashtags: false}\n", ""},
		{"unknown key", "rules:\n  repetition:\n    windw: 3d\n", `unknown option "windw"`},
		{"bad window", "rules:\n  repetition: {window: soon}\n", "invalid duration"},
		{"threshold out of range", "rules:\n  repetition: {threshold: 1.5}\n", "threshold 1.5 is not between 0 and 1"},
		{"zero max", "rules:\n  repetition: {max_links: 0}\n", "max_links must be at least 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := lint.ParseConfig([]byte(tc.yaml), "v.yaml")
			require.NoError(t, err)
			rc, err := cfg.Resolve()
			require.NoError(t, err)
			r, err := repetitionFromConfig(&rc)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			o := r.(*Repetition).o
			assert.Equal(t, 72*time.Hour, o.Window)
			assert.Equal(t, 0.9, o.Threshold)
			assert.Equal(t, 2, o.MaxEmoji)
			assert.Equal(t, 5, o.MaxLinks)
			assert.Equal(t, 20, o.MinChars)
			assert.True(t, o.CompareReplies)
			assert.True(t, o.IgnoreHashtags)
			fs := lintWith(t, lint.Config{}, r, "#Vota #vota @INE @ine")
			assert.Equal(t, []string{"mention:@ine"}, kinds(fs), "hashtags left to campaign-hashtag")
		})
	}
}

var historyBase = []string{
	"El Consejo General del Instituto aprobó hoy el calendario del proceso electoral local. Consulta el acuerdo en https://www.ieesonora.org.mx/acuerdos",
	"¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita con tiempo.",
	"Te invitamos a la sesión ordinaria del Consejo General este jueves a las 11:00 horas. Síguela en vivo por nuestras redes sociales.",
	"Informamos que las oficinas centrales permanecerán cerradas el lunes por ser día inhábil. Reanudamos la atención el martes.",
	"Ya está disponible la convocatoria para integrar los consejos municipales y distritales. Revisa los requisitos y las fechas.",
}

func TestRepetitionHistory(t *testing.T) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	past := []lint.Post{
		{ID: "p1", Text: historyBase[1], PublishAt: at.Add(-48 * time.Hour)},
		{ID: "p2", Text: historyBase[2], PublishAt: at.Add(-30 * 24 * time.Hour)},
		{ID: "p3", Text: historyBase[3] + " Gracias.", PublishAt: at.Add(3 * 24 * time.Hour)},
		{ID: "p4", Text: historyBase[4], PublishAt: at.Add(-time.Hour), Reply: true},
		{ID: "p0", Text: historyBase[0]},
	}
	rule := NewRepetition(RepetitionOptions{Past: past})
	l, err := lint.New(lint.Config{Date: at}, rule)
	require.NoError(t, err)
	tests := []struct {
		name string
		post lint.Post
		want string // "" for no finding; else the ID named
	}{
		{"exact copy", lint.Post{Text: historyBase[1]}, "p1"},
		{"small edit", lint.Post{Text: strings.Replace(historyBase[1], "con tiempo", "con anticipación", 1)}, "p1"},
		{"later post within window", lint.Post{Text: historyBase[3]}, "p3"},
		{"outside window", lint.Post{Text: historyBase[2]}, ""},
		{"replies are not indexed", lint.Post{Text: historyBase[4]}, ""},
		{"no publish time in history", lint.Post{Text: historyBase[0]}, ""},
		{"draft reply not compared", lint.Post{Text: historyBase[1], Reply: true}, ""},
		{"itself", lint.Post{ID: "p1", Text: historyBase[1]}, ""},
		{"unrelated", lint.Post{Text: "Mañana inicia la capacitación de funcionarios de casilla en los 72 municipios del estado de Sonora."}, ""},
		{"too short", lint.Post{Text: "Gracias."}, ""},
		{"half the same", lint.Post{Text: historyBase[1][:60] + " Además, recuerda llevar tu credencial para votar vigente y respetar los horarios."}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := l.Lint(context.Background(), tc.post)
			require.NoError(t, res.Err)
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Message)
			}
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Contains(t, got[0], "«"+tc.want+"»")
		})
	}
}

func TestRepetitionConcurrent(t *testing.T) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	past := genHistory(2000, at)
	l, err := lint.New(lint.Config{Date: at}, NewRepetition(RepetitionOptions{Past: past}))
	require.NoError(t, err)
	done := make(chan int)
	for g := range 8 {
		go func() {
			n := 0
			for i := range 50 {
				res := l.Lint(context.Background(), lint.Post{Text: past[len(past)-1-(g*50+i)%100].Text})
				n += len(res.Findings)
			}
			done <- n
		}()
	}
	for range 8 {
		assert.Equal(t, 50, <-done, "each recent copy is found")
	}
}

// genHistory makes n plausible institutional posts, one every 10 minutes
// up to at, from templates with varying words, places, dates and numbers.
func genHistory(n int, at time.Time) []lint.Post {
	rng := rand.New(rand.NewSource(42))
	places := strings.Fields("Hermosillo Cajeme Navojoa Guaymas Nogales Caborca Álamos Huépac Agua_Prieta Empalme Etchojoa Bácum Ures Cananea Magdalena")
	topics := strings.Fields("sesión capacitación convocatoria registro cómputo simulacro foro conversatorio taller debate")
	verbs := strings.Fields("Consulta Revisa Descarga Comparte Conoce Participa Sigue Lee")
	out := make([]lint.Post, n)
	for i := range out {
		p := strings.ReplaceAll(places[rng.Intn(len(places))], "_", " ")
		tp := topics[rng.Intn(len(topics))]
		text := fmt.Sprintf("%s: hoy %d de %s a las %d:%02d horas se realiza la %s en %s, número %d del proceso electoral. %s los detalles en https://www.ieesonora.org.mx/%s/%d #Sonora%d",
			p, 1+rng.Intn(28), []string{"enero", "febrero", "marzo", "abril", "mayo"}[rng.Intn(5)], 8+rng.Intn(10), rng.Intn(60), tp, p, rng.Intn(1000),
			verbs[rng.Intn(len(verbs))], tp, rng.Intn(100000), 2020+rng.Intn(10))
		out[i] = lint.Post{ID: fmt.Sprintf("h%06d", i), Text: text, PublishAt: at.Add(-time.Duration(n-i) * 10 * time.Minute)}
	}
	return out
}

// The clean corpus raises (almost) no repetition or external-link finding.
func TestRepetitionAndExternalLinkCleanCorpus(t *testing.T) {
	var posts []lint.Post
	for _, path := range []string{"../testdata/corpus/clean.jsonl", "../testdata/corpus/replies.jsonl"} {
		if _, err := os.Stat(path); err != nil {
			t.Skip("no corpus")
		}
		posts = append(posts, readPast(t, path)...)
	}
	l, err := lint.New(lint.Config{}, NewRepetition(RepetitionOptions{}), NewExternalLink(ExternalLinkOptions{}))
	require.NoError(t, err)
	n := 0
	for _, p := range posts {
		res := l.Lint(context.Background(), p)
		require.NoError(t, res.Err)
		for _, f := range res.Findings {
			t.Logf("%s: %s %s %q", p.ID, f.Rule, f.Kind, f.Text)
			n++
		}
	}
	t.Logf("%d findings on %d clean posts", n, len(posts))
	assert.LessOrEqual(t, n*50, len(posts), "at most one finding per 50 clean posts")
}

func ExampleNewRepetition() {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	rule := NewRepetition(RepetitionOptions{Past: []lint.Post{{
		ID:        "2027-03-08-casillas",
		Text:      "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita.",
		PublishAt: at.Add(-48 * time.Hour),
	}}})
	l, _ := lint.New(lint.Config{Date: at, Timezone: "UTC"}, rule)
	res := l.Lint(context.Background(), lint.Post{Text: "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita. ¡Vota, vota, vota!"})
	for _, f := range res.Findings {
		fmt.Println(f.Kind, "|", f.Message)
	}
	// Output:
	// near-duplicate | Publicación casi igual (95 % de similitud) a la publicación «2027-03-08-casillas», publicada el 2027-03-08 10:00: no repitas el mismo mensaje en menos de 7 días; redáctalo de nuevo o espera (criterio 6.XXIV)
	// word | Palabra repetida 3 veces seguidas: «Vota»; dila una vez (criterio 6.XXIV)
}

func FuzzRepetition(f *testing.F) {
	for _, s := range []string{"vota vota vota", "Votaaaa", "#a #A #a", "@x @X", "🗳️🗳️🗳️🗳️", "la la", "a. a. a.", "\xff\xff\xff", "ñññ ñ ñ ñ"} {
		f.Add(s)
	}
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	l, err := lint.New(lint.Config{Date: at}, NewRepetition(RepetitionOptions{Past: genHistory(200, at)}))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		res := l.Lint(context.Background(), lint.Post{Text: text})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start <= fd.Span.End && fd.Span.End <= len(text))
		}
		fixed, _, err := l.Fix(context.Background(), lint.Post{Text: text}, nil)
		require.NoError(t, err)
		again, _, err := l.Fix(context.Background(), lint.Post{Text: fixed}, nil)
		require.NoError(t, err)
		require.Equal(t, fixed, again, "fixing twice changed the text")
	})
}

var benchPost = lint.Post{Text: "El Consejo General del Instituto Estatal Electoral aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta el acuerdo completo en https://www.ieesonora.org.mx/acuerdos y participa. #VotoInformado @IEESonora"}

func BenchmarkRepetitionInPost(b *testing.B) {
	l, err := lint.New(lint.Config{}, NewRepetition(RepetitionOptions{}))
	require.NoError(b, err)
	b.ReportAllocs()
	for range b.N {
		l.Lint(context.Background(), benchPost)
	}
}

func BenchmarkRepetitionHistoryBuild100k(b *testing.B) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	past := genHistory(100_000, at)
	b.ReportAllocs()
	b.ResetTimer()
	var r *Repetition
	for range b.N {
		r = NewRepetition(RepetitionOptions{Past: past})
	}
	b.ReportMetric(float64(r.index.Size())/1e6, "index-MB")
}

// BenchmarkRepetitionHistoryCheck measures one post against histories of
// growing size: the cost must stay flat.
func BenchmarkRepetitionHistoryCheck(b *testing.B) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	for _, n := range []int{1_000, 10_000, 100_000} {
		past := genHistory(n, at)
		l, err := lint.New(lint.Config{Date: at}, NewRepetition(RepetitionOptions{Past: past, Window: 365 * 24 * time.Hour}))
		require.NoError(b, err)
		dup := lint.Post{Text: past[n-10].Text + " ¡Participa!"}
		b.Run(fmt.Sprintf("history=%d/unique", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				l.Lint(context.Background(), benchPost)
			}
		})
		b.Run(fmt.Sprintf("history=%d/duplicate", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if len(l.Lint(context.Background(), dup).Findings) != 1 {
					b.Fatal("duplicate not found")
				}
			}
		})
	}
}

// Large and odd inputs finish in time linear in their size.
func TestRepetitionAndExternalLinkLargeInput(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewRepetition(RepetitionOptions{Past: genHistory(100, time.Now())}), NewExternalLink(ExternalLinkOptions{}))
	require.NoError(t, err)
	inputs := map[string]string{
		"dots":       strings.Repeat(".", 200_000),
		"schemes":    strings.Repeat("https://", 30_000),
		"at signs":   "https://a" + strings.Repeat("@a", 50_000),
		"hashtags":   strings.Repeat("#vota ", 30_000),
		"same word":  strings.Repeat("vota ", 40_000),
		"stretched":  "V" + strings.Repeat("o", 200_000) + "ta",
		"emoji":      strings.Repeat("🗳️", 30_000),
		"links":      strings.Repeat("https://ine.mx/a?utm_source=x\n", 5_000),
		"invalid":    strings.Repeat("\xff\xfe", 100_000),
		"nul":        strings.Repeat("\x00vota", 40_000),
		"sentences":  strings.Repeat("La jornada electoral es el domingo. ", 5_000),
		"bracketish": strings.Repeat("[a](https://b.example/", 10_000),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res := l.Lint(context.Background(), lint.Post{Text: text})
			require.NoError(t, res.Err)
			assertQuick(t, start, 10*time.Second)
		})
	}
}

// Clean posts published an hour apart are not near-duplicates of each
// other: the cross-post check stays quiet on a realistic feed.
func TestRepetitionCleanCorpusAsHistory(t *testing.T) {
	path := "../testdata/corpus/clean.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skip("no corpus")
	}
	posts := readPast(t, path)
	at := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := range posts {
		posts[i].PublishAt = at.Add(time.Duration(i) * time.Hour)
	}
	l, err := lint.New(lint.Config{}, NewRepetition(RepetitionOptions{Past: posts}))
	require.NoError(t, err)
	n := 0
	for _, p := range posts {
		res := l.Lint(context.Background(), p)
		require.NoError(t, res.Err)
		for _, f := range res.Findings {
			t.Logf("%s: %s %q", p.ID, f.Kind, f.Message)
			n++
		}
	}
	t.Logf("%d findings on %d clean posts with the others as history", n, len(posts))
	assert.LessOrEqual(t, n*50, len(posts))
}

// The index finds what comparing with every post in the window finds.
func TestRepetitionHistoryMatchesBruteForce(t *testing.T) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.UTC)
	past := genHistory(3000, at)
	window := 3 * 24 * time.Hour
	rule := NewRepetition(RepetitionOptions{Past: past, Window: window})
	l, err := lint.New(lint.Config{Date: at}, rule)
	require.NoError(t, err)
	rng := rand.New(rand.NewSource(7))
	shingles := func(s string) []uint64 { return minhash.Shingles(nil, minhash.Fold(nil, s)) }
	sets := make([][]uint64, len(past))
	for i, p := range past {
		sets[i] = shingles(p.Text)
	}
	var agree, found, missed, spurious int
	for q := 0; q < 400; q++ {
		src := past[len(past)-1-rng.Intn(600)].Text // mostly inside the window
		words := strings.Fields(src)
		for k := rng.Intn(5); k > 0; k-- { // edit up to 4 words
			words[rng.Intn(len(words))] = []string{"hoy", "mañana", "Sonora", "consejo", "2027"}[rng.Intn(5)]
		}
		text := strings.Join(words, " ")
		qs := shingles(text)
		best := 0.0
		for i, p := range past {
			if d := at.Sub(p.PublishAt); d <= window && d >= -window {
				best = max(best, minhash.Jaccard(qs, sets[i]))
			}
		}
		res := l.Lint(context.Background(), lint.Post{Text: text})
		got := false
		for _, f := range res.Findings {
			got = got || f.Kind == "near-duplicate"
		}
		switch {
		case best >= 0.8 && got:
			found++
		case best >= 0.8:
			missed++
		case got:
			spurious++
		default:
			agree++
		}
	}
	t.Logf("found %d, missed %d, spurious %d, correctly quiet %d", found, missed, spurious, agree)
	assert.Zero(t, spurious, "a finding is always backed by an exact comparison")
	assert.LessOrEqual(t, missed*50, found, "recall at least 98%")
}

// Issue 5's rules of form together stay under one finding per 50 clean
// posts (rules not built yet are simply absent).
func TestFormRulesTogetherCleanCorpus(t *testing.T) {
	var posts []lint.Post
	for _, path := range []string{"../testdata/corpus/clean.jsonl", "../testdata/corpus/replies.jsonl"} {
		if _, err := os.Stat(path); err != nil {
			t.Skip("no corpus")
		}
		posts = append(posts, readPast(t, path)...)
	}
	form := map[string]bool{"all-caps": true, "punctuation": true, "campaign-hashtag": true, "external-link": true, "repetition": true, "length": true}
	all, err := All(lint.Config{})
	require.NoError(t, err)
	var rs []lint.Rule
	for _, r := range all {
		if form[r.Meta().ID] {
			rs = append(rs, r)
		}
	}
	l, err := lint.New(lint.Config{Date: time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)}, rs...)
	require.NoError(t, err)
	n := 0
	for _, p := range posts {
		res := l.Lint(context.Background(), p)
		require.NoError(t, res.Err)
		for _, f := range res.Findings {
			t.Logf("%s: %s/%s %q", p.ID, f.Rule, f.Kind, f.Text)
			n++
		}
	}
	t.Logf("%d rules of form: %d findings on %d clean posts", len(rs), n, len(posts))
	assert.LessOrEqual(t, n*50, len(posts))
}
