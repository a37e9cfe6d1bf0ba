package rules

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestEntitiesBrokenByHiddenCharacters checks that an invisible or
// full-width character that breaks or changes a hashtag, mention or link
// is one finding, from the rule that owns that kind of entity, with a safe
// fix when writing the entity plainly gives it back whole.
func TestEntitiesBrokenByHiddenCharacters(t *testing.T) {
	yaml := "campaigns:\n  - hashtags: ['#VotoInformado2027']\n    start: 2027-01-01\n    end: 2027-12-31\n"
	cfg, err := lint.ParseConfig([]byte(yaml), "c.yaml")
	require.NoError(t, err)
	cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	l, err := NewLinter(cfg)
	require.NoError(t, err)
	cases := []struct {
		name, text, rule, kind, msg, fixed string
	}{
		{"hashtag split by a zero-width space", "Consulta tu casilla. #VotoInformado\u200b2027", "campaign-hashtag", "hidden-character",
			"Un carácter invisible corta la etiqueta «#VotoInformado2027»: la plataforma enlaza solo «#VotoInformado»", "Consulta tu casilla. #VotoInformado2027"},
		{"hashtag in full-width letters", "Consulta tu casilla. #ＶｏｔｏＩｎｆｏｒｍａｄｏ２０２７", "campaign-hashtag", "full-width",
			"lleva caracteres de ancho completo y para la plataforma no es «#VotoInformado2027»", "Consulta tu casilla. #VotoInformado2027"},
		{"mention split by a zero-width space", "Consulta tu casilla con @IEE\u200bSonora. #VotoInformado2027", "external-link", "hidden-character",
			"corta la mención «@IEESonora»: la plataforma enlaza «@IEE», otra cuenta", "Consulta tu casilla con @IEESonora. #VotoInformado2027"},
		{"link cut by a zero-width space", "Consulta tu casilla en ieesonora.org.mx/casi\u200bllas #VotoInformado2027", "external-link", "hidden-character",
			"corta el vínculo «ieesonora.org.mx/casillas»", "Consulta tu casilla en ieesonora.org.mx/casillas #VotoInformado2027"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			post := lint.Post{Text: tc.text, Platforms: []lint.Platform{lint.Facebook}}
			res := l.Lint(context.Background(), post)
			require.NoError(t, res.Err)
			var hits []lint.Finding
			for _, f := range res.Findings {
				if f.Kind == "hidden-character" || f.Kind == "full-width" {
					hits = append(hits, f)
				}
			}
			require.Len(t, hits, 1, "%+v", res.Findings)
			assert.Equal(t, tc.rule, hits[0].Rule)
			assert.Equal(t, tc.kind, hits[0].Kind)
			assert.Contains(t, hits[0].Message, tc.msg)
			fixed, _, err := l.Fix(context.Background(), post, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.fixed, fixed)
		})
	}
	for _, text := range []string{
		"Consulta tu casilla. #VotoInformado2027 @IEESonora ieesonora.org.mx",
		"Consulta tu casilla.\u200b #VotoInformado2027", "＃VotoInformado2027 consulta tu casilla con ＠IEESonora",
	} {
		res := l.Lint(context.Background(), lint.Post{Text: text, Platforms: []lint.Platform{lint.Facebook}})
		for _, f := range res.Findings {
			assert.NotContains(t, []string{"hidden-character", "full-width"}, f.Kind, "%q: %s", text, f.Message)
		}
	}
}
