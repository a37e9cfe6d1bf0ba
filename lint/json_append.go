package lint

import (
	"strconv"
	"unicode/utf8"
)

// appendFindingJSON appends f as Finding.MarshalJSON writes it (compact,
// keys in jsonFinding's order, <, > and & not escaped), byte for byte what
// encoding/json gives for jsonFinding, without reflection. It reports
// false, having appended nothing, for a severity MarshalText refuses.
func appendFindingJSON(b []byte, f *Finding) ([]byte, bool) {
	if f.Severity < Off || f.Severity > Error {
		return b, false
	}
	b = append(b, '{')
	if f.Path != "" || f.Post != 0 || f.PostID != "" {
		b = append(b, `"path":`...)
		b = appendJSONString(b, f.Path)
		b = append(b, `,"post":`...)
		b = strconv.AppendInt(b, int64(f.Post), 10)
		b = append(b, `,"id":`...)
		b = appendJSONString(b, f.PostID)
		b = append(b, ',')
	}
	b = append(b, `"rule":`...)
	b = appendJSONString(b, f.Rule)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, f.Kind)
	b = append(b, `,"severity":"`...)
	b = append(b, severityNames[f.Severity]...)
	b = append(b, `","message":`...)
	b = appendJSONString(b, f.Message)
	b = append(b, `,"criteria":[`...)
	for i, c := range f.Criteria {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, c)
	}
	b = append(b, `],"start":`...)
	b = strconv.AppendInt(b, int64(f.Span.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.Span.End), 10)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(f.Column), 10)
	b = append(b, `,"end_line":`...)
	b = strconv.AppendInt(b, int64(f.EndLine), 10)
	b = append(b, `,"end_column":`...)
	b = strconv.AppendInt(b, int64(f.EndColumn), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, f.Text)
	b = append(b, `,"fixes":[`...)
	for i := range f.Fixes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFixJSON(b, &f.Fixes[i])
	}
	return append(b, "]}"...), true
}

// appendFixJSON appends fx as Fix.MarshalJSON writes it.
func appendFixJSON(b []byte, fx *Fix) []byte {
	b = append(b, `{"message":`...)
	b = appendJSONString(b, fx.Message)
	b = append(b, `,"safe":`...)
	b = strconv.AppendBool(b, fx.Safe)
	b = append(b, `,"edits":[`...)
	for i, e := range fx.Edits {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = append(b, `,"new":`...)
		b = appendJSONString(b, e.New)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

const jsonHex = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json does without HTML
// escaping: \" \\ \b \f \n \r \t, other control bytes as \u00XX, invalid
// UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
