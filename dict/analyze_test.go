package dict

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func analyses(w string) []string {
	var out []string
	for _, a := range Default().Analyze(w, nil) {
		out = append(out, a.String())
	}
	return out
}

// Hand-written paradigms of the three regular conjugations (RAE, Nueva
// gramática, modelos amar, temer, partir), independent of the ending
// tables the generator uses.
var regularParadigms = []struct {
	lemma string
	tense string
	forms string
}{
	{"votar", "ind pres", "voto votas vota votamos votáis votan"},
	{"votar", "ind pret", "voté votaste votó votamos votasteis votaron"},
	{"votar", "ind impf", "votaba votabas votaba votábamos votabais votaban"},
	{"votar", "ind fut", "votaré votarás votará votaremos votaréis votarán"},
	{"votar", "ind cond", "votaría votarías votaría votaríamos votaríais votarían"},
	{"votar", "subj pres", "vote votes vote votemos votéis voten"},
	{"votar", "subj impf", "votara votaras votara votáramos votarais votaran"},
	{"votar", "subj impf", "votase votases votase votásemos votaseis votasen"},
	{"votar", "subj fut", "votare votares votare votáremos votareis votaren"},
	{"comer", "ind pres", "como comes come comemos coméis comen"},
	{"comer", "ind pret", "comí comiste comió comimos comisteis comieron"},
	{"comer", "ind impf", "comía comías comía comíamos comíais comían"},
	{"comer", "ind fut", "comeré comerás comerá comeremos comeréis comerán"},
	{"comer", "ind cond", "comería comerías comería comeríamos comeríais comerían"},
	{"comer", "subj pres", "coma comas coma comamos comáis coman"},
	{"comer", "subj impf", "comiera comieras comiera comiéramos comierais comieran"},
	{"comer", "subj impf", "comiese comieses comiese comiésemos comieseis comiesen"},
	{"comer", "subj fut", "comiere comieres comiere comiéremos comiereis comieren"},
	{"vivir", "ind pres", "vivo vives vive vivimos vivís viven"},
	{"vivir", "ind pret", "viví viviste vivió vivimos vivisteis vivieron"},
	{"vivir", "ind impf", "vivía vivías vivía vivíamos vivíais vivían"},
	{"vivir", "ind fut", "viviré vivirás vivirá viviremos viviréis vivirán"},
	{"vivir", "ind cond", "viviría vivirías viviría viviríamos viviríais vivirían"},
	{"vivir", "subj pres", "viva vivas viva vivamos viváis vivan"},
	{"vivir", "subj impf", "viviera vivieras viviera viviéramos vivierais vivieran"},
	{"vivir", "subj impf", "viviese vivieses viviese viviésemos vivieseis viviesen"},
	{"vivir", "subj fut", "viviere vivieres viviere viviéremos viviereis vivieren"},
	// Irregular verbs, from the same grammar's models.
	{"ser", "ind pres", "soy eres es somos sois son"},
	{"ser", "ind pret", "fui fuiste fue fuimos fuisteis fueron"},
	{"ser", "ind impf", "era eras era éramos erais eran"},
	{"ser", "subj pres", "sea seas sea seamos seáis sean"},
	{"ir", "ind pres", "voy vas va vamos vais van"},
	{"ir", "ind pret", "fui fuiste fue fuimos fuisteis fueron"},
	{"ir", "ind impf", "iba ibas iba íbamos ibais iban"},
	{"ir", "subj pres", "vaya vayas vaya vayamos vayáis vayan"},
	{"haber", "ind pres", "he has ha hemos habéis han"},
	{"haber", "ind fut", "habré habrás habrá habremos habréis habrán"},
	{"haber", "subj pres", "haya hayas haya hayamos hayáis hayan"},
	{"tener", "ind pres", "tengo tienes tiene tenemos tenéis tienen"},
	{"tener", "ind pret", "tuve tuviste tuvo tuvimos tuvisteis tuvieron"},
	{"tener", "ind cond", "tendría tendrías tendría tendríamos tendríais tendrían"},
	{"decir", "ind pres", "digo dices dice decimos decís dicen"},
	{"decir", "ind pret", "dije dijiste dijo dijimos dijisteis dijeron"},
	{"decir", "ind fut", "diré dirás dirá diremos diréis dirán"},
	{"decir", "subj impf", "dijera dijeras dijera dijéramos dijerais dijeran"},
	{"poner", "ind pres", "pongo pones pone ponemos ponéis ponen"},
	{"poner", "ind pret", "puse pusiste puso pusimos pusisteis pusieron"},
	{"poner", "subj pres", "ponga pongas ponga pongamos pongáis pongan"},
	// Compounds of the irregular verbs, and stem-changing verbs.
	{"detener", "ind pret", "detuve detuviste detuvo detuvimos detuvisteis detuvieron"},
	{"proponer", "ind pres", "propongo propones propone proponemos proponéis proponen"},
	{"conducir", "ind pret", "conduje condujiste condujo condujimos condujisteis condujeron"},
	{"pensar", "ind pres", "pienso piensas piensa pensamos pensáis piensan"},
	{"contar", "subj pres", "cuente cuentes cuente contemos contéis cuenten"},
	{"pedir", "ind pret", "pedí pediste pidió pedimos pedisteis pidieron"},
	{"dormir", "subj pres", "duerma duermas duerma durmamos durmáis duerman"},
	{"buscar", "ind pret", "busqué buscaste buscó buscamos buscasteis buscaron"},
	{"conocer", "ind pres", "conozco conoces conoce conocemos conocéis conocen"},
	{"construir", "ind pres", "construyo construyes construye construimos construís construyen"},
	{"leer", "ind pret", "leí leíste leyó leímos leísteis leyeron"},
	{"jugar", "ind pres", "juego juegas juega jugamos jugáis juegan"},
}

