// Package report writes lint results in the formats people and tools read:
// text for a terminal, json and jsonl (version 2, the contract in the
// repository's ARCHITECTURE.md), SARIF
// 2.1.0 for code-scanning tools, checkstyle XML, and GitHub Actions
// workflow commands. Every encoder writes to an io.Writer as it goes.
//
// Results come in output order (by path, then post order); encoders do not
// sort. In json and jsonl, "post" is the 1-based number of the post within
// its file and "id" its own ID. Each finding is json.Marshal of a
// lint.Finding and each jsonl line json.Marshal of a lint.Result: one
// encoding, shared with every embedder. Positions follow ARCHITECTURE.md:
// start and end
// are byte offsets into the file for .txt, .md and stdin and into the
// post's decoded text for .jsonl and .csv records; line and column are in
// the file as an editor shows it, for records too (JSON escapes, CSV
// quotes, line breaks inside a cell and a BOM counted as in the file, see
// lint.Post.Origins), columns in code points. SARIF says so with columnKind unicodeCodePoints,
// and gives byte offsets and fixes (every alternative, as artifactChanges,
// with a "safe" property) only for posts whose text is the whole file. The json and sarif encoders stream: memory does not grow with the
// number of findings.
//
// Strings an encoder prints for people (severity names, the summary line)
// exist in Spanish and English; Report.Lang picks one. Findings' messages
// are already in the Linter's language.
//
// Inspect and EncodeInspect show what a lint.Document saw in a post
// (`vocero inspect`).
package report
