package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Inspection is what a Document saw in a post: the `vocero inspect`
// schema of ARCHITECTURE.md.
type Inspection struct {
	ID         string        `json:"id"`
	Codepoints int           `json:"codepoints"`
	Graphemes  int           `json:"graphemes"`
	X          XInspection   `json:"x"`
	Lengths    LengthsByName `json:"lengths"`
	Hashtags   []string      `json:"hashtags"`
	Mentions   []string      `json:"mentions"`
	URLs       []string      `json:"urls"`
	Emails     []string      `json:"emails"`
}

// XInspection is X's view of a post, as twitter-text's parseTweet says.
type XInspection struct {
	WeightedLength int  `json:"weightedLength"`
	Valid          bool `json:"valid"`
}

// LengthsByName holds each platform's length in its own unit.
type LengthsByName struct {
	X         int `json:"x"`
	Bluesky   int `json:"bluesky"`
	Mastodon  int `json:"mastodon"`
	Threads   int `json:"threads"`
	Instagram int `json:"instagram"`
	Facebook  int `json:"facebook"`
	LinkedIn  int `json:"linkedin"`
}

// Inspect reports what d saw. Code points and graphemes are counted on the
// published text, as Threads and Bluesky count them; hashtags, mentions
// and URLs are the platform's (lint.Document.Entities), e-mails come from
// the analysis view; all are shown as written in the post (hashtags
// without #, mentions without @). Lists are empty, never nil.
func Inspect(d *lint.Document) Inspection {
	ins := Inspection{
		Hashtags: []string{}, Mentions: []string{}, URLs: []string{}, Emails: []string{},
	}
	if d == nil {
		return ins
	}
	if d.Post != nil {
		ins.ID = d.Post.ID
	}
	ins.X.WeightedLength, ins.X.Valid = d.XLength()
	ins.Lengths = LengthsByName{
		X:         d.Length(lint.X).Count,
		Bluesky:   d.Length(lint.Bluesky).Count,
		Mastodon:  d.Length(lint.Mastodon).Count,
		Threads:   d.Length(lint.Threads).Count,
		Instagram: d.Length(lint.Instagram).Count,
		Facebook:  d.Length(lint.Facebook).Count,
		LinkedIn:  d.Length(lint.LinkedIn).Count,
	}
	ins.Codepoints = ins.Lengths.Threads
	ins.Graphemes = ins.Lengths.Bluesky
	// Hashtags, mentions and links as the platform links them, from the
	// text as written (an invisible character can cut one short).
	for _, t := range d.Entities() {
		switch t.Kind {
		case lint.Hashtag:
			ins.Hashtags = append(ins.Hashtags, unsigned(d.Original(t.Span)))
		case lint.Mention:
			ins.Mentions = append(ins.Mentions, unsigned(d.Original(t.Span)))
		case lint.URL:
			ins.URLs = append(ins.URLs, d.Original(t.Span))
		}
	}
	for _, t := range d.Tokens() {
		if t.Kind == lint.Email {
			ins.Emails = append(ins.Emails, d.Original(t.Span))
		}
	}
	return ins
}

// unsigned drops the leading # or @ (or their full-width forms).
func unsigned(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[n:]
}

// EncodeInspect writes inspections as one JSON array ("json") or one
// object per line ("jsonl").
func EncodeInspect(w io.Writer, format string, ins []Inspection) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	switch format {
	case "json":
		if ins == nil {
			ins = []Inspection{}
		}
		enc.SetIndent("", "  ")
		if err := enc.Encode(ins); err != nil {
			return err
		}
	case "jsonl":
		for i := range ins {
			if err := enc.Encode(&ins[i]); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unknown inspect format %q (want json or jsonl)", format)
	}
	return bw.Flush()
}
