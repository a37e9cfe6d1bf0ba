package source

import (
	"errors"
	"fmt"
	"regexp"
	"sync"

	"github.com/vocero/vocero/lint"
)

// Reader errors are written in English (Error) and can be read in the
// user's language (Localize): each keeps its format and arguments, and
// spanish holds the Spanish of every format.

// msgError is an error made of a format and its arguments.
type msgError struct {
	format string
	args   []any
}

func (e *msgError) Error() string {
	return fmt.Sprintf(wVerb().ReplaceAllString(e.format, "%v"), e.args...)
}

// Unwrap returns the errors among the arguments.
func (e *msgError) Unwrap() []error {
	var out []error
	for _, a := range e.args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

func msgErrorf(format string, args ...any) error { return &msgError{format, args} }

// Localize returns err's message in lang: the Spanish of a reader error
// (an *Error, RecordErrors or one of their parts), or err.Error() for
// errors the reader does not know.
func Localize(err error, lang lint.Lang) string {
	if err == nil {
		return ""
	}
	switch e := err.(type) {
	case *Error:
		p := e.Path
		if p == "" {
			p = "-"
		}
		msg := e.Msg
		if e.format != "" {
			msg = localizeFormat(e.format, e.args, lang)
		}
		if e.Line > 0 {
			return fmt.Sprintf("%s:%d: %s", p, e.Line, msg)
		}
		return fmt.Sprintf("%s: %s", p, msg)
	case RecordErrors:
		var es []error
		for _, x := range e {
			es = append(es, x)
		}
		s := ""
		for i, x := range es {
			if i > 0 {
				s += "\n"
			}
			s += Localize(x, lang)
		}
		return s
	case *msgError:
		return localizeFormat(e.format, e.args, lang)
	}
	if lang != lint.English {
		if m := unknownPlatform().FindStringSubmatch(err.Error()); m != nil {
			return fmt.Sprintf("plataforma desconocida %s (usa una de: %s)", m[1], m[2])
		}
		var pe *msgError
		if errors.As(err, &pe) {
			return localizeFormat(pe.format, pe.args, lang)
		}
	}
	return err.Error()
}

var unknownPlatform = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^unknown platform (".*") \(want one of (.*)\)$`)
})

func localizeFormat(format string, args []any, lang lint.Lang) string {
	out := make([]any, len(args))
	for i, a := range args {
		if err, ok := a.(error); ok {
			out[i] = Localize(err, lang)
		} else {
			out[i] = a
		}
	}
	if lang != lint.English {
		if es, ok := spanish[format]; ok {
			format = es
		}
	}
	// %w is for fmt.Errorf only.
	return fmt.Sprintf(wVerb().ReplaceAllString(format, "%v"), out...)
}

var wVerb = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`%w`) })

// spanish is the Spanish of every reader error format.
var spanish = map[string]string{
	"a string":      "un texto",
	"true or false": "true o false",
	"a valid value": "un valor válido",
	"the file is UTF-16 text; save it as \"CSV UTF-8\"": "el archivo es texto UTF-16; guárdalo como «CSV UTF-8»",
	"message: %v": "mensaje: %v",
	"%s: %v":      "%s: %v",
	"empty CSV file: want a header row with a message column (message, mensaje, text, texto or post)":                                                              "archivo CSV vacío: falta una fila de encabezado con una columna del mensaje (mensaje, message, texto, text o post)",
	"no message column in the header row (want a column named message, mensaje, text, texto or post; found %s)":                                                    "la fila de encabezado no tiene columna del mensaje (se espera una llamada mensaje, message, texto, text o post; tiene %s)",
	"column %q looks like a publish date, but vocero does not know it (rename it fecha or date; without a known date column posts are checked as published today)": "la columna %q parece una fecha de publicación, pero vocero no la conoce (renómbrala fecha o date; sin una columna de fecha conocida las publicaciones se revisarían como publicadas hoy)",
	"a quoted cell is never closed (a \" is missing)":                                                                                                              "una celda entre comillas nunca se cierra (falta una \")",
	"unsupported file type for fixes":               "tipo de archivo no admitido para correcciones",
	"the file changed since it was read; run again": "el archivo cambió desde que se leyó; vuelve a ejecutar",
	"the fixes need characters that the file's encoding (Windows-1252) cannot store; save the file as \"CSV UTF-8\" and run again": "las correcciones necesitan caracteres que la codificación del archivo (Windows-1252) no puede guardar; guárdalo como «CSV UTF-8» y vuelve a ejecutar",
	"the fixed file would no longer read as Windows-1252; save the file as \"CSV UTF-8\" and run again":                            "el archivo corregido ya no se leería como Windows-1252; guárdalo como «CSV UTF-8» y vuelve a ejecutar",
	"%s": "%s",
	"NUL byte: this looks like a binary file, not JSON lines":         "byte NUL: parece un archivo binario, no líneas JSON",
	"column %d: invalid UTF-8 (byte 0x%02x); save the file as UTF-8":  "columna %d: UTF-8 no válido (byte 0x%02x); guarda el archivo como UTF-8",
	"more than one JSON value on the line (want one object per line)": "más de un valor JSON en la línea (se espera un objeto por línea)",
	`missing "text" (each line needs {"text": "..."})`:                `falta "text" (cada línea necesita {"text": "..."})`,
	`"text": %w`:                   `"text": %w`,
	`"publish_at": %w`:             `"publish_at": %w`,
	"column %d: invalid JSON: %s":  "columna %d: JSON no válido: %s",
	"%q must be %s, not a JSON %s": "%q debe ser %s, no un %s de JSON",
	`each line must be a JSON object such as {"text": "..."}, not a JSON %s`:     `cada línea debe ser un objeto JSON como {"text": "..."}, no un %s de JSON`,
	"invalid JSON: the line ends before the object does":                         "JSON no válido: la línea termina antes que el objeto",
	"unknown field %s (want id, text, platforms, publish_at, reply or campaign)": "campo desconocido %s (se espera id, text, platforms, publish_at, reply o campaign)",
	"invalid JSON: %s":                  "JSON no válido: %s",
	`"id": %v`:                          `"id": %v`,
	`"id" must be a string or a number`: `"id" debe ser un texto o un número`,
	`"platforms": %v`:                   `"platforms": %v`,
	`"platforms" must be a list of names such as ["x", "facebook"]`: `"platforms" debe ser una lista de nombres como ["x", "facebook"]`,
	`"platforms": %w`: `"platforms": %w`,
	"%s is not a date (want 2027-03-01, 2027-03-01 09:00, 01/03/2027 09:00 or 2027-03-01T09:00:00-07:00)": "%s no es una fecha (se espera 2027-03-01, 2027-03-01 09:00, 01/03/2027 09:00 o 2027-03-01T09:00:00-07:00)",
	"front matter opened here is never closed (add a line with --- after it)":                             "el front matter que se abre aquí nunca se cierra (agrega una línea con --- después)",
	"front matter: %s": "front matter: %s",
	"front matter: want keys such as platforms: [x] and publish_at: 2027-03-01": "front matter: se esperan claves como platforms: [x] y publish_at: 2027-03-01",
	"front matter: %s: %s": "front matter: %s: %s",
	"unsupported file type %q (want .txt, .md, .jsonl or .csv)":      "tipo de archivo no admitido %q (usa .txt, .md, .jsonl o .csv)",
	"column %d: NUL byte: this looks like a binary file, not a post": "columna %d: byte NUL: parece un archivo binario, no una publicación",
	"NUL character at column %d":                                     "carácter NUL en la columna %d",
}
