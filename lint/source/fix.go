package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strings"

	"github.com/vocero/vocero/lint"
)

// ApplyFixes applies fixes of results (as returned by Linter.Lint for the
// posts that Read returned for this file) to the file's bytes, at most one
// per finding: the one choose picks (nil means lint.SafeFixes, so only
// safe fixes, as everywhere). It never touches front matter or Markdown
// syntax (regions), and returns the new bytes and how many fixes were
// applied. A fix that overlaps one already taken is skipped whole.
//
// ApplyFixes is one round; Fix lints and applies until nothing is left.
//
// For records (.jsonl, .csv) only the text of each record changes: the
// JSON string or the CSV cell is re-encoded, the rest of the line is kept
// byte for byte. When a post no longer matches data (the file changed
// since it was read), ApplyFixes returns an *Error and data unchanged.
func ApplyFixes(path string, data []byte, results []lint.Result, choose lint.Chooser) ([]byte, int, error) {
	return applyFixes(FormatOf(path), path, data, results, choose)
}

func applyFixes(f Format, path string, data []byte, results []lint.Result, choose lint.Chooser) ([]byte, int, error) {
	if choose == nil {
		choose = lint.SafeFixes
	}
	switch f {
	case Text, Markdown:
		return fixWhole(path, data, results, choose)
	case JSONL:
		return fixJSONL(path, data, results, choose)
	case CSV:
		return fixCSV(path, data, results, choose)
	}
	return data, 0, errorf(path, 0, "unsupported file type for fixes")
}

// chosen returns the findings of r whose chosen fix may be applied to its
// text, each with that fix alone.
func chosen(r lint.Result, choose lint.Chooser) []lint.Finding {
	var fs []lint.Finding
	for _, f := range r.Findings {
		if len(f.Fixes) == 0 {
			continue
		}
		i := choose(f)
		if i < 0 || i >= len(f.Fixes) || !allowed(r.Post, f.Fixes[i]) {
			continue
		}
		f.Fixes = []lint.Fix{f.Fixes[i]}
		fs = append(fs, f)
	}
	return fs
}

// only chooses the one fix that chosen left on a finding.
func only(lint.Finding) int { return 0 }

func fixWhole(path string, data []byte, results []lint.Result, choose lint.Chooser) ([]byte, int, error) {
	var fs []lint.Finding
	for _, r := range results {
		if r.Post == nil {
			continue
		}
		if r.Post.Text != string(data) {
			return data, 0, errorf(path, 0, "the file changed since it was read; run again")
		}
		fs = append(fs, chosen(r, choose)...)
	}
	if len(fs) == 0 {
		return data, 0, nil
	}
	out, applied := lint.ApplyFixes(string(data), fs, only)
	return []byte(out), len(applied), nil
}

// allowed reports whether fx stays inside the text and out of the regions
// no fix may touch (Markdown syntax, front matter, comments, and text a
// reader added to a record, such as a CSV link column).
func allowed(p *lint.Post, fx lint.Fix) bool {
	if len(fx.Edits) == 0 || p == nil {
		return false
	}
	for _, e := range fx.Edits {
		if e.Start < 0 || e.End > len(p.Text) || e.Start > e.End {
			return false
		}
		for _, r := range p.Regions {
			switch r.Kind {
			case lint.Markup, lint.Hidden:
				if e.Start < r.End && r.Start < e.End || (e.Start == e.End && r.Start < e.Start && e.Start < r.End) {
					return false
				}
			case lint.Link:
				// A record's link was attached by the reader after a
				// blank: it is not in the record's text cell.
				if p.Line > 0 && e.End > r.Start-1 {
					return false
				}
			}
		}
	}
	return true
}

// recordEdit replaces the bytes [start, end) of a file with repl.
type recordEdit struct {
	start, end int
	repl       string
}

func applyRecordEdits(data []byte, edits []recordEdit) []byte {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b bytes.Buffer
	b.Grow(len(data))
	pos := 0
	for _, e := range edits {
		b.Write(data[pos:e.start])
		b.WriteString(e.repl)
		pos = e.end
	}
	b.Write(data[pos:])
	return b.Bytes()
}

// fixedText applies the chosen fixes of r to the post's own text, up to
// limit bytes (the part of the text that comes from the file).
func fixedText(r lint.Result, choose lint.Chooser) (string, int) {
	fs := chosen(r, choose)
	if len(fs) == 0 {
		return r.Post.Text, 0
	}
	out, applied := lint.ApplyFixes(r.Post.Text, fs, only)
	return out, len(applied)
}

func fixJSONL(path string, data []byte, results []lint.Result, choose lint.Chooser) ([]byte, int, error) {
	lines := lineStarts(data)
	var edits []recordEdit
	n := 0
	for _, r := range results {
		if r.Post == nil || r.Post.Line < 1 {
			continue
		}
		if r.Post.Line > len(lines) {
			return data, 0, errorf(path, r.Post.Line, "the file changed since it was read; run again")
		}
		text, k := fixedText(r, choose)
		if k == 0 {
			continue
		}
		a := lines[r.Post.Line-1]
		b := len(data)
		if r.Post.Line < len(lines) {
			b = lines[r.Post.Line] - 1
		}
		raw := data[a:b]
		vs, ve, old, ok := jsonTextValue(raw)
		if !ok || old != r.Post.Text {
			return data, 0, errorf(path, r.Post.Line, "the file changed since it was read; run again")
		}
		edits = append(edits, recordEdit{a + vs, a + ve, jsonString(text)})
		n += k
	}
	if n == 0 {
		return data, 0, nil
	}
	return applyRecordEdits(data, edits), n, nil
}

