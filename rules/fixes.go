package rules

import "github.com/vocero/vocero/lint"

// alternatives returns one fix per word, each replacing sp with it, best
// first. They are not safe: a person chooses among them.
func alternatives(sp lint.Span, words []string, message func(word string) string) []lint.Fix {
	if len(words) == 0 {
		return nil
	}
	fixes := make([]lint.Fix, len(words))
	for i, w := range words {
		fixes[i] = lint.Fix{Message: message(w), Edits: []lint.Edit{{Start: sp.Start, End: sp.End, New: w}}}
	}
	return fixes
}
