package lint

import (
	"bytes"
	"encoding/json"
)

// Span is a half-open byte range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns End - Start.
func (s Span) Len() int { return s.End - s.Start }

// Finding is one problem found in a post.
//
// A rule reports Span and the edits of Fixes in its Document's analysis
// view (Document.Text); the Linter maps them to byte offsets of Post.Text
// and fills Line, Column, EndLine, EndColumn and Text, and Path, Post and
// PostID from the Post.
//
// json.Marshal of a Finding gives one finding of `vocero lint --format
// json` (version 2, see ARCHITECTURE.md): snake_case keys, the span as flat
// "start" and "end", "fixes" always a list. The keys "path", "post" and
// "id" are written, all three, when the finding belongs to a file or a
// record (Path, Post or PostID set).
type Finding struct {
	Rule     string
	Kind     string // sub-kind within the rule (e.g. "curp"), optional
	Severity Severity
	Message  string
	Criteria []string
	Span     Span
	// Fixes are alternative ways to correct the finding, best first; at
	// most one of them is applied. Empty when nothing can be proposed.
	Fixes []Fix

	Line, Column       int // 1-based; column in code points
	EndLine, EndColumn int
	Text               string // the offending text, as written

	// Path is the file of the post ("-" for standard input), Post the
	// 1-based number of the post in that file, and PostID the post's ID.
	// They say where the finding belongs, for output.
	Path   string
	Post   int
	PostID string
}

// Fix is one way to correct a finding: a message that says what it does
// and edits that must not overlap, in the same offsets as the finding's
// Span.
//
// A fix is Safe when it may be applied without a person: the one sure
// correction of a typo, a doubled space. A fix that is one of several
// answers, or that changes what the post says (a mask over personal data,
// an added hashtag), is not safe: it is shown and applied only on request.
type Fix struct {
	Message string `json:"message"`
	Safe    bool   `json:"safe"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes [Start, End) with New.
type Edit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// MarshalJSON writes the fix with "edits" always a list.
func (f Fix) MarshalJSON() ([]byte, error) {
	return appendFixJSON(nil, &f), nil
}

// marshal encodes v without escaping <, > and &, the way the report
// encoders write; json.Marshal of a value that contains a Finding still
// escapes them, as it does every string.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// jsonFinding is the wire form of a Finding (JSON version 2). The order
// of the fields is the order of the keys in the output.
type jsonFinding struct {
	Path      *string  `json:"path,omitempty"`
	Post      *int     `json:"post,omitempty"`
	ID        *string  `json:"id,omitempty"`
	Rule      string   `json:"rule"`
	Kind      string   `json:"kind"`
	Severity  Severity `json:"severity"`
	Message   string   `json:"message"`
	Criteria  []string `json:"criteria"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	Text      string   `json:"text"`
	Fixes     []Fix    `json:"fixes"`
}

// MarshalJSON writes the finding as one finding of the JSON output format.
func (f Finding) MarshalJSON() ([]byte, error) {
	if b, ok := appendFindingJSON(make([]byte, 0, 512), &f); ok {
		return b, nil
	}
	j := jsonFinding{
		Rule: f.Rule, Kind: f.Kind, Severity: f.Severity, Message: f.Message,
		Criteria: f.Criteria, Start: f.Span.Start, End: f.Span.End,
		Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
		Text: f.Text, Fixes: f.Fixes,
	}
	if f.Path != "" || f.Post != 0 || f.PostID != "" {
		j.Path, j.Post, j.ID = &f.Path, &f.Post, &f.PostID
	}
	if j.Criteria == nil {
		j.Criteria = []string{}
	}
	if j.Fixes == nil {
		j.Fixes = []Fix{}
	}
	return marshal(&j)
}

// UnmarshalJSON reads a finding written by MarshalJSON.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j jsonFinding
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Finding{
		Rule: j.Rule, Kind: j.Kind, Severity: j.Severity, Message: j.Message,
		Criteria: j.Criteria, Span: Span{j.Start, j.End},
		Line: j.Line, Column: j.Column, EndLine: j.EndLine, EndColumn: j.EndColumn,
		Text: j.Text, Fixes: j.Fixes,
	}
	// Empty lists read as nil, as the Linter leaves them.
	if len(f.Criteria) == 0 {
		f.Criteria = nil
	}
	if len(f.Fixes) == 0 {
		f.Fixes = nil
	}
	for i := range f.Fixes {
		if len(f.Fixes[i].Edits) == 0 {
			f.Fixes[i].Edits = nil
		}
	}
	if j.Path != nil {
		f.Path = *j.Path
	}
	if j.Post != nil {
		f.Post = *j.Post
	}
	if j.ID != nil {
		f.PostID = *j.ID
	}
	return nil
}
