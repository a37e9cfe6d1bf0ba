// Package source turns files into posts and writes fixes back into files.
//
// Read picks a reader by the file's extension:
//
//   - .txt and stdin ("-" or ""): the whole file is one post; offsets are
//     file offsets.
//   - .md and .markdown: the whole file is one post (offsets are file
//     offsets). YAML front matter sets platforms, publish_at, reply,
//     campaign and id; the reader marks Markdown syntax, front matter,
//     HTML comments, code and link destinations as regions (see
//     lint.Region) so that rules read what is published, and turns
//     `<!-- vocero-disable rule -->` comments into lint.Switch values.
//   - .jsonl: one post per line, {"id","text","platforms","publish_at","reply"}
//     with only text required; Post.Line is the line.
//   - .csv: the export of a scheduling tool with a header row; the message
//     column is found by name (message, mensaje, text, texto, post), an
//     optional date column (fecha, date, publish_at...) sets the publish
//     time and a link column is appended to the text; `;` or `,`
//     separators; each row is one post with Post.Line the row's line.
//
// Errors name the file and line (see Error). ApplyFixes writes the fixes
// of lint results back into the file's bytes, leaving front matter and
// Markdown syntax alone.
package source
