package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/vocero/vocero/lint"
)

// encodeCheckstyle writes Checkstyle's XML report, which CI servers
// (Jenkins, GitLab through converters, reviewdog) read: one <file> per
// file read, one <error> per finding.
func encodeCheckstyle(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<checkstyle version="4.3">` + "\n")
	open := ""
	opened := false
	for _, res := range r.Results {
		if res.Post == nil {
			continue
		}
		path := displayPath(res.Post)
		if !opened || path != open {
			if opened {
				bw.WriteString("  </file>\n")
			}
			fmt.Fprintf(bw, "  <file name=\"%s\">\n", attr(path))
			open, opened = path, true
		}
		for i := range res.Findings {
			f := &res.Findings[i]
			fmt.Fprintf(bw, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"vocero.%s\"/>\n",
				f.Line, f.Column, checkstyleSeverity(f.Severity), attr(checkstyleMessage(f)), attr(f.Rule))
		}
		if res.Err != nil {
			line := max(res.Post.Line, 1)
			fmt.Fprintf(bw, "    <error line=\"%d\" severity=\"error\" message=\"%s\" source=\"vocero\"/>\n",
				line, attr(t(r.Lang, "broken", path, res.Err.Error())))
		}
	}
	if opened {
		bw.WriteString("  </file>\n")
	}
	bw.WriteString("</checkstyle>\n")
	return bw.Flush()
}

func checkstyleSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "info"
}

func checkstyleMessage(f *lint.Finding) string {
	if len(f.Criteria) == 0 {
		return f.Message
	}
	return f.Message + " [" + f.Rule + "; " + strings.Join(f.Criteria, ", ") + "]"
}

// attr escapes s for an XML attribute value; characters XML cannot hold
// become U+FFFD.
func attr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
