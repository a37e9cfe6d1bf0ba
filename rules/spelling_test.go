package rules

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

func TestSpellingTestdata(t *testing.T) {
	runTestdata(t, "spelling", spellingFromConfig)
}

func TestSpellingMeta(t *testing.T) {
	m := NewSpelling(SpellingOptions{}).Meta()
	require.NoError(t, m.Validate())
	assert.Equal(t, lint.Warning, m.Severity)
	assert.Contains(t, m.Criteria, "6.XXII")
}

// lintSpelling lints text with the rule built from opts and returns the
// findings.
func lintSpelling(t *testing.T, opts SpellingOptions, text string) []lint.Finding {
	t.Helper()
	l, err := lint.New(lint.Config{}, NewSpelling(opts))
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: text})
	require.NoError(t, res.Err)
	return res.Findings
}

func TestSpellingFindings(t *testing.T) {
	tests := []struct {
		name, text string
		kind, word string // empty kind: no finding
		fix        string
		severity   lint.Severity
	}{
		{"accent restored with fix", "La votacion fue tranquila.", "accent", "votacion", "votación", lint.Warning},
		{"accent in capitals is advice", "VOTACION ABIERTA", "caps-accent", "VOTACION", "VOTACIÓN", lint.Info},
		{"common misspelling keeps capital", "Haiga o no filas, vota.", "common", "Haiga", "Haya", lint.Warning},
		{"proper noun in lower case", "Visita cajeme este fin.", "proper", "cajeme", "Cajeme", lint.Warning},
		{"acronym in lower case", "Lo dice el ine.", "acronym", "ine", "INE", lint.Warning},
		{"b/v confusion without fix", "Acude a botar el domingo y sé un obserbador.", "suggest", "obserbador", "", lint.Warning},
		{"unknown word", "Esto es un qwrtzp.", "unknown", "qwrtzp", "", lint.Warning},
		{"probable accent without fix", "Anota: numero de casilla.", "probable", "numero", "", lint.Warning},
		{"accent decided by the determiner, without a safe fix", "Anota el numero de casilla.", "accent", "numero", "", lint.Warning},
		{"hashtag part", "Vota #EleccionesLimpas", "hashtag", "Limpas", "", lint.Warning},
		{"clean sentence", "La jornada electoral transcurrió en calma en Hermosillo.", "", "", "", 0},
		{"capitalised word", "Votación abierta.", "", "", "", 0},
		{"capitals with accent", "VOTACIÓN ABIERTA", "", "", "", 0},
		{"enclitic", "Infórmate y compártelo.", "", "", "", 0},
		{"prefix", "La exconsejera y el vicecoordinador.", "", "", "", 0},
		{"url", "Entra a https://ieesonora.org.mx/qzxv", "", "", "", 0},
		{"email", "Escribe a qzxv@ieesonora.org.mx", "", "", "", 0},
		{"mention", "Hola @qzxvwk", "", "", "", 0},
		{"number", "Son 1500 casillas y 3er lugar.", "", "", "", 0},
		{"emoji", "Vota 🗳️✅", "", "", "", 0},
		{"unknown name inside a sentence", "Habló la consejera Wqxyz.", "", "", "", 0},
		{"unknown acronym", "El CEDHS informa.", "", "", "", 0},
		{"brand with inner capital", "Descarga la app en tu iPhone.", "", "", "", 0},
		{"adjective sonora", "Una voz sonora y clara.", "", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := lintSpelling(t, SpellingOptions{}, tt.text)
			if tt.kind == "" {
				assert.Empty(t, fs, "findings: %+v", fs)
				return
			}
			require.Len(t, fs, 1, "findings: %+v", fs)
			f := fs[0]
			assert.Equal(t, "spelling", f.Rule)
			assert.Equal(t, tt.kind, f.Kind)
			assert.Equal(t, tt.word, f.Text)
			assert.Equal(t, tt.severity, f.Severity)
			assert.Contains(t, f.Message, "«"+tt.word+"»")
			assert.Contains(t, f.Message, "6.XXII")
			if tt.fix == "" {
				assert.Equal(t, -1, lint.SafeFixes(f), "no safe fix")
			} else {
				i := lint.SafeFixes(f)
				require.Equal(t, 0, i, "the sure correction is the first fix, and safe")
				require.Len(t, f.Fixes, 1)
				require.Len(t, f.Fixes[i].Edits, 1)
				assert.Equal(t, tt.fix, f.Fixes[i].Edits[0].New)
			}
		})
	}
}

