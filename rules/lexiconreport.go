package rules

import (
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// reportMatches reports the selected lexicon matches of a voice rule. A
// category with a message of its own in meta.Messages gets it; any other
// category gets the rule's "other" message, which names the category.
func reportMatches(p *lint.Pass, meta *lint.Meta, ms []lexicon.Match) {
	for _, m := range lexicon.Select(ms) {
		cat, quote := m.Entry.Category, p.Doc.Slice(m.Span)
		var msg string
		if _, ok := meta.Messages[cat]; ok && cat != "other" {
			msg = p.Msgf(cat, quote)
		} else {
			msg = p.Msgf("other", cat, quote)
		}
		p.Report(lint.Finding{Kind: cat, Severity: m.Entry.Severity, Span: m.Span, Message: msg})
	}
}
