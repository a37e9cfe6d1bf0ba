// Package cli is the vocero command line: `vocero lint`, `vocero inspect`
// and `vocero rules`. Everything lives here, behind Run, so that it is
// tested without starting a process; cmd/vocero only calls Run.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// Exit codes, as ARCHITECTURE.md sets them.
const (
	ExitOK    = 0 // nothing reached the fail level
	ExitFound = 1 // a finding reached the fail level
	ExitError = 2 // usage, config or I/O error
)

// Version is the tool version; the build may set it with
// -ldflags "-X github.com/vocero/vocero/internal/cli.Version=v1.2.3".
// When empty, the module version or VCS revision from the build is used.
var Version = ""

// Run runs vocero with args (without the program name) and returns the
// exit code. It reads posts from stdin when asked to, writes results to
// stdout and errors to stderr.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	e := &env{
		stdin: stdin, stdout: stdout, stderr: stderr,
		getenv:     os.Getenv,
		getwd:      os.Getwd,
		isTerminal: isTerminal,
		stdinTerminal: func() bool {
			f, ok := stdin.(*os.File)
			return ok && isTerminal(f)
		},
		progressDelay: time.Second,
		ruleSet:       rules.All,
	}
	return e.run(ctx, args)
}

// env is what a run depends on besides its arguments, so that tests can
// replace terminals, the environment and timings.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	getwd          func() (string, error)
	ruleSet        func(lint.Config) ([]lint.Rule, error) // the rules to run
	isTerminal     func(w io.Writer) bool
	stdinTerminal  func() bool // nil: stdin is not a terminal
	progressDelay  time.Duration
	lang           lint.Lang // language of the CLI's own messages
}

func (e *env) run(ctx context.Context, args []string) int {
	e.lang = langFromArgs(args)
	if len(args) == 0 {
		fmt.Fprint(e.stderr, msg(e.lang, "usage.main"))
		return ExitError
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "lint":
		return e.lint(ctx, rest)
	case "inspect":
		return e.inspect(ctx, rest)
	case "rules":
		return e.rules(rest)
	case "serve":
		return e.serve(ctx, rest)
	case "audit":
		return e.audit(rest)
	case "lsp":
		return e.lspServe(ctx, rest)
	case "help", "-h", "-help", "--help":
		return e.help(ctx, rest)
	case "version", "-version", "--version":
		fmt.Fprintf(e.stdout, "vocero %s\n", version())
		return ExitOK
	default:
		e.errorf("err.command", cmd)
		return ExitError
	}
}

func (e *env) help(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, msg(e.lang, "usage.main"))
		return ExitOK
	}
	switch args[0] {
	case "lint", "inspect", "rules", "serve", "audit", "lsp":
		return e.run(ctx, []string{args[0], "-h"})
	}
	e.errorf("err.command", args[0])
	return ExitError
}

// stdinIsTerminal reports whether stdin is a terminal (a person typing,
// not a pipe).
func (e *env) stdinIsTerminal() bool {
	return e.stdinTerminal != nil && e.stdinTerminal()
}

// errorf prints a catalogue message to stderr, prefixed with the program
// name.
func (e *env) errorf(key string, args ...any) {
	fmt.Fprintf(e.stderr, "vocero: %s\n", msg(e.lang, key, args...))
}

// langFromArgs finds --lang before flags are parsed, so that even a usage
// error comes out in the requested language.
func langFromArgs(args []string) lint.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := "", false
		for _, p := range []string{"--lang=", "-lang="} {
			if strings.HasPrefix(a, p) {
				v, ok = a[len(p):], true
			}
		}
		if (a == "--lang" || a == "-lang") && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if l, err := lint.ParseLang(v); err == nil {
				return l
			}
		}
	}
	return lint.Spanish
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments (`vocero lint posts/ --format json`). A "--" ends
// the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError reports a flag error (already formatted by package flag).
func (e *env) usageError(cmd string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	e.errorf("err.flag", e.flagErr(err), cmd)
	return ExitError
}

// version is the tool's version: Version when the build sets it, else
// what the Go toolchain stamped in the binary.
func version() string {
	if Version != "" {
		return Version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return develVersion
	}
	return versionOf(bi)
}

// develVersion is the version of a build that says nothing else: a
// semantic version still, so that SARIF consumers accept it.
const develVersion = "0.0.0-devel"

// versionOf reads a version from build info: the module version (a tag
// such as v1.2.3 with `go install ...@v1.2.3`, or the pseudo-version the
// toolchain derives from the VCS, v0.0.0-20261204150405-abcdef123456), with
// the VCS revision added when the version does not carry it already, and
// "+dirty" for a build from modified files. A build with neither (go
// build -buildvcs=false outside a module download) is "0.0.0-devel".
func versionOf(bi *debug.BuildInfo) string {
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = develVersion
		if rev != "" {
			v += "+" + rev
		}
	} else if rev != "" && !strings.Contains(v, rev) {
		v += "+" + rev
	}
	if dirty && !strings.Contains(v, "dirty") {
		if strings.Contains(v, "+") {
			v += ".dirty"
		} else {
			v += "+dirty"
		}
	}
	return v
}

// isTerminal reports whether w is a terminal: a character device that
// answers the terminal ioctl where the system has one (so that /dev/null
// is not taken for a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	return isTTY(f.Fd())
}
