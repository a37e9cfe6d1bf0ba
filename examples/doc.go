// Package examples holds runnable examples of vocero in use; each one runs
// in a test of this folder or of its own package:
//
//   - contenido: a repository of posts (Markdown with front matter, a CSV
//     export of a scheduling tool) with its .vocero.yaml, campaigns, a
//     history of published posts and a pre-commit configuration. Try
//     `go run ./cmd/vocero lint examples/`.
//   - cms: vocero inside a content-management system: lint a draft in five
//     lines, send the documented JSON to the page, and apply the fix the
//     editor clicks from the fix alone.
//   - servicio: a small HTTP service that embeds the linter: POST a draft
//     as JSON, get the findings as JSON.
//   - reglapropia: a rule of the institution's own, written against the
//     public API and registered with the Linter beside the built-in rules.
//
// All data in the examples is synthetic.
package examples
