package lint

import (
	"encoding/json"
	"errors"
)

// JSONVersion is the version of the JSON output format that Finding and
// Result encode (the "version" key of `vocero lint --format json`).
// Version 2 replaced a finding's "suggestions" and "fix" with "fixes".
const JSONVersion = 2

// jsonResult is the wire form of a Result: one line of `vocero lint
// --format jsonl`.
type jsonResult struct {
	Path     *string   `json:"path,omitempty"`
	Post     *int      `json:"post,omitempty"`
	ID       *string   `json:"id,omitempty"`
	Findings []Finding `json:"findings"`
	Error    string    `json:"error,omitempty"`
}

// MarshalJSON writes the result as one line of the jsonl output format:
// where the post comes from ("path", "post", "id", when Post has any of
// them), its "findings", and "error" when a rule broke.
func (r Result) MarshalJSON() ([]byte, error) {
	j := jsonResult{Findings: r.Findings}
	if p := r.Post; p != nil && (p.Path != "" || p.Number != 0 || p.ID != "") {
		j.Path, j.Post, j.ID = &p.Path, &p.Number, &p.ID
	}
	if j.Findings == nil {
		j.Findings = []Finding{}
	}
	if r.Err != nil {
		j.Error = r.Err.Error()
	}
	return marshal(&j)
}

// UnmarshalJSON reads a result written by MarshalJSON. Post holds only
// Path, Number and ID (the text is not part of the output), and Err only
// the error's message.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j jsonResult
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Result{Findings: j.Findings}
	if j.Path != nil || j.Post != nil || j.ID != nil {
		r.Post = &Post{}
		if j.Path != nil {
			r.Post.Path = *j.Path
		}
		if j.Post != nil {
			r.Post.Number = *j.Post
		}
		if j.ID != nil {
			r.Post.ID = *j.ID
		}
	}
	if j.Error != "" {
		r.Err = errors.New(j.Error)
	}
	return nil
}
