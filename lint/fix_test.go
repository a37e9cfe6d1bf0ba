package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixFinding(rule string, edits ...Edit) Finding {
	return Finding{Rule: rule, Fix: &Fix{Message: "m", Edits: edits}}
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
	got, applied := ApplyFixes("ab", fs, func(f Finding) bool { return f.Rule == "b" })
	assert.Equal(t, "aY", got)
	require.Len(t, applied, 1)
	assert.Equal(t, "b", applied[0].Rule)
}

func TestLinterFixIsIdempotent(t *testing.T) {
	// Collapsing doubled spaces needs several rounds when fixes overlap.
	spaces := ruleFunc{meta: wordRule{id: "spaces", sev: Warning}.Meta(), check: func(p *Pass) error {
		for i := 0; i+1 < len(p.Doc.Text); i++ {
			if p.Doc.Text[i] == ' ' && p.Doc.Text[i+1] == ' ' {
				p.Report(Finding{Span: Span{i, i + 2}, Message: "m", Fix: &Fix{Edits: []Edit{{i, i + 2, " "}}}})
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
