package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/criteria"
)

// Markers around the generated rule reference in README.md.
const (
	readmeStart = "<!-- vocero:reglas:inicio (generado por `go generate ./internal/cli`; no editar a mano) -->"
	readmeEnd   = "<!-- vocero:reglas:fin -->"
)

// rules runs `vocero rules`.
func (e *env) rules(args []string) int {
	var c commonFlags
	var readme string
	fs := e.flagSet("rules", &c, &lintFlags{})
	fs.StringVar(&readme, "readme", "", msg(e.lang, "flag.readme"))
	pos, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(e.stdout)
		fs.Usage()
		return ExitOK
	}
	if err != nil {
		return e.usageError("rules", err)
	}
	if c.lang != "" {
		if e.lang, err = lint.ParseLang(c.lang); err != nil {
			e.errorf("err.lang", c.lang)
			return ExitError
		}
	}
	if len(pos) > 1 {
		e.errorf("err.args", "rules", strings.Join(pos, " "))
		return ExitError
	}
	cwd, err := e.getwd()
	if err != nil {
		cwd = "."
	}
	c.config, readme = inDir(cwd, c.config), inDir(cwd, readme)
	var cfg lint.Config
	if c.config != "" {
		if cfg, err = lint.LoadConfig(c.config); err != nil {
			fmt.Fprintf(e.stderr, "vocero: %s\n", e.configErr(err))
			return ExitError
		}
	}
	rs, err := e.ruleSet(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "vocero: %s\n", e.configErr(err))
		return ExitError
	}
	metas := make([]lint.Meta, len(rs))
	for i, r := range rs {
		metas[i] = r.Meta()
	}
	if c.config != "" {
		// Show what this config gives each rule, off included.
		for i := range metas {
			if rc, ok := cfg.Rules[metas[i].ID]; ok && (rc.Disabled() || rc.Severity != lint.Off) {
				metas[i].Severity = rc.Severity
			}
		}
	}
	if len(pos) == 1 {
		for _, m := range metas {
			if m.ID == pos[0] {
				if err := e.writeRule(m); err != nil {
					e.errorf("err.output", err)
					return ExitError
				}
				return ExitOK
			}
		}
		e.errorf("err.rule.unknown", pos[0])
		return ExitError
	}
	if readme != "" {
		if err := updateREADME(readme, metas); err != nil {
			e.errorf("err.readme", readme, err)
			return ExitError
		}
		return ExitOK
	}
	switch c.format {
	case "text":
		err = writeRulesText(e.stdout, metas, e.lang)
	case "json":
		err = writeRulesJSON(e.stdout, metas, e.lang)
	case "markdown", "md":
		err = writeRulesMarkdown(e.stdout, metas)
	default:
		e.errorf("err.format", c.format, "text, json, markdown")
		return ExitError
	}
	if err != nil {
		e.errorf("err.output", err)
		return ExitError
	}
	return ExitOK
}

func severityName(s lint.Severity, lang lint.Lang) string {
	if s == lint.Off {
		return "off"
	}
	if lang == lint.English {
		return s.String()
	}
	return s.Spanish()
}

func writeRulesText(w io.Writer, metas []lint.Meta, lang lint.Lang) error {
	if len(metas) == 0 {
		_, err := fmt.Fprintln(w, msg(lang, "rules.none"))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, msg(lang, "rules.header"))
	for _, m := range metas {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.ID, strings.Join(m.Criteria, ", "), severityName(m.Severity, lang), m.Summary.In(lang))
	}
	return tw.Flush()
}

// ruleJSON is one rule in `vocero rules --format json`.
type ruleJSON struct {
	ID       string        `json:"id"`
	Criteria []string      `json:"criteria"`
	Severity lint.Severity `json:"severity"`
	Summary  string        `json:"summary"`
	Doc      string        `json:"doc"`
	Bad      string        `json:"bad,omitempty"`
	Good     string        `json:"good,omitempty"`
}

