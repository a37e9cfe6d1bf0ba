// Package lsp is vocero's editor server: the Language Server Protocol
// (3.17) over any reader and writer, so that an editor shows vocero's
// findings as the author types. `vocero lsp` wires it to standard input
// and output; an editor plugin written in Go can embed it.
//
// What it offers:
//
//   - plain text, Markdown, CSV and JSONL documents (by language id, else by
//     the file's extension), with incremental sync;
//   - diagnostics on open and on every change, coalesced so that only the
//     newest text is checked, each with the rule as code, a link to the
//     rule's documentation, and the message in the config's language;
//   - positions in UTF-16 code units, or in UTF-8 bytes when the client
//     offers "utf-8" in general.positionEncodings;
//   - code actions: each fix of a finding (the safe one preferred), "add
//     this word to the dictionary" (written to the config's words_file),
//     "ignore this rule on this line" in Markdown, and
//     source.fixAll.vocero, every safe fix at once;
//   - hover: the rule's summary, how to fix the finding, and the criteria
//     it enforces, quoted;
//   - the config and the words file are looked at again before each check,
//     so editing them takes effect without a restart.
//
// Checks run beside the reading loop, so a 5 MB document does not block
// the server; a newer change cancels the check of an older text, and
// $/cancelRequest cancels a request. Malformed messages get JSON-RPC
// errors. The server stops on exit (after shutdown), when the stream ends,
// or when the client's process is gone.
package lsp
