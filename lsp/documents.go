package lsp

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

type textDocumentItem struct {
	URI        string `json:"uri"`
	LanguageID string `json:"languageId"`
	Version    int    `json:"version"`
	Text       string `json:"text"`
}

type didOpenParams struct {
	TextDocument textDocumentItem `json:"textDocument"`
}

type contentChange struct {
	Range *Range `json:"range"`
	Text  string `json:"text"`
}

type didChangeParams struct {
	TextDocument struct {
		URI     string `json:"uri"`
		Version int    `json:"version"`
	} `json:"textDocument"`
	ContentChanges []contentChange `json:"contentChanges"`
}

// document is an open document and its latest check.
type document struct {
	uri  string
	name string // a file name whose extension gives the format
	dir  string // the folder whose config applies

	mu      sync.Mutex
	text    string
	version int
	cancel  context.CancelFunc // of the check in progress
	last    *check
	kick    chan struct{}
	quit    chan struct{}
	stopped bool
}

// check is the result of checking one version of a document.
type check struct {
	version  int
	text     string
	lines    *lines
	linter   *lint.Linter
	setup    Setup
	read     source.Options
	results  []lint.Result
	findings []lint.Finding // flattened, in diagnostic order
	diags    []diagnostic
}

func (d *document) stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped {
		return
	}
	d.stopped = true
	if d.cancel != nil {
		d.cancel()
	}
	close(d.quit)
}

// formatName picks the file name that tells the readers the format: the
// language id first, then the file's own extension, then plain text.
func formatName(uri, languageID string) (name, dir string, onDisk bool) {
	p, ok := filePath(uri)
	if !ok {
		p = uri
		if u := strings.LastIndexAny(p, "/:"); u >= 0 {
			p = p[u+1:]
		}
	}
	want := map[string]string{
		"markdown": ".md", "plaintext": ".txt", "text": ".txt",
		"csv": ".csv", "jsonl": ".jsonl", "jsonlines": ".jsonl", "json-lines": ".jsonl",
	}[strings.ToLower(languageID)]
	name = p
	switch {
	case want != "" && source.FormatOf(p) != source.FormatOf("x"+want):
		name = p + want
	case want == "" && !source.Supported(p):
		name = p + ".txt"
	}
	if ok {
		dir = filepath.Dir(p)
	}
	return name, dir, ok
}

func (s *server) open(p didOpenParams) {
	td := p.TextDocument
	name, dir, onDisk := formatName(td.URI, td.LanguageID)
	if !onDisk {
		s.mu.Lock()
		dir = s.root
		s.mu.Unlock()
	}
	d := &document{uri: td.URI, name: name, dir: dir, text: td.Text, version: td.Version,
		kick: make(chan struct{}, 1), quit: make(chan struct{})}
	s.mu.Lock()
	if old := s.docs[td.URI]; old != nil {
		old.stop()
	}
	s.docs[td.URI] = d
	s.mu.Unlock()
	go s.worker(d)
	s.kick(d)
}

func (s *server) change(p didChangeParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	enc := s.enc
	s.mu.Unlock()
	if d == nil {
		return
	}
	d.mu.Lock()
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = c.Text
			continue
		}
		l := newLines(d.text)
		a, b := l.offset(c.Range.Start, enc), l.offset(c.Range.End, enc)
		if b < a {
			a, b = b, a
		}
		d.text = d.text[:a] + c.Text + d.text[b:]
	}
	d.version = p.TextDocument.Version
	// A newer text makes the check in progress pointless.
	if d.cancel != nil {
		d.cancel()
	}
	d.mu.Unlock()
	s.kick(d)
}

func (s *server) closeDoc(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	delete(s.docs, uri)
	s.mu.Unlock()
	if d != nil {
		d.stop()
		s.c.notify("textDocument/publishDiagnostics", publishParams{URI: uri, Diagnostics: []diagnostic{}})
	}
}

func (s *server) kick(d *document) {
	select {
	case d.kick <- struct{}{}:
	default: // a check is already due: it will read the newest text
	}
}

// relintAll checks every open document again (a config or words file may
// have changed).
func (s *server) relintAll() {
	s.mu.Lock()
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	for _, d := range docs {
		s.kick(d)
	}
}

