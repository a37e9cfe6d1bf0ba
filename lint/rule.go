package lint

import (
	"fmt"
	"strings"
)

// Rule checks a post. A rule is built once, by a constructor with typed
// options, and must be safe for concurrent use: Check may run on many
// goroutines at once, so a rule keeps no per-post state.
type Rule interface {
	Meta() Meta
	// Check reports findings through p. A returned error means the rule
	// itself broke; the engine still returns the other rules' findings.
	Check(p *Pass) error
}

// Meta describes a rule. It is the rule's documentation: `vocero rules` and
// the README's rule reference are generated from it.
type Meta struct {
	// ID is stable, kebab-case English ("personal-data").
	ID string
	// Criteria are the sections of the criteria the rule enforces ("6.III").
	Criteria []string
	// Guide names what a house rule enforces instead, when it is not a
	// section of the criteria: the institution's own style guide
	// ("Manual de estilo, 3.2"). A rule cites Criteria, Guide or both.
	Guide string
	// Severity is the default severity of its findings.
	Severity Severity
	// Summary is one line in each language. A house rule may give it in
	// one language only; the other shows the same text.
	Summary Message
	// Doc is a longer explanation in each language.
	Doc Message
	// Bad and Good are a before/after example post.
	Bad, Good string
	// Reads lists the non-prose regions the rule reads (code, links).
	Reads Reads
	// Messages lists every message the rule can report, by key, so that a
	// test can check each exists in both languages.
	Messages map[string]Message
}

// clone returns m with its slices and maps copied.
func (m Meta) clone() Meta {
	m.Criteria = clone(m.Criteria)
	if m.Messages != nil {
		msgs := make(map[string]Message, len(m.Messages))
		for k, v := range m.Messages {
			msgs[k] = v
		}
		m.Messages = msgs
	}
	return m
}

// validID reports whether id is kebab-case: ^[a-z][a-z0-9]*(-[a-z0-9]+)*$.
// Every run validates every rule, so this is written out rather than a
// regular expression compiled at start-up.
func validID(id string) bool {
	if id == "" || id[0] < 'a' || id[0] > 'z' || id[len(id)-1] == '-' {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// validCriterion reports whether c names a section of the criteria:
// ^([1-8](\.[1-9])?( ?[a-g]\)?)?|[1-8]\.[IVXL]+)$ ("6", "6.1", "4 b)",
// "6.XIX").
func validCriterion(c string) bool {
	if c == "" || c[0] < '1' || c[0] > '8' {
		return false
	}
	r := c[1:]
	if len(r) >= 2 && r[0] == '.' && strings.Trim(r[1:], "IVXL") == "" {
		return true
	}
	if len(r) >= 2 && r[0] == '.' && r[1] >= '1' && r[1] <= '9' {
		r = r[2:]
	}
	if r == "" {
		return true
	}
	if r[0] == ' ' {
		r = r[1:]
	}
	if r == "" || r[0] < 'a' || r[0] > 'g' {
		return false
	}
	return r[1:] == "" || r[1:] == ")"
}

// Validate checks that the metadata is complete.
func (m Meta) Validate() error {
	if !validID(m.ID) {
		return fmt.Errorf("rule id %q is not kebab-case", m.ID)
	}
	if len(m.Criteria) == 0 && strings.TrimSpace(m.Guide) == "" {
		return fmt.Errorf("rule %s cites no criteria and no guide", m.ID)
	}
	for _, c := range m.Criteria {
		if !validCriterion(c) {
			return fmt.Errorf("rule %s: criterion %q is not a section of the criteria", m.ID, c)
		}
	}
	if m.Severity < Info || m.Severity > Error {
		return fmt.Errorf("rule %s: default severity %v", m.ID, m.Severity)
	}
	if m.Summary.ES == "" && m.Summary.EN == "" {
		return fmt.Errorf("rule %s: no summary", m.ID)
	}
	for k, msg := range m.Messages {
		if msg.ES == "" && msg.EN == "" {
			return fmt.Errorf("rule %s: message %q is empty", m.ID, k)
		}
		if msg.ES != "" && msg.EN != "" && verbs(msg.ES) != verbs(msg.EN) {
			return fmt.Errorf("rule %s: message %q takes %d arguments in Spanish and %d in English", m.ID, k, verbs(msg.ES), verbs(msg.EN))
		}
	}
	return nil
}

// verbs counts formatting verbs, ignoring %%.
func verbs(s string) int {
	n := 0
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			if s[i+1] == '%' {
				i++
				continue
			}
			n++
		}
	}
	return n
}

// Pass is what a rule sees while checking one post.
type Pass struct {
	// Doc is the post as the rule may read it.
	Doc *Document
	// Config is the linter's configuration, defaults filled in.
	Config *Config
	// Options are the rule's own settings from the config (may be nil).
	Options RuleOptions
	// Lang is the language for messages.
	Lang Lang

	meta   *Meta
	report func(Finding)
	brief  bool
}

// Brief reports that the caller wants only whether the post passes
// (Linter.Passes), not the details of the findings. A rule may then skip
// work that only shapes messages, suggestions and fixes, such as ranking
// spelling corrections, as long as it reports the same spans with the same
// severities as it would otherwise.
func (p *Pass) Brief() bool { return p.brief }

// Report records a finding. Empty Rule, Severity and Criteria are filled
// from the rule's Meta.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.meta.ID
	}
	if f.Severity == Off {
		f.Severity = p.meta.Severity
	}
	if f.Criteria == nil {
		f.Criteria = p.meta.Criteria
	}
	p.report(f)
}

// Msg formats the message m in the pass's language.
// Quoted strings longer than MaxExcerpt characters are cut to an excerpt.
func (p *Pass) Msg(m Message, args ...any) string { return m.In(p.Lang, boundArgs(args)...) }

// Msgf formats the rule's message with the given key (from Meta.Messages).
// Quoted strings longer than MaxExcerpt characters are cut to an excerpt.
func (p *Pass) Msgf(key string, args ...any) string {
	m, ok := p.meta.Messages[key]
	if !ok {
		return fmt.Sprintf("missing message %s/%s", p.meta.ID, key)
	}
	return m.In(p.Lang, boundArgs(args)...)
}
