// Package rules holds vocero's built-in rules, one file per rule, each
// citing the sections of the criteria it enforces.
//
// Every rule is a value built by a constructor with typed options and is
// safe for concurrent use. All lists them by hand; NewLinter builds a
// lint.Linter with all of them.
package rules