func TestSpellingSuggestionsOrder(t *testing.T) {
	fs := lintSpelling(t, SpellingOptions{Suggestions: 5}, "La conbocatoria está abierta.")
	require.Len(t, fs, 1)
	require.NotEmpty(t, fs[0].Fixes)
	assert.Equal(t, "convocatoria", fs[0].Fixes[0].Edits[0].New, "the best word is fixes[0].edits[0].new")
	assert.LessOrEqual(t, len(fs[0].Fixes), 5)
	for _, fx := range fs[0].Fixes {
		assert.False(t, fx.Safe, "several candidates: a person chooses")
		assert.Equal(t, []lint.Edit{{Start: fs[0].Span.Start, End: fs[0].Span.End, New: fx.Edits[0].New}}, fx.Edits, "each replaces the span")
	}
}

func TestSpellingEnglishMessages(t *testing.T) {
	l, err := lint.New(lint.Config{Lang: lint.English}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: "La publicacion."})
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "Missing or wrong accent: «publicacion»; write «publicación» (criterion 6.XXII)", res.Findings[0].Message)
}

func TestSpellingUserWords(t *testing.T) {
	text := "El Qzxvbg de Wkqyzt es nuevo; hay qzxvbg."
	require.NotEmpty(t, lintSpelling(t, SpellingOptions{}, text))
	assert.Empty(t, lintSpelling(t, SpellingOptions{Words: []string{"qzxvbg", "Wkqyzt"}}, text))
	// A user word written with a capital is a proper noun: lower case is
	// still wrong.
	fs := lintSpelling(t, SpellingOptions{Words: []string{"Wkqyzt"}}, "Vive en wkqyzt.")
	require.Len(t, fs, 1)
	assert.Equal(t, "proper", fs[0].Kind)

	// From the config: words: and a words file.
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "palabras.txt"), []byte("# mis palabras\nqzxvbg\n"), 0o644))
	cfgPath := filepath.Join(dir, ".vocero.yaml")
	cfg, err := lint.ParseConfig([]byte("words: [Wkqyzt]\nrules:\n  spelling:\n    words_files: [palabras.txt]\n"), cfgPath)
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := spellingFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	assert.Empty(t, l.Lint(context.Background(), lint.Post{Text: text}).Findings)
}

func TestSpellingConfigErrors(t *testing.T) {
	for name, yaml := range map[string]string{
		"unknown option":   "rules:\n  spelling:\n    sugestions: 3\n",
		"bad count":        "rules:\n  spelling:\n    suggestions: 99\n",
		"missing file":     "rules:\n  spelling:\n    words_files: [no-such-file.txt]\n",
		"missing hunspell": "rules:\n  spelling:\n    hunspell: no-such-dict\n",
	} {
		t.Run(name, func(t *testing.T) {
			cfg, err := lint.ParseConfig([]byte(yaml), filepath.Join(t.TempDir(), ".vocero.yaml"))
			require.NoError(t, err)
			rc, err := cfg.Resolve()
			require.NoError(t, err)
			_, err = spellingFromConfig(&rc)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "spelling")
		})
	}
}

// A regional dictionary loaded at run time replaces the bundled one.
func TestSpellingRegionalDictionary(t *testing.T) {
	dir := t.TempDir()
	aff := "SET UTF-8\nSFX S Y 1\nSFX S 0 s [aeiou]\n"
	dic := "4\nche/S\nboludo\nlaburo/S\nvos\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "es_AR.aff"), []byte(aff), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "es_AR.dic"), []byte(dic), 0o644))
	cfg, err := lint.ParseConfig([]byte("rules:\n  spelling:\n    hunspell: es_AR\n"), filepath.Join(dir, ".vocero.yaml"))
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := spellingFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	assert.Empty(t, l.Lint(context.Background(), lint.Post{Text: "Che, vos laburos."}).Findings)
	fs := l.Lint(context.Background(), lint.Post{Text: "Che, vos laburo votación."}).Findings
	require.Len(t, fs, 1)
	assert.Equal(t, "votación", fs[0].Text)
}

func TestSpellingFixApplies(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	text, _, err := l.Fix(context.Background(), lint.Post{Text: "Nadien dió la informacion en hermosillo."}, nil)
	require.NoError(t, err)
	assert.Equal(t, "Nadie dio la información en Hermosillo.", text)
}

func TestSpellingSharedDictionary(t *testing.T) {
	d := dict.Default().WithWords("qzxvbg")
	assert.Empty(t, lintSpelling(t, SpellingOptions{Dictionary: d}, "Un qzxvbg."))
	assert.NotEmpty(t, lintSpelling(t, SpellingOptions{}, "Un qzxvbg."))
}

