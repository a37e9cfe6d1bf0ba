package dict

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A hand-made affix file in the style of es_MX.aff: R conjugates -ar
// verbs, A derives -ción nouns, S makes plurals, G feminines, À adds
// enclitic pronouns to the infinitive.
const morphAff = `SET UTF-8
FLAG UTF-8
SFX R Y 7
SFX R ar o ar
SFX R ar as ar
SFX R ar ó ar
SFX R r ndo ar
SFX R r ba ar
SFX R ar é ar
SFX R car qué car
SFX A Y 1
SFX A r ción/S ar
SFX S Y 3
SFX S 0 s [aeioué]
SFX S ón ones ón
SFX S 0 es [lr]
SFX G Y 4
SFX G o a o
SFX G o as o
SFX G e a e
SFX G e as e
SFX À Y 2
SFX À 0 lo r
SFX À 0 la r
`

const morphDic = `9
dar
doy
votar/RAÀ
publicar/R
público/GS
casa/S
este/G
papel/S
Sonora
`

func buildTestMorph(t *testing.T, closed, irregular string) (*Dictionary, *morphTable, MorphStats) {
	t.Helper()
	data, _, err := Build(BuildInput{
		Aff:        strings.NewReader(morphAff),
		Dic:        strings.NewReader(morphDic),
		Supplement: []io.Reader{strings.NewReader("INE\nconsejerías\nconsejería\n")},
	})
	require.NoError(t, err)
	in := MorphInput{
		Aff:        strings.NewReader(morphAff),
		Dic:        strings.NewReader(morphDic),
		Supplement: []io.Reader{strings.NewReader("INE\nconsejerías\nconsejería\n")},
		Closed:     strings.NewReader(closed),
		Irregular:  strings.NewReader(irregular),
	}
	morph, st, err := BuildMorphology(in, data)
	require.NoError(t, err)
	a, err := openAutomaton(data)
	require.NoError(t, err)
	m, err := openMorph(string(morph), a.nword)
	require.NoError(t, err)
	again, _, err := BuildMorphology(MorphInput{
		Aff: strings.NewReader(morphAff), Dic: strings.NewReader(morphDic),
		Supplement: []io.Reader{strings.NewReader("INE\nconsejerías\nconsejería\n")},
		Closed:     strings.NewReader(closed), Irregular: strings.NewReader(irregular),
	}, data)
	require.NoError(t, err)
	assert.Equal(t, morph, again, "the same inputs give the same bytes")
	return &Dictionary{a: a, rep: defaultRep}, m, st
}

func TestBuildMorphology(t *testing.T) {
	d, m, st := buildTestMorph(t, "este este det masc sg\nesta este det fem sg\n", "verbo dar\ninf dar\nind.pres doy das da damos dais dan\n")
	got := func(w string) []string {
		var out []string
		for _, a := range d.analyzeWith(m, w, nil) {
			out = append(out, a.String())
		}
		return out
	}
	assert.Equal(t, []string{"votar verb ind pres 1sg"}, got("voto"))
	assert.Equal(t, []string{"votar verb ind pret 3sg"}, got("votó"))
	assert.Equal(t, []string{"publicar verb ind pret 1sg"}, got("publiqué"), "spelling change c -> qu")
	assert.Equal(t, []string{"votar verb ger"}, got("votando"))
	assert.Equal(t, []string{"votar verb ind impf 1sg", "votar verb ind impf 3sg"}, got("votaba"))
	assert.Equal(t, []string{"dar verb ind pres 1sg"}, got("doy"), "a reviewed paradigm")
	assert.Equal(t, []string{"dar verb inf"}, got("dar"))
	assert.Equal(t, []string{"da", "dais", "damos", "dan", "das"}, st.Missing, "paradigm forms the dictionary lacks")
	assert.Equal(t, []string{"votación noun fem sg"}, got("votación"), "a derivation is its own lemma")
	assert.Equal(t, []string{"votación noun fem pl"}, got("votaciones"))
	assert.Equal(t, []string{"público adj fem pl", "público noun fem pl"}, got("públicas"))
	assert.Equal(t, []string{"casa noun fem pl"}, got("casas"))
	assert.Equal(t, []string{"papel noun pl"}, got("papeles"))
	assert.Equal(t, []string{"este det fem sg"}, got("esta"), "the closed list replaces Hunspell's readings")
	assert.Equal(t, []string{"Sonora propn"}, got("Sonora"))
	assert.Equal(t, []string{"INE propn"}, got("INE"))
	assert.Equal(t, []string{"consejería noun fem pl"}, got("consejerías"), "a supplement plural takes its singular's lemma")
	// votarlo is in the automaton but not in the table: it is split at
	// run time.
	require.GreaterOrEqual(t, d.a.index("votarlo"), 0)
	assert.Zero(t, m.count(d.a.index("votarlo")))
	assert.Equal(t, []string{"votar verb inf +lo"}, got("votarlo"))
	assert.Equal(t, 3, st.VerbLemmas, "votar, publicar and dar are the verbs")
	assert.Contains(t, st.String(), "words analysed")
}

func TestBuildMorphologyErrors(t *testing.T) {
	data, _, err := Build(BuildInput{Aff: strings.NewReader(morphAff), Dic: strings.NewReader(morphDic)})
	require.NoError(t, err)
	for name, in := range map[string]MorphInput{
		"unknown part of speech": {Closed: strings.NewReader("esta este determiner fem sg\n")},
		"unknown feature":        {Closed: strings.NewReader("esta este det femenino\n")},
		"short line":             {Closed: strings.NewReader("esta este\n")},
		"unknown slot":           {Irregular: strings.NewReader("verbo ser\nind.pluscuam fui\n")},
		"wrong person count":     {Irregular: strings.NewReader("verbo ser\nind.pres soy eres es\n")},
		"slot before verb":       {Irregular: strings.NewReader("ind.pres soy eres es somos sois son\n")},
	} {
		in.Aff, in.Dic = strings.NewReader(morphAff), strings.NewReader(morphDic)
		_, _, err := BuildMorphology(in, data)
		assert.Error(t, err, name)
	}
	_, _, err = BuildMorphology(MorphInput{Aff: strings.NewReader(morphAff), Dic: strings.NewReader(morphDic)}, []byte("junk"))
	assert.Error(t, err)
	_, err = openMorph("VOCMORF2 too short", 3)
	assert.Error(t, err)
	_, err = openMorph(morphData, 3)
	assert.Error(t, err, "a table for another automaton")
}
