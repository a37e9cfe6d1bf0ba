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
//     `<!-- vocero-disable rule -->` comments (and vocero-enable,
//     vocero-disable-line, vocero-disable-next-line) into lint.Switch
//     values.
//   - .jsonl: one post per line, {"id","text","platforms","publish_at","reply"}
//     with only text required; Post.Line is the line.
//   - .csv: the export of a scheduling tool with a header row; the message
//     column is found by name (message, mensaje, text, texto, post), an
//     optional date column (fecha, date, publish_at...) sets the publish
//     time and a link column is attached to the text as a link region;
//     `;`, `,` or tab separators, detected on the header; quoted cells may
//     span lines; each row is one post with Post.Line the line where its
//     message starts. A file in Windows-1252 (as Excel saves CSV in
//     Spanish locales) is decoded, and fixes are written back in it.
//
// Every post carries lint.Post.Origins where its text is not written in
// the file as is, so that findings point where an editor shows them.
//
// Errors name the file and line (see Error): invalid UTF-8 and NUL bytes
// in a text or Markdown file, broken front matter, a CSV file without a
// message column. A record that cannot be read (a JSON line that does not
// parse or names an unknown platform or a bad date, a CSV row with an
// unreadable date) is one of RecordErrors, returned with the posts of the
// other records. Localize gives any of them in Spanish or English. The CSV
// columns of Hootsuite, Buffer, Meta Business Suite, Sprout Social and
// Later are recognised (see the README).
//
// Fix reads, lints and fixes a file until nothing is left to fix, safe
// fixes only unless a lint.Chooser picks others; ApplyFixes is one round,
// writing the fixes of given lint results back into the file's bytes. Both
// leave front matter and Markdown syntax alone.
//
// Markdown is parsed with goldmark. A post-sized file is parsed whole; a
// file larger than 16 KiB is parsed block by block (blocks cut at blank
// lines, code fences and comments kept whole), because goldmark's time
// grows with the square of a paragraph's length on some inputs; that keeps
// the reader's time linear in the file's size.
package source