func TestAnalyzeParadigms(t *testing.T) {
	persons := []string{"1sg", "2sg", "3sg", "1pl", "2pl", "3pl"}
	for _, p := range regularParadigms {
		for i, f := range strings.Fields(p.forms) {
			want := p.lemma + " verb " + p.tense + " " + persons[i]
			assert.Contains(t, analyses(f), want, "%s", f)
		}
	}
}

func TestAnalyzeNonFinite(t *testing.T) {
	for w, want := range map[string]string{
		"votar":    "votar verb inf",
		"comer":    "comer verb inf",
		"vivir":    "vivir verb inf",
		"votando":  "votar verb ger",
		"comiendo": "comer verb ger",
		"viviendo": "vivir verb ger",
		"leyendo":  "leer verb ger",
		"yendo":    "ir verb ger",
		"votado":   "votar verb part masc sg",
		"votadas":  "votar verb part fem pl",
		"comidos":  "comer verb part masc pl",
		"dicho":    "decir verb part masc sg",
		"puesta":   "poner verb part fem sg",
		"sido":     "ser verb part",
		"vota":     "votar verb imp 2sg",
		"votad":    "votar verb imp 2pl",
		"come":     "comer verb imp 2sg",
		"vivid":    "vivir verb imp 2pl",
		"di":       "decir verb imp 2sg",
		"pon":      "poner verb imp 2sg",
		"ten":      "tener verb imp 2sg",
		"sé":       "ser verb imp 2sg",
		"ve":       "ir verb imp 2sg",
		"haz":      "hacer verb imp 2sg",
	} {
		assert.Contains(t, analyses(w), want, w)
	}
}

func TestAnalyzeEnclitics(t *testing.T) {
	for w, want := range map[string]string{
		"regístrate":  "registrar verb imp 2sg +te",
		"dígaselo":    "decir verb imp 3sg +se+lo",
		"publícalo":   "publicar verb imp 2sg +lo",
		"votarlo":     "votar verb inf +lo",
		"informarse":  "informar verb inf +se",
		"haciéndolo":  "hacer verb ger +lo",
		"dámelo":      "dar verb imp 2sg +me+lo",
		"dime":        "decir verb imp 2sg +me",
		"ponte":       "poner verb imp 2sg +te",
		"vámonos":     "ir verb imp 1pl +nos",
		"sentémonos":  "sentar verb imp 1pl +nos",
		"digámoselo":  "decir verb imp 1pl +se+lo",
		"infórmense":  "informar verb imp 3pl +se",
		"consúltelo":  "consultar verb imp 3sg +lo",
		"oírlo":       "oír verb inf +lo",
		"votadlo":     "votar verb imp 2pl +lo",
		"Regístrate":  "registrar verb imp 2sg +te",
		"REGÍSTRATE":  "registrar verb imp 2sg +te",
		"diciéndoles": "decir verb ger +les",
	} {
		assert.Contains(t, analyses(w), want, w)
	}
	// A wrong or missing accent, a participle host, pronouns in the wrong
	// order, or a host that is not a verb form taking enclitics.
	for _, w := range []string{"registrate", "digaselo", "publicalo", "votárlo", "cuidádanos", "dalome", "palo", "chile", "mete", "votólo"} {
		for _, a := range Default().Analyze(w, nil) {
			assert.Zero(t, a.Clitics, "%s: %s", w, a)
		}
	}
}

