package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
)

// commonFlags are the flags of every command that reads posts.
type commonFlags struct {
	format    string
	config    string
	lang      string
	platforms platformList
	// stdinName is --stdin-filename: the path stdin stands for.
	stdinName string
}

// lintFlags are the flags of `vocero lint` only.
type lintFlags struct {
	failOn  string
	date    string
	history string
	words   string
	fix     bool
	diff    bool
	color   string
	debug   bool
	// baseline and writeBaseline are --baseline and --write-baseline.
	baseline, writeBaseline string
}

// platformList is a comma-separated --platform value.
type platformList []lint.Platform

func (p *platformList) String() string {
	names := make([]string, len(*p))
	for i, x := range *p {
		names[i] = string(x)
	}
	return strings.Join(names, ",")
}

func (p *platformList) Set(s string) error {
	for _, name := range strings.Split(s, ",") {
		if strings.TrimSpace(name) == "" {
			continue
		}
		pl, err := lint.ParsePlatform(name)
		if err != nil {
			return err
		}
		dup := false
		for _, x := range *p {
			dup = dup || x == pl
		}
		if !dup {
			*p = append(*p, pl)
		}
	}
	if len(*p) == 0 {
		return fmt.Errorf("no platform given")
	}
	return nil
}

func platformNames() string {
	names := make([]string, len(lint.Platforms()))
	for i, p := range lint.Platforms() {
		names[i] = string(p.Name)
	}
	return strings.Join(names, ", ")
}

// placeholders name the value of each flag in the help.
var placeholders = map[string]lint.Message{
	"format":         {ES: "FORMATO", EN: "FORMAT"},
	"config":         {ES: "ARCHIVO", EN: "FILE"},
	"lang":           {ES: "es|en", EN: "es|en"},
	"platform":       {ES: "x,facebook,...", EN: "x,facebook,..."},
	"fail-on":        {ES: "error|warning|info", EN: "error|warning|info"},
	"date":           {ES: "AAAA-MM-DD", EN: "YYYY-MM-DD"},
	"history":        {ES: "ARCHIVO.jsonl", EN: "FILE.jsonl"},
	"words":          {ES: "ARCHIVO", EN: "FILE"},
	"color":          {ES: "auto|always|never", EN: "auto|always|never"},
	"readme":         {ES: "README.md", EN: "README.md"},
	"stdin-filename": {ES: "RUTA", EN: "PATH"},
	"baseline":       {ES: "ARCHIVO", EN: "FILE"},
	"write-baseline": {ES: "ARCHIVO", EN: "FILE"},
}

// flagSet builds the flag set of cmd, bound to c and l.
func (e *env) flagSet(cmd string, c *commonFlags, l *lintFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("vocero "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	m := func(key string, args ...any) string { return msg(e.lang, key, args...) }
	switch cmd {
	case "lint":
		fs.StringVar(&c.format, "format", "text", m("flag.format.lint", strings.Join(report.Formats(), ", ")))
	case "inspect":
		fs.StringVar(&c.format, "format", "json", m("flag.format.inspect"))
	case "rules":
		fs.StringVar(&c.format, "format", "text", m("flag.format.rules"))
	}
	fs.StringVar(&c.lang, "lang", "", m("flag.lang"))
	fs.StringVar(&c.config, "config", "", m("flag.config"))
	if cmd == "lint" || cmd == "inspect" {
		fs.Var(&c.platforms, "platform", m("flag.platform", platformNames()))
		fs.StringVar(&c.stdinName, "stdin-filename", "", m("flag.stdin-filename"))
	}
	if cmd == "lint" {
		fs.StringVar(&l.failOn, "fail-on", "error", m("flag.fail-on"))
		fs.StringVar(&l.date, "date", "", m("flag.date"))
		fs.StringVar(&l.history, "history", "", m("flag.history"))
		fs.StringVar(&l.words, "words", "", m("flag.words"))
		fs.BoolVar(&l.fix, "fix", false, m("flag.fix"))
		fs.BoolVar(&l.diff, "diff", false, m("flag.diff"))
		fs.StringVar(&l.color, "color", "auto", m("flag.color"))
		fs.StringVar(&l.baseline, "baseline", "", m("flag.baseline"))
		fs.StringVar(&l.writeBaseline, "write-baseline", "", m("flag.write-baseline"))
		fs.BoolVar(&l.debug, "debug", false, m("flag.debug"))
	}
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprint(w, m("usage."+cmd))
		fs.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			if p, ok := placeholders[f.Name]; ok {
				name = p.In(e.lang)
			}
			fmt.Fprintf(w, "  --%s", f.Name)
			if name != "" {
				fmt.Fprintf(w, " %s", name)
			}
			fmt.Fprintf(w, "\n    \t%s", usage)
			if f.DefValue != "" && f.DefValue != "false" {
				fmt.Fprintf(w, " (%s)", f.DefValue)
			}
			fmt.Fprintln(w)
		})
	}
	return fs
}

// parse parses args for cmd; on -h it prints the usage to stdout. It
// returns the positional arguments and an exit code (-1 to continue).
func (e *env) parse(cmd string, args []string, c *commonFlags, l *lintFlags) ([]string, int) {
	fs := e.flagSet(cmd, c, l)
	pos, err := parseInterleaved(fs, args)
	if err == flag.ErrHelp {
		fs.SetOutput(e.stdout)
		fs.Usage()
		return nil, ExitOK
	}
	if err != nil {
		return nil, e.usageError(cmd, err)
	}
	if c.lang != "" {
		lang, err := lint.ParseLang(c.lang)
		if err != nil {
			e.errorf("err.lang", c.lang)
			return nil, ExitError
		}
		e.lang = lang
	}
	return pos, -1
}
