package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/vocero/vocero/lint"
)

// jsonFinding is one finding in the json and jsonl formats (DESIGN.md).
type jsonFinding struct {
	Path        string   `json:"path"`
	Post        int      `json:"post"`
	ID          string   `json:"id"`
	Rule        string   `json:"rule"`
	Kind        string   `json:"kind"`
	Severity    string   `json:"severity"`
	Message     string   `json:"message"`
	Criteria    []string `json:"criteria"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions"`
	Fix         *jsonFix `json:"fix"`
}

type jsonFix struct {
	Message string      `json:"message"`
	Edits   []lint.Edit `json:"edits"`
}

type jsonSummary struct {
	Files    int `json:"files"`
	Posts    int `json:"posts"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// What could not be read or checked (the errors went to stderr).
	UnreadFiles   int `json:"unread_files,omitempty"`
	UnreadRecords int `json:"unread_records,omitempty"`
	Broken        int `json:"broken,omitempty"`
}

type jsonPost struct {
	Path     string        `json:"path"`
	Post     int           `json:"post"`
	ID       string        `json:"id"`
	Findings []jsonFinding `json:"findings"`
}

// postNumbers returns, for each result, the 1-based number of its post in
// its file (results come grouped by path, in post order).
func postNumbers(rs []lint.Result) []int {
	out := make([]int, len(rs))
	prev, n := "", 0
	for i, r := range rs {
		path := ""
		if r.Post != nil {
			path = displayPath(r.Post)
		}
		if i == 0 || path != prev {
			n = 0
		}
		n++
		out[i], prev = n, path
	}
	return out
}

func toJSON(r lint.Result, post int, out []jsonFinding) []jsonFinding {
	path, id := "-", ""
	if r.Post != nil {
		path, id = displayPath(r.Post), r.Post.ID
	}
	for _, f := range r.Findings {
		jf := jsonFinding{
			Path: path, Post: post, ID: id,
			Rule: f.Rule, Kind: f.Kind, Severity: f.Severity.String(), Message: f.Message,
			Criteria: f.Criteria, Start: f.Span.Start, End: f.Span.End,
			Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
			Text: f.Text, Suggestions: f.Suggestions,
		}
		if jf.Criteria == nil {
			jf.Criteria = []string{}
		}
		if jf.Suggestions == nil {
			jf.Suggestions = []string{}
		}
		if f.Fix != nil {
			jf.Fix = &jsonFix{Message: f.Fix.Message, Edits: f.Fix.Edits}
			if jf.Fix.Edits == nil {
				jf.Fix.Edits = []lint.Edit{}
			}
		}
		out = append(out, jf)
	}
	return out
}

func newJSONEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// encodeJSON writes one object with every finding and the summary. It
// streams: one finding at a time, never the whole document in memory.
func encodeJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"version\": 1,\n  \"findings\": [")
	nums := postNumbers(r.Results)
	var buf []jsonFinding
	first := true
	var b bytes.Buffer
	enc := newJSONEncoder(&b)
	enc.SetIndent("    ", "  ")
	for i, res := range r.Results {
		buf = toJSON(res, nums[i], buf[:0])
		for j := range buf {
			b.Reset()
			if err := enc.Encode(&buf[j]); err != nil {
				return err
			}
			if first {
				bw.WriteString("\n    ")
				first = false
			} else {
				bw.WriteString(",\n    ")
			}
			bw.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
		}
	}
	if !first {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"summary\": ")
	s, err := json.MarshalIndent(jsonSummary(r.Summary()), "  ", "  ")
	if err != nil {
		return err
	}
	bw.Write(s)
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// encodeJSONL writes one line per post, with its findings.
func encodeJSONL(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	enc := newJSONEncoder(bw)
	nums := postNumbers(r.Results)
	var buf []jsonFinding
	for i, res := range r.Results {
		p := jsonPost{Path: "-", Post: nums[i]}
		if res.Post != nil {
			p.Path, p.ID = displayPath(res.Post), res.Post.ID
		}
		buf = toJSON(res, nums[i], buf[:0])
		p.Findings = buf
		if p.Findings == nil {
			p.Findings = []jsonFinding{}
		}
		if err := enc.Encode(&p); err != nil {
			return err
		}
	}
	return bw.Flush()
}
