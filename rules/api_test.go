package rules

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func ruleKinds(res lint.Result, rule string) []string {
	var out []string
	for _, f := range res.Findings {
		if f.Rule == rule {
			out = append(out, f.Kind)
		}
	}
	return out
}

// TestBuiltinConfiguredInGo configures a built-in rule in code, both ways:
// an instance that replaces the default, and typed options in the Config.
func TestBuiltinConfiguredInGo(t *testing.T) {
	post := lint.Post{Text: "Consulta  la convocatoria.", Platforms: []lint.Platform{lint.Facebook}}
	def, err := NewLinter(lint.Config{})
	require.NoError(t, err)
	require.Contains(t, ruleKinds(def.Lint(context.Background(), post), "punctuation"), "double-space")

	quiet := NewPunctuation(PunctuationOptions{Disable: []string{"double-space"}})
	l, err := NewLinter(lint.Config{}, quiet)
	require.NoError(t, err, "a built-in rule is replaced, not duplicated")
	assert.NotContains(t, ruleKinds(l.Lint(context.Background(), post), "punctuation"), "double-space")
	assert.Equal(t, ids(def.Rules()), ids(l.Rules()), "in the same place")

	// The config still sets its severity or turns it off.
	l, err = NewLinter(lint.Config{Rules: map[string]lint.RuleConfig{"punctuation": {Severity: lint.Off}}}, quiet)
	require.NoError(t, err)
	assert.NotContains(t, ids(l.Rules()), "punctuation")

	// Options in the config and a replacement: one would be ignored.
	_, err = NewLinter(lint.Config{Rules: map[string]lint.RuleConfig{"punctuation": {Options: lint.Options(PunctuationOptions{})}}}, quiet)
	assert.ErrorContains(t, err, "rules.punctuation: the rule is also given in code")

	// Two replacements of one rule are an error.
	_, err = NewLinter(lint.Config{}, quiet, NewPunctuation(PunctuationOptions{}))
	assert.ErrorContains(t, err, `two rules share the ID "punctuation"`)

	// Typed options through the Config, checked like a file's.
	cfg := lint.Config{Rules: map[string]lint.RuleConfig{
		"punctuation": {Options: lint.Options(PunctuationOptions{Disable: []string{"double-space"}})},
	}}
	l, err = NewLinter(cfg)
	require.NoError(t, err)
	assert.NotContains(t, ruleKinds(l.Lint(context.Background(), post), "punctuation"), "double-space")
	cfg.Rules["punctuation"] = lint.RuleConfig{Options: lint.Options(PunctuationOptions{Disable: []string{"nope"}})}
	_, err = NewLinter(cfg)
	assert.ErrorContains(t, err, `unknown kind "nope"`)
	cfg.Rules["punctuation"] = lint.RuleConfig{Options: lint.Options(LengthOptions{})}
	_, err = NewLinter(cfg)
	assert.ErrorContains(t, err, "rules.punctuation: options of type rules.LengthOptions")

	// Off without a hidden flag.
	l, err = NewLinter(lint.Config{Rules: map[string]lint.RuleConfig{"plain-language": {Severity: lint.Off}}})
	require.NoError(t, err)
	assert.NotContains(t, ids(l.Rules()), "plain-language")
}

func ids(ms []lint.Meta) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestPunctuationKindsIsACopy(t *testing.T) {
	k := PunctuationKinds()
	k[0] = "x"
	assert.NotEqual(t, "x", PunctuationKinds()[0])
}
