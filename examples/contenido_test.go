package examples_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/internal/cli"
)

type finding struct {
	Path     string `json:"path"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Line     int    `json:"line"`
}

// lintContent runs `vocero lint` on the content repository, as a person
// would from the command line.
func lintContent(t *testing.T, args ...string) (int, []finding, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(append([]string{"lint", "--format", "json"}, args...), strings.NewReader(""), &out, &errb)
	var rep struct {
		Findings []finding `json:"findings"`
		Summary  struct{ Files, Posts int }
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), "stdout: %s\nstderr: %s", out.String(), errb.String())
	assert.Equal(t, 7, rep.Summary.Files, "six Markdown posts and one CSV; borradores/ is ignored")
	assert.Equal(t, 9, rep.Summary.Posts)
	return code, rep.Findings, errb.String()
}

func TestContentRepository(t *testing.T) {
	code, fs, stderr := lintContent(t, "contenido")
	assert.Equal(t, cli.ExitFound, code, "the bad posts hold errors: %s", stderr)
	assert.Empty(t, stderr)

	byFile := map[string]map[string]bool{}
	for _, f := range fs {
		name := filepath.Base(f.Path)
		if byFile[name] == nil {
			byFile[name] = map[string]bool{}
		}
		byFile[name][f.Rule+"/"+f.Severity] = true
		assert.NotContains(t, f.Path, "borradores", "ignored by contenido/.gitignore")
	}
	for _, clean := range []string{"01-calendario.md", "05-convocatoria.md", "08-respuesta.md", "02-debate.md"} {
		assert.Empty(t, byFile[clean], "%s is a clean post", clean)
	}
	bad := byFile["12-aviso-urgente.md"]
	for _, want := range []string{"personal-data/error", "external-link/warning", "all-caps/warning", "punctuation/warning", "campaign-hashtag/warning"} {
		assert.True(t, bad[want], "12-aviso-urgente.md: %s in %v", want, bad)
	}
	opinion := byFile["15-opinion.md"]
	for _, want := range []string{"courtesy/error", "personal-tone/warning", "unverified-source/warning", "inline-switch/warning"} {
		assert.True(t, opinion[want], "15-opinion.md: %s in %v", want, opinion)
	}
	assert.True(t, byFile["programadas.csv"]["external-link/warning"], "the CSV row with a shortener")
}

func TestContentRepositoryFixDiff(t *testing.T) {
	var out, errb bytes.Buffer
	cli.Run([]string{"lint", "--diff", "contenido/publicaciones/2027-03/12-aviso-urgente.md"}, strings.NewReader(""), &out, &errb)
	diff := out.String()
	assert.True(t, strings.HasPrefix(diff, "--- a/contenido/publicaciones/2027-03/12-aviso-urgente.md\n"), diff)
	assert.Contains(t, diff, "\n-ULTIMO DIA PARA REGISTRARTE COMO OBSERVADOR ELECTORAL!!!\n")
	assert.NotContains(t, diff, "-id: 2027-03-12-aviso", "front matter is never touched")
	orig, err := os.ReadFile("contenido/publicaciones/2027-03/12-aviso-urgente.md")
	require.NoError(t, err)
	assert.Contains(t, string(orig), "ULTIMO DIA", "--diff changes nothing")
}

func TestContentRepositoryHookOnCleanPosts(t *testing.T) {
	// What the pre-commit hook runs when only clean posts are staged.
	var out, errb bytes.Buffer
	code := cli.Run([]string{"lint",
		"contenido/publicaciones/2027-03/01-calendario.md",
		"contenido/publicaciones/2027-04/02-debate.md"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, cli.ExitOK, code, "%s%s", out.String(), errb.String())
	assert.Contains(t, out.String(), "2 archivos, 2 publicaciones")
}
