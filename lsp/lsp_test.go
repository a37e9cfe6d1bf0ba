package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// client is a test LSP client talking to Serve over pipes.
type client struct {
	t      testing.TB
	w      io.WriteCloser
	mu     sync.Mutex
	nextID int
	resps  map[int]chan message
	notes  chan message
	done   chan error
	cancel context.CancelFunc
}

// testLinter builds the built-in rules for dir from a .vocero.yaml there
// (with its words_file), the way the CLI does, without caching.
func testLinter(dir string) (*lint.Linter, Setup, error) {
	cfgPath, _ := lint.FindConfig(dir)
	var cfg lint.Config
	var st Setup
	if cfgPath != "" {
		c, err := lint.LoadConfig(cfgPath)
		if err != nil {
			return nil, Setup{Config: cfgPath}, err
		}
		cfg = c
		st.Config = cfgPath
		if cfg.WordsFile != "" {
			st.Words = filepath.Join(filepath.Dir(cfgPath), cfg.WordsFile)
			if data, err := os.ReadFile(st.Words); err == nil {
				cfg.Words = append(cfg.Words, strings.Fields(string(data))...)
			}
		}
	}
	l, err := rules.NewLinter(cfg)
	return l, st, err
}

func startClient(t testing.TB, dir string, initParams map[string]any) *client {
	t.Helper()
	cr, sw := io.Pipe()
	sr, cw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	c := &client{t: t, w: cw, resps: map[int]chan message{}, notes: make(chan message, 100), done: make(chan error, 1), cancel: cancel}
	go func() {
		c.done <- Serve(ctx, sr, sw, Options{Linter: testLinter, Dir: dir, Criterion: func(s string) (string, bool) {
			return "Texto del criterio " + s + ".", true
		}})
		sw.Close()
	}()
	go func() {
		br := bufio.NewReader(cr)
		for {
			body, err := readMessage(br)
			if err != nil {
				close(c.notes)
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("server sent non-JSON: %q", body)
				continue
			}
			if m.Method != "" {
				c.notes <- m
				continue
			}
			var id int
			json.Unmarshal(m.ID, &id)
			c.mu.Lock()
			ch := c.resps[id]
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
		}
	}()
	t.Cleanup(func() { cancel(); cw.Close() })
	if initParams == nil {
		initParams = map[string]any{"processId": nil, "rootUri": "file://" + dir, "capabilities": map[string]any{}}
	}
	res := c.call("initialize", initParams)
	require.Nil(t, res.Error)
	c.notify("initialized", map[string]any{})
	return c
}

func (c *client) send(m any) {
	body, _ := json.Marshal(m)
	fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

func (c *client) callAsync(method string, params any) (int, chan message) {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan message, 1)
	c.resps[id] = ch
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return id, ch
}

func (c *client) call(method string, params any) message {
	c.t.Helper()
	_, ch := c.callAsync(method, params)
	select {
	case m := <-ch:
		return m
	case <-time.After(30 * time.Second):
		c.t.Fatalf("no answer to %s", method)
	}
	return message{}
}

