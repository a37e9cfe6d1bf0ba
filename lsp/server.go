package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/vocero/vocero/lint"
)

// Options configure a server. Only Linter is required.
type Options struct {
	// Linter returns the Linter for the documents of folder dir, and the
	// files it was built from. The server calls it again when one of
	// those files changes, so it must not cache.
	Linter func(dir string) (*lint.Linter, Setup, error)
	// Criterion gives the text of a section of the criteria, quoted in
	// hovers; nil leaves it out.
	Criterion func(section string) (string, bool)
	// RuleURL is the documentation link of a rule (the diagnostic's
	// codeDescription); nil means the README's rule reference.
	RuleURL func(rule string) string
	// Debounce waits this long after a change before checking; changes
	// that arrive meanwhile, or while a check runs, are coalesced.
	Debounce time.Duration
	// Dir is the folder for documents that have no file yet, when the
	// client names no workspace folder.
	Dir string
}

// Setup names the files a Linter was built from.
type Setup struct {
	// Config is the .vocero.yaml in use ("" for the built-in defaults).
	Config string
	// Words is the words file the config names ("" for none): where "add
	// this word to the dictionary" writes.
	Words string
}

// Serve speaks LSP 3.17 on r and w until the client sends exit, closes the
// stream, or ctx ends. It returns nil after a clean shutdown and exit.
func Serve(ctx context.Context, r io.Reader, w io.Writer, opts Options) error {
	if opts.Linter == nil {
		return errors.New("lsp: Options.Linter is required")
	}
	if opts.RuleURL == nil {
		opts.RuleURL = func(rule string) string {
			return "https://github.com/vocero/vocero#regla-" + rule
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	s := &server{
		opts: opts, c: &conn{w: w}, ctx: ctx, stop: cancel,
		docs: map[string]*document{}, linters: map[string]*linterEntry{}, reqs: map[string]context.CancelFunc{},
		root: opts.Dir,
	}
	defer s.closeAll()
	in := make(chan []byte)
	errc := make(chan error, 1)
	go func() {
		br := bufio.NewReaderSize(r, 64<<10)
		for {
			body, err := readMessage(br)
			if err != nil {
				errc <- err
				return
			}
			select {
			case in <- body:
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case err := <-errc:
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				if s.isShutdown() {
					return nil
				}
				return errors.New("lsp: the client closed the connection without shutdown")
			}
			return err
		case body := <-in:
			if done, err := s.handle(body); done {
				return err
			}
		}
	}
}

type server struct {
	opts Options
	c    *conn
	ctx  context.Context
	stop context.CancelCauseFunc

	mu          sync.Mutex
	enc         encoding
	root        string
	initialized bool
	shutdown    bool
	docs        map[string]*document
	linters     map[string]*linterEntry // by folder
	reqs        map[string]context.CancelFunc
	wg          sync.WaitGroup
}

func (s *server) isShutdown() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shutdown
}

// handle dispatches one message; it reports true when the server must stop.
func (s *server) handle(body []byte) (bool, error) {
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		s.c.reply(nil, nil, &rpcError{Code: codeParseError, Message: "the message is not JSON: " + err.Error()})
		return false, nil
	}
	isRequest := len(m.ID) > 0 && string(m.ID) != "null"
	if m.Method == "" {
		if !isRequest {
			s.c.reply(nil, nil, &rpcError{Code: codeInvalidRequest, Message: "a message needs a method"})
		}
		return false, nil // a response to a request of ours: none are sent
	}
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case m.Method == "exit":
		if shutdown {
			return true, nil
		}
		return true, errors.New("lsp: exit without shutdown")
	case m.Method == "initialize":
		if !isRequest {
			return false, nil
		}
		if initialized {
			s.c.reply(m.ID, nil, &rpcError{Code: codeInvalidRequest, Message: "initialize was already called"})
			return false, nil
		}
		res, rerr := s.initialize(m.Params)
		s.c.reply(m.ID, res, rerr)
		return false, nil
	case !initialized:
		if isRequest {
			s.c.reply(m.ID, nil, &rpcError{Code: codeServerNotInitialized, Message: "the server is not initialized"})
		}
		return false, nil
	case shutdown && isRequest:
		s.c.reply(m.ID, nil, &rpcError{Code: codeInvalidRequest, Message: "the server is shutting down"})
		return false, nil
	case m.Method == "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.closeAll()
		s.c.reply(m.ID, nil, nil)
		return false, nil
	}
	if !isRequest {
		s.notification(m.Method, m.Params)
		return false, nil
	}
	// Requests run beside the reading loop, so that a slow one (fixing a
	// huge document) neither blocks typing nor misses its cancellation.
	ctx, cancel := context.WithCancel(s.ctx)
	key := string(m.ID)
	s.mu.Lock()
	s.reqs[key] = cancel
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer func() {
			s.mu.Lock()
			delete(s.reqs, key)
			s.mu.Unlock()
			cancel()
		}()
		res, rerr := s.request(ctx, m.Method, m.Params)
		if ctx.Err() != nil && rerr == nil && s.ctx.Err() == nil {
			rerr = &rpcError{Code: codeRequestCancelled, Message: "cancelled"}
		}
		s.c.reply(m.ID, res, rerr)
	}()
	return false, nil
}

