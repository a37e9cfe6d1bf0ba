// Package lint is vocero's engine: it checks a draft social-media post in
// Spanish against the institution's criteria for institutional social-media
// use, through rules.
//
// # Checking a post
//
// Build a Linter once with a Config and the rules (package rules has the
// built-in ones), then call Lint for each post, from as many goroutines as
// you like:
//
//	l, err := rules.NewLinter(lint.Config{})
//	res := l.Lint(ctx, lint.Post{Text: draft, Platforms: []lint.Platform{lint.X}})
//	for _, f := range res.Findings { ... }
//
// The zero Config is the institution's defaults (its domain, time zone,
// platforms). A Linter is immutable and keeps no per-post state.
//
// # Positions
//
// A Finding's Span holds byte offsets [Start, End) into Post.Text as
// written (for a record, its decoded text); Line and Column are 1-based,
// columns counted in Unicode code points, and point into the file as an
// editor shows it. When a post is a record inside a larger file (a JSON
// line, a CSV row), the reader sets Post.Line and Post.Origins, which place
// the decoded text in the file: a `\n` or `\u00e9` escape, the quotes of a
// CSV cell and a BOM move columns the way they move them in the file.
//
// Rules do not see Post.Text directly: they read a Document, whose Text is
// an analysis view of the post (NFC, invisible characters such as zero-width
// spaces removed, full-width forms folded, Markdown syntax and comments
// removed). That view defeats simple evasions (a CURP split by zero-width
// spaces is still a CURP). Rules report spans in the view; the Linter maps
// them back to the original bytes, so a caller never sees view offsets.
//
// # Writing a rule
//
// A rule is a value with two methods: Meta, which describes it (ID, the
// criteria it enforces, default severity, summaries and messages in Spanish
// and English), and Check, which reads p.Doc and calls p.Report for each
// problem. Check returns an error only when the rule itself fails. Rules must
// be safe for concurrent use: build what they need once, in a constructor,
// and keep no state per post. See the example of a custom rule.
//
// # Fixes
//
// A Finding may carry Fixes: alternative corrections, best first, each a
// message and non-overlapping edits. A fix is Safe when it may be applied
// without a person (one sure correction); several alternatives, or a mask
// over personal data, are not safe. At most one fix of a finding applies.
//
// There is one way to apply fixes, with one default, safe fixes only
// (SafeFixes): Linter.Fix lints and applies until nothing is left to fix,
// so fixing twice changes nothing more; ApplyFixes is one round over given
// findings; Fix.Apply applies one fix, as an "apply" button does. A Chooser
// (ChooseFix for a person's choice) picks other fixes. For files, package
// source has Fix and ApplyFixes with the same default.
//
// # Design
//
// ARCHITECTURE.md, at the root of the repository, holds the layout, the
// data flow and the contracts every part shares (positions, fixes, JSON
// version 2, exit codes); tests keep its examples true.
package lint
