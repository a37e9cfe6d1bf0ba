package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

// loader finds the config of each file and builds one Linter per config
// file, shared by every file under it. It is safe for concurrent use.
type loader struct {
	config    string          // --config, or "" to search
	platforms []lint.Platform // --platform
	lang      lint.Lang       // --lang, or "" for the config's
	date      *lint.Date      // --date
	history   string          // --history
	words     []string        // --words, read once
	cliLang   lint.Lang
	ruleSet   func(lint.Config) ([]lint.Rule, error)

	mu      sync.Mutex
	dirs    map[string]string // folder -> config path ("" for none)
	entries map[string]*configEntry
}

// configEntry is the resolved config of one config file and its Linter,
// built on first use.
type configEntry struct {
	cfgOnce sync.Once
	cfg     lint.Config
	cfgErr  error
	history string   // absolute path of the history file, or ""
	ignore  *ignorer // the config's ignore: globs

	linterOnce sync.Once
	linter     *lint.Linter
	linterErr  error
}

func (e *env) newLoader(c *commonFlags) *loader {
	ld := &loader{
		config: c.config, platforms: c.platforms, cliLang: e.lang, ruleSet: e.ruleSet,
		dirs: map[string]string{}, entries: map[string]*configEntry{},
	}
	if c.lang != "" {
		ld.lang = e.lang
	}
	return ld
}

// configPath returns the config file that applies in dir: --config, or the
// nearest .vocero.yaml above dir, or "" for the built-in defaults.
func (ld *loader) configPath(dir string) (string, error) {
	if ld.config != "" {
		return ld.config, nil
	}
	ld.mu.Lock()
	p, ok := ld.dirs[dir]
	ld.mu.Unlock()
	if ok {
		return p, nil
	}
	p, err := lint.FindConfig(dir)
	if err != nil {
		return "", err
	}
	ld.mu.Lock()
	ld.dirs[dir] = p
	ld.mu.Unlock()
	return p, nil
}

func (ld *loader) entry(cfgPath string) *configEntry {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	e := ld.entries[cfgPath]
	if e == nil {
		e = &configEntry{}
		ld.entries[cfgPath] = e
	}
	return e
}

// configFor returns the resolved config that applies to files in dir.
func (ld *loader) configFor(dir string) (string, lint.Config, error) {
	p, err := ld.configPath(dir)
	if err != nil {
		return "", lint.Config{}, err
	}
	e := ld.entry(p)
	e.cfgOnce.Do(func() {
		e.cfg, e.history, e.cfgErr = ld.load(p)
		e.ignore = &ignorer{}
		if len(e.cfg.Ignore) > 0 && p != "" {
			f := parseGitignore(filepath.Dir(p), []byte(strings.Join(e.cfg.Ignore, "\n")))
			e.ignore.files = []ignoreFile{f}
		}
	})
	return p, e.cfg, e.cfgErr
}

// skipped reports whether the file abs, whose config is the one of dir, is
// never to be linted: the config's ignore: globs match it, or it is the
// history file (published posts, not drafts).
func (ld *loader) skipped(dir, abs string) bool {
	p, _, err := ld.configFor(dir)
	if err != nil {
		return false
	}
	e := ld.entry(p)
	if e.history != "" && sameFile(e.history, abs) || ld.history != "" && sameFile(ld.history, abs) {
		return true
	}
	if len(e.ignore.files) == 0 {
		return false
	}
	// A folder pattern ("borradores/") ignores what is inside the folder.
	base := e.ignore.files[0].base
	for d := filepath.Dir(abs); len(d) > len(base) && strings.HasPrefix(d, base); d = filepath.Dir(d) {
		if e.ignore.ignored(d, true) {
			return true
		}
	}
	return e.ignore.ignored(abs, false)
}

// sameFile reports whether two absolute paths name the same file.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// linterFor returns the shared Linter for files in dir.
func (ld *loader) linterFor(dir string) (*lint.Linter, error) {
	p, cfg, err := ld.configFor(dir)
	if err != nil {
		return nil, err
	}
	e := ld.entry(p)
	e.linterOnce.Do(func() {
		rs, err := ld.ruleSet(cfg)
		if err != nil {
			e.linterErr = err
			return
		}
		e.linter, e.linterErr = lint.New(cfg, rs...)
	})
	return e.linter, e.linterErr
}

// linters returns the Linters built so far, in no particular order.
func (ld *loader) linters() []*lint.Linter {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	var out []*lint.Linter
	for _, e := range ld.entries {
		if e.linter != nil {
			out = append(out, e.linter)
		}
	}
	return out
}

// load reads the config file at path ("" for the defaults), applies the
// command-line overrides and resolves it.
func (ld *loader) load(path string) (lint.Config, string, error) {
	var cfg lint.Config
	if path != "" {
		c, err := lint.LoadConfig(path)
		if err != nil {
			return cfg, "", err
		}
		cfg = c
	}
	if len(ld.platforms) > 0 {
		cfg.Platforms = ld.platforms
	}
	if ld.lang != "" {
		cfg.Lang = ld.lang
	}
	cfg.Words = append(cfg.Words[:len(cfg.Words):len(cfg.Words)], ld.words...)
	if cfg.WordsFile != "" {
		cfg.WordsFile = relativeTo(path, cfg.WordsFile)
		ws, err := readWords(cfg.WordsFile)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return cfg, "", fmt.Errorf("%s", msg(ld.cliLang, "err.words", err))
		}
		cfg.Words = append(cfg.Words, ws...)
	}
	cfg, err := cfg.Resolve()
	if err != nil {
		return cfg, "", err
	}
	if ld.date != nil {
		cfg.Date = ld.date.In(cfg.Location)
	}
	hist := ld.history
	if hist == "" && cfg.History != "" {
		hist = relativeTo(path, cfg.History)
	}
	if hist != "" {
		past, err := readHistory(hist, cfg.Location)
		if err != nil {
			return cfg, hist, fmt.Errorf("%s", msg(ld.cliLang, "err.history", hist, source.Localize(err, ld.cliLang)))
		}
		cfg.Past = past
	}
	return cfg, hist, nil
}

// relativeTo resolves a path the config file at cfgPath names, relative to
// the config's folder.
func relativeTo(cfgPath, p string) string {
	if filepath.IsAbs(p) || cfgPath == "" {
		return p
	}
	return filepath.Join(filepath.Dir(cfgPath), p)
}

// readHistory reads past posts from a .jsonl (or any readable) file.
func readHistory(path string, loc *time.Location) ([]lint.Post, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return source.ReadWith(path, data, source.Options{Location: loc})
}

// readWords reads a word list: one word per line, blank lines and lines
// starting with # skipped.
func readWords(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		w := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("%s:%d: one word per line, got %q", path, n, w)
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