// worker checks a document whenever it is kicked, one check at a time,
// always on the newest text, and publishes the diagnostics if no newer
// text arrived meanwhile.
func (s *server) worker(d *document) {
	for {
		select {
		case <-d.quit:
			return
		case <-s.ctx.Done():
			return
		case <-d.kick:
		}
		if s.opts.Debounce > 0 {
			select {
			case <-time.After(s.opts.Debounce):
			case <-d.quit:
				return
			}
		}
		d.mu.Lock()
		if d.stopped {
			d.mu.Unlock()
			return
		}
		ctx, cancel := context.WithCancel(s.ctx)
		d.cancel = cancel
		text, version := d.text, d.version
		d.mu.Unlock()
		c := s.check(ctx, d, text, version)
		interrupted := ctx.Err() != nil
		cancel()
		d.mu.Lock()
		current := !d.stopped && d.version == version && d.text == text && !interrupted
		if current {
			d.last = c
		}
		d.mu.Unlock()
		if current {
			s.c.notify("textDocument/publishDiagnostics", publishParams{URI: d.uri, Version: version, Diagnostics: c.diags})
		}
	}
}

// check lints one version of a document.
func (s *server) check(ctx context.Context, d *document, text string, version int) *check {
	s.mu.Lock()
	enc := s.enc
	s.mu.Unlock()
	c := &check{version: version, text: text, lines: newLines(text), diags: []diagnostic{}}
	l, setup, err := s.linterFor(d.dir)
	if err != nil {
		c.diags = append(c.diags, diagnostic{Range: Range{}, Severity: 1, Source: "vocero", Code: "config", Message: err.Error()})
		return c
	}
	cfg := l.Config()
	c.linter, c.setup = l, setup
	c.read = source.Options{Location: cfg.Location}
	posts, err := source.ReadWith(d.name, []byte(text), c.read)
	var bad source.RecordErrors
	switch {
	case errors.As(err, &bad):
		for _, e := range bad {
			c.diags = append(c.diags, readDiagnostic(c.lines, e, enc))
		}
	case err != nil:
		var se *source.Error
		if errors.As(err, &se) {
			c.diags = append(c.diags, readDiagnostic(c.lines, se, enc))
		} else {
			c.diags = append(c.diags, diagnostic{Severity: 1, Source: "vocero", Code: "read", Message: err.Error()})
		}
		return c
	}
	for _, p := range posts {
		if ctx.Err() != nil {
			return c
		}
		res := l.Lint(ctx, p)
		c.results = append(c.results, res)
		for _, f := range res.Findings {
			c.diags = append(c.diags, diagnostic{
				Range: Range{
					Start: c.lines.fromColumn(f.Line, f.Column, enc),
					End:   c.lines.fromColumn(f.EndLine, f.EndColumn, enc),
				},
				Severity:        severity(f.Severity),
				Code:            f.Rule,
				CodeDescription: &codeDescription{Href: s.opts.RuleURL(f.Rule)},
				Source:          "vocero",
				Message:         f.Message,
				Data:            &diagData{Version: version, Index: len(c.findings)},
			})
			c.findings = append(c.findings, f)
		}
		if res.Err != nil {
			c.diags = append(c.diags, diagnostic{Range: Range{Start: c.lines.position(0, enc), End: c.lines.position(0, enc)},
				Severity: 1, Source: "vocero", Code: "internal", Message: res.Err.Error()})
		}
	}
	return c
}

func readDiagnostic(l *lines, e *source.Error, enc encoding) diagnostic {
	line := max(e.Line, 1)
	return diagnostic{
		Range:    Range{Start: l.fromColumn(line, 1, enc), End: l.position(l.lineEnd(min(line, len(l.starts))-1), enc)},
		Severity: 1, Source: "vocero", Code: "read", Message: e.Msg,
	}
}

// severity maps vocero's severities to LSP's (1 error, 2 warning, 3
// information).
func severity(s lint.Severity) int {
	switch s {
	case lint.Error:
		return 1
	case lint.Warning:
		return 2
	}
	return 3
}

type publishParams struct {
	URI         string       `json:"uri"`
	Version     int          `json:"version,omitempty"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type codeDescription struct {
	Href string `json:"href"`
}

// diagData lets a code action find the finding behind a diagnostic.
type diagData struct {
	Version int `json:"version"`
	Index   int `json:"index"`
}

type diagnostic struct {
	Range           Range            `json:"range"`
	Severity        int              `json:"severity"`
	Code            string           `json:"code,omitempty"`
	CodeDescription *codeDescription `json:"codeDescription,omitempty"`
	Source          string           `json:"source"`
	Message         string           `json:"message"`
	Data            *diagData        `json:"data,omitempty"`
}
