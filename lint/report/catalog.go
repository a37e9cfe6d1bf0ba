package report

import (
	"strings"

	"github.com/vocero/vocero/lint"
)

// catalog holds every string the encoders print for people, in Spanish and
// English; a test checks both exist and take the same arguments.
var catalog = map[string]lint.Message{
	"files.one":            {ES: "%d archivo", EN: "%d file"},
	"files.other":          {ES: "%d archivos", EN: "%d files"},
	"posts.one":            {ES: "%d publicación", EN: "%d post"},
	"posts.other":          {ES: "%d publicaciones", EN: "%d posts"},
	"errors.one":           {ES: "%d error", EN: "%d error"},
	"errors.other":         {ES: "%d errores", EN: "%d errors"},
	"warnings.one":         {ES: "%d advertencia", EN: "%d warning"},
	"warnings.other":       {ES: "%d advertencias", EN: "%d warnings"},
	"infos.one":            {ES: "%d aviso", EN: "%d notice"},
	"infos.other":          {ES: "%d avisos", EN: "%d notices"},
	"summary":              {ES: "%s, %s: %s", EN: "%s, %s: %s"},
	"clean":                {ES: "sin problemas", EN: "no problems"},
	"nofindings":           {ES: "sin hallazgos en lo que se pudo revisar", EN: "no findings in what could be checked"},
	"unread":               {ES: "%s; no se pudo revisar: %s", EN: "%s; could not be checked: %s"},
	"unread.files.one":     {ES: "%d archivo", EN: "%d file"},
	"unread.files.other":   {ES: "%d archivos", EN: "%d files"},
	"unread.records.one":   {ES: "%d registro", EN: "%d record"},
	"unread.records.other": {ES: "%d registros", EN: "%d records"},
	"unread.broken.one":    {ES: "%d publicación en la que falló una regla", EN: "%d post on which a rule failed"},
	"unread.broken.other":  {ES: "%d publicaciones en las que falló una regla", EN: "%d posts on which a rule failed"},
	"severity.error":       {ES: "error", EN: "error"},
	"severity.warning":     {ES: "advertencia", EN: "warning"},
	"severity.info":        {ES: "aviso", EN: "notice"},
	"suggestions":          {ES: "sugerencias: %s", EN: "suggestions: %s"},
	"suggestion":           {ES: "sugerencia: %s", EN: "suggestion: %s"},
	"fix":                  {ES: "arreglo automático: %s", EN: "automatic fix: %s"},
	"broken":               {ES: "%s: la revisión no terminó: %v", EN: "%s: the check did not finish: %v"},
	"criteria":             {ES: "Criterios: %s", EN: "Criteria: %s"},
	"example.bad":          {ES: "Ejemplo a evitar: %s", EN: "Example to avoid: %s"},
	"example.good":         {ES: "Mejor así: %s", EN: "Better: %s"},
	"title":                {ES: "vocero: %s (criterio %s)", EN: "vocero: %s (criterion %s)"},
	"title.many":           {ES: "vocero: %s (criterios %s)", EN: "vocero: %s (criteria %s)"},
	"switch.summary":       {ES: "Interruptor en línea que nombra una regla que no existe", EN: "Inline switch that names a rule that does not exist"},
	"switch.doc": {
		ES: "Un comentario <!-- vocero-disable ... --> nombra una regla que vocero no conoce; corrige el identificador (ver `vocero rules`)",
		EN: "A <!-- vocero-disable ... --> comment names a rule vocero does not know; correct the ID (see `vocero rules`)",
	},
}

// t returns the catalogue string key in lang, formatted with args.
func t(lang lint.Lang, key string, args ...any) string {
	m, ok := catalog[key]
	if !ok {
		return key
	}
	return m.In(lang, args...)
}

// count formats n with the singular or plural of key.
func count(lang lint.Lang, key string, n int) string {
	if n == 1 {
		return t(lang, key+".one", n)
	}
	return t(lang, key+".other", n)
}

// severityName is the severity as people read it in lang.
func severityName(lang lint.Lang, s lint.Severity) string {
	switch s {
	case lint.Error, lint.Warning, lint.Info:
		return t(lang, "severity."+s.String())
	}
	return s.String()
}

// Line returns the summary people read at the end of the text
// output: "3 archivos, 12 publicaciones: 1 error, 4 advertencias".
func (s Summary) Line(lang lint.Lang) string {
	var found string
	switch {
	case s.Errors == 0 && s.Warnings == 0 && s.Infos == 0 && s.Failed():
		found = t(lang, "nofindings")
	case s.Errors == 0 && s.Warnings == 0 && s.Infos == 0:
		found = t(lang, "clean")
	default:
		found = count(lang, "errors", s.Errors) + ", " + count(lang, "warnings", s.Warnings)
		if s.Infos > 0 {
			found += ", " + count(lang, "infos", s.Infos)
		}
	}
	line := t(lang, "summary", count(lang, "files", s.Files), count(lang, "posts", s.Posts), found)
	if !s.Failed() {
		return line
	}
	var parts []string
	for _, p := range []struct {
		key string
		n   int
	}{{"unread.files", s.UnreadFiles}, {"unread.records", s.UnreadRecords}, {"unread.broken", s.Broken}} {
		if p.n > 0 {
			parts = append(parts, count(lang, p.key, p.n))
		}
	}
	return t(lang, "unread", line, strings.Join(parts, ", "))
}
