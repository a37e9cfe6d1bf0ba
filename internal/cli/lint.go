package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
	"github.com/vocero/vocero/lint/source"
)

// lintRun is one `vocero lint`: its options and shared state.
type lintRun struct {
	env   *env
	ld    *loader
	fix   bool
	diff  bool
	debug bool   // print a failing rule's stack trace
	stdin []byte // read once, before the workers start
	cwd   string
}

// fileResult is what linting one job produced.
type fileResult struct {
	results []lint.Result
	errs    []string // messages for stderr, already naming the file
	diff    []byte
	fixed   []byte // stdin with --fix: the text to print
	applied int
	linted  bool // the file was read and linted
	lang    lint.Lang
	// unreadRecords counts the records that could not be read.
	unreadRecords int
	// skipped: the config's ignore: globs or history name the file.
	skipped bool
}

// maxRecordErrors is how many unreadable records of one file are listed;
// the rest are counted.
const maxRecordErrors = 20

func (e *env) lint(ctx context.Context, args []string) int {
	var c commonFlags
	var l lintFlags
	paths, code := e.parse("lint", args, &c, &l)
	if code >= 0 {
		return code
	}
	if e.getenv("GOGC") == "" {
		// A run is short and its live heap small (results of clean posts
		// are slimmed): collecting half as often buys about a tenth more
		// posts per second and keeps a 10,000-post run under 40 MiB.
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	enc, err := report.Lookup(c.format)
	if err != nil {
		e.errorf("err.format", c.format, strings.Join(report.Formats(), ", "))
		return ExitError
	}
	failOn, err := lint.ParseSeverity(l.failOn)
	if err != nil || failOn == lint.Off {
		e.errorf("err.fail-on", l.failOn)
		return ExitError
	}
	switch l.color {
	case "auto", "always", "never":
	default:
		e.errorf("err.color", l.color)
		return ExitError
	}
	if l.fix && l.diff {
		e.errorf("err.fixdiff")
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	var known *baseline
	if l.baseline != "" {
		if known, err = readBaseline(inDir(cwd, l.baseline)); err != nil {
			e.errorf("err.baseline", l.baseline, unwrapPath(err))
			return ExitError
		}
	}
	c.config, l.history, l.words = inDir(cwd, c.config), inDir(cwd, l.history), inDir(cwd, l.words)
	ld := e.newLoader(&c)
	ld.history = l.history
	if l.date != "" {
		d, err := lint.ParseDate(l.date)
		if err != nil {
			e.errorf("err.date", err)
			return ExitError
		}
		ld.date = &d
	}
	if l.words != "" {
		ws, err := readWords(l.words)
		if err != nil {
			e.errorf("err.words", err)
			return ExitError
		}
		ld.words = ws
	}
	if len(paths) == 0 {
		if e.stdinIsTerminal() {
			// Nobody is piping a post: say how to use it instead of
			// waiting silently.
			e.errorf("err.stdin-terminal")
			return ExitError
		}
		paths = []string{"-"}
	}
	if c.stdinName != "" && !source.Supported(c.stdinName) {
		e.errorf("err.stdin-filename", c.stdinName)
		return ExitError
	}
	run := &lintRun{env: e, ld: ld, fix: l.fix, diff: l.diff, debug: l.debug, cwd: cwd}

	exit := ExitOK
	var rep report.Report
	jobs, errs := collect(cwd, paths, e.lang)
	nameStdin(jobs, cwd, c.stdinName)
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		exit = ExitError
		rep.UnreadFiles++
	}
	for _, j := range jobs {
		if j.stdin {
			data, err := io.ReadAll(io.LimitReader(e.stdin, maxFileSize+1))
			if err == nil && len(data) > maxFileSize {
				err = &tooLargeError{size: int64(len(data))}
			}
			if err != nil {
				e.errorf("err.read", "-", err)
				return ExitError
			}
			run.stdin = data
		}
	}

	out := make([]fileResult, len(jobs))
	run.each(ctx, jobs, out)

	// Gather, in path order; print each distinct error once.
	rep.Version = version()
	printed := map[string]bool{}
	reportOut := e.stdout
	var diffs bytes.Buffer
	for i, fr := range out {
		for _, m := range fr.errs {
			if !printed[m] {
				printed[m] = true
				fmt.Fprintf(e.stderr, "vocero: %s\n", m)
			}
			exit = ExitError
		}
		if fr.linted {
			rep.Files++
			if rep.Lang == "" {
				rep.Lang = fr.lang
			}
		} else if !fr.skipped {
			rep.UnreadFiles++
		}
		rep.UnreadRecords += fr.unreadRecords
		rep.Results = append(rep.Results, fr.results...)
		diffs.Write(fr.diff)
		if jobs[i].stdin && l.fix {
			if _, err := e.stdout.Write(fr.fixed); err != nil {
				e.errorf("err.output", err)
				return ExitError
			}
			reportOut = e.stderr
		}
		if fr.applied > 0 && !jobs[i].stdin && l.fix {
			fmt.Fprintf(e.stderr, "vocero: %s\n", msg(e.lang, "fix.done", jobs[i].path, fr.applied))
		}
	}
	if ctx.Err() != nil {
		e.errorf("err.interrupted")
		return ExitError
	}
	if ld.lang != "" || rep.Lang == "" {
		rep.Lang = e.lang
	}
	rep.Rules = ruleMetas(ld.linters())
	if l.writeBaseline != "" {
		n, err := writeBaseline(inDir(cwd, l.writeBaseline), cwd, rep.Results)
		if err != nil {
			e.errorf("err.write-baseline", l.writeBaseline, unwrapPath(err))
			return ExitError
		}
		e.errorf("baseline.written", l.writeBaseline, n)
		return exit
	}
	if known != nil {
		known.filter(rep.Results, cwd)
	}
	if l.diff {
		if _, err := e.stdout.Write(diffs.Bytes()); err != nil {
			e.errorf("err.output", err)
			return ExitError
		}
	} else {
		rep.Color = l.color == "always" || (l.color == "auto" && e.isTerminal(reportOut) &&
			e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb")
		if err := enc(reportOut, &rep); err != nil {
			e.errorf("err.output", err)
			return ExitError
		}
	}
	if exit == ExitOK {
		for _, r := range rep.Results {
			if r.Max() >= failOn {
				exit = ExitFound
				break
			}
		}
	}
	return exit
}

// inDir resolves a relative path given on the command line against the
// working folder; "" stays "".
func inDir(cwd, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(cwd, p)
}

// ruleMetas returns the metadata of the rules of every Linter used, once
// each, sorted by ID.
func ruleMetas(ls []*lint.Linter) []lint.Meta {
	seen := map[string]bool{}
	var out []lint.Meta
	for _, l := range ls {
		for _, m := range l.Rules() {
			if !seen[m.ID] {
				seen[m.ID] = true
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// each lints the jobs over GOMAXPROCS workers, writing out[i] for jobs[i],
// and shows progress on a terminal when it takes long.
func (r *lintRun) each(ctx context.Context, jobs []job, out []fileResult) {
	var done atomic.Int64
	stopProgress := r.env.progress(len(jobs), &done)
	defer stopProgress()
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = r.one(ctx, jobs[i])
				done.Add(1)
			}
		}()
	}
	for i := range jobs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
}

// one lints one job.
func (r *lintRun) one(ctx context.Context, j job) (fr fileResult) {
	defer func() { slim(fr.results) }()
	lang := r.env.lang
	dir := jobDir(j, r.cwd)
	linter, err := r.ld.linterFor(dir)
	if err != nil {
		fr.errs = append(fr.errs, r.env.configErr(err))
		return fr
	}
	if !j.stdin && r.ld.skipped(dir, j.abs) {
		fr.skipped = true
		return fr
	}
	cfg := linter.Config()
	fr.lang = cfg.Lang
	var data []byte
	var info os.FileInfo
	if j.stdin {
		data = r.stdin
	} else {
		if r.fix || r.diff {
			data, info, err = readFile(j.abs) // the info guards the write
		} else {
			data, err = readData(j.abs)
		}
		var tl *tooLargeError
		switch {
		case errors.As(err, &tl):
			fr.errs = append(fr.errs, msg(lang, "err.toolarge", j.path, tl.size>>20, maxFileSize>>20))
			return fr
		case err != nil:
			fr.errs = append(fr.errs, msg(lang, "err.read", j.path, unwrapPath(err)))
			return fr
		}
	}
	if j.stdin && r.fix {
		// Whatever happens next, a filter gives its input back rather
		// than nothing (an editor would replace the buffer with it).
		fr.fixed = data
	}
	results, err := r.lintBytes(ctx, linter, j.path, data, &fr)
	if err != nil {
		fr.errs = append(fr.errs, source.Localize(err, lang))
		return fr
	}
	fr.linted = true
	fr.results = results
	if !r.fix && !r.diff {
		return fr
	}
	fixed, n, err := source.Fix(ctx, platformless{linter, len(r.ld.platforms) > 0}, j.path, data,
		source.FixOptions{Read: source.Options{Location: cfg.Location}})
	if err != nil {
		fr.errs = append(fr.errs, msg(lang, "err.fix", j.path, err))
		return fr
	}
	if n == 0 || bytes.Equal(fixed, data) {
		return fr
	}
	if r.diff {
		var b bytes.Buffer
		label := filepath.ToSlash(j.path)
		if err := unifiedDiff(&b, label, data, fixed); err == nil {
			fr.diff = b.Bytes()
		}
		return fr
	}
	if j.stdin {
		fr.fixed = fixed
	} else if err := writeFixed(j.abs, data, fixed, info); err != nil {
		switch {
		case errors.Is(err, errReadOnly):
			fr.errs = append(fr.errs, msg(lang, "err.fix.readonly", j.path))
		case errors.Is(err, errChanged):
			fr.errs = append(fr.errs, msg(lang, "err.fix.changed", j.path))
		default:
			fr.errs = append(fr.errs, msg(lang, "err.fix.write", j.path, unwrapPath(err)))
		}
		return fr
	}
	fr.applied = n
	// Report what is left after the fixes.
	again, err := r.lintBytes(ctx, linter, j.path, fixed, &fr)
	if err != nil {
		fr.errs = append(fr.errs, source.Localize(err, lang))
		return fr
	}
	fr.results = again
	return fr
}

// lintBytes reads the posts of one file and lints them. Rule failures are
// added to fr.errs; the findings of the other rules are kept.
func (r *lintRun) lintBytes(ctx context.Context, linter *lint.Linter, path string, data []byte, fr *fileResult) ([]lint.Result, error) {
	cfg := linter.Config()
	posts, err := source.ReadWith(path, data, source.Options{Location: cfg.Location})
	var bad source.RecordErrors
	if errors.As(err, &bad) {
		// One bad record does not hide the others: report it, lint the rest.
		for i, e := range bad {
			if i == maxRecordErrors {
				fr.errs = append(fr.errs, msg(r.env.lang, "err.records.more", path, len(bad)-i))
				break
			}
			fr.errs = append(fr.errs, source.Localize(e, r.env.lang))
		}
		fr.unreadRecords = len(bad)
	} else if err != nil {
		return nil, err
	}
	results := make([]lint.Result, 0, len(posts))
	for i := range posts {
		if len(r.ld.platforms) > 0 {
			posts[i].Platforms = nil // --platform replaces the post's own
		}
		res := linter.Lint(ctx, posts[i])
		if res.Err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			where := path
			if posts[i].Line > 0 {
				where = fmt.Sprintf("%s:%d", path, posts[i].Line)
			}
			fr.errs = append(fr.errs, msg(r.env.lang, "err.rule", where, res.Err))
			var pe *lint.PanicError
			if r.debug && errors.As(res.Err, &pe) {
				fr.errs = append(fr.errs, string(bytes.TrimRight(pe.Stack, "\n")))
			}
		}
		results = append(results, res)
	}
	return results, nil
}

// platformless lints posts the way lintBytes does: --platform replaces
// the post's own platforms.
type platformless struct {
	l     *lint.Linter
	clear bool
}

func (p platformless) Lint(ctx context.Context, post lint.Post) lint.Result {
	if p.clear {
		post.Platforms = nil
	}
	return p.l.Lint(ctx, post)
}

// slim keeps results small, since they live until the report is written:
// a clean post needs only its place, not its text, and a findings slice is
// trimmed to its length. Fixes need the full results: slim runs after.
func slim(results []lint.Result) {
	for i := range results {
		res := &results[i]
		if len(res.Findings) == 0 && res.Err == nil {
			p := res.Post
			res.Findings = nil
			res.Post = &lint.Post{ID: p.ID, Path: p.Path, Line: p.Line, Platforms: p.Platforms}
		} else if cap(res.Findings) > len(res.Findings) {
			res.Findings = append([]lint.Finding(nil), res.Findings...)
		}
	}
}

// unwrapPath drops the operation and path of an *os.PathError, which the
// message names already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// progress shows "n of N files" on stderr when stderr is a terminal and
// the run lasts longer than progressDelay. It returns a function that
// stops it and clears the line.
func (e *env) progress(total int, done *atomic.Int64) func() {
	if total < 2 || !e.isTerminal(e.stderr) {
		return func() {}
	}
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		timer := time.NewTimer(e.progressDelay)
		defer timer.Stop()
		select {
		case <-stop:
			return
		case <-timer.C:
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprintf(e.stderr, "\r%s", msg(e.lang, "progress", done.Load(), total))
			select {
			case <-stop:
				fmt.Fprint(e.stderr, "\r\033[K")
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(stop)
		<-finished
	}
}
