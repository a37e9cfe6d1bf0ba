package criteria

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestText(t *testing.T) {
	for _, tc := range []struct {
		section, starts, contains string
	}{
		{"6.III", "III. Se restringirá la publicación de comentarios a título personal", ""},
		{"6.iii", "III. Se restringirá", ""},
		{"6 III", "III. Se restringirá", ""},
		{"6.XXII", "XXII. Los desarrolladores de contenidos deberán cuidar la sintaxis y la ortografía", ""},
		{"6.VI", "VI. Podrán publicarse vínculos", "estos podrán publicarse si hacen referencia explícita"},
		{"6.XXVII", "XXVII. Los funcionarios que posean una cuenta personal", ""},
		{"4.XIII", "XIII. Lenguaje claro", ""},
		{"5.2 b", "b) Verificar que la generación de los contenidos", ""},
		{"5.2b", "b) Verificar", ""},
		{"5.2.b", "b) Verificar", ""},
		{"5.2 b)", "b) Verificar", ""},
		{"5 a", "a) Los administradores de todas las páginas", ""},
		{"7.III", "III. La Subdirección de Comunicación Social deberá evaluar", "Posteriormente"},
		{"6", "6.Criterios Generales", "XXII. Los desarrolladores"},
		{"1", "1.Ámbito de aplicación e Interpretación", "Cualquier situación no prevista"},
		{"5.2", "5.2.- Administradores de Cuentas", "g) Generar la contraseña"},
	} {
		t.Run(tc.section, func(t *testing.T) {
			got, ok := Text(tc.section)
			require.True(t, ok)
			assert.True(t, strings.HasPrefix(got, tc.starts), "%q", got)
			assert.Contains(t, got, tc.contains)
		})
	}
	for _, bad := range []string{"", "6.XXVIII", "9", "6.C", "5.2 z", "TRANSITORIOS", "PRIMERO"} {
		_, ok := Text(bad)
		assert.False(t, ok, bad)
	}
	item, _ := Text("6.V")
	next, _ := Text("6.VI")
	assert.NotContains(t, item, next[:20], "an item stops where the next starts")
}

func TestSections(t *testing.T) {
	s := Sections()
	assert.Contains(t, s, "6.XXIV")
	assert.Contains(t, s, "5.2 g")
	assert.Less(t, indexOf(s, "4.XIII"), indexOf(s, "6.III"))
	for _, k := range s {
		_, ok := Text(k)
		assert.True(t, ok, k)
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func ExampleText() {
	t, ok := Text("6.xxiv")
	fmt.Println(ok, strings.Fields(t)[:6])
	// Output: true [XXIV. No debe enviarse indiscriminadamente información]
}
