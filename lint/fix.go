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
	var edits []Edit
	var applied []Finding
	var used usage
	for _, f := range findings {
		if f.Fix == nil || len(f.Fix.Edits) == 0 || (choose != nil && !choose(f)) {
			continue
		}
		ok := !overlapping(f.Fix.Edits)
		for _, e := range f.Fix.Edits {
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
		for _, e := range f.Fix.Edits {
			used.take(e)
			edits = append(edits, e)
		}
		applied = append(applied, f)
	}
	if len(edits) == 0 {
		return text, nil
	}
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
