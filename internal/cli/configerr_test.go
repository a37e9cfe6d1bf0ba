package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vocero/vocero/rules"
)

// TestConfigErrorsInTheMessageLanguage loads real bad configs: their errors
// come out in Spanish by default and in English with --lang en, naming the
// file (and the line where the engine knows it).
func TestConfigErrorsInTheMessageLanguage(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, es, en string
	}{
		{"unknown key", "platfroms: [x]\n", `.vocero.yaml:1: clave desconocida "platfroms"`, `.vocero.yaml:1: unknown key "platfroms"`},
		{"wrong type", "platforms: 3\n", `.vocero.yaml:1: tipo equivocado: "3" es de tipo número; se espera una lista`, `.vocero.yaml:1: wrong type`},
		{"time zone", "timezone: Marte/Olimpo\n", `timezone: zona horaria desconocida "Marte/Olimpo"`, `unknown time zone "Marte/Olimpo"`},
		{"rule option type", "rules:\n  all-caps: {min_run: tres}\n", `.vocero.yaml:2: tipo equivocado: "tres" es de tipo texto; se espera un número`, `wrong type`},
		{"unknown option", "rules:\n  all-caps: {colour: 1}\n", `.vocero.yaml:2: rules.all-caps: opción desconocida "colour"`, `unknown option "colour"`},
		{"bad severity", "rules:\n  length: alta\n", `.vocero.yaml:2: severidad desconocida "alta"`, `unknown severity "alta"`},
		{"bad duration", "rules:\n  repetition: {window: semana}\n", `duración no válida "semana"`, `invalid duration "semana"`},
		{"bad platform", "platforms: [x, tiktok]\n", `plataforma desconocida "tiktok"`, `unknown platform "tiktok"`},
		{"campaign dates", "campaigns:\n  - name: a\n    start: 2027-01-01\n    end: 2026-01-01\n    hashtags: [\"#a\"]\n", `campaigns[0]: el fin 2026-01-01 es anterior al inicio 2027-01-01`, `end 2026-01-01 is before start`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t)
			r.rules = rules.All
			r.write(".vocero.yaml", tc.yaml)
			r.write("a.txt", "Hola.")
			es := r.run("", "lint", "a.txt")
			assert.Equal(t, ExitError, es.code)
			assert.Contains(t, es.stderr, tc.es)
			en := r.run("", "lint", "--lang", "en", "a.txt")
			assert.Contains(t, en.stderr, tc.en)
		})
	}
}

func TestFlagErrorsInTheMessageLanguage(t *testing.T) {
	r := newRunner(t)
	for _, tc := range []struct {
		args   []string
		es, en string
	}{
		{[]string{"lint", "--platform", "tiktok"}, `valor no válido "tiktok" en --platform: plataforma desconocida "tiktok"`, `invalid value "tiktok" for flag -platform: unknown platform "tiktok"`},
		{[]string{"lint", "--nope"}, `opción desconocida: --nope; usa «vocero help lint»`, `flag provided but not defined: -nope`},
		{[]string{"inspect", "--format"}, `la opción --format necesita un valor`, `flag needs an argument: -format`},
		{[]string{"lint", "--fix=quizá"}, `valor no válido "quizá" en --fix (usa true o false)`, `invalid boolean value "quizá" for -fix`},
	} {
		es := r.run("", tc.args...)
		assert.Equal(t, ExitError, es.code)
		assert.Contains(t, es.stderr, tc.es)
		en := r.run("", append([]string{tc.args[0], "--lang", "en"}, tc.args[1:]...)...)
		assert.Contains(t, en.stderr, tc.en)
	}
}
