package lsp

import (
	"bufio"
	"context"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPositions(t *testing.T) {
	// "é" is 2 bytes and 1 unit; "😀" 4 bytes and 2 units; "e\u0301" (NFD)
	// is 3 bytes, 2 code points and 2 units.
	text := "aé😀e\u0301z\r\nsegunda\n\nfin"
	l := newLines(text)
	tests := []struct {
		off        int
		u16, u8    Position
		line, colC int // 1-based line and column in code points
	}{
		{0, Position{0, 0}, Position{0, 0}, 1, 1},
		{1, Position{0, 1}, Position{0, 1}, 1, 2},
		{3, Position{0, 2}, Position{0, 3}, 1, 3},
		{7, Position{0, 4}, Position{0, 7}, 1, 4},
		{10, Position{0, 6}, Position{0, 10}, 1, 6},
		{11, Position{0, 7}, Position{0, 11}, 1, 7},
		{13, Position{1, 0}, Position{1, 0}, 2, 1},
		{21, Position{2, 0}, Position{2, 0}, 3, 1},
		{25, Position{3, 3}, Position{3, 3}, 4, 4},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.u16, l.position(tt.off, utf16Units), "utf-16 of %d", tt.off)
		assert.Equal(t, tt.u8, l.position(tt.off, utf8Units), "utf-8 of %d", tt.off)
		assert.Equal(t, tt.off, l.offset(tt.u16, utf16Units), "offset of %+v", tt.u16)
		assert.Equal(t, tt.off, l.offset(tt.u8, utf8Units), "offset of %+v", tt.u8)
		assert.Equal(t, tt.u16, l.fromColumn(tt.line, tt.colC, utf16Units), "line %d col %d", tt.line, tt.colC)
	}
	// Past the end of a line is its end (before \r\n); past the last line,
	// the end of the text; inside a surrogate pair, the character's start.
	assert.Equal(t, 11, l.offset(Position{0, 99}, utf16Units))
	assert.Equal(t, len(text), l.offset(Position{9, 0}, utf16Units))
	assert.Equal(t, 3, l.offset(Position{0, 3}, utf16Units))
}

func TestDiff(t *testing.T) {
	tests := []struct{ a, b, repl string }{
		{"pájina", "página", "g"},
		{"hola", "hola", ""},
		{"", "nuevo", "nuevo"},
		{"ULTIMO DIA!!!", "Último día!", "Último día"},
		{"año", "ano", "n"},
		{"caña", "cana", "n"},
		{"aaa", "aa", ""},
	}
	for _, tt := range tests {
		s, e, repl := diff(tt.a, tt.b)
		assert.Equal(t, tt.b, tt.a[:s]+repl+tt.a[e:], "%q -> %q", tt.a, tt.b)
		assert.True(t, utf8.ValidString(repl) && utf8.ValidString(tt.a[:s]) && utf8.ValidString(tt.a[e:]), "%q -> %q splits a character", tt.a, tt.b)
		if tt.repl != "" || tt.a == tt.b {
			assert.Equal(t, tt.repl, repl, "%q -> %q", tt.a, tt.b)
		}
	}
}

func TestReadMessage(t *testing.T) {
	in := "Content-Length: 2\r\n\r\n{}" + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 4\r\n\r\nnull" + "Sin dos puntos\r\n\r\n"
	br := bufio.NewReader(strings.NewReader(in))
	b, err := readMessage(br)
	require.NoError(t, err)
	assert.Equal(t, "{}", string(b))
	b, err = readMessage(br)
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
	_, err = readMessage(br)
	assert.ErrorIs(t, err, errFraming)
	_, err = readMessage(bufio.NewReader(strings.NewReader("Content-Length: 999999999999\r\n\r\n")))
	assert.Error(t, err)
}

// FuzzChange applies random edits through positions and checks that
// offsets and positions stay consistent on any text.
func FuzzChange(f *testing.F) {
	f.Add("aé😀e\u0301z\r\nsegunda\n", 0, 3, 1, 2, "x")
	f.Add("\xff\xfe\n", 0, 1, 0, 5, "ñ")
	f.Fuzz(func(t *testing.T, text string, l1, c1, l2, c2 int, repl string) {
		for _, enc := range []encoding{utf16Units, utf8Units} {
			l := newLines(text)
			a := l.offset(Position{l1, c1}, enc)
			b := l.offset(Position{l2, c2}, enc)
			if a < 0 || a > len(text) || b < 0 || b > len(text) {
				t.Fatalf("offset out of range: %d %d of %d", a, b, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(byteAt(text, a)) || !utf8.RuneStart(byteAt(text, b))) {
				t.Fatalf("offset inside a character: %d %d in %q", a, b, text)
			}
			p := l.position(a, enc)
			if got := l.offset(p, enc); got != a && utf8.ValidString(text) {
				t.Fatalf("position %+v of %d maps back to %d in %q", p, a, got, text)
			}
		}
		if utf8.ValidString(text) && utf8.ValidString(repl) {
			s, e, r := diff(text, repl)
			if text[:s]+r+text[e:] != repl {
				t.Fatalf("diff(%q, %q) is wrong", text, repl)
			}
		}
	})
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// FuzzMessage hands any message body to an initialized server: whatever
// arrives, the server answers or ignores it, and never panics.
func FuzzMessage(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///t/a.md","languageId":"markdown","version":1,"text":"# Hola\n\nULTIMO DIA!!!"}}}`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///t/a.md"},"position":{"line":-1,"character":99}}}`))
	f.Add([]byte(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///t/a.md","version":2},"contentChanges":[{"range":{"start":{"line":9,"character":0},"end":{"line":0,"character":0}},"text":"x"}]}}`))
	f.Add([]byte(`{"id":[1],"method":5}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ctx, cancel := context.WithCancelCause(context.Background())
		defer cancel(nil)
		s := &server{opts: Options{Linter: testLinter, RuleURL: func(string) string { return "" }}, c: &conn{w: io.Discard}, ctx: ctx, stop: cancel,
			docs: map[string]*document{}, linters: map[string]*linterEntry{}, reqs: map[string]context.CancelFunc{}, initialized: true}
		s.handle([]byte(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///t/a.md","languageId":"markdown","version":1,"text":"ULTIMO DIA!!!"}}}`))
		s.handle(body)
		s.wg.Wait()
		s.closeAll()
	})
}
