package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/vocero/vocero/lint"
)

// Report is what an encoder writes: the results of one run.
type Report struct {
	// Results in output order: by path, then post order.
	Results []lint.Result
	// Files is how many files were read.
	Files int
	// Rules is the metadata of the rules that ran (SARIF, checkstyle).
	Rules []lint.Meta
	// Lang is the language of the strings the encoder adds.
	Lang lint.Lang
	// Color turns on ANSI colours (text format only).
	Color bool
	// Version is the tool's version.
	Version string
	// UnreadFiles and UnreadRecords count the files and the records of
	// .jsonl and .csv files that could not be read (or checked); their
	// errors went to the error output.
	UnreadFiles, UnreadRecords int
}

// Summary counts what a run found, and what it could not check.
type Summary struct {
	Files, Posts, Errors, Warnings, Infos int
	// UnreadFiles and UnreadRecords are the report's; Broken counts the
	// posts on which a rule failed.
	UnreadFiles, UnreadRecords, Broken int
}

// Summary counts the files, posts and findings by severity.
func (r *Report) Summary() Summary {
	s := Summary{Files: r.Files, Posts: len(r.Results), UnreadFiles: r.UnreadFiles, UnreadRecords: r.UnreadRecords}
	for _, res := range r.Results {
		e, w, i := res.Count()
		s.Errors += e
		s.Warnings += w
		s.Infos += i
		if res.Err != nil {
			s.Broken++
		}
	}
	return s
}

// Failed reports whether something could not be read or checked.
func (s Summary) Failed() bool { return s.UnreadFiles+s.UnreadRecords+s.Broken > 0 }

// Encoder writes a report.
type Encoder func(w io.Writer, r *Report) error

var encoders = map[string]Encoder{
	"text":       encodeText,
	"json":       encodeJSON,
	"jsonl":      encodeJSONL,
	"sarif":      encodeSARIF,
	"checkstyle": encodeCheckstyle,
	"github":     encodeGitHub,
}

// Formats lists the names Lookup accepts, sorted.
func Formats() []string {
	out := make([]string, 0, len(encoders))
	for k := range encoders {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the encoder of a format: text, json, jsonl, sarif,
// checkstyle or github.
func Lookup(format string) (Encoder, error) {
	if e, ok := encoders[format]; ok {
		return e, nil
	}
	return nil, fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(Formats(), ", "))
}
