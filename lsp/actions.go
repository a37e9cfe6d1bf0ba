package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

const (
	// fixAllKind is the code action that applies every safe fix.
	fixAllKind = "source.fixAll.vocero"
	// addWordCommand adds a word to the words file of the config.
	addWordCommand = "vocero.addWord"
)

// words are the server's own texts, in both languages.
var words = map[string]lint.Message{
	"addWord":  {ES: "Agregar «%s» al diccionario (%s)", EN: "Add “%s” to the dictionary (%s)"},
	"ignore":   {ES: "Ignorar %s en esta línea", EN: "Ignore %s on this line"},
	"fixAll":   {ES: "Corregir todos los problemas seguros", EN: "Fix all safe problems"},
	"criteria": {ES: "Criterio %s", EN: "Criterion %s"},
	"fixes":    {ES: "Cómo corregirlo", EN: "How to fix it"},
}

type textDocumentID struct {
	URI string `json:"uri"`
}

type codeActionParams struct {
	TextDocument textDocumentID `json:"textDocument"`
	Range        Range          `json:"range"`
	Context      struct {
		Diagnostics []diagnostic `json:"diagnostics"`
		Only        []string     `json:"only"`
	} `json:"context"`
}

type textEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

type workspaceEdit struct {
	Changes map[string][]textEdit `json:"changes"`
}

type command struct {
	Title     string `json:"title"`
	Command   string `json:"command"`
	Arguments []any  `json:"arguments,omitempty"`
}

type codeAction struct {
	Title       string         `json:"title"`
	Kind        string         `json:"kind"`
	Diagnostics []diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool           `json:"isPreferred,omitempty"`
	Edit        *workspaceEdit `json:"edit,omitempty"`
	Command     *command       `json:"command,omitempty"`
}