func (c *client) notify(method string, params any) {
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

type published struct {
	URI         string       `json:"uri"`
	Version     int          `json:"version"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

// diagnostics waits for the diagnostics of uri at version.
func (c *client) diagnostics(uri string, version int) published {
	c.t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case m, ok := <-c.notes:
			if !ok {
				c.t.Fatal("server closed the stream")
			}
			if m.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var p published
			require.NoError(c.t, json.Unmarshal(m.Params, &p))
			if p.URI == uri && p.Version == version {
				return p
			}
		case <-deadline:
			c.t.Fatalf("no diagnostics for %s version %d", uri, version)
		}
	}
}

func byCode(p published, code string) []diagnostic {
	var out []diagnostic
	for _, d := range p.Diagnostics {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

// emojiPost has characters where bytes, code points and UTF-16 units all
// differ before the findings: an emoji (4 bytes, 1 code point, 2 units), an
// accented letter (2, 1, 1) and NFD text (e + combining accent).
const emojiPost = "🗳️ Información: llama a Rosa al cel. 662 555 0142 o escribe a rosa.lopez.1990@gmail.com\nMás datos en la página de la eleccio\u0301n #VotoInformado2027"

func TestConversation(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".vocero.yaml"), []byte("words_file: palabras.txt\n"), 0o644))
	c := startClient(t, dir, nil)
	uri := "file://" + filepath.Join(dir, "aviso.txt")
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": emojiPost}})
	p := c.diagnostics(uri, 1)
	phones := byCode(p, "personal-data")
	require.Len(t, phones, 2, "%+v", p.Diagnostics)
	// Line 0: "🗳️ Información: llama a Rosa al cel. " — the emoji is 🗳 U+1F5F3
	// (2 units) plus U+FE0F (1 unit).
	prefix := "🗳️ Información: llama a Rosa al cel. "
	assert.Equal(t, Range{Start: Position{0, units(prefix, utf16Units)}, End: Position{0, units(prefix+"662 555 0142", utf16Units)}}, phones[0].Range)
	// 🗳 is two UTF-16 units, U+FE0F one, then 35 code points of one unit.
	assert.Equal(t, 38, phones[0].Range.Start.Character)
	assert.Equal(t, 1, phones[0].Severity)
	assert.Equal(t, "vocero", phones[0].Source)
	require.NotNil(t, phones[0].CodeDescription)
	assert.Contains(t, phones[0].CodeDescription.Href, "personal-data")
	assert.Contains(t, phones[0].Message, "teléfono")

	// An incremental change: the typo "pájina" on line 1, typed where the
	// right word was, in UTF-16 units.
	line1 := "Más datos en la "
	start := Position{1, units(line1, utf16Units)}
	end := Position{1, units(line1+"página", utf16Units)}
	t0 := time.Now()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": Range{start, end}, "text": "pájina"}},
	})
	p = c.diagnostics(uri, 2)
	t.Logf("didChange to publishDiagnostics: %v", time.Since(t0))
	spell := byCode(p, "spelling")
	require.NotEmpty(t, spell, "%+v", p.Diagnostics)
	var typo diagnostic
	for _, d := range spell {
		if d.Range.Start == start {
			typo = d
		}
	}
	require.Equal(t, Range{start, Position{1, start.Character + 6}}, typo.Range, "%+v", spell)

	// Code actions on the typo: its fix (preferred when safe), add the word.
	res := c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": typo.Range,
		"context": map[string]any{"diagnostics": []diagnostic{typo}},
	})
	require.Nil(t, res.Error)
	var actions []codeAction
	require.NoError(t, json.Unmarshal(res.Result, &actions))
	var fix, add *codeAction
	for i, a := range actions {
		switch {
		case a.Edit != nil && a.Kind == "quickfix" && fix == nil:
			fix = &actions[i]
		case a.Command != nil && a.Command.Command == addWordCommand:
			add = &actions[i]
		}
	}
	require.NotNil(t, fix, "%+v", actions)
	edits := fix.Edit.Changes[uri]
	require.Len(t, edits, 1)
	// The edit is the smallest change: "j" becomes "g" inside the word.
	assert.Equal(t, Range{Position{1, start.Character + 2}, Position{1, start.Character + 3}}, edits[0].Range)
	assert.Equal(t, "g", edits[0].NewText)
	require.NotNil(t, add)

	// The client applies the edit and tells the server, as an editor does.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"range": edits[0].Range, "text": edits[0].NewText}},
	})
	p = c.diagnostics(uri, 3)
	for _, d := range byCode(p, "spelling") {
		assert.NotEqual(t, start, d.Range.Start, "the typo is fixed")
	}

	// Hover over the phone: summary, fix and the criterion, quoted.
	res = c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{0, 41}})
	require.Nil(t, res.Error)
	var hov struct {
		Contents struct{ Kind, Value string }
	}
	require.NoError(t, json.Unmarshal(res.Result, &hov))
	assert.Equal(t, "markdown", hov.Contents.Kind)
	assert.Contains(t, hov.Contents.Value, "**personal-data**")
	assert.Contains(t, hov.Contents.Value, "> Texto del criterio 6.III.")
	res = c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{0, 2}})
	assert.Equal(t, "null", string(res.Result))

	// Add a word to the dictionary through the command.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 4},
		"contentChanges": []any{map[string]any{"text": "Saludos con carinyo a todas las personas."}},
	})
	p = c.diagnostics(uri, 4)
	unknown := byCode(p, "spelling")
	require.NotEmpty(t, unknown, "a made-up place name is unknown")
	res = c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": unknown[0].Range,
		"context": map[string]any{"diagnostics": unknown[:1], "only": []string{"quickfix"}},
	})
	require.NoError(t, json.Unmarshal(res.Result, &actions))
	add = nil
	for i, a := range actions {
		if a.Command != nil {
			add = &actions[i]
		}
	}
	require.NotNil(t, add, "%+v", actions)
	res = c.call("workspace/executeCommand", map[string]any{"command": add.Command.Command, "arguments": add.Command.Arguments})
	require.Nil(t, res.Error)
	words, err := os.ReadFile(filepath.Join(dir, "palabras.txt"))
	require.NoError(t, err)
	assert.Contains(t, string(words), "carinyo\n")
	// The words file changed: the document is checked again without it.
	p = c.diagnostics(uri, 4)
	for _, d := range byCode(p, "spelling") {
		assert.NotEqual(t, unknown[0].Range, d.Range)
	}
	// No other file may be written through the command.
	res = c.call("workspace/executeCommand", map[string]any{"command": addWordCommand,
		"arguments": []any{map[string]string{"word": "x", "file": filepath.Join(dir, ".vocero.yaml")}}})
	require.NotNil(t, res.Error)

	res = c.call("shutdown", nil)
	require.Nil(t, res.Error)
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop on exit")
	}
}

func TestUTF8Positions(t *testing.T) {
	c := startClient(t, t.TempDir(), map[string]any{"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}}})
	uri := "untitled:Borrador-1"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": emojiPost}})
	p := c.diagnostics(uri, 1)
	phones := byCode(p, "personal-data")
	require.NotEmpty(t, phones)
	prefix := "🗳️ Información: llama a Rosa al cel. "
	assert.Equal(t, len(prefix), phones[0].Range.Start.Character)
}

func TestMarkdownIgnoreAndFixAll(t *testing.T) {
	dir := t.TempDir()
	c := startClient(t, dir, nil)
	uri := "file://" + filepath.Join(dir, "aviso.md")
	text := "---\ntitulo: Aviso\n---\n# Aviso\n\nULTIMO DIA para registrarte!!!\n"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
	p := c.diagnostics(uri, 1)
	caps := byCode(p, "all-caps")
	require.NotEmpty(t, caps, "%+v", p.Diagnostics)
	assert.Equal(t, 5, caps[0].Range.Start.Line)
	res := c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": caps[0].Range,
		"context": map[string]any{"diagnostics": caps[:1]},
	})
	var actions []codeAction
	require.NoError(t, json.Unmarshal(res.Result, &actions))
	var ignore, all *codeAction
	for i, a := range actions {
		if strings.HasPrefix(a.Title, "Ignorar") {
			ignore = &actions[i]
		}
		if a.Kind == fixAllKind {
			all = &actions[i]
		}
	}
	require.NotNil(t, ignore, "%+v", actions)

	// A safe fix is the preferred action of its diagnostic.
	marks := byCode(p, "punctuation")
	require.NotEmpty(t, marks)
	res = c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": marks[len(marks)-1].Range,
		"context": map[string]any{"diagnostics": marks[len(marks)-1:], "only": []string{"quickfix"}},
	})
	var punct []codeAction
	require.NoError(t, json.Unmarshal(res.Result, &punct))
	require.NotEmpty(t, punct)
	assert.True(t, punct[0].IsPreferred, "%+v", punct)
	assert.Equal(t, " <!-- vocero-disable-line all-caps -->", ignore.Edit.Changes[uri][0].NewText)
	assert.Equal(t, Position{5, len("ULTIMO DIA para registrarte!!!")}, ignore.Edit.Changes[uri][0].Range.Start)
	require.NotNil(t, all)

	// Ask for fixAll alone, as an editor does on save.
	res = c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": Range{},
		"context": map[string]any{"diagnostics": []any{}, "only": []string{"source.fixAll"}},
	})
	require.NoError(t, json.Unmarshal(res.Result, &actions))
	require.Len(t, actions, 1)
	e := actions[0].Edit.Changes[uri][0]
	l := newLines(text)
	fixed := text[:l.offset(e.Range.Start, utf16Units)] + e.NewText + text[l.offset(e.Range.End, utf16Units):]
	assert.Contains(t, fixed, "---\ntitulo: Aviso\n---\n# Aviso\n\n")
	assert.NotContains(t, fixed, "!!!")
}

func TestJSONLAndCSVDocuments(t *testing.T) {
	dir := t.TempDir()
	c := startClient(t, dir, nil)
	uri := "file://" + filepath.Join(dir, "programadas.jsonl")
	text := `{"id":"a","text":"Consulta tu casilla."}` + "\n" + `{"id":"b","text":"Línea\nLlama al cel. 662 555 0142"}` + "\n"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "jsonl", "version": 1, "text": text}})
	p := c.diagnostics(uri, 1)
	phones := byCode(p, "personal-data")
	require.Len(t, phones, 1, "%+v", p.Diagnostics)
	// The phone sits on the file's second line, after the JSON escape.
	line := strings.Split(text, "\n")[1]
	col := units(line[:strings.Index(line, "662")], utf16Units)
	assert.Equal(t, Range{Start: Position{1, col}, End: Position{1, col + 12}}, phones[0].Range)

	bad := `{"id":"a","text":"hola","platforms":["orkut"]}` + "\n"
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": bad}}})
	p = c.diagnostics(uri, 2)
	read := byCode(p, "read")
	require.Len(t, read, 1)
	assert.Contains(t, read[0].Message, "orkut")
}

func TestMalformedAndLifecycle(t *testing.T) {
	dir := t.TempDir()
	cr, sw := io.Pipe()
	sr, cw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- Serve(context.Background(), sr, sw, Options{Linter: testLinter, Dir: dir}); sw.Close() }()
	br := bufio.NewReader(cr)
	read := func() message {
		body, err := readMessage(br)
		require.NoError(t, err)
		var m message
		require.NoError(t, json.Unmarshal(body, &m))
		return m
	}
	send := func(body string) { fmt.Fprintf(cw, "Content-Length: %d\r\n\r\n%s", len(body), body) }

	send(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}`)
	assert.Equal(t, codeServerNotInitialized, read().Error.Code)
	send(`{not json`)
	assert.Equal(t, codeParseError, read().Error.Code)
	send(`{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}`)
	m := read()
	require.Nil(t, m.Error)
	assert.Contains(t, string(m.Result), `"positionEncoding":"utf-16"`)
	send(`{"jsonrpc":"2.0","id":3,"method":"textDocument/nothing","params":{}}`)
	assert.Equal(t, codeMethodNotFound, read().Error.Code)
	send(`{"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":"nope"}`)
	assert.Equal(t, codeInvalidParams, read().Error.Code)
	send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///no/existe.txt","text":5}}}`)
	send(`{"jsonrpc":"2.0","id":5,"method":"shutdown"}`)
	require.Nil(t, read().Error)
	send(`{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{}}`)
	assert.Equal(t, codeInvalidRequest, read().Error.Code)
	send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("no exit")
	}
}

func TestClientGone(t *testing.T) {
	sr, cw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- Serve(context.Background(), sr, io.Discard, Options{Linter: testLinter}) }()
	cw.Close()
	select {
	case err := <-done:
		assert.Error(t, err, "a stream that ends without shutdown is not a clean stop")
	case <-time.After(10 * time.Second):
		t.Fatal("the server outlived its client")
	}
}

func TestHugeDocumentDoesNotBlock(t *testing.T) {
	if testing.Short() {
		t.Skip("5 MB document: skipped with -short")
	}
	dir := t.TempDir()
	c := startClient(t, dir, nil)
	big := strings.Repeat("Consulta la ubicación de tu casilla en el sitio del Instituto. Llama al cel. 662 555 0142. ", 55000)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file://" + dir + "/grande.txt", "languageId": "plaintext", "version": 1, "text": big}})
	// While the big one is checked, a small document gets its answer.
	small := "file://" + dir + "/chico.txt"
	t0 := time.Now()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": small, "languageId": "plaintext", "version": 1, "text": "Llama al cel. 662 555 0142"}})
	p := c.diagnostics(small, 1)
	assert.Len(t, byCode(p, "personal-data"), 1)
	t.Logf("small document answered in %v while a %d MB one was checked", time.Since(t0), len(big)>>20)
	res := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": small}, "position": Position{0, 15}})
	assert.Nil(t, res.Error)
}

func TestCancelRequest(t *testing.T) {
	dir := t.TempDir()
	c := startClient(t, dir, nil)
	uri := "file://" + dir + "/aviso.txt"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1,
		"text": strings.Repeat("ULTIMO DIA para registrarte!!! ", 2000)}})
	c.diagnostics(uri, 1)
	id, ch := c.callAsync("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": Range{},
		"context": map[string]any{"diagnostics": []any{}, "only": []string{fixAllKind}}})
	c.notify("$/cancelRequest", map[string]any{"id": id})
	select {
	case m := <-ch:
		// Either it finished first or it was cancelled; never silence.
		if m.Error != nil {
			assert.Equal(t, codeRequestCancelled, m.Error.Code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no answer to a cancelled request")
	}
}
