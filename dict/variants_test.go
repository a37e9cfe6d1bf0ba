package dict

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVariants(t *testing.T) {
	forms := func(w string) []string {
		var out []string
		for _, e := range Default().Variants(w) {
			out = append(out, e.Form)
		}
		return out
	}
	assert.Equal(t, []string{"ciudadanía"}, forms("CIUDADANIA"))
	assert.Contains(t, forms("ULTIMO"), "último")
	assert.Equal(t, "ultimo", forms("ULTIMO")[0], "the form as written comes first")
	assert.Contains(t, forms("hermosillo"), "Hermosillo")
	assert.Contains(t, forms("ANO"), "año", "the tilde of ñ is restored too")
	assert.Empty(t, forms("QXZW"))
	assert.Empty(t, forms(""))
	assert.Empty(t, forms("\xff"))
	d := Default().WithWords("Bacadéhuachi")
	assert.Equal(t, []string{"Bacadéhuachi"}, func() []string {
		var out []string
		for _, e := range d.Variants("BACADEHUACHI") {
			out = append(out, e.Form)
		}
		return out
	}())
}

func TestPlaces(t *testing.T) {
	ps := Places()
	assert.Contains(t, ps, "Hermosillo")
	assert.Contains(t, ps, "Agua Prieta")
	for _, p := range ps {
		assert.NotContains(t, p, "#")
	}
}

func TestAccentVariants(t *testing.T) {
	d := Default()
	tests := []struct {
		word string
		want []string
	}{
		{"publico", []string{"público", "publicó"}},
		{"termino", []string{"término", "terminó"}},
		{"votó", []string{"voto"}},
		{"casa", nil},
		{"electoral", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, d.AccentVariants(tt.word), tt.word)
	}
}
