package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/vocero/vocero/lint"
)

// encodeGitHub writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::error file=a.md,line=3,col=5,endLine=3,endColumn=9,title=...::message
func encodeGitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, res := range r.Results {
		if res.Post == nil {
			continue
		}
		path := displayPath(res.Post)
		for i := range res.Findings {
			f := &res.Findings[i]
			props := []string{
				"file=" + ghProperty(path),
				fmt.Sprintf("line=%d", f.Line),
				fmt.Sprintf("endLine=%d", f.EndLine),
			}
			// Columns mean something to GitHub only on a single line.
			if f.Line == f.EndLine {
				props = append(props, fmt.Sprintf("col=%d", f.Column), fmt.Sprintf("endColumn=%d", f.EndColumn))
			}
			key := "title"
			if len(f.Criteria) > 1 {
				key = "title.many"
			}
			props = append(props, "title="+ghProperty(t(r.Lang, key, f.Rule, strings.Join(f.Criteria, ", "))))
			fmt.Fprintf(bw, "::%s %s::%s\n", ghLevel(f.Severity), strings.Join(props, ","), ghData(f.Message))
		}
		if res.Err != nil {
			fmt.Fprintf(bw, "::error file=%s::%s\n", ghProperty(path), ghData(t(r.Lang, "broken", path, res.Err.Error())))
		}
	}
	return bw.Flush()
}

func ghLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

// Escapes of workflow commands, as the runner unescapes them. Replacers
// are immutable and safe for concurrent use.
var (
	ghDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghData escapes a command's message.
func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a command's property value (also , and :).
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }
