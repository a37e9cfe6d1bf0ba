package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/rules"
)

// fixable has findings with safe fixes of several rules, some of which
// make new findings once applied (capitals, punctuation, spacing).
const fixable = "AVISO IMPORTANTE PARA LA CIUDADANIA: ULTIMO DIA PARA SOLICITAR TU REPOSICION DE CREDENCIAL!!!  Consulta   https://ieesonora.org.mx ,gracias !!"

// TestFixIsIdempotent: fixing a second time changes nothing, in every
// format, and --fix - applies every fix it reports as automatic.
func TestFixIsIdempotent(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"a.txt", fixable + "\n"},
		{"a.md", "---\nid: x\n---\n# " + fixable + "\n\n" + fixable + "\n"},
		{"a.jsonl", `{"id":"1","text":"` + fixable + `\n` + fixable + `"}` + "\n" + `{"text":"ok"}` + "\n"},
		{"a.csv", "id;mensaje;fecha\n1;\"" + fixable + "\n\"\"" + fixable + "\"\"\";2027-03-01\n2;" + fixable + ";2027-03-02\n"},
		{"b.csv", "Date,Post Text,Link\n2027-03-01 10:00,\"" + fixable + "\",https://ieesonora.org.mx/a\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t)
			r.rules = rules.All
			r.write(tc.name, tc.data)
			first := r.run("", "lint", "--fix", tc.name)
			once := r.read(tc.name)
			require.NotEqual(t, tc.data, once, "the first run fixes something: %s", first.stderr)
			second := r.run("", "lint", "--fix", tc.name)
			assert.Equal(t, once, r.read(tc.name), "fixing again changes nothing")
			assert.NotContains(t, second.stderr, "correcciones aplicadas")
			assert.NotContains(t, first.stdout, "arreglo automático", "what is left after --fix has no automatic fix")
		})
	}
	t.Run("stdin", func(t *testing.T) {
		r := newRunner(t)
		r.rules = rules.All
		for _, name := range []string{"", "a.md", "a.csv"} {
			in := fixable
			args := []string{"lint", "--fix"}
			if name != "" {
				args = append(args, "--stdin-filename", name)
			}
			if name == "a.csv" {
				in = "mensaje\n\"" + fixable + "\"\n"
			}
			res := r.run(in, append(args, "-")...)
			require.NotEqual(t, in, res.stdout)
			assert.NotContains(t, res.stderr, "arreglo automático", "%s: every fix reported as automatic is applied", name)
			again := r.run(res.stdout, append(args, "-")...)
			assert.Equal(t, res.stdout, again.stdout, "%s: fixing the output again changes nothing", name)
		}
	})
}
