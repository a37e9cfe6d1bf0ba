package lint

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLinterStaysImmutable changes everything a caller can reach after New
// and checks that the Linter reports what it reported before.
func TestLinterStaysImmutable(t *testing.T) {
	cfg := Config{Platforms: []Platform{X}, Words: []string{"uno"}}
	l := mustNew(t, cfg, wordRule{id: "w", word: "x", sev: Warning})
	post := Post{Text: "a x"}
	before := l.Lint(context.Background(), post)
	require.Len(t, before.Findings, 1)

	cfg.Platforms[0] = Facebook
	cfg.Words[0] = "dos"
	got := l.Config()
	got.Platforms[0] = Instagram
	got.Institution.Domains[0] = "example.org"
	got.AllowedDomains = append(got.AllowedDomains[:0], "example.org")
	l.Rules()[0].Criteria[0] = "9.X"
	before.Findings[0].Criteria[0] = "9.Y"
	ps := Platforms()
	ps[0].MaxLength = 1
	DefaultPlatforms()[0] = LinkedIn
	DefaultDomains()[0] = "example.org"

	assert.Equal(t, []Platform{X}, l.Config().Platforms)
	assert.Equal(t, []string{"uno"}, l.Config().Words)
	assert.Equal(t, DefaultDomains(), l.Config().Institution.Domains)
	assert.Equal(t, []string{"6.XXII"}, l.Rules()[0].Criteria)
	spec, ok := X.Spec()
	require.True(t, ok)
	assert.Equal(t, 280, spec.MaxLength, "the platform table cannot be changed from outside")
	assert.Equal(t, 280, Platforms()[0].MaxLength)
	assert.Equal(t, []Platform{X, Facebook}, DefaultPlatforms())
	after := l.Lint(context.Background(), post)
	require.Len(t, after.Findings, 1)
	assert.Equal(t, []string{"6.XXII"}, after.Findings[0].Criteria)
}

func TestRuleConfigOff(t *testing.T) {
	w := wordRule{id: "w", word: "x", sev: Warning}
	for _, tc := range []struct {
		name string
		rc   RuleConfig
		want int // findings
		sev  Severity
	}{
		{"off without anything else", RuleConfig{Severity: Off}, 0, 0},
		{"severity override", RuleConfig{Severity: Error}, 1, Error},
		{"options keep the default severity", RuleConfig{Options: Options(struct{ N int }{1})}, 1, Warning},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := mustNew(t, Config{Rules: map[string]RuleConfig{"w": tc.rc}}, w)
			res := l.Lint(context.Background(), Post{Text: "x"})
			require.Len(t, res.Findings, tc.want)
			if tc.want > 0 {
				assert.Equal(t, tc.sev, res.Findings[0].Severity)
			}
		})
	}
	// From a file, `off` and a map with `severity: off` turn the rule off;
	// a map of options alone does not.
	for _, tc := range []struct {
		yaml string
		off  bool
	}{
		{"rules:\n  w: off\n", true},
		{"rules:\n  w: {severity: off, n: 1}\n", true},
		{"rules:\n  w: {n: 1}\n", false},
		{"rules:\n  w: {}\n", false},
	} {
		cfg, err := ParseConfig([]byte(tc.yaml), "c.yaml")
		require.NoError(t, err)
		res := mustNew(t, cfg, w).Lint(context.Background(), Post{Text: "x"})
		assert.Equal(t, tc.off, len(res.Findings) == 0, tc.yaml)
	}
}

func TestTypedOptions(t *testing.T) {
	type opts struct {
		Max  int      `yaml:"max"`
		Tags []string `yaml:"tags"`
	}
	cfg := Config{Rules: map[string]RuleConfig{"w": {Options: Options(opts{Max: 3, Tags: []string{"a"}})}}}
	var got opts
	require.NoError(t, cfg.Rule("w").Options.Decode(&got))
	assert.Equal(t, opts{Max: 3, Tags: []string{"a"}}, got)

	cfg.Rules["w"] = RuleConfig{Options: Options(&opts{Max: 4})}
	require.NoError(t, cfg.Rule("w").Options.Decode(&got), "a pointer is taken as its value")
	assert.Equal(t, 4, got.Max)

	cfg.Rules["w"] = RuleConfig{Options: Options(struct{ Other int }{})}
	err := cfg.Rule("w").Options.Decode(&got)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "rules.w: options of type struct { Other int }")
	assert.True(t, RuleOptions{}.Empty())
	assert.False(t, Options(opts{}).Empty())
}

// houseRule cites the house style guide and speaks Spanish only.
type houseRule struct{ span Span }

func (houseRule) Meta() Meta {
	return Meta{ID: "house-style", Guide: "Manual de estilo, 3.2", Severity: Warning,
		Summary:  Message{ES: "Fechas con el mes en minúscula"},
		Messages: map[string]Message{"month": {ES: "El mes va en minúscula: «%s»"}}}
}

func (r houseRule) Check(p *Pass) error {
	p.Report(Finding{Span: r.span, Message: p.Msgf("month", p.Doc.Text[:1])})
	return nil
}

func TestHouseRules(t *testing.T) {
	m := houseRule{}.Meta()
	require.NoError(t, m.Validate(), "a guide instead of criteria, one language")
	assert.Equal(t, "Fechas con el mes en minúscula", m.Summary.In(English), "English falls back to Spanish")
	assert.Equal(t, "only english", Message{EN: "only english"}.In(Spanish), "and the other way")

	m.Guide = ""
	assert.ErrorContains(t, m.Validate(), "cites no criteria and no guide")
	m.Summary = Message{}
	m.Guide = "x"
	assert.ErrorContains(t, m.Validate(), "no summary")

	l := mustNew(t, Config{Lang: English}, houseRule{span: Span{0, 2}})
	res := l.Lint(context.Background(), Post{Text: "Marzo"})
	require.NoError(t, res.Err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "El mes va en minúscula: «M»", res.Findings[0].Message)
	assert.Empty(t, res.Findings[0].Criteria)

	res = l.Lint(context.Background(), Post{Text: "M"})
	assert.Empty(t, res.Findings)
	require.Error(t, res.Err, "a span outside the text is the rule's bug, not a silent drop")
	assert.Contains(t, res.Err.Error(), "rule house-style: reported the span [0, 2), outside the text (1 bytes)")
}
