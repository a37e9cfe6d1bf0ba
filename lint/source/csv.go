package source

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/vocero/vocero/lint"
)

// A CSV export of a scheduling tool: a header row, then one post per row.
// The reader parses the file itself (RFC 4180 quoting, `;` or `,`) so that
// it knows where each cell sits: findings point at the message cell's
// line, and ApplyFixes rewrites just that cell.

// Column names, compared after folding case, accents, spaces and
// underscores ("Fecha de publicación" → "fechadepublicacion"), in order of
// preference. Besides vocero's own names they cover the exports and bulk
// templates of the common schedulers: Hootsuite (Date, Message, Link; its
// bulk file may have no header row), Buffer (Text, Posting Time), Meta
// Business Suite (Publish time, Description or Post text), Sprout Social
// (date, time_24hr, message_text, link) and Later (Caption, Scheduled
// Time). The README lists them.
var (
	messageColumns = []string{"message", "mensaje", "text", "texto", "post", "publicacion", "contenido", "copy",
		"messagetext", "posttext", "textodelapublicacion", "caption", "content", "body", "description", "descripcion", "update", "tweet"}
	dateColumns = []string{"publishat", "fecha", "date", "fechadepublicacion", "fechapublicacion", "publishdate", "scheduledat", "scheduled", "fechayhora", "datetime",
		"dateandtime", "dateandtimegmt", "publishtime", "horadepublicacion", "fechayhoradepublicacion", "scheduledtime", "scheduleddate", "scheduleddateandtime",
		"postingtime", "posttime", "sendtime", "scheduledfor", "programada", "fechaprogramada", "fechadeprogramacion"}
	timeColumns     = []string{"hora", "time", "time24hr", "hora24h"}
	linkColumns     = []string{"link", "enlace", "url", "liga", "vinculo", "linkurl"}
	platformColumns = []string{"platforms", "platform", "plataforma", "plataformas", "red", "redes", "network", "networks", "socialnetwork", "redsocial"}
	idColumns       = []string{"id", "identificador", "postid"}
)

// dateLike are words of header names that hold a date: a file with such a
// column that is not one of dateColumns is an error, not a silent "today".
var dateLike = []string{"fecha", "date", "hora", "time", "scheduled", "programad", "publishat", "when"}

// csvCell is one cell: its decoded value, the raw bytes it spans in the
// file (quotes included) and the line it starts on.
type csvCell struct {
	Value      string
	Start, End int
	Line       int
	Quoted     bool
}

// csvFile is a parsed CSV file.
type csvFile struct {
	Sep  byte
	Rows [][]csvCell
	// headerless: Rows[0] is a made-up header (the file has none).
	headerless bool
}

// csvColumns are the indexes of the columns the reader uses (-1: absent).
type csvColumns struct {
	message, date, time, link, platforms, id int
}

func readCSV(path string, data []byte, opt Options) ([]lint.Post, error) {
	data, _, err := csvText(path, data)
	if err != nil {
		return nil, err
	}
	f, cols, err := parseCSVFile(path, data)
	if err != nil {
		return nil, err
	}
	var posts []lint.Post
	var errs RecordErrors
	for _, row := range f.Rows[1:] {
		msg, ok := cell(row, cols.message)
		if !ok || strings.TrimSpace(msg.Value) == "" {
			continue
		}
		p := lint.Post{Path: path, Line: msg.Line, Text: msg.Value, Origins: csvOrigins(data, msg)}
		if err := checkString(p.Text); err != nil {
			errs = append(errs, errorf(path, msg.Line, "message: %v", err))
			continue
		}
		if c, ok := cell(row, cols.link); ok {
			if link := strings.TrimSpace(c.Value); link != "" && !strings.Contains(p.Text, link) {
				// The tool attaches the link to the post: it is published
				// and counted, but it is not prose.
				start := len(p.Text) + 1
				p.Text += " " + link
				// The link's own cell places it.
				o := suffixOrigins(csvOrigins(data, c), c.Value, strings.Index(c.Value, link))
				for _, x := range o {
					x.Off += start
					p.Origins = append(p.Origins, x)
				}
				p.Regions = []lint.Region{{Start: start, End: len(p.Text), Kind: lint.Link}}
			}
		}
		if c, ok := cell(row, cols.date); ok && strings.TrimSpace(c.Value) != "" {
			v := strings.TrimSpace(c.Value)
			if t, ok := cell(row, cols.time); ok && strings.TrimSpace(t.Value) != "" {
				v += " " + strings.TrimSpace(t.Value)
			}
			t, err := ParseTime(v, opt.location())
			if err != nil {
				errs = append(errs, errorf(path, c.Line, "%s: %v", f.Rows[0][cols.date].Value, err))
				continue
			}
			p.PublishAt = t
		}
		if c, ok := cell(row, cols.platforms); ok && strings.TrimSpace(c.Value) != "" {
			ps, err := parsePlatforms(splitList(c.Value))
			if err != nil {
				errs = append(errs, errorf(path, c.Line, "%s: %v", f.Rows[0][cols.platforms].Value, err))
				continue
			}
			p.Platforms = ps
		}
		if c, ok := cell(row, cols.id); ok {
			p.ID = strings.TrimSpace(c.Value)
		}
		posts = append(posts, p)
	}
	return posts, recordErrors(errs)
}

func cell(row []csvCell, i int) (csvCell, bool) {
	if i < 0 || i >= len(row) {
		return csvCell{}, false
	}
	return row[i], true
}