func TestAnalyzeNominal(t *testing.T) {
	for w, want := range map[string][]string{
		"votación":    {"votación noun fem sg"},
		"votaciones":  {"votación noun fem pl"},
		"elecciones":  {"elección noun fem pl"},
		"consejera":   {"consejero noun fem sg"},
		"consejeras":  {"consejero noun fem pl"},
		"públicas":    {"público adj fem pl"},
		"públicos":    {"público adj masc pl", "público noun masc pl"},
		"casas":       {"casa noun fem pl"},
		"rápidamente": {"rápidamente adv"},
		"Hermosillo":  {"Hermosillo propn"},
		"INE":         {"INE propn"},
	} {
		got := analyses(w)
		for _, x := range want {
			assert.Contains(t, got, x, w)
		}
	}
}

func TestAnalyzeHomographs(t *testing.T) {
	for w, want := range map[string][]string{
		"publico": {"publicar verb ind pres 1sg"},
		"público": {"público adj masc sg", "público noun masc sg"},
		"publicó": {"publicar verb ind pret 3sg"},
		"voto":    {"votar verb ind pres 1sg", "voto noun masc sg"},
		"votó":    {"votar verb ind pret 3sg"},
		"esta":    {"este det fem sg", "este pron fem sg"},
		"está":    {"estar verb ind pres 3sg", "estar verb imp 2sg"},
		"sobre":   {"sobre prep", "sobrar verb subj pres 1sg", "sobrar verb subj pres 3sg"},
		"como":    {"como conj", "comer verb ind pres 1sg"},
		"fue":     {"ser verb ind pret 3sg", "ir verb ind pret 3sg"},
		"mas":     {"mas conj"},
		"más":     {"más adv"},
		"si":      {"si conj"},
		"sí":      {"sí adv", "sí pron 3"},
		"el":      {"el det masc sg"},
		"él":      {"él pron masc 3sg"},
		"de":      {"de prep"},
		"dé":      {"dar verb subj pres 1sg", "dar verb subj pres 3sg"},
		"se":      {"se pron 3"},
		"sé":      {"saber verb ind pres 1sg", "ser verb imp 2sg"},
		"hay":     {"haber verb ind pres 3sg"},
		"término": {"término noun masc sg"},
		"termino": {"terminar verb ind pres 1sg"},
		"terminó": {"terminar verb ind pret 3sg"},
	} {
		got := analyses(w)
		for _, x := range want {
			assert.Contains(t, got, x, w)
		}
	}
	// One reading does not leak into its accent pair.
	for w, not := range map[string]string{
		"publico": "público adj masc sg",
		"público": "publicar verb ind pres 1sg",
		"esta":    "estar verb ind pres 3sg",
		"está":    "este det fem sg",
		"mas":     "más adv",
		"voto":    "votar verb ind pret 3sg",
	} {
		assert.NotContains(t, analyses(w), not, w)
	}
}

func TestAnalyzeCaseAndAccents(t *testing.T) {
	assert.Equal(t, analyses("público"), analyses("PÚBLICO"))
	assert.Equal(t, analyses("público"), analyses("Público"))
	assert.Equal(t, []string{"publicar verb ind pres 1sg"}, analyses("PUBLICO"), "capitals keep the accent as written")
	assert.Contains(t, analyses("Sonora"), "Sonora propn")
	assert.NotContains(t, analyses("sonora"), "Sonora propn")
	assert.Contains(t, analyses("SONORA"), "Sonora propn")
	assert.Empty(t, analyses("hermosillo"), "a proper noun without its capital")
	assert.NotEmpty(t, analyses("año"))
	assert.NotEqual(t, analyses("año"), analyses("ano"), "ñ is never folded")
	assert.Contains(t, analyses("El"), "el det masc sg")
	assert.NotContains(t, analyses("El"), "El propn", "a function word at the start of a sentence")
}

