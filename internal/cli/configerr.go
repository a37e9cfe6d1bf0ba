package cli

import (
	"regexp"
	"strings"
	"sync"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

// The engine writes config errors in English ("path:line: key: message");
// the CLI shows them in the message language. Each rule below rewrites one
// kind of message; a test loads real bad configs, so a message the engine
// changes shows up there.
var configSpanish = rewrites([]rewrite{
	{`unknown key (".*?")`, `clave desconocida $1`},
	{`wrong type: (".*?") is a (\S+), want (.+)$`, `tipo equivocado: $1 es de tipo $2; se espera $3`},
	{`unknown time zone (".*?")`, `zona horaria desconocida $1 (usa un nombre IANA como America/Hermosillo)`},
	{`unknown option (".*?") \(known: (.*)\)`, `opción desconocida $1 (se conocen: $2)`},
	{`a rule takes a severity or a map of options`, `una regla lleva una severidad (off, error, warning, info) o un mapa de opciones`},
	{`a campaign needs at least one hashtag`, `una campaña necesita al menos un hashtag`},
	{`end (\S+) is before start (\S+)`, `el fin $1 es anterior al inicio $2`},
	{`invalid date (".*?") \(want YYYY-MM-DD\)`, `fecha no válida $1 (usa AAAA-MM-DD)`},
	{`invalid duration (".*?") \(want e\.g\. 7d or 36h\)`, `duración no válida $1 (usa, por ejemplo, 7d o 36h)`},
	{`unknown severity (".*?") \(want off, info, warning or error\)`, `severidad desconocida $1 (usa off, info, warning o error)`},
	{`unknown language (".*?") \(want es or en\)`, `idioma desconocido $1 (usa es o en)`},
	{`unknown platform (".*?") \(want one of (.*)\)`, `plataforma desconocida $1 (usa una de: $2)`},
	{`^reading config: `, `no se pudo leer la configuración: `},
	{`; want (a list|a map|a number|true or false)$`, `; se espera $1`},
})

var configWords = strings.NewReplacer("se espera a list", "se espera una lista", "se espera a map", "se espera un mapa",
	"se espera a number", "se espera un número", "se espera true or false", "se espera true o false",
	"de tipo string", "de tipo texto", "de tipo str", "de tipo texto", "de tipo int", "de tipo número", "de tipo seq", "de tipo lista", "de tipo map", "de tipo mapa")

// rewrite replaces the matches of a regular expression.
type rewrite struct{ pat, repl string }

type compiledRewrite struct {
	re   *regexp.Regexp
	repl string
}

// rewrites compiles the expressions when a message first needs them, not
// at start-up: most runs show no error.
func rewrites(rs []rewrite) func() []compiledRewrite {
	return sync.OnceValue(func() []compiledRewrite {
		out := make([]compiledRewrite, len(rs))
		for i, r := range rs {
			out[i] = compiledRewrite{regexp.MustCompile(r.pat), r.repl}
		}
		return out
	})
}

// configErr returns a config error in the message language.
func (e *env) configErr(err error) string {
	if e.lang == lint.English {
		return err.Error()
	}
	lines := strings.Split(source.Localize(err, e.lang), "\n")
	for i, l := range lines {
		for _, r := range configSpanish() {
			l = r.re.ReplaceAllString(l, r.repl)
		}
		lines[i] = configWords.Replace(l)
	}
	return strings.Join(lines, "\n")
}

// flagSpanish rewrites the messages of package flag.
var flagSpanish = rewrites([]rewrite{
	{`^invalid value (".*?") for flag -(\S+): `, `valor no válido $1 en --$2: `},
	{`^flag provided but not defined: -+(\S+)`, `opción desconocida: --$1`},
	{`^flag needs an argument: -+(\S+)`, `la opción --$1 necesita un valor`},
	{`^invalid boolean value (".*?") for -(\S+): .*`, `valor no válido $1 en --$2 (usa true o false)`},
	{`unknown platform (".*?") \(want one of (.*)\)`, `plataforma desconocida $1 (usa una de: $2)`},
	{`^no platform given$|: no platform given$`, `: no se dio ninguna plataforma`},
})

// flagErr returns a flag error in the message language.
func (e *env) flagErr(err error) string {
	s := err.Error()
	if e.lang == lint.English {
		return s
	}
	for _, r := range flagSpanish() {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	return s
}
