package rules

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestRepeatedHashtagHasOneOwner checks that a repeated hashtag is one
// finding, from repetition (criterion 6.XXIV), with every rule on and a
// campaign running.
func TestRepeatedHashtagHasOneOwner(t *testing.T) {
	yaml := "campaigns:\n  - hashtags: ['#VotoInformado2027']\n    start: 2027-01-01\n    end: 2027-12-31\n"
	cases := []struct {
		name, text, tag string
		fixed           string // "" when no fix is offered
	}{
		{"same spelling in a trailing block", "Vota informado. #VotoInformado2027 #Sonora #VotoInformado2027", "#VotoInformado2027", "Vota informado. #VotoInformado2027 #Sonora"},
		{"other case", "Vota. #VotoInformado2027 #Sonora #votoinformado2027", "#votoinformado2027", "Vota. #VotoInformado2027 #Sonora"},
		{"inside the sentence", "Vota con #Sonora. #VotoInformado2027 y #sonora decide.", "#sonora", ""},
		{"three times", "#Sonora vota. #VotoInformado2027 #Sonora #Sonora", "#Sonora", "#Sonora vota. #VotoInformado2027"},
	}
	cfg, err := lint.ParseConfig([]byte(yaml), "c.yaml")
	require.NoError(t, err)
	cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	l, err := NewLinter(cfg)
	require.NoError(t, err)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := l.Lint(context.Background(), lint.Post{Text: tc.text, Platforms: []lint.Platform{lint.Facebook}})
			require.NoError(t, res.Err)
			var got []string
			for _, f := range res.Findings {
				if strings.EqualFold(f.Text, tc.tag) || strings.Contains(f.Message, tc.tag) {
					got = append(got, f.Rule+"/"+f.Kind)
				}
			}
			assert.Equal(t, []string{"repetition/hashtag"}, got)
			fixed, _, err := l.Fix(context.Background(), lint.Post{Text: tc.text, Platforms: []lint.Platform{lint.Facebook}},
				func(f lint.Finding) int {
					if f.Rule == "repetition" && f.Kind == "hashtag" {
						return lint.SafeFixes(f)
					}
					return -1
				})
			require.NoError(t, err)
			if tc.fixed == "" {
				assert.Equal(t, tc.text, fixed)
			} else {
				assert.Equal(t, tc.fixed, fixed)
			}
		})
	}
}
