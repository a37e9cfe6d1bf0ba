// Package cms shows vocero embedded the way a content-management system
// would use it, with nothing but the public API:
//
//   - lint a draft in five lines (Check);
//   - send the result to the browser as the documented JSON (version 2:
//     json.Marshal of a lint.Result, one line of `vocero lint --format
//     jsonl`);
//   - offer an "apply" button for each fix and apply the one the editor
//     clicks, from the fix alone (Actions, Apply).
//
// The Linter is built once and shared by every request: it is immutable
// and safe for concurrent use.
package cms

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// linter is built on first use with the institution's defaults.
var linter = sync.OnceValues(func() (*lint.Linter, error) { return rules.NewLinter(lint.Config{}) })

// Check lints a draft and returns the result as JSON, ready for the page.
func Check(ctx context.Context, draft string) ([]byte, error) {
	l, err := linter()
	if err != nil {
		return nil, err
	}
	return json.Marshal(l.Lint(ctx, lint.Post{ID: "borrador", Text: draft}))
}

// Action is one button of the page: a label and the fix it applies.
type Action struct {
	Label string   `json:"label"`
	Safe  bool     `json:"safe"`
	Fix   lint.Fix `json:"fix"`
}

// Actions reads the JSON that Check returned, as the page would, and makes
// one button per fix, best first for each finding.
func Actions(result []byte) ([]Action, error) {
	var res lint.Result
	if err := json.Unmarshal(result, &res); err != nil {
		return nil, fmt.Errorf("reading the result: %w", err)
	}
	var out []Action
	for _, f := range res.Findings {
		for _, fx := range f.Fixes {
			out = append(out, Action{Label: fmt.Sprintf("%s: %s", f.Text, fx.Message), Safe: fx.Safe, Fix: fx})
		}
	}
	return out, nil
}

// Apply is what the server does when the editor clicks a button: the page
// sends back the fix as JSON, and the fix alone says what to change. The
// draft must be the one that was checked.
func Apply(draft string, fix []byte) (string, error) {
	var fx lint.Fix
	if err := json.Unmarshal(fix, &fx); err != nil {
		return draft, fmt.Errorf("reading the fix: %w", err)
	}
	return fx.Apply(draft)
}