// lineStarts returns the offset where each line starts; a BOM is not part
// of line 1.
func lineStarts(data []byte) []int {
	starts := []int{0}
	if bytes.HasPrefix(data, bom) {
		starts[0] = len(bom)
	}
	for i, c := range data {
		if c == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// jsonTextValue finds the "text" member of a JSON object line and returns
// where its value starts and ends in raw, and its decoded value. Like
// encoding/json, which Read uses, it matches the key in any case and lets
// the last one win.
func jsonTextValue(raw []byte) (start, end int, value string, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, 0, "", false
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return 0, 0, "", false
		}
		key, _ := t.(string)
		off := int(dec.InputOffset())
		for off < len(raw) && (raw[off] == ':' || isBlank(raw[off])) {
			off++
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return 0, 0, "", false
		}
		if strings.EqualFold(key, "text") {
			var s string
			if err := json.Unmarshal(v, &s); err != nil {
				return 0, 0, "", false
			}
			start, end, value, ok = off, int(dec.InputOffset()), s, true
		}
	}
	return start, end, value, ok
}

// jsonString encodes s as a JSON string without HTML escaping, so that a
// fixed line differs from the original only where the text changed.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func fixCSV(path string, orig []byte, results []lint.Result, choose lint.Chooser) ([]byte, int, error) {
	data, cp1252, err := csvText(path, orig)
	if err != nil {
		return orig, 0, err
	}
	f, cols, err := parseCSVFile(path, data)
	if err != nil {
		return orig, 0, err
	}
	byLine := map[int]csvCell{}
	for _, row := range f.Rows[1:] {
		if c, ok := cell(row, cols.message); ok {
			byLine[c.Line] = c
		}
	}
	var edits []recordEdit
	n := 0
	for _, r := range results {
		if r.Post == nil || r.Post.Line < 1 {
			continue
		}
		text, k := fixedText(r, choose)
		if k == 0 {
			continue
		}
		c, ok := byLine[r.Post.Line]
		if !ok || !strings.HasPrefix(r.Post.Text, c.Value) {
			return orig, 0, errorf(path, r.Post.Line, "the file changed since it was read; run again")
		}
		// Drop the attached link column the reader appended.
		if extra := len(r.Post.Text) - len(c.Value); extra > 0 {
			if len(text) < extra {
				continue
			}
			text = text[:len(text)-extra]
		}
		edits = append(edits, recordEdit{c.Start, c.End, encodeCell(text, f.Sep, c.Quoted)})
		n += k
	}
	if n == 0 {
		return orig, 0, nil
	}
	out := applyRecordEdits(data, edits)
	if cp1252 {
		enc, ok := toWindows1252(out)
		if !ok {
			return orig, 0, errorf(path, 0, "the fixes need characters that the file's encoding (Windows-1252) cannot store; save the file as \"CSV UTF-8\" and run again")
		}
		if back, still, err := csvText(path, enc); err != nil || !still || !bytes.Equal(back, out) {
			// The fixed bytes would read as another encoding.
			e := errorf(path, 0, "the fixed file would no longer read as Windows-1252; save the file as \"CSV UTF-8\" and run again")
			e.ambiguous = true
			return orig, 0, e
		}
		out = enc
	}
	return out, n, nil
}

// Checker lints one post; *lint.Linter is one. A caller that adjusts
// posts before linting (a command-line flag) wraps its Linter.
type Checker interface {
	Lint(ctx context.Context, post lint.Post) lint.Result
}

// FixOptions tune Fix.
type FixOptions struct {
	// Read tunes how the file is read (see ReadWith).
	Read Options
	// Choose picks the fix of each finding; nil means lint.SafeFixes, so
	// only safe fixes are applied, as `vocero lint --fix` does.
	Choose lint.Chooser
}

// maxFixRounds bounds Fix: fixes that keep making new fixable findings are
// a rule's bug, not a reason to loop forever.
const maxFixRounds = 8

// Fix is the way to fix a file: it reads the posts of data (named path,
// which gives the format, unless opt.Read.Format names it, as for data in
// memory with an empty path), lints them with l and applies the chosen fixes
// with ApplyFixes, then reads and lints the result again until nothing is
// left to apply, so that fixing the output again changes nothing. It
// returns the fixed bytes and the number of fixes applied.
//
// A file that cannot be read, or that a fix cannot be written back to, is
// an *Error and data comes back unchanged; in a file with RecordErrors the
// records that can be read are fixed. A rule that breaks is not an
// error here: the other rules' fixes apply, and linting the result shows
// the broken rule.
func Fix(ctx context.Context, l Checker, path string, data []byte, opt FixOptions) ([]byte, int, error) {
	total := 0
	for round := 0; round < maxFixRounds; round++ {
		if err := ctx.Err(); err != nil {
			return data, total, err
		}
		posts, err := ReadWith(path, data, opt.Read)
		var bad RecordErrors
		if errors.As(err, &bad) {
			// The records that could be read are fixed; Read reports the
			// others to whoever lints the file.
			err = nil
		}
		if err != nil {
			if round > 0 {
				// A fix made the file unreadable: keep the last good bytes.
				return data, total, nil
			}
			return data, 0, err
		}
		results := make([]lint.Result, len(posts))
		for i := range posts {
			results[i] = l.Lint(ctx, posts[i])
		}
		fixed, n, err := applyFixes(opt.Read.format(path), path, data, results, opt.Choose)
		if err != nil {
			return data, total, err
		}
		if n == 0 || bytes.Equal(fixed, data) {
			return data, total, nil
		}
		data, total = fixed, total+n
	}
	return data, total, nil
}
