package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixFinding(rule string, edits ...Edit) Finding {
	return Finding{Rule: rule, Fixes: []Fix{{Safe: true, Message: "m", Edits: edits}}}
}

func TestApplyFixes(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		findings []Finding
		want     string
		applied  int
	}{
		{"none", "abc", nil, "abc", 0},
		{"replace", "hola mundo", []Finding{fixFinding("a", Edit{0, 4, "Hola"})}, "Hola mundo", 1},
		{"insert", "Ya votaste?", []Finding{fixFinding("a", Edit{0, 0, "¿"})}, "¿Ya votaste?", 1},
		{"several in any order", "a b c", []Finding{fixFinding("a", Edit{4, 5, "C"}), fixFinding("b", Edit{0, 1, "A"})}, "A b C", 2},
		{"overlap skipped", "abcdef", []Finding{fixFinding("a", Edit{0, 3, "X"}), fixFinding("b", Edit{2, 4, "Y"})}, "Xdef", 1},
		{"same insertion point skipped", "ab", []Finding{fixFinding("a", Edit{1, 1, "-"}), fixFinding("b", Edit{1, 1, "+"})}, "a-b", 1},
		{"insertion inside replaced range skipped", "abcd", []Finding{fixFinding("a", Edit{0, 4, "x"}), fixFinding("b", Edit{2, 2, "+"})}, "x", 1},
		{"adjacent edits both applied", "abcd", []Finding{fixFinding("a", Edit{0, 2, "X"}), fixFinding("b", Edit{2, 4, "Y"})}, "XY", 2},
		{"multi-edit fix all or nothing", "abcdef", []Finding{fixFinding("a", Edit{0, 1, "1"}), fixFinding("b", Edit{1, 2, "2"}, Edit{0, 1, "3"})}, "1bcdef", 1},
		{"out of range skipped", "abc", []Finding{fixFinding("a", Edit{2, 9, ""})}, "abc", 0},
		{"insertion before replacement at the same point", "abcd", []Finding{fixFinding("a", Edit{1, 3, "X"}), fixFinding("b", Edit{1, 1, "+"})}, "a+Xd", 2},
		{"deletion", "a  b", []Finding{fixFinding("a", Edit{1, 2, ""})}, "a b", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, applied := ApplyFixes(tt.text, tt.findings, nil)
			assert.Equal(t, tt.want, got)
			assert.Len(t, applied, tt.applied)
		})
	}
}

func TestApplyFixesChoose(t *testing.T) {
	fs := []Finding{fixFinding("a", Edit{0, 1, "X"}), fixFinding("b", Edit{1, 2, "Y"})}
	got, applied := ApplyFixes("ab", fs, func(f Finding) int {
		if f.Rule == "b" {
			return 0
		}
		return -1
	})
	assert.Equal(t, "aY", got)
	require.Len(t, applied, 1)
	assert.Equal(t, "b", applied[0].Rule)
}

func TestLinterFixIsIdempotent(t *testing.T) {
	// Collapsing doubled spaces needs several rounds when fixes overlap.
	spaces := ruleFunc{meta: wordRule{id: "spaces", sev: Warning}.Meta(), check: func(p *Pass) error {
		for i := 0; i+1 < len(p.Doc.Text); i++ {
			if p.Doc.Text[i] == ' ' && p.Doc.Text[i+1] == ' ' {
				p.Report(Finding{Span: Span{i, i + 2}, Message: "m", Fixes: []Fix{{Safe: true, Edits: []Edit{{i, i + 2, " "}}}}})
			}
		}
		return nil
	}}
	l := mustNew(t, Config{}, spaces)
	text, n, err := l.Fix(context.Background(), Post{Text: "a" + strings.Repeat(" ", 9) + "b"}, nil)
	require.NoError(t, err)
	assert.Equal(t, "a b", text)
	assert.Greater(t, n, 1)
	again, n2, err := l.Fix(context.Background(), Post{Text: text}, nil)
	require.NoError(t, err)
	assert.Equal(t, text, again)
	assert.Zero(t, n2)
}