func TestAnalyzePrefixesAndNumbers(t *testing.T) {
	for w, want := range map[string]string{
		"reprogramó":     "programar verb ind pret 3sg prefix re",
		"exconsejera":    "consejero noun fem sg prefix ex",
		"Exconsejera":    "consejero noun fem sg prefix ex",
		"prerregistro":   "registro noun masc sg prefix pre",
		"contrarreforma": "reforma noun sg prefix contra",
		"2027":           "2027 num",
	} {
		assert.Contains(t, analyses(w), want, w)
	}
	for _, w := range []string{"preregistro", "exmal", "antesala2", "subdelaware"} {
		assert.Empty(t, analyses(w), w)
	}
	// A listed word is not split: its own analyses are enough.
	for _, a := range Default().Analyze("rehacer", nil) {
		assert.Empty(t, a.Prefix)
	}
}

func TestAnalyzeUnknown(t *testing.T) {
	for _, w := range []string{"", "xyzzy", "votacion", "publicacion", "haiga", "\xff\xfe", "votó votó", strings.Repeat("a", 65), "12a", "#votar"} {
		assert.Empty(t, analyses(w), "%q", w)
	}
	// Only the bundled dictionary has analyses.
	d, err := New([]string{"votar"})
	require.NoError(t, err)
	assert.Empty(t, d.Analyze("votar", nil))
	assert.NotEmpty(t, Default().WithWords("tuitazo").Analyze("votar", nil))
	assert.Empty(t, Default().WithWords("tuitazo").Analyze("tuitazo", nil))
}

func TestAnalyzeAppendsToBuf(t *testing.T) {
	buf := make([]Analysis, 1, 16)
	buf[0] = Analysis{Lemma: "x"}
	buf = Default().Analyze("voto", buf)
	require.Len(t, buf, 3)
	assert.Equal(t, "x", buf[0].Lemma)
}

func TestAnalyzeAllocatesNothing(t *testing.T) {
	d := Default()
	buf := make([]Analysis, 0, 16)
	for _, w := range []string{"publicó", "Público", "PÚBLICO", "dígaselo", "regístrate", "xyzzy", "sobre", "votaciones", "exconsejera", "prerregistro", "2027"} {
		n := testing.AllocsPerRun(100, func() { buf = d.Analyze(w, buf[:0]) })
		assert.Zero(t, n, w)
	}
}

func TestClitics(t *testing.T) {
	var c Clitics
	assert.Equal(t, 0, c.Len())
	assert.Equal(t, "", c.String())
	c = c.push(6) // lo
	c = c.push(3) // se, written before lo
	assert.Equal(t, 2, c.Len())
	assert.Equal(t, "se", c.At(0))
	assert.Equal(t, "lo", c.At(1))
	assert.Equal(t, "", c.At(2))
	assert.Equal(t, "se+lo", c.String())
}

func TestForms(t *testing.T) {
	d := Default()
	fs := d.Forms("votar")
	for _, w := range []string{"votar", "voto", "votó", "votamos", "votaron", "votando", "votado", "votaríamos", "votásemos"} {
		assert.Contains(t, fs, w)
	}
	for _, w := range []string{"votarlo", "votación", "vota lo"} {
		assert.NotContains(t, fs, w)
	}
	assert.Contains(t, d.Forms("tener"), "tuvieron")
	assert.Contains(t, d.Forms("público"), "públicas")
	assert.Contains(t, d.Forms("este"), "esta")
	assert.Empty(t, d.Forms("xyzzy"))
	assert.Empty(t, d.Forms(""))
	for _, f := range fs {
		found := false
		for _, a := range d.Analyze(f, nil) {
			found = found || a.Lemma == "votar"
		}
		assert.True(t, found, f)
	}
}

func TestWordAtInvertsIndex(t *testing.T) {
	a := Default().a
	for _, k := range []int{0, 1, 2, 1000, 12345, a.nword / 2, a.nword - 1} {
		w := a.wordAt(nil, k)
		assert.Equal(t, k, a.index(string(w)), "%d %q", k, w)
	}
	assert.Empty(t, a.wordAt(nil, -1))
	assert.Empty(t, a.wordAt(nil, a.nword))
}