func FuzzSpelling(f *testing.F) {
	for _, s := range []string{"La publicacion", "#VotoInfromado", "haiga\x00", "ÉXITO é\u0301", strings.Repeat("á", 300), "\xff\xfe hola"} {
		f.Add(s)
	}
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		res := l.Lint(context.Background(), lint.Post{Text: s})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start >= 0 && fd.Span.Start <= fd.Span.End && fd.Span.End <= len(s))
			for _, e := range fixEdits(fd) {
				require.True(t, e.Start >= 0 && e.Start <= e.End && e.End <= len(s))
			}
		}
		fixed, _, err := l.Fix(context.Background(), lint.Post{Text: s}, nil)
		require.NoError(t, err)
		again, _, err := l.Fix(context.Background(), lint.Post{Text: fixed}, nil)
		require.NoError(t, err)
		require.Equal(t, fixed, again, "fixing twice changed the text")
	})
}

// spellingBenchPost is a realistic post of about 280 characters with two typos.
const spellingBenchPost = "Te invitamos a la sesion ordinaria del Consejo General este jueves a las 11:00 horas en Hermosillo. " +
	"Consulta la convocatoria, los requisitos y el calendario del proceso electoral en nuestra página. " +
	"¡Infórmate y participa! #VotoInformado #Sonora2027 https://www.ieesonora.org.mx"

func BenchmarkSpellingPost(b *testing.B) {
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(b, err)
	post := lint.Post{Text: spellingBenchPost}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(context.Background(), post)
	}
}

func BenchmarkSpellingCleanPost(b *testing.B) {
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(b, err)
	post := lint.Post{Text: strings.Replace(spellingBenchPost, "sesion", "sesión", 1)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(context.Background(), post)
	}
}

// TestSpellingCleanCorpus lints the clean institutional posts of
// testdata/corpus and fails when the rule raises one false alarm or more
// per 1,000 words.
func TestSpellingCleanCorpus(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	words, alarms := 0, 0
	for _, name := range []string{"clean.jsonl", "replies.jsonl"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
		if err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct {
				Text  string `json:"text"`
				Reply bool   `json:"reply"`
			}
			require.NoError(t, json.Unmarshal([]byte(line), &rec))
			post := lint.Post{Text: rec.Text, Reply: rec.Reply}
			words += len(lint.NewDocument(&post, &lint.Config{}).Words())
			for _, f := range l.Lint(context.Background(), post).Findings {
				alarms++
				t.Logf("false alarm: %s", f.Message)
			}
		}
	}
	per1000 := 1000 * float64(alarms) / float64(words)
	t.Logf("%d words, %d false alarms, %.2f per 1,000 words", words, alarms, per1000)
	require.Less(t, per1000, 1.0)
}

// A long post of unknown words stays fast: suggestions are computed for the
// first words only.
func TestSpellingGarbagePostIsBounded(t *testing.T) {
	var sb strings.Builder
	seed := uint32(7)
	for i := 0; i < 3000; i++ {
		for j := 0; j < 7; j++ {
			seed = seed*1664525 + 1013904223
			sb.WriteByte(byte('a' + seed>>24%26))
		}
		sb.WriteByte(' ')
	}
	l, err := lint.New(lint.Config{MaxFindings: -1}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: sb.String()})
	require.NoError(t, res.Err)
	fs := res.Findings
	withSugg := 0
	for _, f := range fs {
		if len(f.Fixes) > 0 {
			withSugg++
		}
	}
	assert.Greater(t, len(fs), 2000)
	assert.LessOrEqual(t, withSugg, spellingMaxSuggest)
}

func TestSpellingHashtagAccents(t *testing.T) {
	text := "Participa. #VotacionLibre"
	assert.Empty(t, lintSpelling(t, SpellingOptions{}, text), "accents in hashtags are not checked by default")
	fs := lintSpelling(t, SpellingOptions{HashtagAccents: true}, text)
	require.Len(t, fs, 1)
	assert.Equal(t, "hashtag", fs[0].Kind)
	assert.Equal(t, "Votacion", fs[0].Text)
	require.NotEmpty(t, fs[0].Fixes)
	assert.Equal(t, "Votación", fs[0].Fixes[0].Edits[0].New)
}

