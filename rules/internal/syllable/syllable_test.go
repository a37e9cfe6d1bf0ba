package syllable

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Words with their syllable counts under the Ortografía de la lengua
// española (2010).
var known = map[string]int{
	// one vowel per syllable
	"casa": 2, "elección": 3, "Sonora": 3, "credencial": 3, "ciudadanía": 5,
	"instituto": 4, "electoral": 4, "participación": 5, "democracia": 4,
	// diphthongs
	"aire": 2, "causa": 2, "peine": 2, "deuda": 2, "boina": 2, "viuda": 2,
	"cuidado": 3, "ciudad": 2, "huevo": 2, "bien": 1, "cuando": 2, "fuimos": 2,
	"jaula": 2, "Huatabampo": 4, "consejería": 5, "Huépac": 2, "Bacadéhuachi": 5,
	// hiatus of strong vowels
	"creer": 2, "poeta": 3, "leer": 2, "caos": 2, "aéreo": 4, "teatro": 3, "línea": 3,
	"alcohol": 3, "Moctezuma": 4,
	// hiatus with an accented weak vowel
	"día": 2, "país": 2, "baúl": 2, "reúne": 3, "oír": 2, "María": 3, "búho": 2,
	"ahí": 2, "reír": 2, "actúa": 3, "frío": 2, "había": 3, "río": 2, "Río": 2,
	// triphthongs
	"buey": 1, "Uruguay": 3, "averiguáis": 4, "estudiáis": 3, "guau": 1,
	// qu, gu, gü
	"queso": 2, "aquí": 2, "quien": 1, "guerra": 2, "guitarra": 3, "guía": 2,
	"pingüino": 3, "vergüenza": 3, "agua": 2, "guapo": 2, "Guaymas": 2, "cigüeña": 3,
	// y
	"y": 1, "rey": 1, "hoy": 1, "muy": 1, "estoy": 2, "mayo": 2, "ya": 1, "yo": 1,
	"leyes": 2, "Yécora": 3,
	// h between vowels
	"ahumado": 3, "prohibir": 2, "rehén": 2, "búhos": 2, "ahijado": 3,
	// identical weak vowels
	"chiita": 3, "cacahuate": 4, "ahuecar": 3, "deshielo": 3,
	// capitals and acronyms
	"ELECCIÓN": 3, "PRD": 1, "IEE": 2, "": 0, "2027": 1,
}

func TestCount(t *testing.T) {
	for w, n := range known {
		assert.Equal(t, n, Count(w), "%q", w)
	}
}

func TestScore(t *testing.T) {
	// 100 words, 200 syllables, 10 sentences.
	assert.InDelta(t, 206.835-124.6-10, INFLESZ.Score(200, 100, 10), 1e-9)
	assert.InDelta(t, 206.84-120-10.2, FernandezHuerta.Score(200, 100, 10), 1e-9)
	assert.Zero(t, INFLESZ.Score(10, 0, 1))
	assert.Zero(t, INFLESZ.Score(10, 5, 0))
	assert.Equal(t, "INFLESZ", INFLESZ.String())
	assert.Equal(t, "Fernández-Huerta", FernandezHuerta.String())
}

func FuzzCount(f *testing.F) {
	for w := range known {
		f.Add(w)
	}
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		n := Count(s)
		letters := 0
		for _, r := range s {
			_ = r
			letters++
		}
		if n < 0 || n > letters {
			t.Fatalf("Count(%q) = %d, more than its %d runes", s, n, letters)
		}
	})
}

func ExampleCount() {
	for _, w := range []string{"ciudadanía", "país", "aquí", "pingüino", "Uruguay"} {
		fmt.Println(w, Count(w))
	}
	// Output:
	// ciudadanía 5
	// país 2
	// aquí 2
	// pingüino 3
	// Uruguay 3
}

func BenchmarkCount(b *testing.B) {
	words := []string{"participación", "ciudadanía", "Instituto", "Estatal", "Electoral", "y", "de", "Sonora", "averiguáis", "pingüino"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Count(w)
		}
	}
}
