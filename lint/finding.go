package lint

// Span is a half-open byte range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns End - Start.
func (s Span) Len() int { return s.End - s.Start }

// Finding is one problem found in a post.
//
// A rule reports Span and Fix offsets in its Document's analysis view
// (Document.Text); the Linter maps them to byte offsets of Post.Text and
// fills Line, Column, EndLine, EndColumn and Text.
type Finding struct {
	Rule        string
	Kind        string // sub-kind within the rule (e.g. "curp"), optional
	Severity    Severity
	Message     string
	Criteria    []string
	Span        Span
	Suggestions []string
	Fix         *Fix

	Line, Column       int // 1-based; column in code points
	EndLine, EndColumn int
	Text               string // the offending text, as written
}

// Fix is one way to correct a finding: a message and edits that must not
// overlap. Fixes offered with several Suggestions and no single right answer
// leave Fix nil: a person chooses.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) with New.
type Edit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}