// parseCSVFile parses data and finds the columns; a file without a message
// column is an error that lists the columns it has.
func parseCSVFile(path string, data []byte) (*csvFile, csvColumns, error) {
	var cols csvColumns
	if err := checkText(path, data); err != nil {
		return nil, cols, err
	}
	f, err := parseCSV(path, data)
	if err != nil {
		return nil, cols, err
	}
	if len(f.Rows) == 0 {
		return nil, cols, errorf(path, 1, "empty CSV file: want a header row with a message column (message, mensaje, text, texto or post)")
	}
	if headerless(f) {
		// Hootsuite's bulk file: date, message and link, no header row.
		blank := []csvCell{{Value: "date", Line: 0}, {Value: "message", Line: 0}, {Value: "link", Line: 0}}
		f.Rows = append([][]csvCell{blank}, f.Rows...)
		f.headerless = true
		return f, csvColumns{date: 0, message: 1, link: 2, time: -1, platforms: -1, id: -1}, nil
	}
	header := f.Rows[0]
	names := make([]string, len(header))
	for i, c := range header {
		names[i] = foldName(c.Value)
	}
	cols = csvColumns{
		message:   column(names, messageColumns),
		date:      column(names, dateColumns),
		time:      column(names, timeColumns),
		link:      column(names, linkColumns),
		platforms: column(names, platformColumns),
		id:        column(names, idColumns),
	}
	if cols.message < 0 {
		var have []string
		for _, c := range header {
			have = append(have, fmt.Sprintf("%q", c.Value))
		}
		return nil, cols, errorf(path, header[0].Line, "no message column in the header row (want a column named message, mensaje, text, texto or post; found %s)", strings.Join(have, ", "))
	}
	if cols.date < 0 {
		for i, n := range names {
			if i == cols.message || i == cols.time {
				continue
			}
			for _, w := range dateLike {
				if strings.Contains(n, w) {
					return nil, cols, errorf(path, header[i].Line, "column %q looks like a publish date, but vocero does not know it (rename it fecha or date; without a known date column posts are checked as published today)", header[i].Value)
				}
			}
		}
	}
	return f, cols, nil
}

// headerless reports whether f is a CSV with no header row whose first
// column holds dates and second the message, as Hootsuite's bulk files.
func headerless(f *csvFile) bool {
	first := f.Rows[0]
	if len(first) < 2 {
		return false
	}
	_, err := ParseTime(first[0].Value, time.UTC)
	return err == nil && strings.TrimSpace(first[1].Value) != ""
}

// column returns the first header that matches a name, in the names'
// order of preference.
func column(header, names []string) int {
	for _, n := range names {
		for i, h := range header {
			if h == n {
				return i
			}
		}
	}
	return -1
}

// foldName lower-cases a header and drops accents, blanks, '_' and '-'.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		switch {
		case r >= 0x300 && r <= 0x36F, r == ' ', r == '_', r == '-', r == '\t', r == 0xFEFF:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parseCSV splits data into rows of cells. It is lenient where exports are
// sloppy (a quote inside an unquoted cell is kept, rows may be short) and
// strict where the data would be lost (an unclosed quote).
func parseCSV(path string, data []byte) (*csvFile, error) {
	start := 0
	if bytes.HasPrefix(data, bom) {
		start = len(bom)
	}
	f := &csvFile{Sep: detectSep(data[start:])}
	line := 1
	i := start
	var row []csvCell
	for i < len(data) {
		c := csvCell{Start: i, Line: line}
		if data[i] == '"' {
			c.Quoted = true
			var b strings.Builder
			j := i + 1
			closed := false
			for j < len(data) {
				q := bytes.IndexByte(data[j:], '"')
				if q < 0 {
					break
				}
				seg := data[j : j+q]
				line += bytes.Count(seg, []byte{'\n'})
				b.Write(seg)
				j += q + 1
				if j < len(data) && data[j] == '"' {
					b.WriteByte('"')
					j++
					continue
				}
				closed = true
				break
			}
			if !closed {
				return nil, errorf(path, c.Line, "a quoted cell is never closed (a \" is missing)")
			}
			// Text after the closing quote up to the separator is kept, as
			// spreadsheets do.
			k := j
			for k < len(data) && data[k] != f.Sep && data[k] != '\n' && data[k] != '\r' {
				k++
			}
			b.Write(data[j:k])
			c.Value, c.End, i = b.String(), k, k
		} else {
			k := i
			for k < len(data) && data[k] != f.Sep && data[k] != '\n' && data[k] != '\r' {
				k++
			}
			c.Value, c.End, i = string(data[i:k]), k, k
		}
		row = append(row, c)
		switch {
		case i >= len(data):
		case data[i] == f.Sep:
			i++
			if i == len(data) {
				row = append(row, csvCell{Start: i, End: i, Line: line})
			}
			continue
		case data[i] == '\r':
			i++
			if i < len(data) && data[i] == '\n' {
				i++
			}
			line++
		case data[i] == '\n':
			i++
			line++
		}
		if !blankRow(row) {
			f.Rows = append(f.Rows, row)
		}
		row = nil
	}
	if len(row) > 0 && !blankRow(row) {
		f.Rows = append(f.Rows, row)
	}
	return f, nil
}

func blankRow(row []csvCell) bool {
	return len(row) == 1 && !row[0].Quoted && strings.TrimSpace(row[0].Value) == ""
}

// detectSep picks `;` (spreadsheets in Spanish locales), `,` or a tab by
// counting them outside quotes on the header line.
func detectSep(data []byte) byte {
	counts := map[byte]int{}
	inQuote := false
	for _, c := range data {
		if c == '"' {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if c == '\n' || c == '\r' {
			break
		}
		if c == ';' || c == ',' || c == '\t' {
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// encodeCell writes a cell value back, quoting it when it was quoted or
// must be.
func encodeCell(v string, sep byte, quoted bool) string {
	if !quoted && !strings.ContainsAny(v, string([]byte{sep, '"', '\n', '\r'})) {
		return v
	}
	return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
}
