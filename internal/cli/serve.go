package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/criteria"
	"github.com/vocero/vocero/server"
)

// serveMessages are the messages of `vocero serve` and `vocero audit`.
var serveMessages = map[string]lint.Message{
	"usage.serve": {
		ES: `Uso: vocero serve [opciones]

Sirve la página para revisar borradores y la API HTTP (POST /v1/lint y otras).
La configuración, el historial y las palabras se leen como en vocero lint.
Termina ordenadamente con Ctrl-C o SIGTERM.

Opciones:
`,
		EN: `Usage: vocero serve [options]

Serves the draft-checking page and the HTTP API (POST /v1/lint and others).
Config, history and words are read as in vocero lint. Shuts down cleanly on
Ctrl-C or SIGTERM.

Options:
`,
	},
	"usage.audit": {
		ES: `Uso: vocero audit [opciones] ARCHIVO

Resume la bitácora de actividad que escribe vocero serve --audit: revisiones por
día, por regla y por veredicto.

Opciones:
`,
		EN: `Usage: vocero audit [options] FILE

Summarises the activity log written by vocero serve --audit: checks by day,
by rule and by verdict.

Options:
`,
	},
	"flag.addr":         {ES: "dirección donde escuchar", EN: "address to listen on"},
	"flag.audit":        {ES: "bitácora de actividad (JSONL, solo se agrega): una línea por revisión (criterio 8.III)", EN: "activity log (JSONL, append-only): one line per check (criterion 8.III)"},
	"flag.audit-text":   {ES: "guarda en la bitácora el texto de cada borrador, no solo su huella", EN: "keep each draft's text in the log, not only its hash"},
	"flag.allow-origin": {ES: "orígenes que pueden llamar a la API desde otra página (CORS), separados por comas", EN: "origins allowed to call the API from another page (CORS), comma-separated"},
	"flag.max-body":     {ES: "tamaño máximo de un borrador, en bytes", EN: "largest draft accepted, in bytes"},
	"flag.timeout":      {ES: "tiempo máximo por solicitud", EN: "time limit per request"},
	"serve.listening":   {ES: "vocero: sirviendo en http://%s (Ctrl-C para terminar)", EN: "vocero: serving on http://%s (Ctrl-C to stop)"},
	"serve.stopping":    {ES: "vocero: terminando; se esperan las revisiones en curso", EN: "vocero: stopping; waiting for checks in progress"},
	"err.listen":        {ES: "no se puede escuchar en %s: %v", EN: "cannot listen on %s: %v"},
	"err.audit":         {ES: "no se puede abrir la bitácora %s: %v", EN: "cannot open the activity log %s: %v"},
	"err.audit-args":    {ES: "vocero audit necesita un archivo de bitácora", EN: "vocero audit needs an activity log file"},
	"err.serve-args":    {ES: "vocero serve no recibe rutas: %s", EN: "vocero serve takes no paths: %s"},
	"audit.header":      {ES: "%d revisiones (%d listas para publicar, %d con errores)", EN: "%d checks (%d ready to publish, %d with errors)"},
	"audit.damaged":     {ES: "%d líneas dañadas (una escritura interrumpida) se omitieron", EN: "%d damaged lines (an interrupted write) were skipped"},
	"audit.days":        {ES: "Por día:", EN: "By day:"},
	"audit.day":         {ES: "  %s  %d revisiones, %d listas, %d con errores", EN: "  %s  %d checks, %d ready, %d with errors"},
	"audit.rules":       {ES: "Por regla (revisiones en que apareció; error/aviso/sugerencia):", EN: "By rule (checks it appeared in; error/warning/info):"},
	"audit.rule":        {ES: "  %-22s %5d   %d/%d/%d", EN: "  %-22s %5d   %d/%d/%d"},
}

func smsg(lang lint.Lang, key string, args ...any) string {
	if m, ok := serveMessages[key]; ok {
		return m.In(lang, args...)
	}
	return msg(lang, key, args...)
}

// serveFlagSet builds the flags of serve or audit with the help in the
// CLI's language.
func (e *env) serveFlagSet(cmd string) *flag.FlagSet {
	return e.serveFlagSetWith(cmd, serveMessages)
}

// serveFlagSetWith builds a flag set whose usage text is "usage."+cmd in
// msgs.
func (e *env) serveFlagSetWith(cmd string, msgs map[string]lint.Message) *flag.FlagSet {
	fs := flag.NewFlagSet("vocero "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprint(w, msgs["usage."+cmd].In(e.lang))
		fs.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(w, "  --%s %s\n    \t%s", f.Name, name, usage)
			if f.DefValue != "" && f.DefValue != "false" {
				fmt.Fprintf(w, " (%s)", f.DefValue)
			}
			fmt.Fprintln(w)
		})
	}
	return fs
}

// parseServeFlags parses args; it returns the positional arguments and an
// exit code (-1 to continue).
func (e *env) parseServeFlags(cmd string, fs *flag.FlagSet, args []string, lang *string) ([]string, int) {
	pos, err := parseInterleaved(fs, args)
	if err == flag.ErrHelp {
		fs.SetOutput(e.stdout)
		fs.Usage()
		return nil, ExitOK
	}
	if err != nil {
		return nil, e.usageError(cmd, err)
	}
	if *lang != "" {
		l, err := lint.ParseLang(*lang)
		if err != nil {
			e.errorf("err.lang", *lang)
			return nil, ExitError
		}
		e.lang = l
	}
	return pos, -1
}