// TestSpellingForeign checks English and informal words: an English word
// with a listed Spanish equivalent and an informal form get an Info with
// that equivalent (once per post, a fix that is never safe); any other
// English word, laughter and English passages are accepted as written.
func TestSpellingForeign(t *testing.T) {
	type want struct{ kind, word, fix string }
	tests := []struct {
		text string
		want []want
	}{
		{"Mañana es el meeting con el staff.", []want{{"foreign", "meeting", "reunión"}, {"foreign", "staff", "personal"}}},
		{"La sesión es online; el link, en la página. Comparte el link.", []want{{"foreign", "online", "en línea"}, {"foreign", "link", "enlace"}}},
		{"Meeting a las 10 en la sala.", []want{{"foreign", "Meeting", "Reunión"}}},
		{"Jajaja, qué buena info.", []want{{"informal", "info", "información"}}},
		{"Ok, nos vemos en la casilla.", []want{{"informal", "Ok", "De acuerdo"}}},
		{"Vota porfa, xq es tu derecho.", []want{{"informal", "porfa", "por favor"}, {"informal", "xq", "porque"}}},
		{"Revisa el update y los settings del sistema.", nil},
		{"The meeting was great, gracias a todos.", nil},
		{"Se dice «meeting» o *staff* o `link`, en cursiva.", nil},
		{"Escribe \"online\" entre comillas.", nil},
		{"JAJAJA, jajajaj, jejeje, jsjsjs, ajajaja y hahaha.", nil},
		{"Habló con la gente de Microsoft Windows.", nil},
		{"El checkpoint y el widget del timeline.", nil},
		{"Revisa el enlace y el correo electrónico.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			fs := lintSpelling(t, SpellingOptions{}, tt.text)
			require.Len(t, fs, len(tt.want), "findings: %+v", fs)
			for i, w := range tt.want {
				f := fs[i]
				assert.Equal(t, w.kind, f.Kind)
				assert.Equal(t, lint.Info, f.Severity)
				assert.Equal(t, w.word, tt.text[f.Span.Start:f.Span.End])
				require.Len(t, f.Fixes, 1)
				assert.False(t, f.Fixes[0].Safe, "an equivalent is the writer's choice")
				assert.Equal(t, w.fix, f.Fixes[0].Edits[0].New)
				assert.Contains(t, f.Message, "«"+w.fix+"»")
			}
		})
	}
}

// TestSpellingTechnical checks that the code, paths, options, format
// directives and file names of technical prose are not read as
// misspellings, while the prose around them still is.
func TestSpellingTechnical(t *testing.T) {
	clean := []string{
		"Consulta /usr/share/doc/vocero y /etc/fstab antes de seguir.",
		"Ejecuta vocero --help o vocero -q para ver las opciones.",
		"Se leyeron %lu bloques de %zu bytes.",
		"Edita sources.list y el archivo disk.img con pg_dump.",
		"Busca *.txt y copia C:\\Archivos\\datos en la carpeta.",
		"Llama a open() y luego a getopts_long().",
		"El valor debe ser clave=valor, p. ej. max_conn=10.",
		"Instala Debian y GNOME; Paul lo revisa.",
		"Usa ls, pwd y ssh en la terminal.",
	}
	for _, text := range clean {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, lintSpelling(t, SpellingOptions{}, text))
		})
	}
	bad := []struct{ text, word, fix string }{
		{"Consulta /usr/share/doc y la documentacion.", "documentacion", "documentación"},
		{"La votacion es en la sala.", "votacion", "votación"},
		{"Vive en Mexico desde enero.", "Mexico", "México"},
		{"Resultados De La Votacion Local", "Votacion", "Votación"},
		{"Revisa --help y la documentacion.", "documentacion", "documentación"},
	}
	for _, tt := range bad {
		t.Run(tt.text, func(t *testing.T) {
			fs := lintSpelling(t, SpellingOptions{}, tt.text)
			require.Len(t, fs, 1, "findings: %+v", fs)
			assert.Equal(t, tt.word, tt.text[fs[0].Span.Start:fs[0].Span.End])
			require.NotEmpty(t, fs[0].Fixes)
			assert.Equal(t, tt.fix, fs[0].Fixes[0].Edits[0].New)
		})
	}
}

func TestLaughter(t *testing.T) {
	for _, w := range []string{"jaja", "jajaja", "jajajaj", "ajajaja", "jejeje", "jiji", "jsjsjs", "hahaha", "jajsjs", "jaaaja", "jajajajaja"} {
		assert.True(t, laughter(w), w)
	}
	for _, w := range []string{"hoja", "hijos", "ojos", "jaula", "jarabe", "ja", "haha1", "jajaxd", "abcd"} {
		assert.False(t, laughter(w), w)
	}
}

func TestSpellingEnglishPassage(t *testing.T) {
	for _, text := range []string{
		"Paul Valery lo escribió.",
		"See the manual; it may be in some of these pages.",
		"El manual dice: we have been there.",
	} {
		assert.Empty(t, lintSpelling(t, SpellingOptions{}, text), text)
	}
	fs := lintSpelling(t, SpellingOptions{}, "La informacion está en the manual.")
	require.Len(t, fs, 1)
	assert.Equal(t, "informacion", fs[0].Text)
}

