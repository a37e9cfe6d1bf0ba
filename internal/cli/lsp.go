package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/criteria"
	"github.com/vocero/vocero/lsp"
)

// lspMessages are the messages of `vocero lsp`.
var lspMessages = map[string]lint.Message{
	"usage.lsp": {
		ES: `Uso: vocero lsp [opciones]

Servidor del protocolo LSP por la entrada y la salida estándar: el editor
muestra los hallazgos mientras se escribe. La configuración se busca desde la
carpeta de cada documento, como en vocero lint. Ver la sección «Editores» del
README para configurar cada editor.

Opciones:
`,
		EN: `Usage: vocero lsp [options]

Language Server Protocol server on standard input and output: the editor
shows findings as you type. The config is looked up from each document's
folder, as in vocero lint. See the README's "Editores" section for each
editor's setup.

Options:
`,
	},
	"err.lsp-args": {ES: "vocero lsp no recibe rutas: %s", EN: "vocero lsp takes no paths: %s"},
}

// lspServe runs `vocero lsp`.
func (e *env) lspServe(ctx context.Context, args []string) int {
	var c commonFlags
	fs := e.serveFlagSetWith("lsp", lspMessages)
	fs.StringVar(&c.config, "config", "", msg(e.lang, "flag.config"))
	fs.StringVar(&c.lang, "lang", "", msg(e.lang, "flag.lang"))
	pos, code := e.parseServeFlags("lsp", fs, args, &c.lang)
	if code >= 0 {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "vocero: %s\n", lspMessages["err.lsp-args"].In(e.lang, pos[0]))
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	c.config = inDir(cwd, c.config)
	linterFor := func(dir string) (*lint.Linter, lsp.Setup, error) {
		// A new loader each time: the server asks again only when the
		// config or the words file changed.
		ld := e.newLoader(&c)
		path, cfg, err := ld.configFor(dir)
		if err != nil {
			return nil, lsp.Setup{Config: path}, errors.New(e.configErr(err))
		}
		l, err := ld.linterFor(dir)
		if err != nil {
			err = errors.New(e.configErr(err))
		}
		return l, lsp.Setup{Config: path, Words: cfg.WordsFile}, err
	}
	var in io.Reader = e.stdin
	err = lsp.Serve(ctx, in, e.stdout, lsp.Options{Linter: linterFor, Criterion: criteria.Text, Dir: cwd})
	if err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(e.stderr, "vocero: %v\n", err)
		return ExitError
	}
	return ExitOK
}
