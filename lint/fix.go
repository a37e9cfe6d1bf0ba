package lint

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Chooser picks the fix to apply to a finding: an index into f.Fixes, or
// -1 to leave the finding alone.
type Chooser func(f Finding) int

// SafeFixes chooses the first safe fix of a finding, or none. It is the
// default of every function that applies fixes (nil Chooser), here, in
// package source and in `vocero lint --fix`.
func SafeFixes(f Finding) int {
	for i, fx := range f.Fixes {
		if fx.Safe && len(fx.Edits) > 0 {
			return i
		}
	}
	return -1
}

// ChooseFix returns a Chooser that applies fix number fix (an index into
// Fixes, safe or not) of the finding that has target's rule, kind and span,
// once, and nothing else: the choice a person makes in an editor. Use it
// for one call of ApplyFixes or Linter.Fix.
func ChooseFix(target Finding, fix int) Chooser {
	done := false
	return func(f Finding) int {
		if done || f.Rule != target.Rule || f.Kind != target.Kind || f.Span != target.Span {
			return -1
		}
		done = true
		return fix
	}
}

// Apply returns text with the fix's edits applied. The edits' offsets are
// those of the finding the fix came from, into the same text. It fails when
// an edit is out of range, not on a UTF-8 boundary, or overlaps another;
// it is what an "apply" button needs and nothing else.
func (fx Fix) Apply(text string) (string, error) {
	if len(fx.Edits) == 0 {
		return text, errors.New("the fix has no edits")
	}
	for _, e := range fx.Edits {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End {
			return text, fmt.Errorf("edit [%d, %d) is outside the text (%d bytes)", e.Start, e.End, len(text))
		}
		if !utf8Boundary(text, e.Start) || !utf8Boundary(text, e.End) {
			return text, fmt.Errorf("edit [%d, %d) splits a character", e.Start, e.End)
		}
	}
	if overlapping(fx.Edits) {
		return text, errors.New("the fix's edits overlap")
	}
	edits := append([]Edit(nil), fx.Edits...)
	return splice(text, edits), nil
}

func utf8Boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// ApplyFixes applies to text, whose offsets the findings use, at most one
// fix per finding: the one choose picks (nil means SafeFixes, so only safe
// fixes). A fix whose edits overlap an edit already taken is skipped whole.
// It returns the new text and the findings whose fixes were applied.
//
// ApplyFixes is one round; Linter.Fix lints and applies until nothing is
// left to fix, and package source does the same for files.
func ApplyFixes(text string, findings []Finding, choose Chooser) (string, []Finding) {
	if choose == nil {
		choose = SafeFixes
	}
	var edits []Edit
	var applied []Finding
	var used usage
	for _, f := range findings {
		i := choose(f)
		if i < 0 || i >= len(f.Fixes) || len(f.Fixes[i].Edits) == 0 {
			continue
		}
		fx := f.Fixes[i].Edits
		ok := !overlapping(fx)
		for _, e := range fx {
			if !ok || e.Start < 0 || e.End > len(text) || e.Start > e.End || used.clashes(e) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if used == nil {
			used = make(usage, len(text)+1)
		}
		for _, e := range fx {
			used.take(e)
			edits = append(edits, e)
		}
		applied = append(applied, f)
	}
	if len(edits) == 0 {
		return text, nil
	}
	return splice(text, edits), applied
}

// splice applies edits that do not overlap, in any order.
func splice(text string, edits []Edit) string {
	// An insertion at p goes before a replacement that starts at p.
	sortEdits(edits)
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for _, e := range edits {
		b.WriteString(text[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// clash reports whether two edits touch the same bytes, or insert at the
// same point, or one inserts inside the other's range.
func clash(a, b Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	if a.Start == a.End {
		return b.Start < a.Start && a.Start < b.End
	}
	if b.Start == b.End {
		return a.Start < b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

func overlapping(es []Edit) bool {
	if len(es) < 2 {
		return false
	}
	sorted := append([]Edit(nil), es...)
	sortEdits(sorted)
	for i := 1; i < len(sorted); i++ {
		if clash(sorted[i-1], sorted[i]) {
			return true
		}
	}
	return false
}

// sortEdits orders edits by start; an insertion at p goes before a
// replacement that starts at p.
func sortEdits(es []Edit) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Start != es[j].Start {
			return es[i].Start < es[j].Start
		}
		return es[i].End < es[j].End
	})
}

// usage marks, per byte offset of the text, what accepted edits cover, so
// that checking a new edit costs its length, not the number of edits.
type usage []uint8

const (
	usedByte   = 1 << iota // the byte at this offset is replaced
	usedInsert             // an insertion happens at this offset
	usedInside             // this offset is strictly inside a replacement
)

func (u usage) clashes(e Edit) bool {
	if u == nil {
		return false
	}
	if e.Start == e.End {
		return u[e.Start]&(usedInsert|usedInside) != 0
	}
	for i := e.Start; i < e.End; i++ {
		if u[i]&usedByte != 0 || (i > e.Start && u[i]&usedInsert != 0) {
			return true
		}
	}
	return false
}

func (u usage) take(e Edit) {
	if e.Start == e.End {
		u[e.Start] |= usedInsert
		return
	}
	for i := e.Start; i < e.End; i++ {
		u[i] |= usedByte
		if i > e.Start {
			u[i] |= usedInside
		}
	}
}

// maxFixRounds bounds Fix: fixes that keep producing new fixable findings
// are a rule's bug, not a reason to loop forever.
const maxFixRounds = 8

// Fix lints post and applies the fixes choose picks (nil means SafeFixes:
// safe fixes only) until none is left, so that fixing the result again
// changes nothing. It returns the fixed text, the number of fixes applied,
// and the last Lint's error. For a file (front matter, Markdown, records),
// use source.Fix, which reads the file again between rounds.
func (l *Linter) Fix(ctx context.Context, post Post, choose Chooser) (string, int, error) {
	n := 0
	for round := 0; round < maxFixRounds; round++ {
		res := l.Lint(ctx, post)
		if res.Err != nil {
			return post.Text, n, res.Err
		}
		text, applied := ApplyFixes(post.Text, res.Findings, choose)
		if len(applied) == 0 || text == post.Text {
			return post.Text, n, nil
		}
		n += len(applied)
		post.Text = text
		// Regions and switches were found in the old text; re-reading them
		// is the reader's job, so stop after one round for such posts.
		if len(post.Regions) > 0 || len(post.Switches) > 0 {
			return post.Text, n, nil
		}
	}
	return post.Text, n, nil
}
