package source

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/vocero/vocero/lint"
)

// Error is a reader error that names the file and line.
type Error struct {
	Path string
	Line int // 1-based; 0 when the error concerns the whole file
	Msg  string

	ambiguous bool   // fixes refused: the encoding would change
	format    string // Msg's format and arguments, for Localize
	args      []any
}

// Error returns "path:line: msg" (or "path: msg" without a line).
func (e *Error) Error() string {
	p := e.Path
	if p == "" {
		p = "-"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", p, e.Msg)
}

// RecordErrors is what Read returns when some records of a .jsonl or .csv
// file cannot be read (an unknown platform, an unreadable date): one *Error
// per record, with its line. The posts of the other records are returned
// with it, so that one bad record does not hide the rest of the file.
type RecordErrors []*Error

// Error lists the records' errors, one per line.
func (es RecordErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// recordErrors returns es as an error, or nil when it is empty.
func recordErrors(es RecordErrors) error {
	if len(es) == 0 {
		return nil
	}
	return es
}

func errorf(path string, line int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, args...), format: format, args: args}
}

// Format is an input format known to Read.
type Format int

// Input formats.
const (
	Unknown Format = iota
	Text
	Markdown
	JSONL
	CSV
)

var formatNames = [...]string{Unknown: "", Text: "text", Markdown: "markdown", JSONL: "jsonl", CSV: "csv"}

// String returns the format's name: text, markdown, jsonl or csv.
func (f Format) String() string {
	if f <= Unknown || int(f) >= len(formatNames) {
		return fmt.Sprintf("format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat accepts a format's name (text, markdown, jsonl, csv; also
// txt, md and json lines), in any case.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "jsonl", "json lines", "ndjson":
		return JSONL, nil
	case "csv":
		return CSV, nil
	}
	return Unknown, fmt.Errorf("unknown input format %q (want text, markdown, jsonl or csv)", name)
}

// ReadFormat reads posts from data held in memory, in the format named:
// no file name is needed. The posts' Path is empty and errors name line
// numbers only. It is ReadWith with Options.Format set.
func ReadFormat(f Format, data []byte, opt Options) ([]lint.Post, error) {
	if f <= Unknown || int(f) >= len(formatNames) {
		return nil, fmt.Errorf("unknown input format %v", f)
	}
	opt.Format = f
	return ReadWith("", data, opt)
}

// format returns the format to read path with: opt's, or by extension.
func (o Options) format(path string) Format {
	if o.Format != Unknown {
		return o.Format
	}
	return FormatOf(path)
}

// FormatOf returns the format Read uses for path: by extension, case
// insensitive; "-" and "" are stdin, read as text.
func FormatOf(path string) Format {
	if path == "" || path == "-" {
		return Text
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return Text
	case ".md", ".markdown":
		return Markdown
	case ".jsonl":
		return JSONL
	case ".csv":
		return CSV
	}
	return Unknown
}

// Supported reports whether a directory walk should read this file.
func Supported(path string) bool { return FormatOf(path) != Unknown }

// Read turns the bytes of one file into posts; the format comes from the
// extension (.txt, .md/.markdown, .jsonl, .csv; path "-" or "" is stdin,
// read as .txt). Every post has Path set to path. A file that cannot be
// read as its format is an *Error naming the file and line; no posts are
// returned then. Records that cannot be read are a RecordErrors, returned
// with the posts of the other records.
func Read(path string, data []byte) ([]lint.Post, error) {
	return ReadWith(path, data, Options{})
}

// Options tune Read.
type Options struct {
	// Format, when set, is the format of the data whatever the path's
	// extension (or with no path at all: see ReadFormat).
	Format Format
	// Location is the time zone of publish times written without one;
	// nil means lint.DefaultTimezone (the config's timezone is the right
	// value when there is a config).
	Location *time.Location

	stats *mdScan // tests: how the Markdown reader parsed the file
}

func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return defaultLocation()
}

var defaultLocation = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation(lint.DefaultTimezone)
	if err != nil {
		// Hermosillo keeps UTC-7 all year; tzdata may be missing.
		return time.FixedZone("MST", -7*3600)
	}
	return loc
})

// ReadWith is Read with options.
func ReadWith(path string, data []byte, opt Options) ([]lint.Post, error) {
	posts, err := readFormat(opt.format(path), path, data, opt)
	for i := range posts {
		posts[i].Number = i + 1
	}
	return posts, err
}

func readFormat(f Format, path string, data []byte, opt Options) ([]lint.Post, error) {
	switch f {
	case Text:
		return readText(path, data)
	case Markdown:
		return readMarkdown(path, data, opt)
	case JSONL:
		return readJSONL(path, data, opt)
	case CSV:
		return readCSV(path, data, opt)
	}
	return nil, errorf(path, 0, "unsupported file type %q (want .txt, .md, .jsonl or .csv)", filepath.Ext(path))
}