func TestSpellingLaughterIsNoEnglish(t *testing.T) {
	fs := lintSpelling(t, SpellingOptions{}, "Jajaja tambien votamos.")
	require.Len(t, fs, 1)
	assert.Equal(t, "tambien", fs[0].Text)
}

func TestSpellingDoubledLetterIsNoEnglish(t *testing.T) {
	fs := lintSpelling(t, SpellingOptions{}, "El prosesso sigue.")
	require.Len(t, fs, 1)
	assert.Equal(t, "prosesso", fs[0].Text)
}

// TestSpellingRegionalVocabulary checks the regional and institutional
// vocabulary of dict/data/regional.txt: accepted as written, and the
// source of the right suggestion when misspelled.
func TestSpellingRegionalVocabulary(t *testing.T) {
	for _, text := range []string{
		"La capturista revisó la versión estenográfica y el ajuste presupuestal.",
		"Materiales en comcaac, yoreme, guarijío, o'odham, mayo y ch'ol; los pueblos rarámuri y wixárika.",
		"Hablantes de otomí, mazahua, tseltal y tsotsil en Chiapas y Tlaxcala.",
		"Votantes sinaloenses, mexiquenses y queretanas en Cancún y Chetumal.",
		"La insaculación y el cómputo distrital del OPLE.",
		"Ahorita nos vemos en el tianguis, está chido.",
	} {
		assert.Empty(t, lintSpelling(t, SpellingOptions{}, text), text)
	}
	for _, tt := range []struct{ text, word, fix string }{
		{"El ajuste presupestal se aprobó.", "presupestal", "presupuestal"},
		{"La capturizta llegó.", "capturizta", "capturista"},
		{"La version estenografica está lista.", "estenografica", "estenográfica"},
	} {
		fs := lintSpelling(t, SpellingOptions{}, tt.text)
		var got []string
		for _, f := range fs {
			if f.Text == tt.word && len(f.Fixes) > 0 {
				got = append(got, f.Fixes[0].Edits[0].New)
			}
		}
		assert.Equal(t, []string{tt.fix}, got, tt.text)
	}
}

// TestSpellingFrequentMisspellings guards detection and ranking on a list
// of frequent Spanish misspellings (testdata/spelling/faltas_frecuentes.tsv):
// each is linted alone, as a post, through the rule.
func TestSpellingFrequentMisspellings(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "spelling", "faltas_frecuentes.tsv"))
	require.NoError(t, err)
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{Suggestions: 5}))
	require.NoError(t, err)
	n, found, top1, top5 := 0, 0, 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		bad, want, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		res := l.Lint(context.Background(), lint.Post{Text: bad})
		require.NoError(t, res.Err)
		if len(res.Findings) == 0 {
			t.Logf("not detected: %s (%s)", bad, want)
			continue
		}
		found++
		var fixes []string
		for _, f := range res.Findings[0].Fixes {
			fixes = append(fixes, f.Edits[0].New)
		}
		for i, f := range fixes {
			if f == want {
				if i == 0 {
					top1++
				}
				if i < 5 {
					top5++
				}
				break
			}
		}
		if len(fixes) == 0 || fixes[0] != want {
			t.Logf("%s: want %s, got %v", bad, want, fixes)
		}
	}
	t.Logf("%d misspellings: detected %.3f, top-1 %.3f, top-5 %.3f", n, float64(found)/float64(n), float64(top1)/float64(n), float64(top5)/float64(n))
	assert.GreaterOrEqual(t, float64(found)/float64(n), 0.98)
	assert.GreaterOrEqual(t, float64(top1)/float64(n), 0.93)
	assert.GreaterOrEqual(t, float64(top5)/float64(n), 0.96)
}

func TestSpellingGraveAccent(t *testing.T) {
	fs := lintSpelling(t, SpellingOptions{}, "Gracias por tu atenciòn y por tu participaciòn.")
	require.Len(t, fs, 2)
	assert.Equal(t, "atención", fs[0].Fixes[0].Edits[0].New)
	assert.True(t, fs[0].Fixes[0].Safe)
	assert.Equal(t, "participación", fs[1].Fixes[0].Edits[0].New)
	// A word that is no Spanish word with an acute accent either is left
	// to the other checks.
	for _, f := range lintSpelling(t, SpellingOptions{}, "Dijo voilà.") {
		assert.NotEqual(t, "accent", f.Kind)
	}
}