// serve runs `vocero serve`.
func (e *env) serve(ctx context.Context, args []string) int {
	var c commonFlags
	var addr, audit, history, words, origins string
	var auditText bool
	var maxBody int64
	var timeout time.Duration
	fs := e.serveFlagSet("serve")
	m := func(key string) string { return smsg(e.lang, key) }
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", m("flag.addr"))
	fs.StringVar(&c.config, "config", "", msg(e.lang, "flag.config"))
	fs.StringVar(&c.lang, "lang", "", msg(e.lang, "flag.lang"))
	fs.StringVar(&audit, "audit", "", m("flag.audit"))
	fs.BoolVar(&auditText, "audit-text", false, m("flag.audit-text"))
	fs.StringVar(&history, "history", "", msg(e.lang, "flag.history"))
	fs.StringVar(&words, "words", "", msg(e.lang, "flag.words"))
	fs.StringVar(&origins, "allow-origin", "", m("flag.allow-origin"))
	fs.Int64Var(&maxBody, "max-body", 256<<10, m("flag.max-body"))
	fs.DurationVar(&timeout, "timeout", 5*time.Second, m("flag.timeout"))
	pos, code := e.parseServeFlags("serve", fs, args, &c.lang)
	if code >= 0 {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "vocero: %s\n", smsg(e.lang, "err.serve-args", strings.Join(pos, " ")))
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	c.config, history, words = inDir(cwd, c.config), inDir(cwd, history), inDir(cwd, words)
	ld := e.newLoader(&c)
	ld.history = history
	if words != "" {
		ws, err := readWords(words)
		if err != nil {
			e.errorf("err.words", err)
			return ExitError
		}
		ld.words = ws
	}
	linter, err := ld.linterFor(cwd)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %s\n", e.configErr(err))
		return ExitError
	}
	opts := server.Options{Linter: linter, MaxBody: maxBody, Timeout: timeout, Version: version(), Criterion: criteria.Text}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts.AllowOrigins = append(opts.AllowOrigins, o)
		}
	}
	if audit != "" {
		log, err := server.OpenAudit(inDir(cwd, audit), auditText)
		if err != nil {
			fmt.Fprintf(e.stderr, "vocero: %s\n", smsg(e.lang, "err.audit", audit, err))
			return ExitError
		}
		defer log.Close()
		opts.Audit = log
	}
	h, err := server.New(opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		return ExitError
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %s\n", smsg(e.lang, "err.listen", addr, err))
		return ExitError
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	fmt.Fprintln(e.stderr, smsg(e.lang, "serve.listening", ln.Addr()))
	select {
	case err := <-errc:
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		return ExitError
	case <-ctx.Done():
	}
	fmt.Fprintln(e.stderr, smsg(e.lang, "serve.stopping"))
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		return ExitError
	}
	return ExitOK
}

// audit runs `vocero audit FILE`: a summary of the activity log.
func (e *env) audit(args []string) int {
	var c commonFlags
	fs := e.serveFlagSet("audit")
	fs.StringVar(&c.format, "format", "text", "text, json")
	fs.StringVar(&c.config, "config", "", msg(e.lang, "flag.config"))
	fs.StringVar(&c.lang, "lang", "", msg(e.lang, "flag.lang"))
	pos, code := e.parseServeFlags("audit", fs, args, &c.lang)
	if code >= 0 {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintf(e.stderr, "vocero: %s\n", smsg(e.lang, "err.audit-args"))
		return ExitError
	}
	if c.format != "text" && c.format != "json" {
		e.errorf("err.format", c.format, "text, json")
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	c.config = inDir(cwd, c.config)
	_, cfg, err := e.newLoader(&c).configFor(cwd)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		return ExitError
	}
	f, err := os.Open(inDir(cwd, pos[0]))
	if err != nil {
		e.errorf("err.read", pos[0], unwrapPath(err))
		return ExitError
	}
	defer f.Close()
	sum, err := server.ReadAudit(f, cfg.Location)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %s: %v\n", pos[0], err)
		return ExitError
	}
	if c.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return ExitError
		}
		return ExitOK
	}
	l := e.lang
	fmt.Fprintln(e.stdout, smsg(l, "audit.header", sum.Checks, sum.Verdicts["ready"], sum.Verdicts["blocked"]))
	if sum.Damaged > 0 {
		fmt.Fprintln(e.stdout, smsg(l, "audit.damaged", sum.Damaged))
	}
	if len(sum.Days) > 0 {
		fmt.Fprintln(e.stdout, smsg(l, "audit.days"))
		for _, d := range sum.Days {
			fmt.Fprintln(e.stdout, smsg(l, "audit.day", d.Day, d.Checks, d.Verdicts["ready"], d.Verdicts["blocked"]))
		}
	}
	if len(sum.Rules) > 0 {
		fmt.Fprintln(e.stdout, smsg(l, "audit.rules"))
		rules := append([]server.AuditRuleStat(nil), sum.Rules...)
		sort.SliceStable(rules, func(i, j int) bool { return rules[i].Checks > rules[j].Checks })
		for _, r := range rules {
			fmt.Fprintln(e.stdout, smsg(l, "audit.rule", r.Rule, r.Checks, r.Severity["error"], r.Severity["warning"], r.Severity["info"]))
		}
	}
	return ExitOK
}
