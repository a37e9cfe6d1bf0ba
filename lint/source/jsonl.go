package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// jsonlRecord is one line of a .jsonl file. Fields are raw so that each
// can be checked with a message that names it.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Platforms json.RawMessage `json:"platforms"`
	PublishAt *string         `json:"publish_at"`
	Reply     *bool           `json:"reply"`
	Campaign  *string         `json:"campaign"`
}

func readJSONL(path string, data []byte, opt Options) ([]lint.Post, error) {
	data = bytes.TrimPrefix(data, bom)
	var posts []lint.Post
	var errs RecordErrors
	line := 0
	for len(data) > 0 {
		line++
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		raw = bytes.TrimSuffix(raw, []byte{'\r'})
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		p, err := decodeRecord(raw, opt)
		if err != nil {
			errs = append(errs, errorf(path, line, "%s", err))
			continue
		}
		p.Path, p.Line = path, line
		if vs, ok := textValueStart(raw); ok {
			p.Origins = jsonOrigins(raw, vs, line, p.Text)
		}
		posts = append(posts, p)
	}
	return posts, recordErrors(errs)
}

// decodeRecord decodes one JSON line into a post.
func decodeRecord(raw []byte, opt Options) (lint.Post, error) {
	var p lint.Post
	if bytes.IndexByte(raw, 0) >= 0 {
		return p, msgErrorf("NUL byte: this looks like a binary file, not JSON lines")
	}
	if !utf8.Valid(raw) {
		for i := 0; i < len(raw); {
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n <= 1 {
				return p, msgErrorf("column %d: invalid UTF-8 (byte 0x%02x); save the file as UTF-8", colAt(raw, int64(i)), raw[i])
			}
			i += n
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var rec jsonlRecord
	if err := dec.Decode(&rec); err != nil {
		return p, jsonError(raw, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return p, msgErrorf("more than one JSON value on the line (want one object per line)")
	}
	if rec.Text == nil {
		return p, msgErrorf(`missing "text" (each line needs {"text": "..."})`)
	}
	p.Text = *rec.Text
	if err := checkString(p.Text); err != nil {
		return p, msgErrorf(`"text": %w`, err)
	}
	id, err := decodeID(rec.ID)
	if err != nil {
		return p, err
	}
	p.ID = id
	if p.Platforms, err = decodePlatforms(rec.Platforms); err != nil {
		return p, err
	}
	if rec.PublishAt != nil && *rec.PublishAt != "" {
		t, err := ParseTime(*rec.PublishAt, opt.location())
		if err != nil {
			return p, msgErrorf(`"publish_at": %w`, err)
		}
		p.PublishAt = t
	}
	if rec.Reply != nil {
		p.Reply = *rec.Reply
	}
	if rec.Campaign != nil {
		p.Campaign = *rec.Campaign
	}
	return p, nil
}

// jsonError makes encoding/json's errors readable for people who edit the
// file by hand: which field, which column.
func jsonError(raw []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return msgErrorf("column %d: invalid JSON: %s", colAt(raw, syn.Offset-1), syn.Error())
	case errors.As(err, &typ):
		if typ.Field != "" {
			return msgErrorf("%q must be %s, not a JSON %s", typ.Field, msgErrorf(want(typ.Field)), typ.Value)
		}
		return msgErrorf(`each line must be a JSON object such as {"text": "..."}, not a JSON %s`, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return msgErrorf("invalid JSON: the line ends before the object does")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return msgErrorf("unknown field %s (want id, text, platforms, publish_at, reply or campaign)", f)
	}
	return msgErrorf("invalid JSON: %s", strings.TrimPrefix(msg, "json: "))
}

func want(field string) string {
	switch field {
	case "text", "publish_at", "campaign":
		return "a string"
	case "reply":
		return "true or false"
	}
	return "a valid value"
}

// colAt turns a byte offset into a 1-based code-point column.
func colAt(raw []byte, off int64) int {
	if off < 0 {
		off = 0
	}
	if off > int64(len(raw)) {
		off = int64(len(raw))
	}
	return len([]rune(string(raw[:off]))) + 1
}

func decodeID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", msgErrorf(`"id": %v`, err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", msgErrorf(`"id": %v`, err)
		}
		return n.String(), nil
	}
	return "", msgErrorf(`"id" must be a string or a number`)
}

// decodePlatforms accepts ["x", "facebook"] or "x, facebook".
func decodePlatforms(raw json.RawMessage) ([]lint.Platform, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var names []string
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, msgErrorf(`"platforms": %v`, err)
		}
		names = splitList(s)
	} else if err := json.Unmarshal(raw, &names); err != nil {
		return nil, msgErrorf(`"platforms" must be a list of names such as ["x", "facebook"]`)
	}
	ps, err := parsePlatforms(names)
	if err != nil {
		return nil, msgErrorf(`"platforms": %w`, err)
	}
	return ps, nil
}

// splitList splits "x, facebook" or "x facebook" into names.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' })
}

func parsePlatforms(names []string) ([]lint.Platform, error) {
	var out []lint.Platform
	for _, n := range names {
		p, err := lint.ParsePlatform(n)
		if err != nil {
			return nil, err
		}
		dup := false
		for _, q := range out {
			dup = dup || q == p
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out, nil
}

// ParseTime reads a publish time as people and tools write it: RFC 3339
// (2027-03-01T09:00:00-07:00), or a date and an optional time without zone
// (2027-03-01, 2027-03-01 09:00, 2027/03/01 09:00, 2027-03-01T09:00:05), or
// the forms scheduling tools export: day first (01/03/2027 09:00, as in
// Mexico), month first when the day cannot be first (03/15/2027), and a
// 12-hour clock (03/15/2027 3:30 PM). Times without a zone are in loc.
func ParseTime(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if loc == nil {
		loc = defaultLocation()
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range timeLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04:05 MST", s, loc); err == nil {
		return t, nil
	}
	return time.Time{}, msgErrorf("%s is not a date (want 2027-03-01, 2027-03-01 09:00, 01/03/2027 09:00 or 2027-03-01T09:00:00-07:00)", strconv.Quote(s))
}

// timeLayouts are tried in order: day-first before month-first, so that
// 01/03/2027 is the first of March, as written in Mexico.
var timeLayouts = []string{
	"2006-01-02",
	"2006-01-02 15:04",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05",
	"2006/01/02",
	"2006/01/02 15:04",
	"2006/01/02 15:04:05",
	"02/01/2006",
	"02/01/2006 15:04",
	"02/01/2006 15:04:05",
	"2/1/2006",
	"2/1/2006 15:04",
	"2/1/2006 15:04:05",
	"2/1/2006 3:04 PM",
	"2/1/2006 3:04PM",
	"2/1/2006 3:04 pm",
	"1/2/2006",
	"1/2/2006 15:04",
	"1/2/2006 15:04:05",
	"1/2/2006 3:04 PM",
	"1/2/2006 3:04PM",
	"1/2/2006 3:04 pm",
	"2006-01-02 3:04 PM",
}
