package rules

import (
	"errors"
	"fmt"

	"github.com/vocero/vocero/lint"
)

// builder makes a rule from the config; each rule file provides one.
type builder func(cfg *lint.Config) (lint.Rule, error)

// builders lists the built-in rules, in the order `vocero rules` shows them.
var builders = []builder{
	personalDataFromConfig,
	externalLinkFromConfig,
	repetitionFromConfig,
	spellingFromConfig,
	allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig,
	courtesyFromConfig, personalToneFromConfig, unverifiedSourceFromConfig, internalDeliberationFromConfig, plainLanguageFromConfig,
}

// All returns every built-in rule, configured from cfg (its options under
// `rules:`). cfg is resolved first; an invalid option is an error naming
// the config file, line and key.
func All(cfg lint.Config) ([]lint.Rule, error) {
	rc, err := cfg.Resolve()
	if err != nil {
		return nil, err
	}
	var errs []error
	out := make([]lint.Rule, 0, len(builders))
	for _, b := range builders {
		r, err := b(&rc)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, r)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// NewLinter builds a Linter with every built-in rule, configured from cfg,
// and the extra rules (house rules). An extra rule with the ID of a
// built-in rule replaces it, in its place: that is how a built-in rule
// configured in Go takes the place of the default one,
//
//	rules.NewLinter(cfg, rules.NewPunctuation(rules.PunctuationOptions{Disable: []string{"double-space"}}))
//
// The config still sets a replaced rule's severity (or turns it off); its
// options in the config would not be used, so giving both is an error.
// Two extra rules with one ID are an error.
func NewLinter(cfg lint.Config, extra ...lint.Rule) (*lint.Linter, error) {
	rs, err := All(cfg)
	if err != nil {
		return nil, err
	}
	at := make(map[string]int, len(rs))
	for i, r := range rs {
		at[r.Meta().ID] = i
	}
	replaced := map[string]bool{}
	var added []lint.Rule
	for _, r := range extra {
		if r == nil {
			continue
		}
		id := r.Meta().ID
		i, builtin := at[id]
		if !builtin || replaced[id] {
			added = append(added, r) // lint.New reports a repeated ID
			continue
		}
		if !cfg.Rule(id).Options.Empty() {
			return nil, fmt.Errorf("%s: rules.%s: the rule is also given in code, which replaces it, so these options would not be used; set them in one place", configWhere(&cfg), id)
		}
		rs[i], replaced[id] = r, true
	}
	return lint.New(cfg, append(rs, added...)...)
}
