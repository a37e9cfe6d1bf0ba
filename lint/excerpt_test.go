package lint_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("a", 150) + strings.Repeat("é", 100) + strings.Repeat("z", 50)
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"", 10, ""},
		{"corto", 10, "corto"},
		{"exactamente diez", 16, "exactamente diez"},
		{"ñññññ", 5, "ñññññ"},              // 10 bytes, 5 characters
		{"abcdefghijk", 10, "abcdefghijk"}, // one character to leave out: kept
		{"abcdefghijkl", 10, "abcdefgh…kl"},
		{"abcdefghijk", 0, "abcdefghijk"},
		{"áéíóúáéíóúxy", 10, "áéíóúáéí…xy"},
		{long, 200, strings.Repeat("a", 150) + "…" + strings.Repeat("z", 50)},
	} {
		got := lint.Excerpt(c.in, c.max)
		if got != c.want {
			t.Errorf("Excerpt(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
		if c.max > 0 && utf8.RuneCountInString(got) > c.max+1 {
			t.Errorf("Excerpt(%q, %d) has %d characters", c.in, c.max, utf8.RuneCountInString(got))
		}
	}
}

// excerptRule reports the whole post, quoting it in its message.
type excerptRule struct{}

func (excerptRule) Meta() lint.Meta {
	return lint.Meta{ID: "whole", Criteria: []string{"6.XX"}, Severity: lint.Warning,
		Summary: lint.Message{ES: "Todo", EN: "All"}, Doc: lint.Message{ES: "Todo.", EN: "All."},
		Messages: map[string]lint.Message{"all": {ES: "Texto «%s» (%d)", EN: "Text «%s» (%d)"}}}
}

func (excerptRule) Check(p *lint.Pass) error {
	p.Report(lint.Finding{Span: lint.Span{Start: 0, End: len(p.Doc.Text)}, Message: p.Msgf("all", p.Doc.Text, len(p.Doc.Text))})
	return nil
}

func TestFindingsCarryExcerpts(t *testing.T) {
	l, err := lint.New(lint.Config{}, excerptRule{})
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("Texto muy largo de una publicación. ", 100_000)
	res := l.Lint(context.Background(), lint.Post{Text: big})
	if len(res.Findings) != 1 {
		t.Fatalf("got %d findings", len(res.Findings))
	}
	f := res.Findings[0]
	if n := utf8.RuneCountInString(f.Text); n > lint.MaxExcerpt+1 {
		t.Errorf("Text has %d characters", n)
	}
	if !strings.HasPrefix(big, strings.Split(f.Text, "…")[0]) || !strings.HasSuffix(big, strings.Split(f.Text, "…")[1]) {
		t.Errorf("Text %q is not the post's beginning and end", f.Text)
	}
	if len(f.Message) > 4*lint.MaxExcerpt+100 || !strings.Contains(f.Message, fmt.Sprintf("(%d)", len(big))) {
		t.Errorf("message not bounded or numbers lost: %d bytes", len(f.Message))
	}
	if f.Span.End != len(big) {
		t.Errorf("span cut too: %v", f.Span)
	}
	short := l.Lint(context.Background(), lint.Post{Text: "Hola"})
	if short.Findings[0].Text != "Hola" || short.Findings[0].Message != "Texto «Hola» (4)" {
		t.Errorf("short post changed: %+v", short.Findings[0])
	}
}
