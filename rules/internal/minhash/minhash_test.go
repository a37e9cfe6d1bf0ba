package minhash

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"¡Vota el 6 de JUNIO!", "vota el 6 de junio"},
		{"Elección, participación y AÑO", "eleccion participacion y año"},
		{"  #VotoInformado 🗳️ @IEESonora  ", "votoinformado ieesonora"},
		{"Cigu\u0308en\u0303a", "cigueña"},
		{"pin\u200bgüino", "pinguino"},
		{"https://ieesonora.org.mx/prep", "https ieesonora org mx prep"},
		{"", ""},
		{"¿?¡!", ""},
		{"Ωmega", "ωmega"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, string(Fold(nil, tc.in)))
		})
	}
}

func TestShingles(t *testing.T) {
	a := Shingles(nil, []byte("vota vota"))
	require.Len(t, a, 5) // "vota ", "ota v", "ta vo", "a vot", " vota"
	for i := 1; i < len(a); i++ {
		assert.Less(t, a[i-1], a[i], "sorted and unique")
	}
	assert.Len(t, Shingles(nil, []byte("aaaaaaaaaa")), 1)
	assert.Len(t, Shingles(nil, []byte("ab")), 1)
	assert.NotEqual(t, Shingles(nil, []byte("ab")), Shingles(nil, []byte("\x00ab")))
	assert.Empty(t, Shingles(nil, nil))
	pre := []uint64{7}
	got := Shingles(pre, []byte("hola mundo"))
	assert.Equal(t, uint64(7), got[0], "appends after dst")
}

func sh(s string) []uint64 { return Shingles(nil, Fold(nil, s)) }

func TestJaccard(t *testing.T) {
	assert.Equal(t, 1.0, Jaccard(sh("hola mundo"), sh("HOLA, mundo!")))
	assert.Equal(t, 0.0, Jaccard(sh("hola mundo"), sh("xyzw qrst")))
	assert.Equal(t, 0.0, Jaccard(nil, nil))
	j := Jaccard(sh("La jornada electoral es el 6 de junio de 2027."), sh("La jornada electoral es el 7 de junio de 2027."))
	assert.Greater(t, j, 0.75, "one character of 46 changed")
	assert.Less(t, j, 1.0)
}

// The signature's agreement rate estimates the Jaccard similarity.
func TestSignEstimatesJaccard(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := strings.Fields("consejo general sesión instituto electoral participación ciudadana casilla credencial votar jornada municipio distrito convocatoria registro candidaturas cómputo resultados observadores capacitación")
	text := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = words[rng.Intn(len(words))]
		}
		return out
	}
	var errSum float64
	const trials = 200
	for range trials {
		a := text(30)
		b := append([]string(nil), a...)
		for k := rng.Intn(15); k > 0; k-- {
			b[rng.Intn(len(b))] = words[rng.Intn(len(words))]
		}
		sa, sb := sh(strings.Join(a, " ")), sh(strings.Join(b, " "))
		ga, ok := Sign(sa)
		require.True(t, ok)
		gb, _ := Sign(sb)
		agree := 0
		for i := range ga {
			if ga[i] == gb[i] {
				agree++
			}
		}
		est := float64(agree) / K
		errSum += (est - Jaccard(sa, sb)) * (est - Jaccard(sa, sb))
	}
	rmse := errSum / trials
	assert.Less(t, rmse, 0.01, "mean squared error of the estimate")
	_, ok := Sign(nil)
	assert.False(t, ok)
}

func TestBanding(t *testing.T) {
	tests := []struct {
		threshold   float64
		bands, rows int
	}{
		{0.8, 21, 6},
		{0.9, 12, 10},
		{0.5, 42, 3},
		{0, 21, 6},
		{2, 21, 6},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.threshold), func(t *testing.T) {
			b, r := Banding(tc.threshold)
			assert.Equal(t, tc.bands, b)
			assert.Equal(t, tc.rows, r)
			assert.LessOrEqual(t, b*r, K)
		})
	}
}

func sig(t testing.TB, s string) Signature {
	g, ok := Sign(sh(s))
	require.True(t, ok)
	return g
}

func TestIndexCandidates(t *testing.T) {
	texts := []string{
		"Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita.",
		"El Consejo General sesiona hoy a las 11:00 horas; síguela en vivo.",
		"Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita!",
		"Registro de observadores electorales abierto hasta el 15 de marzo.",
		"Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita hoy.",
	}
	sigs := make([]Signature, len(texts))
	for i, s := range texts {
		sigs[i] = sig(t, s)
	}
	b, r := Banding(0.8)
	ix := Build(sigs, b, r)
	assert.Equal(t, 5, ix.Len())
	q := sig(t, "Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita.")
	var got []int32
	ix.Candidates(&q, 0, 5, 0, nil, func(id int32) bool { got = append(got, id); return true })
	assert.ElementsMatch(t, []int32{0, 2, 4}, got)
	assert.Equal(t, 1.0, ix.Estimate(0, &q))
	assert.Greater(t, ix.Estimate(2, &q), 0.8)
	assert.Less(t, ix.Estimate(1, &q), 0.3)

	got = nil
	ix.Candidates(&q, 1, 4, 0, nil, func(id int32) bool { got = append(got, id); return true })
	assert.Equal(t, []int32{2}, got, "window restricts ids")

	got = nil
	ix.Candidates(&q, 0, 5, 1, nil, func(id int32) bool { got = append(got, id); return true })
	assert.Len(t, got, 1, "limit")

	got = nil
	ix.Candidates(&q, 3, 3, 0, nil, func(id int32) bool { got = append(got, id); return true })
	assert.Empty(t, got)

	other := sig(t, "Mañana inicia la capacitación a funcionarios de mesa directiva de casilla en Cajeme.")
	got = nil
	ix.Candidates(&other, 0, 5, 0, nil, func(id int32) bool { got = append(got, id); return true })
	assert.Empty(t, got)

	var nilIx *Index
	assert.Empty(t, nilIx.Candidates(&q, 0, 5, 0, nil, func(int32) bool { return true }))
}

