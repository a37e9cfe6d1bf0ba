package report

import (
	"errors"

	"github.com/vocero/vocero/lint"
)

// fixture is a report as the CLI builds it: three files, five posts, and
// findings that exercise every field and the characters each format must
// escape. Positions are written out as the Linter computes them.
func fixture() *Report {
	md := &lint.Post{Path: "posts/jornada, final.md", ID: "jornada-01",
		Text: "---\nid: jornada-01\n---\n# ÚLTIMO DÍA\n\nEscribe a juan.perez@correo.mx: 50% <listo> & \"ya\".\n"}
	jsonlA := &lint.Post{Path: "lote.jsonl", ID: "a1", Line: 1, Text: "Hola 👋🏽 IEE\nLínea dos con errror"}
	jsonlB := &lint.Post{Path: "lote.jsonl", ID: "a2", Line: 2, Text: "Todo bien"}
	stdin := &lint.Post{Path: "-", Text: "Texto: con, comas\r\ny %0A"}
	csv := &lint.Post{Path: "agenda.csv", Line: 4, Text: "Rumor sin fuente"}
	return &Report{
		Files:   4,
		Version: "0.1.0-test",
		Rules: []lint.Meta{
			{ID: "all-caps", Criteria: []string{"6.XXIII"}, Severity: lint.Warning,
				Summary: lint.Message{ES: "Palabras en mayúsculas sostenidas", EN: "Words in sustained capitals"},
				Doc:     lint.Message{ES: "Las mayúsculas sostenidas se leen como gritos.", EN: "Sustained capitals read as shouting."},
				Bad:     "HOY ES EL ÚLTIMO DÍA", Good: "Hoy es el último día"},
			{ID: "personal-data", Criteria: []string{"6.III", "5.2 b"}, Severity: lint.Error,
				Summary: lint.Message{ES: "Datos personales", EN: "Personal data"}},
			{ID: "spelling", Criteria: []string{"6.XXII"}, Severity: lint.Warning,
				Summary: lint.Message{ES: "Ortografía", EN: "Spelling"}},
			{ID: "unverified-source", Criteria: []string{"6.IV"}, Severity: lint.Info,
				Summary: lint.Message{ES: "Fuente no verificada", EN: "Unverified source"}},
		},
		Results: []lint.Result{
			{Post: csv, Findings: []lint.Finding{
				{Rule: "unverified-source", Kind: "rumor", Severity: lint.Info, Criteria: []string{"6.IV"},
					Message: "Marca de rumor: «Rumor»; cita la fuente oficial (criterio 6.IV)",
					Span:    lint.Span{Start: 0, End: 5}, Line: 4, Column: 1, EndLine: 4, EndColumn: 6, Text: "Rumor"},
			}},
			{Post: stdin, Findings: []lint.Finding{
				{Rule: "inline-switch", Kind: "unknown-rule", Severity: lint.Warning, Criteria: []string{"1"},
					Message: "Texto: con, comas\nsegunda línea %0A",
					Span:    lint.Span{Start: 0, End: 6}, Line: 1, Column: 1, EndLine: 1, EndColumn: 7, Text: "Texto:"},
			}, Err: errors.New("rule spelling: diccionario\nno cargado")},
			{Post: jsonlA, Findings: []lint.Finding{
				{Rule: "spelling", Severity: lint.Warning, Criteria: []string{"6.XXII"},
					Message: "Palabra desconocida: «errror» (criterio 6.XXII)",
					Span:    lint.Span{Start: 33, End: 39}, Line: 2, Column: 15, EndLine: 2, EndColumn: 21, Text: "errror",
					Fixes: []lint.Fix{{Message: "Escribir «error»", Edits: []lint.Edit{{Start: 33, End: 39, New: "error"}}},
						{Message: "Escribir «errores»", Edits: []lint.Edit{{Start: 33, End: 39, New: "errores"}}}}},
			}},
			{Post: jsonlB},
			{Post: md, Findings: []lint.Finding{
				{Rule: "all-caps", Severity: lint.Warning, Criteria: []string{"6.XXIII"},
					Message: "Palabras en mayúsculas sostenidas: «ÚLTIMO DÍA»; escríbelas en mayúsculas y minúsculas (criterio 6.XXIII)",
					Span:    lint.Span{Start: 25, End: 37}, Line: 4, Column: 3, EndLine: 4, EndColumn: 13, Text: "ÚLTIMO DÍA",
					Fixes: []lint.Fix{{Safe: true, Message: "Escribir «Último día»", Edits: []lint.Edit{{Start: 25, End: 37, New: "Último día"}}}}},
				{Rule: "personal-data", Kind: "email", Severity: lint.Error, Criteria: []string{"6.III", "5.2 b"},
					Message: "Correo de una persona: «juan.perez@correo.mx»; no publiques datos personales (criterio 6.III)",
					Span:    lint.Span{Start: 49, End: 69}, Line: 6, Column: 11, EndLine: 6, EndColumn: 31, Text: "juan.perez@correo.mx",
					Fixes: []lint.Fix{{Message: "Quitar el correo", Edits: []lint.Edit{{Start: 49, End: 69, New: ""}}}}},
				{Rule: "personal-data", Kind: "block", Severity: lint.Error, Criteria: []string{"6.III"},
					Message: "Varias líneas <listo> & \"ya\"",
					Span:    lint.Span{Start: 23, End: 82}, Line: 4, Column: 1, EndLine: 6, EndColumn: 44, Text: "# ÚLTIMO DÍA\n\nEscribe a juan.perez@correo.mx: 50% <listo>"},
			}},
		},
	}
}