func writeRulesJSON(w io.Writer, metas []lint.Meta, lang lint.Lang) error {
	out := make([]ruleJSON, len(metas))
	for i, m := range metas {
		out[i] = ruleJSON{ID: m.ID, Criteria: m.Criteria, Severity: m.Severity,
			Summary: m.Summary.In(lang), Doc: m.Doc.In(lang), Bad: m.Bad, Good: m.Good}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeRulesMarkdown writes the rule reference of the README: a table and
// a section per rule, from the rules' metadata (Spanish, with the English
// summary).
func writeRulesMarkdown(w io.Writer, metas []lint.Meta) error {
	var b bytes.Buffer
	if len(metas) == 0 {
		b.WriteString("_" + msg(lint.Spanish, "rules.none") + "._\n")
		_, err := w.Write(b.Bytes())
		return err
	}
	b.WriteString("| Regla | Criterios | Severidad | Qué revisa |\n| --- | --- | --- | --- |\n")
	for _, m := range metas {
		fmt.Fprintf(&b, "| [`%s`](#regla-%s) | %s | %s | %s |\n", m.ID, m.ID,
			strings.Join(m.Criteria, ", "), m.Severity.Spanish(), mdCell(m.Summary.ES))
	}
	for _, m := range metas {
		fmt.Fprintf(&b, "\n<a id=\"regla-%s\"></a>\n\n#### `%s`\n\n", m.ID, m.ID)
		fmt.Fprintf(&b, "**Criterios:** %s · **Severidad predeterminada:** %s (`%s`)\n\n",
			strings.Join(m.Criteria, ", "), m.Severity.Spanish(), m.Severity)
		fmt.Fprintf(&b, "%s\n\n", oneLine(m.Summary.ES))
		if d := strings.TrimSpace(m.Doc.ES); d != "" {
			fmt.Fprintf(&b, "%s\n\n", d)
		}
		fmt.Fprintf(&b, "_English:_ %s\n", oneLine(m.Summary.EN))
		if m.Bad != "" {
			fmt.Fprintf(&b, "\nSe señala:\n\n%s", fence(m.Bad))
		}
		if m.Good != "" {
			fmt.Fprintf(&b, "\nMejor:\n\n%s", fence(m.Good))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func mdCell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

// fence wraps s in a code fence longer than any backtick run inside it.
func fence(s string) string {
	n := 3
	for run, i := 0, 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			n = max(n, run+1)
		} else {
			run = 0
		}
	}
	f := strings.Repeat("`", n)
	return f + "text\n" + strings.TrimRight(s, "\n") + "\n" + f + "\n"
}

// ruleReference returns the generated section between the markers.
func ruleReference(metas []lint.Meta) []byte {
	var b bytes.Buffer
	b.WriteString(readmeStart + "\n\n")
	_ = writeRulesMarkdown(&b, metas)
	b.WriteString("\n" + readmeEnd)
	return b.Bytes()
}

// replaceReference replaces the text between the markers of readme
// (markers included) with ref.
func replaceReference(readme, ref []byte) ([]byte, error) {
	i := bytes.Index(readme, []byte(readmeStart))
	j := bytes.Index(readme, []byte(readmeEnd))
	if i < 0 || j < i {
		return nil, fmt.Errorf("markers %q and %q not found in order", readmeStart, readmeEnd)
	}
	out := make([]byte, 0, len(readme)+len(ref))
	out = append(out, readme[:i]...)
	out = append(out, ref...)
	return append(out, readme[j+len(readmeEnd):]...), nil
}

func updateREADME(path string, metas []lint.Meta) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := replaceReference(data, ruleReference(metas))
	if err != nil {
		return err
	}
	if bytes.Equal(out, data) {
		return nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	return writeFixed(path, data, out, st)
}

// writeRule prints one rule in full: summary, doc, criteria quoted from the
// criteria themselves, the example, and its options.
func (e *env) writeRule(m lint.Meta) error {
	lang := e.lang
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n\n", m.ID, oneLine(m.Summary.In(lang)))
	fmt.Fprintf(&b, "%s: %s\n", msg(lang, "rule.severity"), severityName(m.Severity, lang))
	fmt.Fprintf(&b, "%s: %s\n", msg(lang, "rule.criteria"), strings.Join(m.Criteria, ", "))
	if d := strings.TrimSpace(m.Doc.In(lang)); d != "" {
		fmt.Fprintf(&b, "\n%s\n", wrap(d, 78))
	}
	if m.Bad != "" {
		fmt.Fprintf(&b, "\n%s\n%s\n", msg(lang, "rule.bad"), indent(m.Bad))
	}
	if m.Good != "" {
		fmt.Fprintf(&b, "\n%s\n%s\n", msg(lang, "rule.good"), indent(m.Good))
	}
	if opts := e.ruleOptions(m.ID); len(opts) > 0 {
		fmt.Fprintf(&b, "\n%s: severity, %s\n", msg(lang, "rule.options"), strings.Join(opts, ", "))
		fmt.Fprintf(&b, "  %s\n", msg(lang, "rule.options.how", m.ID))
	}
	for _, c := range m.Criteria {
		t, ok := criteria.Text(c)
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n%s\n", msg(lang, "rule.criterion", c), indent(wrap(t, 74)))
	}
	_, err := io.WriteString(e.stdout, b.String())
	return err
}

// ruleOptions returns the option names a rule accepts, read from the rule
// itself: it is built with an option nobody has, and its error lists the
// ones it knows.
func (e *env) ruleOptions(id string) []string {
	const probe = "vocero_probe_option"
	cfg, err := lint.ParseConfig([]byte("rules:\n  "+id+":\n    "+probe+": 1\n"), "")
	if err != nil {
		return nil
	}
	_, err = e.ruleSet(cfg)
	if err == nil {
		return nil
	}
	m := knownOptions().FindStringSubmatch(err.Error())
	if m == nil {
		return nil
	}
	return strings.Split(m[1], ", ")
}

var knownOptions = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`known: severity, ([^)]*)\)`) })

// wrap breaks s into lines of at most width columns, keeping its line
// breaks.
func wrap(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
				out = append(out, line)
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}
