package lint

import "fmt"

// Severity says how serious a finding is. The zero value is Off, which a
// configuration uses to disable a rule; findings never carry it.
type Severity int

// Severities, from least to most serious.
const (
	Off     Severity = iota // the rule is disabled (config only)
	Info                    // advice
	Warning                 // should be fixed before publishing
	Error                   // must not be published
)

var severityNames = [...]string{"off", "info", "warning", "error"}

// String returns the lower-case English name used in output formats.
func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// Spanish returns the name shown to Spanish readers.
func (s Severity) Spanish() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "advertencia"
	case Info:
		return "aviso"
	}
	return "desactivada"
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Off || s > Error {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses off, info, warning or error (Spanish names accepted).
func ParseSeverity(name string) (Severity, error) {
	switch name {
	case "off", "desactivada":
		return Off, nil
	case "info", "aviso":
		return Info, nil
	case "warning", "advertencia":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want off, info, warning or error)", name)
}