func ExampleFold() {
	fmt.Printf("%q\n", Fold(nil, "¡Participa en la ELECCIÓN del año! #Sonora2027"))
	// Output: "participa en la eleccion del año sonora2027"
}

func ExampleIndex_Candidates() {
	past := []string{
		"Recuerda: la jornada electoral es el domingo 6 de junio. ¡Participa!",
		"Hoy sesiona el Consejo General a las 10:00 horas.",
	}
	sigs := make([]Signature, len(past))
	sets := make([][]uint64, len(past))
	for i, p := range past {
		sets[i] = Shingles(nil, Fold(nil, p))
		sigs[i], _ = Sign(sets[i])
	}
	bands, rows := Banding(0.8)
	ix := Build(sigs, bands, rows)
	draft := Shingles(nil, Fold(nil, "Recuerda: la jornada electoral es el domingo 6 de junio. ¡Participa! 🗳️"))
	q, _ := Sign(draft)
	ix.Candidates(&q, 0, int32(len(past)), 8, nil, func(id int32) bool {
		fmt.Printf("%d %.2f\n", id, Jaccard(draft, sets[id]))
		return true
	})
	// Output: 0 1.00
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"¡Hola!", "n\u0303", "\xff\xfe", "  a  b  ", "Ñ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(nil, s)
		if len(out) > 0 && (out[0] == ' ' || out[len(out)-1] == ' ') {
			t.Fatalf("untrimmed %q", out)
		}
		if strings.Contains(string(out), "  ") {
			t.Fatalf("double space %q", out)
		}
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 %q", out)
		}
		if string(Fold(nil, string(out))) != string(out) {
			t.Fatalf("not idempotent: %q", out)
		}
		set := Shingles(nil, out)
		if _, ok := Sign(set); ok != (len(set) > 0) {
			t.Fatal("signature of a non-empty set")
		}
	})
}

func BenchmarkSignPost(b *testing.B) {
	post := "El Consejo General del Instituto Estatal Electoral y de Participación Ciudadana aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta el acuerdo completo en https://www.ieesonora.org.mx/acuerdos #VotoInformado"
	var fold []byte
	var set []uint64
	b.ReportAllocs()
	for range b.N {
		fold = Fold(fold[:0], post)
		set = Shingles(set[:0], fold)
		Sign(set)
	}
}

func TestSignFoldedMatchesSign(t *testing.T) {
	for _, s := range []string{"", "ab", "hola mundo", "la jornada electoral es el 6 de junio de 2027 vota vota"} {
		t.Run(s, func(t *testing.T) {
			f := Fold(nil, s)
			a, okA := Sign(Shingles(nil, f))
			b, okB := SignFolded(f)
			assert.Equal(t, okA, okB)
			assert.Equal(t, a, b)
		})
	}
}

func BenchmarkSignFolded(b *testing.B) {
	post := "El Consejo General del Instituto Estatal Electoral y de Participación Ciudadana aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta el acuerdo completo en https://www.ieesonora.org.mx/acuerdos #VotoInformado"
	var fold []byte
	b.ReportAllocs()
	for range b.N {
		fold = Fold(fold[:0], post)
		SignFolded(fold)
	}
}

func TestRadixSort(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	keys := make([]uint64, 5000)
	ids := make([]int32, len(keys))
	for i := range keys {
		keys[i] = rng.Uint64() % 300 // many equal keys
		if i%7 == 0 {
			keys[i] = rng.Uint64()
		}
		ids[i] = int32(i)
	}
	want := append([]uint64(nil), keys...)
	slices.Sort(want)
	radixSort(keys, ids)
	assert.Equal(t, want, keys)
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			require.Less(t, ids[i-1], ids[i], "stable within a key")
		}
	}
}

func TestBuildTextsMatchesBuild(t *testing.T) {
	texts := []string{"Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas.", "corto", "El Consejo General sesiona hoy a las 11:00 horas; síguela en vivo."}
	b, r := Banding(0.8)
	ix := BuildTexts(len(texts), b, r, 2, func(i int) string { return texts[i] }, func(f []byte) bool { return len(f) > 10 })
	assert.Equal(t, 3, ix.Len())
	assert.Len(t, ix.keys, 2*b, "the short text is left out")
	q := sig(t, texts[2])
	var got []int32
	ix.Candidates(&q, 0, 3, 0, nil, func(id int32) bool { got = append(got, id); return true })
	assert.Equal(t, []int32{2}, got)
}

func BenchmarkBuildTexts100k(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	words := strings.Fields("consejo general sesión instituto electoral participación ciudadana casilla credencial votar jornada municipio distrito convocatoria registro candidaturas cómputo resultados observadores capacitación hermosillo cajeme navojoa guaymas nogales")
	texts := make([]string, 100_000)
	for i := range texts {
		var sb strings.Builder
		for range 25 {
			sb.WriteString(words[rng.Intn(len(words))])
			sb.WriteByte(' ')
		}
		texts[i] = sb.String()
	}
	bands, rows := Banding(0.8)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		BuildTexts(len(texts), bands, rows, 2, func(i int) string { return texts[i] }, nil)
	}
}
