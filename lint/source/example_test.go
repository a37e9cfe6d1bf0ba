package source_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
	"github.com/vocero/vocero/rules"
)

func ExampleRead() {
	file := []byte(`---
platforms: [x, facebook]
publish_at: 2027-06-06 08:00
id: jornada
---
# Jornada electoral

Consulta el [PREP](https://ieesonora.org.mx/prep) desde las 20:00.
`)
	posts, err := source.Read("posts/jornada.md", file)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := posts[0]
	fmt.Println(p.ID, p.Platforms, p.PublishAt.Format("2006-01-02 15:04 -0700"))
	for _, r := range p.Regions {
		fmt.Printf("%d %q\n", r.Kind, p.Text[r.Start:r.End])
	}
	// Output:
	// jornada [x facebook] 2027-06-06 08:00 -0700
	// 2 "---\nplatforms: [x, facebook]\npublish_at: 2027-06-06 08:00\nid: jornada\n---\n"
	// 1 "#"
	// 1 "["
	// 1 "]("
	// 4 "https://ieesonora.org.mx/prep"
	// 1 ")"
}

func ExampleRead_csv() {
	file := []byte("Fecha;Mensaje\n2027-03-01 09:00;\"Hoy inicia el registro;\nconsulta los requisitos\"\n2027-03-02 09:00;Último día\n")
	posts, err := source.Read("agenda.csv", file)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range posts {
		fmt.Printf("line %d: %q\n", p.Line, p.Text)
	}
	_, err = source.Read("sin-mensaje.csv", []byte("fecha,enlace\n2027-03-01,https://ine.mx\n"))
	fmt.Println(err)
	// Output:
	// line 2: "Hoy inicia el registro;\nconsulta los requisitos"
	// line 4: "Último día"
	// sin-mensaje.csv:1: no message column in the header row (want a column named message, mensaje, text, texto or post; found "fecha", "enlace")
}

// upper is a rule for the example: it asks for "vota" instead of "VOTA".
type upper struct{}

func (upper) Meta() lint.Meta {
	return lint.Meta{ID: "vota", Criteria: []string{"6.XXIII"}, Severity: lint.Warning,
		Summary: lint.Message{ES: "VOTA en mayúsculas", EN: "VOTA in capitals"}}
}

func (upper) Check(p *lint.Pass) error {
	for _, w := range p.Doc.Words() {
		if w.Text == "VOTA" {
			p.Report(lint.Finding{Span: w.Span, Message: "VOTA", Fixes: []lint.Fix{{Safe: true, Message: "vota",
				Edits: []lint.Edit{{Start: w.Start, End: w.End, New: "Vota"}}}}})
		}
	}
	return nil
}

func ExampleApplyFixes() {
	l, err := lint.New(lint.Config{}, upper{})
	if err != nil {
		fmt.Println(err)
		return
	}
	file := []byte(`{"id":"1","text":"VOTA este domingo","platforms":["x"]}
{"id":"2","text":"Gracias por participar"}
`)
	posts, _ := source.Read("lote.jsonl", file)
	var results []lint.Result
	for _, p := range posts {
		results = append(results, l.Lint(context.Background(), p))
	}
	fixed, n, err := source.ApplyFixes("lote.jsonl", file, results, nil)
	fmt.Println(n, err)
	fmt.Print(strings.TrimSpace(string(fixed)), "\n")
	// Output:
	// 1 <nil>
	// {"id":"1","text":"Vota este domingo","platforms":["x"]}
	// {"id":"2","text":"Gracias por participar"}
}

// A CMS holds the draft in memory: name the format, no file is needed.
func ExampleReadFormat() {
	draft := []byte("---\nid: aviso-7\nplatforms: [x]\n---\n**Consulta** tu casila en [la página](https://ieesonora.org.mx).\n")
	posts, err := source.ReadFormat(source.Markdown, draft, source.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := posts[0]
	fmt.Printf("%s %v %q\n", p.ID, p.Platforms, p.Path)
	l, _ := rules.NewLinter(lint.Config{})
	for _, f := range l.Lint(context.Background(), p).Findings {
		// Offsets and lines are those of the draft, front matter included.
		fmt.Println(f.Rule, f.Line, f.Column, f.Text)
	}
	// Output:
	// aviso-7 [x] ""
	// spelling 5 17 casila
}