func TestApplyFixesManyEditsIsLinear(t *testing.T) {
	text := strings.Repeat("ab", 100_000)
	var fs []Finding
	for i := 0; i < len(text); i += 2 {
		fs = append(fs, fixFinding("a", Edit{i, i + 1, "A"}))
		fs = append(fs, fixFinding("b", Edit{i, i + 2, "X"})) // clashes with the first
	}
	out, applied := ApplyFixes(text, fs, nil)
	assert.Len(t, applied, 100_000)
	assert.Equal(t, strings.Repeat("Ab", 100_000), out)
}

func TestApplyFixesSafeOnlyByDefault(t *testing.T) {
	fs := []Finding{
		{Rule: "mask", Fixes: []Fix{{Message: "ocultar", Edits: []Edit{{0, 4, "****"}}}}},
		{Rule: "typo", Fixes: []Fix{{Message: "a", Edits: []Edit{{5, 6, "A"}}}, {Message: "b", Safe: true, Edits: []Edit{{5, 6, "B"}}}}},
	}
	got, applied := ApplyFixes("1234 x", fs, nil)
	assert.Equal(t, "1234 B", got, "nil applies the safe fix only")
	require.Len(t, applied, 1)
	assert.Equal(t, "typo", applied[0].Rule)

	got, applied = ApplyFixes("1234 x", fs, ChooseFix(fs[0], 0))
	assert.Equal(t, "**** x", got, "a chosen unsafe fix is applied, and nothing else")
	assert.Len(t, applied, 1)

	got, _ = ApplyFixes("1234 x", fs, ChooseFix(fs[1], 0))
	assert.Equal(t, "1234 A", got, "the chosen alternative, not the safe one")

	got, applied = ApplyFixes("1234 x", fs, func(Finding) int { return 7 })
	assert.Equal(t, "1234 x", got, "an index out of range chooses nothing")
	assert.Empty(t, applied)
}

func TestFixApply(t *testing.T) {
	tests := []struct {
		name, text string
		fix        Fix
		want       string
		err        string
	}{
		{"replace", "la conbocatoria", Fix{Edits: []Edit{{3, 15, "convocatoria"}}}, "la convocatoria", ""},
		{"insert and delete", "Ya votaste?  sí", Fix{Edits: []Edit{{11, 12, ""}, {0, 0, "¿"}}}, "¿Ya votaste? sí", ""},
		{"no edits", "abc", Fix{}, "abc", "no edits"},
		{"out of range", "abc", Fix{Edits: []Edit{{2, 9, ""}}}, "abc", "outside the text"},
		{"backwards", "abc", Fix{Edits: []Edit{{2, 1, ""}}}, "abc", "outside the text"},
		{"splits a character", "año", Fix{Edits: []Edit{{2, 3, "n"}}}, "año", "splits a character"},
		{"overlap", "abcd", Fix{Edits: []Edit{{0, 2, "x"}, {1, 3, "y"}}}, "abcd", "overlap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edits := append([]Edit(nil), tt.fix.Edits...)
			got, err := tt.fix.Apply(tt.text)
			assert.Equal(t, tt.want, got)
			if tt.err == "" {
				assert.NoError(t, err)
			} else {
				assert.ErrorContains(t, err, tt.err)
			}
			assert.Equal(t, edits, tt.fix.Edits, "Apply does not reorder the caller's edits")
		})
	}
}

func TestLinterFixChosenUnsafe(t *testing.T) {
	mask := ruleFunc{meta: wordRule{id: "mask", sev: Error}.Meta(), check: func(p *Pass) error {
		if i := strings.Index(p.Doc.Text, "1234"); i >= 0 {
			p.Report(Finding{Span: Span{i, i + 4}, Message: "dato", Fixes: []Fix{{Message: "ocultar", Edits: []Edit{{i, i + 4, "**34"}}}}})
		}
		return nil
	}}
	l := mustNew(t, Config{}, mask)
	post := Post{Text: "tel 1234"}
	text, n, err := l.Fix(context.Background(), post, nil)
	require.NoError(t, err)
	assert.Equal(t, "tel 1234", text, "an unsafe fix is never applied by default")
	assert.Zero(t, n)
	res := l.Lint(context.Background(), post)
	require.Len(t, res.Findings, 1)
	text, n, err = l.Fix(context.Background(), post, ChooseFix(res.Findings[0], 0))
	require.NoError(t, err)
	assert.Equal(t, "tel **34", text)
	assert.Equal(t, 1, n)
}
