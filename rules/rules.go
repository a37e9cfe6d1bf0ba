package rules

import (
	"errors"

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

// NewLinter builds a Linter with every built-in rule, configured from cfg.
func NewLinter(cfg lint.Config, extra ...lint.Rule) (*lint.Linter, error) {
	rs, err := All(cfg)
	if err != nil {
		return nil, err
	}
	return lint.New(cfg, append(rs, extra...)...)
}