// snapshot returns a document's latest check, if it is of its current
// text.
func (s *server) snapshot(uri string) (*document, *check) {
	s.mu.Lock()
	d := s.docs[uri]
	s.mu.Unlock()
	if d == nil {
		return nil, nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.last == nil || d.last.text != d.text {
		return d, nil
	}
	return d, d.last
}

// wanted reports whether a client that asked only for kinds accepts kind.
func wanted(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

func (s *server) codeActions(ctx context.Context, p codeActionParams) (any, *rpcError) {
	out := []codeAction{}
	d, c := s.snapshot(p.TextDocument.URI)
	if c == nil || c.linter == nil {
		return out, nil
	}
	s.mu.Lock()
	enc := s.enc
	s.mu.Unlock()
	lang := c.linter.Config().Lang
	edit := func(newText string) *workspaceEdit {
		a, b, repl := diff(c.text, newText)
		return &workspaceEdit{Changes: map[string][]textEdit{d.uri: {{
			Range: Range{Start: c.lines.position(a, enc), End: c.lines.position(b, enc)}, NewText: repl,
		}}}}
	}
	if wanted(p.Context.Only, "quickfix") {
		for _, diag := range p.Context.Diagnostics {
			i := c.findingOf(diag)
			if i < 0 {
				continue
			}
			f := c.findings[i]
			mine := []diagnostic{c.diags[c.diagOf(i)]}
			preferred := lint.SafeFixes(f)
			for k, fx := range f.Fixes {
				fixed, n, err := source.ApplyFixes(d.name, []byte(c.text), c.results, lint.ChooseFix(f, k))
				if err != nil || n == 0 {
					continue
				}
				out = append(out, codeAction{Title: fx.Message, Kind: "quickfix", Diagnostics: mine,
					IsPreferred: k == preferred, Edit: edit(string(fixed))})
			}
			if f.Rule == "spelling" && c.setup.Words != "" && isWord(f.Text) {
				out = append(out, codeAction{
					Title: words["addWord"].In(lang, f.Text, filepath.Base(c.setup.Words)), Kind: "quickfix", Diagnostics: mine,
					Command: &command{Title: words["addWord"].In(lang, f.Text, filepath.Base(c.setup.Words)), Command: addWordCommand,
						Arguments: []any{map[string]string{"word": f.Text, "file": c.setup.Words}}},
				})
			}
			if source.FormatOf(d.name) == source.Markdown && f.Line == f.EndLine {
				end := c.lines.position(c.lines.lineEnd(f.Line-1), enc)
				out = append(out, codeAction{
					Title: words["ignore"].In(lang, f.Rule), Kind: "quickfix", Diagnostics: mine,
					Edit: &workspaceEdit{Changes: map[string][]textEdit{d.uri: {{
						Range: Range{Start: end, End: end}, NewText: " <!-- vocero-disable-line " + f.Rule + " -->",
					}}}},
				})
			}
		}
	}
	if len(p.Context.Only) > 0 && wanted(p.Context.Only, fixAllKind) || len(p.Context.Only) == 0 && len(c.findings) > 0 {
		fixed, n, err := source.Fix(ctx, c.linter, d.name, []byte(c.text), source.FixOptions{Read: c.read})
		if ctx.Err() != nil {
			return nil, &rpcError{Code: codeRequestCancelled, Message: "cancelled"}
		}
		if err == nil && n > 0 {
			out = append(out, codeAction{Title: words["fixAll"].In(lang), Kind: fixAllKind, Edit: edit(string(fixed))})
		}
	}
	return out, nil
}

// findingOf finds the finding behind a diagnostic the client sent back:
// by its data when it is of this check, else by rule and range.
func (c *check) findingOf(d diagnostic) int {
	if d.Data != nil && d.Data.Version == c.version && d.Data.Index >= 0 && d.Data.Index < len(c.findings) &&
		c.findings[d.Data.Index].Rule == d.Code {
		return d.Data.Index
	}
	for _, cd := range c.diags {
		if cd.Data != nil && cd.Code == d.Code && cd.Range == d.Range {
			return cd.Data.Index
		}
	}
	return -1
}

// diagOf is the index in diags of finding i's diagnostic.
func (c *check) diagOf(i int) int {
	for k, d := range c.diags {
		if d.Data != nil && d.Data.Index == i {
			return k
		}
	}
	return 0
}

// isWord reports whether s is one word that a words file can hold.
func isWord(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

type hoverParams struct {
	TextDocument textDocumentID `json:"textDocument"`
	Position     Position       `json:"position"`
}

func before(a, b Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// hover explains the findings under the cursor: the rule's summary, how
// to fix it, and the criteria it enforces, quoted.
func (s *server) hover(p hoverParams) any {
	_, c := s.snapshot(p.TextDocument.URI)
	if c == nil || c.linter == nil {
		return nil
	}
	lang := c.linter.Config().Lang
	metas := map[string]lint.Meta{}
	for _, m := range c.linter.Rules() {
		metas[m.ID] = m
	}
	var b strings.Builder
	var rng *Range
	for _, d := range c.diags {
		if d.Data == nil || before(p.Position, d.Range.Start) || !before(p.Position, d.Range.End) && d.Range.Start != d.Range.End {
			continue
		}
		f := c.findings[d.Data.Index]
		if b.Len() > 0 {
			b.WriteString("\n\n---\n\n")
		}
		m := metas[f.Rule]
		fmt.Fprintf(&b, "**%s** — %s\n\n%s\n", f.Rule, m.Summary.In(lang), f.Message)
		if len(f.Fixes) > 0 {
			fmt.Fprintf(&b, "\n%s:\n", words["fixes"].In(lang))
			for _, fx := range f.Fixes {
				fmt.Fprintf(&b, "- %s\n", fx.Message)
			}
		}
		if s.opts.Criterion != nil {
			for _, sec := range f.Criteria {
				if text, ok := s.opts.Criterion(sec); ok {
					fmt.Fprintf(&b, "\n%s:\n\n> %s\n", words["criteria"].In(lang, sec), strings.ReplaceAll(strings.TrimSpace(text), "\n", "\n> "))
				}
			}
		}
		r := d.Range
		rng = &r
	}
	if b.Len() == 0 {
		return nil
	}
	return map[string]any{"contents": map[string]string{"kind": "markdown", "value": b.String()}, "range": rng}
}

type executeParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments"`
}

// execute runs the server's one command: adding a word to the words file
// that a config names (and no other file).
func (s *server) execute(p executeParams) (any, *rpcError) {
	if p.Command != addWordCommand {
		return nil, &rpcError{Code: codeInvalidParams, Message: "unknown command: " + p.Command}
	}
	var arg struct {
		Word string `json:"word"`
		File string `json:"file"`
	}
	if len(p.Arguments) != 1 || json.Unmarshal(p.Arguments[0], &arg) != nil || !isWord(arg.Word) {
		return nil, &rpcError{Code: codeInvalidParams, Message: `want one argument {"word", "file"}`}
	}
	if !s.knownWordsFile(arg.File) {
		return nil, &rpcError{Code: codeInvalidParams, Message: "not the words file of a config in use: " + arg.File}
	}
	if err := addWord(arg.File, arg.Word); err != nil {
		return nil, &rpcError{Code: codeInternalError, Message: err.Error()}
	}
	s.relintAll()
	return nil, nil
}

func (s *server) knownWordsFile(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.linters {
		if e.err == nil && e.setup.Words != "" && e.setup.Words == path {
			return true
		}
	}
	return false
}

// addWord appends word to the words file at path, atomically: a new file
// beside it, synced, then renamed over it.
func addWord(path, word string) error {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == word {
			return nil
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	data = append(data, word+"\n"...)
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vocero-palabras-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
