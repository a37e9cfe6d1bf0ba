package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/vocero/vocero/lint"
)

// benchReport is a run over 1,000 posts with three findings each.
func benchReport() *Report {
	r := fixture()
	r.Results = nil
	for i := range 1000 {
		text := fmt.Sprintf("Aviso %d: HOY es el ÚLTIMO DÍA para registrarte; escribe a persona%d@correo.mx", i, i)
		p := &lint.Post{Path: fmt.Sprintf("posts/%04d.md", i), ID: fmt.Sprint(i), Text: text}
		r.Results = append(r.Results, lint.Result{Post: p, Findings: []lint.Finding{
			{Rule: "all-caps", Severity: lint.Warning, Criteria: []string{"6.XXIII"}, Message: "Mayúsculas sostenidas: «HOY»",
				Span: lint.Span{Start: 11, End: 14}, Line: 1, Column: 12, EndLine: 1, EndColumn: 15, Text: "HOY",
				Fixes: []lint.Fix{{Safe: true, Message: "hoy", Edits: []lint.Edit{{Start: 11, End: 14, New: "hoy"}}}}},
			{Rule: "spelling", Severity: lint.Warning, Criteria: []string{"6.XXII"}, Message: "Palabra: «registrarte»",
				Span: lint.Span{Start: 37, End: 47}, Line: 1, Column: 36, EndLine: 1, EndColumn: 46, Text: "registrarte",
				Fixes: []lint.Fix{{Message: "registrarse", Edits: []lint.Edit{{Start: 37, End: 47, New: "registrarse"}}}, {Message: "registrante", Edits: []lint.Edit{{Start: 37, End: 47, New: "registrante"}}}}},
			{Rule: "personal-data", Kind: "email", Severity: lint.Error, Criteria: []string{"6.III"}, Message: "Correo personal",
				Span: lint.Span{Start: 59, End: len(text)}, Line: 1, Column: 57, EndLine: 1, EndColumn: 80, Text: text[59:]},
		}})
	}
	r.Files = 1000
	return r
}

func BenchmarkEncode(b *testing.B) {
	r := benchReport()
	for _, f := range Formats() {
		enc, _ := Lookup(f)
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := enc(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(r.Results)), "ns/post")
		})
	}
}
