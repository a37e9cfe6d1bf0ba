package rules_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// Lint a draft with the built-in rules and show what was found.
func ExampleNewLinter() {
	l, err := rules.NewLinter(lint.Config{})
	if err != nil {
		panic(err)
	}
	res := l.Lint(context.Background(), lint.Post{Text: "Consulta tu casila y VOTA!!!", Platforms: []lint.Platform{lint.X}})
	for _, f := range res.Findings {
		fmt.Printf("%d:%d %s %s «%s» fixes=%d\n", f.Line, f.Column, f.Severity, f.Rule, f.Text, len(f.Fixes))
	}
	// The one JSON encoding of a finding, as `vocero lint --format json` writes it.
	b, _ := json.Marshal(res.Findings[0])
	fmt.Println(strings.Contains(string(b), `"fixes":[{"message":`))
	// Output:
	// 1:1 warning punctuation «Consulta tu casila y VOTA!!!» fixes=1
	// 1:13 warning spelling «casila» fixes=3
	// 1:26 warning punctuation «!!!» fixes=1
	// true
}

// A person picks one fix of a finding: apply that one, and nothing else.
func ExampleNewLinter_applyChosenFix() {
	l, _ := rules.NewLinter(lint.Config{})
	post := lint.Post{Text: "Consulta tu casila.", Platforms: []lint.Platform{lint.Facebook}}
	f := l.Lint(context.Background(), post).Findings[0]
	for i, fx := range f.Fixes {
		fmt.Println(i, fx.Message, fx.Safe)
	}
	// The button needs only the fix.
	fixed, err := f.Fixes[0].Apply(post.Text)
	fmt.Println(fixed, err)
	// Or lint and fix until it settles, with the person's choice.
	fixed, n, err := l.Fix(context.Background(), post, lint.ChooseFix(f, 0))
	fmt.Println(fixed, n, err)
	// The default applies safe fixes only: none here.
	fixed, n, _ = l.Fix(context.Background(), post, nil)
	fmt.Println(fixed, n)
	// Output:
	// 0 Cambiar por «casilla» false
	// 1 Cambiar por «cásila» false
	// 2 Cambiar por «asila» false
	// Consulta tu casilla. <nil>
	// Consulta tu casilla. 1 <nil>
	// Consulta tu casila. 0
}

// A built-in rule configured in Go, without YAML: an instance passed to
// NewLinter replaces the default one; a RuleConfig turns another off.
func ExampleNewLinter_configureBuiltin() {
	cfg := lint.Config{Rules: map[string]lint.RuleConfig{
		"plain-language": {Severity: lint.Off},
		"length":         {Options: lint.Options(rules.LengthOptions{})},
	}}
	punct := rules.NewPunctuation(rules.PunctuationOptions{Disable: []string{"double-space"}})
	l, err := rules.NewLinter(cfg, punct)
	if err != nil {
		panic(err)
	}
	res := l.Lint(context.Background(), lint.Post{Text: "Consulta  la convocatoria.", Platforms: []lint.Platform{lint.Facebook}})
	fmt.Println(len(res.Findings))
	for _, m := range l.Rules() {
		if m.ID == "plain-language" {
			fmt.Println("plain-language is on")
		}
	}
	// Output:
	// 0
}

// monthCase is a house rule: it cites the house style guide, not the
// criteria, and speaks Spanish only (English readers see the same text).
type monthCase struct{}

func (monthCase) Meta() lint.Meta {
	return lint.Meta{
		ID: "month-case", Guide: "Manual de estilo del Instituto, 4.1", Severity: lint.Warning,
		Summary:  lint.Message{ES: "Los meses se escriben con minúscula"},
		Messages: map[string]lint.Message{"month": {ES: "El mes va con minúscula: «%s» (Manual de estilo, 4.1)"}},
	}
}

var months = map[string]bool{"Enero": true, "Febrero": true, "Marzo": true, "Abril": true, "Mayo": true, "Junio": true,
	"Julio": true, "Agosto": true, "Septiembre": true, "Octubre": true, "Noviembre": true, "Diciembre": true}

func (monthCase) Check(p *lint.Pass) error {
	for i, w := range p.Doc.Words() {
		if i > 0 && months[w.Text] {
			p.Report(lint.Finding{Span: w.Span, Message: p.Msgf("month", w.Text),
				Fixes: []lint.Fix{{Safe: true, Message: "Escribir «" + strings.ToLower(w.Text) + "»",
					Edits: []lint.Edit{{Start: w.Start, End: w.End, New: strings.ToLower(w.Text)}}}}})
		}
	}
	return nil
}

// Add a house rule next to the built-in ones.
func ExampleNewLinter_houseRule() {
	l, err := rules.NewLinter(lint.Config{Lang: lint.English}, monthCase{})
	if err != nil {
		panic(err)
	}
	res := l.Lint(context.Background(), lint.Post{Text: "La jornada es el 6 de Junio.", Platforms: []lint.Platform{lint.Facebook}})
	for _, f := range res.Findings {
		fmt.Println(f.Rule, f.Message)
	}
	fixed, _, _ := l.Fix(context.Background(), lint.Post{Text: "La jornada es el 6 de Junio.", Platforms: []lint.Platform{lint.Facebook}}, nil)
	fmt.Println(fixed)
	// Output:
	// month-case El mes va con minúscula: «Junio» (Manual de estilo, 4.1)
	// La jornada es el 6 de junio.
}
