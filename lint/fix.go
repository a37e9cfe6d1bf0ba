package lint

import (
	"context"
	"sort"
	"strings"
)

// ApplyFixes applies the fixes of the findings that choose accepts (all
// when choose is nil) to text, whose offsets the findings use. A fix whose
// edits overlap an edit already taken is skipped whole. It returns the new
// text and the findings whose fixes were applied.
func ApplyFixes(text string, findings []Finding, choose func(Finding) bool) (string, []Finding) {
	type taken struct {
		e   Edit
		fix int
	}
	var edits []taken
	var applied []Finding
	for _, f := range findings {
		if f.Fix == nil || len(f.Fix.Edits) == 0 || (choose != nil && !choose(f)) {
			continue
		}
		ok := true
		for _, e := range f.Fix.Edits {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End {
				ok = false
				break
			}
			for _, t := range edits {
				if clash(e, t.e) {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
		}
		if !ok || overlapping(f.Fix.Edits) {
			continue
		}
		for _, e := range f.Fix.Edits {
			edits = append(edits, taken{e, len(applied)})
		}
		applied = append(applied, f)
	}
	if len(edits) == 0 {
		return text, nil
	}
	// An insertion at p goes before a replacement that starts at p.
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].e.Start != edits[j].e.Start {
			return edits[i].e.Start < edits[j].e.Start
		}
		return edits[i].e.End < edits[j].e.End
	})
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for _, t := range edits {
		b.WriteString(text[pos:t.e.Start])
		b.WriteString(t.e.New)
		pos = t.e.End
	}
	b.WriteString(text[pos:])
	return b.String(), applied
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
	for i := range es {
		for j := i + 1; j < len(es); j++ {
			if clash(es[i], es[j]) {
				return true
			}
		}
	}
	return false
}

// maxFixRounds bounds Fix: fixes that keep producing new fixable findings
// are a rule's bug, not a reason to loop forever.
const maxFixRounds = 8

// Fix lints post and applies the chosen fixes until no chosen fix is left,
// so that fixing the result again changes nothing. It returns the fixed
// text, the number of fixes applied, and the last Lint's error.
func (l *Linter) Fix(ctx context.Context, post Post, choose func(Finding) bool) (string, int, error) {
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
