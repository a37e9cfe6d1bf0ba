package report_test

import (
	"fmt"
	"os"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
)

func ExampleLookup() {
	post := &lint.Post{Path: "posts/aviso.txt", Text: "Hoy es el ÚLTIMO DÍA para registrarte"}
	r := &report.Report{
		Files: 1,
		Results: []lint.Result{{Post: post, Findings: []lint.Finding{{
			Rule: "all-caps", Severity: lint.Warning, Criteria: []string{"6.XXIII"},
			Message: "Palabras en mayúsculas sostenidas: «ÚLTIMO DÍA»; escríbelas en mayúsculas y minúsculas (criterio 6.XXIII)",
			Span:    lint.Span{Start: 10, End: 22}, Line: 1, Column: 11, EndLine: 1, EndColumn: 21, Text: "ÚLTIMO DÍA",
		}}}},
	}
	for _, format := range []string{"text", "github"} {
		enc, err := report.Lookup(format)
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := enc(os.Stdout, r); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// posts/aviso.txt:1:11: advertencia: Palabras en mayúsculas sostenidas: «ÚLTIMO DÍA»; escríbelas en mayúsculas y minúsculas (criterio 6.XXIII) [all-caps]
	//     1 | Hoy es el ÚLTIMO DÍA para registrarte
	//       |           ^^^^^^^^^^
	//
	// 1 archivo, 1 publicación: 0 errores, 1 advertencia
	// ::warning file=posts/aviso.txt,line=1,endLine=1,col=11,endColumn=21,title=vocero%3A all-caps (criterio 6.XXIII)::Palabras en mayúsculas sostenidas: «ÚLTIMO DÍA»; escríbelas en mayúsculas y minúsculas (criterio 6.XXIII)
}

func ExampleSummary_Line() {
	s := report.Summary{Files: 3, Posts: 12, Errors: 1, Warnings: 4}
	fmt.Println(s.Line(lint.Spanish))
	fmt.Println(s.Line(lint.English))
	// Output:
	// 3 archivos, 12 publicaciones: 1 error, 4 advertencias
	// 3 files, 12 posts: 1 error, 4 warnings
}

func ExampleInspect() {
	cfg, _ := lint.Config{}.Resolve()
	post := &lint.Post{ID: "p1", Text: "Consulta el #PREP2027 de @IEESonora en https://ieesonora.org.mx/prep"}
	ins := report.Inspect(lint.NewDocument(post, &cfg))
	fmt.Println(ins.Hashtags, ins.Mentions, ins.URLs, ins.Codepoints)
	// Output:
	// [PREP2027] [IEESonora] [https://ieesonora.org.mx/prep] 68
}
