package rules_test

import (
	"context"
	"fmt"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// The courtesy rule reads insults written with evasions, and judges some
// formulas only in replies to users.
func ExampleNewCourtesy() {
	r, err := rules.NewCourtesy(rules.CourtesyOptions{})
	if err != nil {
		panic(err)
	}
	l, err := lint.New(lint.Config{}, r)
	if err != nil {
		panic(err)
	}
	for _, p := range []lint.Post{
		{Text: "@vecino Ya se le dijo: no sea 1gn0r4nt3.", Reply: true},
		{Text: "Hoy sesionó el consejo municipal de Cajeme."},
	} {
		res := l.Lint(context.Background(), p)
		fmt.Println(len(res.Findings), "findings")
		for _, f := range res.Findings {
			fmt.Println(f.Severity, f.Kind, f.Message)
		}
	}
	// Output:
	// 2 findings
	// warning curt Respuesta cortante: «Ya se le dijo»; responde con cortesía y da la información o el enlace que la persona necesita (criterio 6.XIX)
	// error disqualification Descalificación: «1gn0r4nt3»; responde a los hechos sin calificar a la persona (criterio 6.XIX)
	// 0 findings
}

// An institution adds its own terms, in the lexicon file format, without a
// release.
func ExampleCourtesyOptions() {
	r, err := rules.NewCourtesy(rules.CourtesyOptions{Lexicon: lint.Lexicon{
		Add: []string{"insult error fulanito+ @person"},
	}})
	if err != nil {
		panic(err)
	}
	l, _ := lint.New(lint.Config{}, r)
	res := l.Lint(context.Background(), lint.Post{Text: "Eres un fulanito."})
	fmt.Println(res.Findings[0].Message)
	// Output:
	// Insulto: «fulanito»; una cuenta institucional no insulta a nadie, retíralo (criterio 6.XIX)
}