// request answers one request; a panic becomes an internal error, not a
// dead server.
func (s *server) request(ctx context.Context, method string, params json.RawMessage) (res any, rerr *rpcError) {
	defer func() {
		if p := recover(); p != nil {
			rerr = &rpcError{Code: codeInternalError, Message: fmt.Sprintf("internal error: %v\n%s", p, debug.Stack())}
		}
	}()
	switch method {
	case "textDocument/codeAction":
		var p codeActionParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.codeActions(ctx, p)
	case "textDocument/hover":
		var p hoverParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.hover(p), nil
	case "workspace/executeCommand":
		var p executeParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.execute(p)
	}
	return nil, &rpcError{Code: codeMethodNotFound, Message: "method not supported: " + method}
}

func invalidParams(err error) *rpcError {
	return &rpcError{Code: codeInvalidParams, Message: "invalid params: " + err.Error()}
}

func (s *server) notification(method string, params json.RawMessage) {
	switch method {
	case "textDocument/didOpen":
		var p didOpenParams
		if json.Unmarshal(params, &p) == nil {
			s.open(p)
		}
	case "textDocument/didChange":
		var p didChangeParams
		if json.Unmarshal(params, &p) == nil {
			s.change(p)
		}
	case "textDocument/didClose":
		var p struct {
			TextDocument struct{ URI string } `json:"textDocument"`
		}
		if json.Unmarshal(params, &p) == nil {
			s.closeDoc(p.TextDocument.URI)
		}
	case "textDocument/didSave", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration":
		s.relintAll()
	case "$/cancelRequest":
		var p struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(params, &p) == nil {
			s.mu.Lock()
			if cancel := s.reqs[string(p.ID)]; cancel != nil {
				cancel()
			}
			s.mu.Unlock()
		}
	}
}

type initializeParams struct {
	ProcessID    *int   `json:"processId"`
	RootURI      string `json:"rootUri"`
	RootPath     string `json:"rootPath"`
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
	} `json:"capabilities"`
	WorkspaceFolders []struct {
		URI string `json:"uri"`
	} `json:"workspaceFolders"`
}

func (s *server) initialize(raw json.RawMessage) (any, *rpcError) {
	var p initializeParams
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, invalidParams(err)
		}
	}
	enc := utf16Units
	for _, e := range p.Capabilities.General.PositionEncodings {
		if e == "utf-8" {
			enc = utf8Units
		}
	}
	root := s.opts.Dir
	switch {
	case len(p.WorkspaceFolders) > 0:
		if d, ok := filePath(p.WorkspaceFolders[0].URI); ok {
			root = d
		}
	case p.RootURI != "":
		if d, ok := filePath(p.RootURI); ok {
			root = d
		}
	case p.RootPath != "":
		root = p.RootPath
	}
	s.mu.Lock()
	s.enc, s.root, s.initialized = enc, root, true
	s.mu.Unlock()
	if p.ProcessID != nil && *p.ProcessID > 0 {
		go s.watchParent(*p.ProcessID)
	}
	return map[string]any{
		"capabilities": map[string]any{
			"positionEncoding": enc.String(),
			"textDocumentSync": map[string]any{"openClose": true, "change": 2, "save": map[string]any{"includeText": false}},
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{"quickfix", fixAllKind},
			},
			"hoverProvider":          true,
			"executeCommandProvider": map[string]any{"commands": []string{addWordCommand}},
		},
		"serverInfo": map[string]any{"name": "vocero"},
	}, nil
}

// watchParent stops the server when the client's process is gone, as the
// protocol asks: an editor that crashed must not leave servers behind.
func (s *server) watchParent(pid int) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
			p, err := os.FindProcess(pid)
			if err != nil || p.Signal(syscall.Signal(0)) != nil {
				s.stop(fmt.Errorf("lsp: the client's process %d is gone", pid))
				return
			}
		}
	}
}

// filePath returns the local path of a file: URI.
func filePath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}

// linterEntry is the Linter of one folder and what it was built from.
type linterEntry struct {
	linter *lint.Linter
	setup  Setup
	stamp  string
	err    error
}

// stamp sums up the state of a Setup's files: a change to the config or
// the words file shows as a new stamp.
func stampOf(st Setup) string {
	var b strings.Builder
	for _, p := range []string{st.Config, st.Words} {
		if p == "" {
			continue
		}
		if fi, err := os.Stat(p); err == nil {
			fmt.Fprintf(&b, "%s:%d:%d;", p, fi.ModTime().UnixNano(), fi.Size())
		} else {
			fmt.Fprintf(&b, "%s:-;", p)
		}
	}
	return b.String()
}

// linterFor returns the Linter for folder dir, building it again when its
// config or words file changed. A folder where no config existed is
// looked at again too: a .vocero.yaml may have been created.
func (s *server) linterFor(dir string) (*lint.Linter, Setup, error) {
	s.mu.Lock()
	e := s.linters[dir]
	s.mu.Unlock()
	if e != nil && e.err == nil && e.setup.Config != "" && stampOf(e.setup) == e.stamp {
		return e.linter, e.setup, nil
	}
	if e != nil && e.err == nil && e.setup.Config == "" && !configAppeared(dir) && stampOf(e.setup) == e.stamp {
		return e.linter, e.setup, nil
	}
	l, st, err := s.opts.Linter(dir)
	e = &linterEntry{linter: l, setup: st, stamp: stampOf(st), err: err}
	s.mu.Lock()
	s.linters[dir] = e
	s.mu.Unlock()
	return l, st, err
}

// configAppeared reports whether a .vocero.yaml now exists in dir or
// above it.
func configAppeared(dir string) bool {
	p, err := lint.FindConfig(dir)
	return err == nil && p != ""
}

// closeAll stops every document's checks.
func (s *server) closeAll() {
	s.mu.Lock()
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.docs = map[string]*document{}
	s.mu.Unlock()
	for _, d := range docs {
		d.stop()
	}
}
