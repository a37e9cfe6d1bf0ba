package source

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// shout is a test rule: every word of two or more letters written in
// capitals is reported, with a fix that lower-cases it.
type shout struct{ reads lint.Reads }

func (s shout) Meta() lint.Meta {
	return lint.Meta{
		ID: "shout", Criteria: []string{"6.XXIII"}, Severity: lint.Warning,
		Summary: lint.Message{ES: "Mayúsculas", EN: "Capitals"}, Reads: s.reads,
		Messages: map[string]lint.Message{"caps": {ES: "Mayúsculas: «%s»", EN: "Capitals: «%s»"}},
	}
}

func (s shout) Check(p *lint.Pass) error {
	for _, w := range p.Doc.Words() {
		if !w.Letters || len([]rune(w.Text)) < 2 || strings.ToUpper(w.Text) != w.Text || !strings.ContainsFunc(w.Text, unicode.IsUpper) {
			continue
		}
		p.Report(lint.Finding{
			Span: w.Span, Message: p.Msgf("caps", w.Text),
			Fixes: []lint.Fix{{Safe: true, Message: "minúsculas", Edits: []lint.Edit{{Start: w.Start, End: w.End, New: strings.ToLower(w.Text)}}}},
		})
	}
	return nil
}

// words is a test rule that reports every word it sees, so that tests can
// tell which parts of a file reach the rules.
type words struct {
	id    string
	reads lint.Reads
}

func (s words) Meta() lint.Meta {
	return lint.Meta{
		ID: s.id, Criteria: []string{"6.XXII"}, Severity: lint.Info,
		Summary: lint.Message{ES: "Palabras", EN: "Words"}, Reads: s.reads,
		Messages: map[string]lint.Message{"w": {ES: "%s", EN: "%s"}},
	}
}

func (s words) Check(p *lint.Pass) error {
	for _, w := range p.Doc.Words() {
		p.Report(lint.Finding{Span: w.Span, Message: p.Msgf("w", w.Text)})
	}
	return nil
}

func newLinter(t testing.TB, rules ...lint.Rule) *lint.Linter {
	t.Helper()
	l, err := lint.New(lint.Config{}, rules...)
	require.NoError(t, err)
	return l
}

func lintAll(t testing.TB, l *lint.Linter, posts []lint.Post) []lint.Result {
	t.Helper()
	out := make([]lint.Result, len(posts))
	for i, p := range posts {
		out[i] = l.Lint(context.Background(), p)
		require.NoError(t, out[i].Err)
	}
	return out
}

// seen returns the texts of the findings of rule id, in order.
func seen(rs []lint.Result, id string) []string {
	var out []string
	for _, r := range rs {
		for _, f := range r.Findings {
			if f.Rule == id {
				out = append(out, f.Text)
			}
		}
	}
	return out
}

// regionTexts returns the text of each region of kind k.
func regionTexts(p lint.Post, k lint.RegionKind) []string {
	var out []string
	for _, r := range p.Regions {
		if r.Kind == k {
			out = append(out, p.Text[r.Start:r.End])
		}
	}
	return out
}

// checkPost checks the invariants every reader keeps.
func checkPost(t testing.TB, p lint.Post) {
	t.Helper()
	prev := 0
	for _, r := range p.Regions {
		require.True(t, r.Start >= prev && r.Start < r.End && r.End <= len(p.Text), "region %+v after %d in %d bytes", r, prev, len(p.Text))
		require.Contains(t, []lint.RegionKind{lint.Markup, lint.Hidden, lint.Verbatim, lint.Link}, r.Kind)
		prev = r.End
	}
	last := 0
	for _, s := range p.Switches {
		require.True(t, s.Offset >= last && s.Offset <= len(p.Text), "switch %+v", s)
		require.True(t, s.Start >= 0 && s.Start < s.Stop && s.Stop <= len(p.Text), "switch %+v", s)
		require.True(t, s.End == 0 || s.End >= s.Offset && s.End <= len(p.Text), "switch %+v", s)
		last = s.Offset
	}
}
