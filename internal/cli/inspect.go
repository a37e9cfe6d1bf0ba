package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
	"github.com/vocero/vocero/lint/source"
)

// inspect runs `vocero inspect`: for each post, what the Document saw.
func (e *env) inspect(ctx context.Context, args []string) int {
	var c commonFlags
	paths, code := e.parse("inspect", args, &c, &lintFlags{})
	if code >= 0 {
		return code
	}
	if c.format != "json" && c.format != "jsonl" {
		e.errorf("err.format", c.format, "json, jsonl")
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	c.config = inDir(cwd, c.config)
	ld := e.newLoader(&c)
	if len(paths) == 0 {
		if e.stdinIsTerminal() {
			e.errorf("err.stdin-terminal")
			return ExitError
		}
		paths = []string{"-"}
	}
	if c.stdinName != "" && !source.Supported(c.stdinName) {
		e.errorf("err.stdin-filename", c.stdinName)
		return ExitError
	}
	exit := ExitOK
	jobs, errs := collect(cwd, paths, e.lang)
	nameStdin(jobs, cwd, c.stdinName)
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		exit = ExitError
	}
	ins := []report.Inspection{}
	for _, j := range jobs {
		if ctx.Err() != nil {
			e.errorf("err.interrupted")
			return ExitError
		}
		var data []byte
		dir := jobDir(j, cwd)
		if j.stdin {
			data, err = io.ReadAll(io.LimitReader(e.stdin, maxFileSize+1))
			if err == nil && len(data) > maxFileSize {
				err = &tooLargeError{size: int64(len(data))}
			}
		} else {
			data, _, err = readFile(j.abs)
		}
		if err != nil {
			var tl *tooLargeError
			if errors.As(err, &tl) {
				e.errorf("err.toolarge", j.path, tl.size>>20, maxFileSize>>20)
			} else {
				e.errorf("err.read", j.path, unwrapPath(err))
			}
			exit = ExitError
			continue
		}
		_, cfg, err := ld.configFor(dir)
		if err != nil {
			fmt.Fprintf(e.stderr, "vocero: %s\n", e.configErr(err))
			exit = ExitError
			continue
		}
		posts, err := source.ReadWith(j.path, data, source.Options{Location: cfg.Location})
		var bad source.RecordErrors
		if errors.As(err, &bad) {
			// The other records are still shown.
			for _, r := range bad {
				fmt.Fprintf(e.stderr, "vocero: %s\n", source.Localize(r, e.lang))
			}
			exit = ExitError
		} else if err != nil {
			fmt.Fprintf(e.stderr, "vocero: %s\n", source.Localize(err, e.lang))
			exit = ExitError
			continue
		}
		for i := range posts {
			if len(c.platforms) > 0 {
				posts[i].Platforms = nil
			}
			ins = append(ins, report.Inspect(lint.NewDocument(&posts[i], &cfg)))
		}
	}
	if err := report.EncodeInspect(e.stdout, c.format, ins); err != nil {
		e.errorf("err.output", err)
		return ExitError
	}
	return exit
}
