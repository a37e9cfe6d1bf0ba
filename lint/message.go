package lint

import "fmt"

// Lang is the language of the messages shown to people.
type Lang string

// Supported message languages. The zero value means Spanish.
const (
	Spanish Lang = "es"
	English Lang = "en"
)

// ParseLang accepts es or en (and regional tags such as es-MX).
func ParseLang(s string) (Lang, error) {
	switch {
	case s == "", s == "es" || len(s) > 3 && s[:3] == "es-":
		return Spanish, nil
	case s == "en" || len(s) > 3 && s[:3] == "en-":
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q (want es or en)", s)
}

// Message is a text in both supported languages. Rules keep their messages as
// Message values so that every message exists in Spanish and English; a test
// over Meta.Messages checks both are present and take the same arguments.
type Message struct {
	ES string
	EN string
}

// In returns the message in lang, formatted with args as fmt.Sprintf does.
// A message given in one language only is shown in that one.
func (m Message) In(lang Lang, args ...any) string {
	s := m.ES
	if lang == English && m.EN != "" || s == "" {
		s = m.EN
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}
