package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/vocero/vocero/lint"
)

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

// located returns r with its post's path (as displayed), number and ID
// set on the post and on copies of its findings, so that the result and
// each finding encode where they belong (lint.Result and lint.Finding
// MarshalJSON: the one encoding of JSON version 2).
func located(r lint.Result, num int, buf []lint.Finding) (lint.Result, []lint.Finding) {
	p := lint.Post{Path: "-"}
	if r.Post != nil {
		p = lint.Post{Path: displayPath(r.Post), ID: r.Post.ID, Number: r.Post.Number}
	}
	if p.Number == 0 {
		p.Number = num
	}
	buf = append(buf[:0], r.Findings...)
	for i := range buf {
		buf[i].Path, buf[i].Post, buf[i].PostID = p.Path, p.Number, p.ID
	}
	return lint.Result{Post: &p, Findings: buf, Err: r.Err}, buf
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
	fmt.Fprintf(bw, "{\n  \"version\": %d,\n  \"findings\": [", lint.JSONVersion)
	nums := postNumbers(r.Results)
	var buf []lint.Finding
	first := true
	var b []byte
	for i, res := range r.Results {
		_, buf = located(res, nums[i], buf)
		for j := range buf {
			compact, err := buf[j].MarshalJSON()
			if err != nil {
				// The encoder's own error, as before.
				if eerr := newJSONEncoder(io.Discard).Encode(&buf[j]); eerr != nil {
					return eerr
				}
				return err
			}
			if first {
				bw.WriteString("\n    ")
				first = false
			} else {
				bw.WriteString(",\n    ")
			}
			b = appendIndented(b[:0], compact, "    ", "  ")
			bw.Write(b)
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
	var buf []lint.Finding
	for i, res := range r.Results {
		var loc lint.Result
		loc, buf = located(res, nums[i], buf)
		if err := enc.Encode(loc); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// appendIndented appends compact JSON src (no white space outside strings,
// as MarshalJSON writes it) laid out as json.Indent lays it out with
// prefix and indent: one element per line, "key": value, and empty
// objects and arrays kept as {} and [].
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	needIndent, depth := false, 0
	newline := func(depth int) {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			newline(depth)
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline(depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline(depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
