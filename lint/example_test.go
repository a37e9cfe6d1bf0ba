package lint_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
)

// shouting reports words of four or more letters written in capitals.
type shouting struct{}

func (shouting) Meta() lint.Meta {
	return lint.Meta{
		ID:       "shouting",
		Criteria: []string{"6.XXIII"},
		Severity: lint.Warning,
		Summary:  lint.Message{ES: "Palabras en mayúsculas", EN: "Words in capitals"},
		Messages: map[string]lint.Message{
			"caps": {ES: "Palabra en mayúsculas: «%s» (criterio 6.XXIII)", EN: "Word in capitals: «%s» (criterion 6.XXIII)"},
		},
	}
}

func (shouting) Check(p *lint.Pass) error {
	for _, w := range p.Doc.Words() {
		if w.In == 0 && len([]rune(w.Text)) >= 4 && w.Text == strings.ToUpper(w.Text) && w.Letters {
			lower := strings.ToLower(w.Text)
			p.Report(lint.Finding{
				Span:    w.Span,
				Message: p.Msgf("caps", w.Text),
				Fixes:   []lint.Fix{{Safe: true, Message: "minúsculas", Edits: []lint.Edit{{Start: w.Start, End: w.End, New: lower}}}},
			})
		}
	}
	return nil
}

// A custom rule is any value with Meta and Check; the Linter maps its
// findings back to the text as written.
func Example_customRule() {
	l, err := lint.New(lint.Config{}, shouting{})
	if err != nil {
		panic(err)
	}
	res := l.Lint(context.Background(), lint.Post{Text: "Mañana es el ÚLTIMO día para registrarte."})
	for _, f := range res.Findings {
		fmt.Printf("%d:%d %s: %s\n", f.Line, f.Column, f.Severity, f.Message)
	}
	// Output:
	// 1:14 warning: Palabra en mayúsculas: «ÚLTIMO» (criterio 6.XXIII)
}

// Fixes are applied to the original text; overlapping fixes are skipped.
func ExampleLinter_Fix() {
	l, err := lint.New(lint.Config{}, shouting{})
	if err != nil {
		panic(err)
	}
	fixed, n, err := l.Fix(context.Background(), lint.Post{Text: "VOTA este DOMINGO"}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(fixed, n)
	// Output:
	// vota este domingo 2
}

// The Document shows what the rules see: the analysis view folds
// full-width forms and drops invisible characters.
func ExampleNewDocument() {
	post := &lint.Post{Text: "Mi CU\u200bRP ＃Vota"}
	cfg, _ := lint.Config{}.Resolve()
	doc := lint.NewDocument(post, &cfg)
	fmt.Println(doc.Text)
	for _, w := range doc.Words() {
		fmt.Printf("%q ", w.Text)
	}
	fmt.Println()
	// Output:
	// Mi CURP #Vota
	// "Mi" "CURP" "Vota"
}

// Severity names are stable in output formats.
func ExampleParseSeverity() {
	s, _ := lint.ParseSeverity("advertencia")
	fmt.Println(s, s.Spanish())
	// Output:
	// warning advertencia
}

// A service that only holds back posts that must not go out asks for the
// verdict, which skips the work that only shapes messages and fixes.
func ExampleLinter_Passes() {
	l, err := lint.New(lint.Config{}, shouting{})
	if err != nil {
		panic(err)
	}
	post := lint.Post{Text: "RECUERDA que la credencial es gratuita"}
	atWarning, _ := l.Passes(context.Background(), post, lint.Warning)
	atError, _ := l.Passes(context.Background(), post, lint.Error)
	fmt.Println(atWarning, atError)
	// Output: false true
}
