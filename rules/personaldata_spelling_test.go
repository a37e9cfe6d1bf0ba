package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// An e-mail written out in words is personal data, not prose: spelling
// neither reports nor fixes its words ("perez" stays as written inside
// it), while the same word elsewhere is still corrected, and --fix leaves
// the address for a person to remove.
func TestPersonalDataSpellingStaysOutOfEmails(t *testing.T) {
	cfg := lint.Config{}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	pd, err := personalDataFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, pd, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)

	for _, tc := range []struct {
		text, email string
		outside     []string // words outside the address spelling must still report
	}{
		{"Escríbele a juan punto perez arroba gmail punto com para más datos, perez.", "juan punto perez arroba gmail punto com", []string{"perez"}},
		{"Correo: maria guion bajo gonzalez arroba hotmail punto com", "maria guion bajo gonzalez arroba hotmail punto com", nil},
		{"Datos: ramirez [at] gmail [dot] com y publicacion aprobada", "ramirez [at] gmail [dot] com", []string{"publicacion"}},
		{"jose at yahoo dot com, atte. jose", "jose at yahoo dot com", nil},
	} {
		res := l.Lint(context.Background(), lint.Post{Text: tc.text})
		require.NoError(t, res.Err)
		a := strings.Index(tc.text, tc.email)
		require.GreaterOrEqual(t, a, 0)
		b := a + len(tc.email)
		var pdSeen bool
		var outside []string
		for _, f := range res.Findings {
			switch f.Rule {
			case "personal-data":
				pdSeen = pdSeen || f.Kind == KindEmail && f.Span.Start == a && f.Span.End == b
			case "spelling":
				assert.False(t, f.Span.Start < b && f.Span.End > a, "%q: spelling reports %q inside the address", tc.text, f.Text)
				outside = append(outside, f.Text)
			}
		}
		assert.True(t, pdSeen, "%q: personal-data reports the address", tc.text)
		for _, w := range tc.outside {
			assert.Contains(t, outside, w, "%q", tc.text)
		}
		fixed, _, err := l.Fix(context.Background(), lint.Post{Text: tc.text}, nil)
		require.NoError(t, err)
		assert.Contains(t, fixed, tc.email, "--fix edited the address")
	}
}

// A post without a word for '@' costs spelling nothing more.
func TestObfuscatedEmailsNoMarker(t *testing.T) {
	doc := lint.NewDocument(&lint.Post{Text: pdCleanPost}, nil)
	words := doc.Words()
	assert.Nil(t, obfuscatedEmails(doc, words))
	assert.Zero(t, testing.AllocsPerRun(50, func() { obfuscatedEmails(doc, words) }))
}
