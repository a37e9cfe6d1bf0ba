package dict_test

import (
	"fmt"
	"strings"

	"github.com/vocero/vocero/dict"
)

func ExampleDefault() {
	d := dict.Default()
	for _, w := range []string{"votación", "VOTACIÓN", "Votación", "votacion", "Hermosillo", "hermosillo", "infórmate", "exconsejera"} {
		fmt.Println(w, d.Contains(w))
	}
	// Output:
	// votación true
	// VOTACIÓN true
	// Votación true
	// votacion false
	// Hermosillo true
	// hermosillo false
	// infórmate true
	// exconsejera true
}

func ExampleDictionary_Lookup() {
	d := dict.Default()
	e, ok := d.Lookup("hermosillo")
	fmt.Println(ok, e.Form, e.Proper)
	e, ok = d.Lookup("ine")
	fmt.Println(ok, e.Form, e.Acronym)
	// Output:
	// true Hermosillo true
	// true INE true
}

func ExampleDictionary_Suggest() {
	d := dict.Default()
	fmt.Println(d.Suggest("publicacion", 1))
	fmt.Println(d.Suggest("Conbocatoria", 1))
	fmt.Println(d.Suggest("ubiera", 1))
	// Output:
	// [publicación]
	// [Convocatoria]
	// [hubiera]
}

func ExampleDictionary_SplitCompound() {
	d := dict.Default()
	fmt.Println(d.SplitCompound("votoinformado"))
	fmt.Println(d.SplitCompound("VotoInformado2027"))
	fmt.Println(d.SplitCompound("VotoInfromado"))
	// Output:
	// [voto informado] true
	// [Voto Informado 2027] true
	// [Voto Infromado] false
}

func ExampleDictionary_WithWords() {
	d := dict.Default().WithWords("Xochiquetzal", "tuitazo")
	fmt.Println(d.Contains("Xochiquetzal"), d.Contains("tuitazo"), dict.Default().Contains("tuitazo"))
	// Output:
	// true true false
}

func ExampleLoadHunspell() {
	aff := "SET UTF-8\nSFX S Y 1\nSFX S 0 s [aeiou]\n"
	dic := "2\nche/S\nlaburo/S\n"
	d, err := dict.LoadHunspell(strings.NewReader(aff), strings.NewReader(dic))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Contains("laburos"), d.Contains("Che"), d.Contains("votación"))
	// Output:
	// true true false
}

func ExampleCommonMisspellings() {
	m := dict.CommonMisspellings()
	for _, w := range []string{"haiga", "Atravez", "fué", "publicación"} {
		fix, ok := m.Fix(w)
		fmt.Printf("%s %q %v\n", w, fix, ok)
	}
	// Output:
	// haiga "haya" true
	// Atravez "A través" true
	// fué "fue" true
	// publicación "" false
}

func ExampleStripAccents() {
	fmt.Println(dict.StripAccents("Votación en año electoral, pingüino"))
	// Output:
	// Votacion en año electoral, pinguino
}

func ExampleMatchCase() {
	fmt.Println(dict.MatchCase("votación", "VOTACION"), dict.MatchCase("haya", "Haiga"))
	// Output:
	// VOTACIÓN Haya
}

func ExampleDictionary_Analyze() {
	d := dict.Default()
	buf := make([]dict.Analysis, 0, 16) // reuse it: Analyze then allocates nothing
	for _, w := range []string{"publicó", "público", "esta", "está", "dígaselo", "consejeras"} {
		buf = d.Analyze(w, buf[:0])
		fmt.Println(w, buf)
	}
	// Output:
	// publicó [publicar verb ind pret 3sg]
	// público [público adj masc sg público noun masc sg]
	// esta [este det fem sg este pron fem sg]
	// está [estar verb ind pres 3sg estar verb imp 2sg]
	// dígaselo [decir verb imp 3sg +se+lo]
	// consejeras [consejero adj fem pl consejero noun fem pl]
}

func ExampleDictionary_Analyze_features() {
	d := dict.Default()
	for _, a := range d.Analyze("regístrate", nil) {
		fmt.Println(a.Lemma, a.POS == dict.Verb, a.Mood == dict.Imperative, a.Person, a.Number == dict.Singular, a.Clitics.At(0))
	}
	// Output:
	// registrar true true 2 true te
}

func ExampleDictionary_Forms() {
	forms := dict.Default().Forms("tener")
	fmt.Println(len(forms) > 50, forms[:6])
	// Output:
	// true [ten tendremos tendrá tendrán tendrás tendré]
}

func ExampleEnglish() {
	for _, w := range []string{"meeting", "Link", "download", "were", "votación", "area"} {
		es, ok := dict.English(w)
		fmt.Printf("%s %v %q\n", w, ok, es)
	}
	// Output:
	// meeting true "reunión"
	// Link true "enlace"
	// download true ""
	// were true ""
	// votación false ""
	// area false ""
}

func ExampleDictionary_AccentVariants() {
	d := dict.Default()
	fmt.Println(d.AccentVariants("publico"))
	fmt.Println(d.AccentVariants("votó"))
	// Output:
	// [público publicó]
	// [voto]
}
