package source

import (
	"github.com/vocero/vocero/lint"
)

// SafeFix reports whether a finding's fix may be applied without a human
// choice: it has a fix with edits, and the finding does not offer several
// suggestions to choose from.
func SafeFix(f lint.Finding) bool {
	return f.Fix != nil && len(f.Fix.Edits) > 0 && len(f.Suggestions) <= 1
}

// ApplyFixes applies the chosen fixes of results (as returned by
// Linter.Lint for the posts that Read returned for this file) to the
// file's bytes, never touching front matter or Markdown syntax (regions),
// and returns the new bytes and how many fixes were applied. choose nil
// means SafeFix. A fix that overlaps one already taken is skipped whole.
func ApplyFixes(path string, data []byte, results []lint.Result, choose func(lint.Finding) bool) ([]byte, int, error) {
	if choose == nil {
		choose = SafeFix
	}
	switch FormatOf(path) {
	case Text, Markdown:
		var fs []lint.Finding
		for _, r := range results {
			if r.Post == nil {
				continue
			}
			for _, f := range r.Findings {
				if allowed(r.Post, f) {
					fs = append(fs, f)
				}
			}
		}
		out, applied := lint.ApplyFixes(string(data), fs, choose)
		return []byte(out), len(applied), nil
	}
	return data, 0, errorf(path, 0, "fixes for this file type are not implemented yet")
}

// allowed reports whether f's fix stays out of the regions no fix may
// touch (Markdown syntax, front matter, comments).
func allowed(p *lint.Post, f lint.Finding) bool {
	if f.Fix == nil {
		return false
	}
	for _, e := range f.Fix.Edits {
		for _, r := range p.Regions {
			if r.Kind != lint.Markup && r.Kind != lint.Hidden {
				continue
			}
			if e.Start < r.End && r.Start < e.End || (e.Start == e.End && r.Start < e.Start && e.Start < r.End) {
				return false
			}
		}
	}
	return true
}
