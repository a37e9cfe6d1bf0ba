package reglapropia_test

import (
	"context"
	"fmt"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/examples/reglapropia"
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

func TestHora(t *testing.T) {
	linter, err := lint.New(lint.Config{}, reglapropia.NewHora(reglapropia.HoraOptions{}))
	require.NoError(t, err)
	cases := []struct {
		text  string
		found []string // offending texts
		fixed string
	}{
		{"El debate empieza a las 7 pm.", []string{"7 pm"}, "El debate empieza a las 19:00 horas."},
		{"Sesión a las 10:30 a. m. en la sala del Consejo", []string{"10:30 a. m."}, "Sesión a las 10:30 horas en la sala del Consejo"},
		{"Cierre a las 12 a.m. Ya no hay prórroga.", []string{"12 a.m"}, "Cierre a las 00:00 horas. Ya no hay prórroga."},
		{"Comida a las 12PM y cena a las 8 p.m. en punto", []string{"12PM", "8 p.m."}, "Comida a las 12:00 horas y cena a las 20:00 horas en punto"},
		// Negatives.
		{"La sesión inicia a las 19:00 horas.", nil, ""},
		{"Consulta https://ieesonora.org.mx/avisos/7pm para más datos", nil, ""},
		{"El grupo 7pmx y la consulta 2pm3 no son horas", nil, ""},
		{"Distrito 13 pm", nil, ""},
		{"Son 7 pasos y 5 mesas", nil, ""},
		{"Mañana amanece nublado; 3 amigos y 4 pumas", nil, ""},
		{"#Debate7pm es una etiqueta", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			res := linter.Lint(context.Background(), lint.Post{Text: tc.text})
			require.NoError(t, res.Err)
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Text)
				assert.Equal(t, reglapropia.HoraID, f.Rule)
				assert.Equal(t, lint.Warning, f.Severity)
				assert.Contains(t, f.Message, "criterio 6.XXII")
			}
			assert.Equal(t, tc.found, got)
			if tc.fixed != "" {
				fixed, _ := lint.ApplyFixes(tc.text, res.Findings, nil)
				assert.Equal(t, tc.fixed, fixed)
				again := linter.Lint(context.Background(), lint.Post{Text: fixed})
				assert.Empty(t, again.Findings, "the fix does not bring the finding back")
			}
		})
	}
}

// TestRegisteredBesideBuiltins runs the rule with every built-in rule and
// tunes it from a config, as a user would in .vocero.yaml.
func TestRegisteredBesideBuiltins(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte("rules:\n  hora-24: {sufijo: hrs.}\n"), "config.yaml")
	require.NoError(t, err)
	hora, err := reglapropia.HoraFromConfig(&cfg)
	require.NoError(t, err)
	linter, err := rules.NewLinter(cfg, hora)
	require.NoError(t, err)
	res := linter.Lint(context.Background(), lint.Post{Text: "El debate es el jueves a las 7 pm en la sala del Consejo."})
	var ours []lint.Finding
	for _, f := range res.Findings {
		if f.Rule == reglapropia.HoraID {
			ours = append(ours, f)
		}
	}
	require.Len(t, ours, 1)
	assert.Contains(t, ours[0].Message, "«19:00 hrs.»")
	assert.Greater(t, len(linter.Rules()), 1, "the built-in rules run too")

	bad, err := lint.ParseConfig([]byte("rules:\n  hora-24: {formato: 12}\n"), "config.yaml")
	require.NoError(t, err)
	_, err = reglapropia.HoraFromConfig(&bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "config.yaml:2")
	assert.Contains(t, err.Error(), "formato")
}

// TestPublicAPIOnly checks that the rule imports nothing internal to
// vocero: what it does, any outside package can do.
func TestPublicAPIOnly(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			assert.NotContains(t, path, "/internal", "%s imports %s", name, path)
			if strings.HasPrefix(path, "github.com/vocero/vocero") {
				assert.Contains(t, []string{"github.com/vocero/vocero/lint"}, path, "%s imports %s", name, path)
			}
		}
	}
}

func TestMetaValid(t *testing.T) {
	require.NoError(t, reglapropia.NewHora(reglapropia.HoraOptions{}).Meta().Validate())
}

func FuzzHora(f *testing.F) {
	f.Add("a las 7 pm.")
	f.Add("7:30 p. m. y 12 a.m")
	linter, err := lint.New(lint.Config{}, reglapropia.NewHora(reglapropia.HoraOptions{}))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := linter.Lint(context.Background(), lint.Post{Text: text})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		for _, fd := range res.Findings {
			if fd.Span.Start < 0 || fd.Span.End > len(text) || fd.Span.Start > fd.Span.End {
				t.Fatalf("span %v outside %q", fd.Span, text)
			}
		}
		// Fixing again soon changes nothing (a fix can take a time out of
		// a token, e.g. a mention, so that the next run sees it).
		cur, _ := lint.ApplyFixes(text, res.Findings, nil)
		for round := 0; ; round++ {
			again := linter.Lint(context.Background(), lint.Post{Text: cur})
			next, _ := lint.ApplyFixes(cur, again.Findings, nil)
			if next == cur {
				break
			}
			if round == 3 {
				t.Fatalf("fixing %q does not settle: %q -> %q", text, cur, next)
			}
			cur = next
		}
	})
}

// A rule of the institution's own runs with the built-in ones.
func Example() {
	linter, err := rules.NewLinter(lint.Config{}, reglapropia.NewHora(reglapropia.HoraOptions{}))
	if err != nil {
		panic(err)
	}
	res := linter.Lint(context.Background(), lint.Post{Text: "El debate es el jueves a las 7 pm en la sala del Consejo."})
	for _, f := range res.Findings {
		if f.Rule == reglapropia.HoraID {
			fmt.Printf("%d:%d %s\n", f.Line, f.Column, f.Message)
		}
	}
	// Output:
	// 1:30 Hora en formato de 12 horas: «7 pm»; escríbela como «19:00 horas» (criterio 6.XXII)
}
