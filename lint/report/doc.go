// Package report writes lint results in the formats people and tools read:
// text for a terminal, json and jsonl (the contracts of DESIGN.md), SARIF
// 2.1.0 for code-scanning tools, checkstyle XML, and GitHub Actions
// workflow commands. Every encoder writes to an io.Writer as it goes.
//
// Strings an encoder prints for people (severity names, the summary line)
// exist in Spanish and English; Report.Lang picks one. Findings' messages
// are already in the Linter's language.
//
// Inspect and EncodeInspect show what a lint.Document saw in a post
// (`vocero inspect`).
package report