// TestCriteriaCoverage measures how many words of the criteria get an
// analysis; it guards against a data regression.
func TestCriteriaCoverage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "criterios.txt"))
	require.NoError(t, err)
	words, hit := 0, 0
	var missed []string
	buf := make([]Analysis, 0, 16)
	for _, w := range strings.FieldsFunc(string(data), func(r rune) bool { return !isWordRune(r) }) {
		if isDigits(w) {
			continue
		}
		words++
		if buf = Default().Analyze(w, buf[:0]); len(buf) > 0 {
			hit++
		} else {
			missed = append(missed, w)
		}
	}
	share := float64(hit) / float64(words)
	t.Logf("criteria: %d of %d words analysed (%.1f%%); missed: %v", hit, words, 100*share, missed)
	assert.Greater(t, share, 0.97)
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0x24F || r >= '0' && r <= '9'
}

// TestMorphologyIsFresh rebuilds es_MX.morph from the Hunspell files and
// the lists in data/ and compares it with the committed file.
func TestMorphologyIsFresh(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("rebuilds the morphology (half a minute, minutes with -race); go test without -short checks it")
	}
	const dir = "/usr/share/hunspell"
	read := func(p string) *bytes.Reader {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("%v (install hunspell-es)", err)
		}
		return bytes.NewReader(b)
	}
	in := MorphInput{
		Aff:       read(filepath.Join(dir, "es_MX.aff")),
		Dic:       read(filepath.Join(dir, "es_MX.dic")),
		ExtraDic:  []io.Reader{read("data/verbos.dic")},
		Closed:    read("data/categorias.txt"),
		Irregular: read("data/verbos_irregulares.txt"),
	}
	for _, n := range SupplementFiles {
		in.Supplement = append(in.Supplement, read(filepath.Join("data", n)))
	}
	got, _, err := BuildMorphology(in, esData)
	require.NoError(t, err)
	require.True(t, string(got) == morphData, "es_MX.morph is stale: run go generate ./dict")
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"publicó", "dígaselo", "Sonora", "votaciones", "", "ÑANDÚ", "regístratelo", "sentémonos", "\xff", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		f.Add(s)
	}
	d := Default()
	f.Fuzz(func(t *testing.T, w string) {
		buf := make([]Analysis, 0, 32)
		buf = d.Analyze(w, buf)
		for _, a := range buf {
			if a.Lemma == "" || a.POS == 0 {
				t.Fatalf("%q: empty analysis %+v", w, a)
			}
		}
		if n := testing.AllocsPerRun(3, func() { buf = d.Analyze(w, buf[:0]) }); n != 0 {
			t.Fatalf("%q: %v allocations", w, n)
		}
		if !utf8.ValidString(w) || d.a.index(w) < 0 {
			return
		}
		// Every analysis read from the table (not split into verb and
		// pronouns) lists w among the forms of its lemma.
		for _, a := range d.morph().appendWord(d.a.index(w), nil, 0) {
			if !contains(d.Forms(a.Lemma), w) {
				t.Fatalf("%q: analysis %s, but Forms(%q) lacks it", w, a, a.Lemma)
			}
		}
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func BenchmarkAnalyze(b *testing.B) {
	d := Default()
	words := []string{"publicó", "elecciones", "sobre", "Consejo", "regístrate", "xyzzy"}
	buf := make([]Analysis, 0, 16)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = d.Analyze(words[i%len(words)], buf[:0])
	}
}

func BenchmarkAnalyzeCommon(b *testing.B) {
	d := Default()
	buf := make([]Analysis, 0, 16)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = d.Analyze("publicó", buf[:0])
	}
}

func BenchmarkForms(b *testing.B) {
	d := Default()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d.Forms("votar")
	}
}

// The analysis table is opened on first use by whichever goroutine comes
// first; run with -race.
func TestAnalyzeConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := make([]Analysis, 0, 16)
			for _, w := range []string{"dígaselo", "sobre", "Público"} {
				for _, a := range Default().Analyze(w, buf[:0]) {
					results[i] = append(results[i], a.String())
				}
			}
			results[i] = append(results[i], Default().Forms("ser")[:3]...)
		}(i)
	}
	wg.Wait()
	for _, r := range results[1:] {
		assert.Equal(t, results[0], r)
	}
}
