package lexicon

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// find returns the phrases (as written in the lexicon) matched in text.
func find(t testing.TB, m *Matcher, lex, text string) []string {
	t.Helper()
	doc := lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
	var out []string
	for _, x := range m.Find(m.Stream(doc), lex) {
		if !x.Entry.Marker() {
			out = append(out, x.Entry.Phrase)
		}
	}
	return out
}

func builtinMatcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := Default()
	require.NoError(t, err)
	return m.get()
}

// findUntagged is find without the entries whose tags restrict them (the
// rules check those in context).
func findUntagged(t testing.TB, m *Matcher, lex, text string) []string {
	t.Helper()
	doc := lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
	var out []string
	for _, x := range Select(m.Find(m.Stream(doc), lex)) {
		if len(x.Entry.Tags) == 0 {
			out = append(out, x.Entry.Phrase)
		}
	}
	return out
}
