package lint

import "time"

// Post is one draft to check: the text as its author wrote it and what the
// rules need to know about it.
type Post struct {
	// ID identifies the post in output (a record id, or empty).
	ID string
	// Text is the text as written. For file formats whose offsets are file
	// offsets (.txt, .md, stdin) it is the whole file.
	Text string
	// Platforms the post is meant for; empty means the config's.
	Platforms []Platform
	// PublishAt is when the post goes out; zero means the config's Date, or now.
	PublishAt time.Time
	// Reply is true for an answer to a user.
	Reply bool
	// Campaign names the campaign the author says the post belongs to.
	Campaign string

	// Path is the file the post came from ("-" for stdin), for output only.
	Path string
	// Number is the 1-based number of the post among the posts of its file
	// (readers set it), for output; 0 when unknown.
	Number int
	// Line is the 1-based line of the file where Text starts when Text is a
	// record inside a larger file (.jsonl, .csv); 0 when Text is the file.
	Line int
	// Origins place Text in its file when Text is not written there as is
	// (a JSON string with escapes, a quoted CSV cell, a file with a BOM),
	// so that Finding.Line and Column point where an editor shows the text.
	// Sorted by Off, the first at Off 0; nil means Text starts at line
	// max(Line, 1), column 1.
	Origins []Origin

	// The fields below are the reader's contract with the engine: package
	// source fills them, and a reader of another format (HTML from a CMS,
	// say) may fill them the same way. They are stable API. A caller that
	// lints plain text leaves them empty.

	// Regions mark parts of Text that are not prose (Markdown syntax, code,
	// comments, link destinations). Readers set them; see RegionKind.
	Regions []Region
	// Switches are inline rule switches found by the reader.
	Switches []Switch
}

// Origin says where a stretch of Post.Text sits in its file: the text from
// Off up to the next Origin starts at line Line, column Col (1-based, in
// code points); within the stretch, each code point is one column and each
// '\n' starts a new line.
type Origin struct {
	Off, Line, Col int
}

// RegionKind says who may read a region of a post's text.
type RegionKind uint8

// Region kinds. Markup and Hidden text is removed from every view; Verbatim
// and Link text is only in the views of rules that ask for it (Meta.Reads).
const (
	// Markup is syntax that is not published as written (`**`, `#` of a
	// heading, `[`, `](`): removed from every view.
	Markup RegionKind = iota + 1
	// Hidden text is never published (front matter, HTML comments): removed
	// from every view.
	Hidden
	// Verbatim text is published as written but is not prose (code).
	Verbatim
	// Link is a link destination that is not shown as text.
	Link
)

// Region is a byte range [Start, End) of Post.Text with a kind. Regions must
// not overlap.
type Region struct {
	Start, End int
	Kind       RegionKind
}

// Reads is the set of non-prose regions a rule reads besides prose.
type Reads uint8

// Bits of Reads.
const (
	ReadsVerbatim Reads = 1 << iota // code spans and blocks
	ReadsLinks                      // link destinations
)

// Switch turns rules off or on from a point of the text, as written in an
// inline comment (`<!-- vocero-disable rule -->`).
type Switch struct {
	// Offset in Post.Text where the switch takes effect.
	Offset int
	// End is where a line switch stops (disable-line, disable-next-line);
	// 0 for a switch that holds until the matching enable or the end of
	// the text.
	End int
	// Rules lists the rule IDs; empty means every rule.
	Rules []string
	// Enable is true for vocero-enable.
	Enable bool
	// Start and Stop locate the comment itself, for reporting unknown IDs.
	Start, Stop int
}
