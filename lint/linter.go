package lint

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf8"
)

// Linter checks posts with a fixed set of rules and a fixed configuration.
// It is immutable after New and safe for concurrent use.
type Linter struct {
	cfg   Config
	rules []entry
	ids   map[string]bool
}

type entry struct {
	rule Rule
	meta Meta
	sev  Severity // config override, or Off for none
	opts RuleOptions
}

// SwitchRuleID is the rule ID of the findings the engine itself reports
// about inline switches that name unknown rules.
const SwitchRuleID = "inline-switch"

// New builds a Linter. cfg is resolved (see Config.Resolve); rules the config
// turns off are left out. It fails on invalid rule metadata, duplicate rule
// IDs, config for an unknown rule, or an invalid config.
func New(cfg Config, rules ...Rule) (*Linter, error) {
	cfg, err := cfg.Resolve()
	if err != nil {
		return nil, err
	}
	l := &Linter{cfg: cfg, ids: map[string]bool{}}
	for _, r := range rules {
		if r == nil {
			continue
		}
		m := r.Meta()
		if err := m.Validate(); err != nil {
			return nil, err
		}
		if l.ids[m.ID] {
			return nil, fmt.Errorf("two rules share the ID %q", m.ID)
		}
		l.ids[m.ID] = true
		rc := cfg.Rule(m.ID)
		if _, named := cfg.Rules[m.ID]; named && rc.Disabled() {
			continue
		}
		e := entry{rule: r, meta: m, opts: rc.Options, sev: rc.Severity}
		l.rules = append(l.rules, e)
	}
	var unknown []string
	for id := range cfg.Rules {
		if !l.ids[id] {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		rc := cfg.Rules[unknown[0]]
		return nil, fmt.Errorf("%s:%d: rules: unknown rule %q", cfg.where(), rc.line, strings.Join(unknown, `", "`))
	}
	return l, nil
}

// Config returns a copy of the resolved configuration: changing it does
// not change the Linter.
func (l *Linter) Config() Config { return l.cfg.clone() }

// Rules returns copies of the metadata of the enabled rules, in order.
func (l *Linter) Rules() []Meta {
	out := make([]Meta, len(l.rules))
	for i, e := range l.rules {
		out[i] = e.meta.clone()
	}
	return out
}

// Known reports whether id names a rule of the Linter (enabled or not).
func (l *Linter) Known(id string) bool { return l.ids[id] }

// Result is what Lint found in one post.
type Result struct {
	Post     *Post
	Findings []Finding
	// Err joins the errors of rules that broke and the context's error when
	// the check was cancelled; Findings holds what was found before.
	Err error
}

// Count returns how many findings have each severity.
func (r Result) Count() (errs, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			errs++
		case Warning:
			warnings++
		case Info:
			infos++
		}
	}
	return
}

// Max returns the highest severity found, or Off.
func (r Result) Max() Severity {
	m := Off
	for _, f := range r.Findings {
		if f.Severity > m {
			m = f.Severity
		}
	}
	return m
}

// Lint checks one post. It honours ctx: when ctx is done it stops between
// rules and reports ctx.Err() in Result.Err.
func (l *Linter) Lint(ctx context.Context, post Post) Result {
	p := &post
	res := Result{Post: p}
	// One pass and one collector serve every rule in turn, so a check
	// costs no allocation per rule.
	c := &collector{l: l}
	pass := &Pass{Config: &l.cfg, Lang: l.cfg.Lang, report: c.add}
	errs := l.runRules(ctx, p, c, pass, nil)
	mapped := c.mapped
	mapped = append(mapped, l.switchFindings(p)...)
	mapped = applySwitches(p, mapped)
	sortFindings(mapped)
	res.Findings = dedup(mapped)
	if len(res.Findings) > 0 {
		positions(p, res.Findings)
	}
	res.Err = errors.Join(errs...)
	return res
}

// Passes reports whether post passes: whether Lint would find nothing at
// failOn or above (inline switches honoured). It is for callers that only
// need that answer, such as a scheduler that holds a post back: rules run
// in brief mode (see Pass.Brief) and the check stops after the first rule
// that reports at failOn or above, so it costs at most what Lint costs.
// The error is what Result.Err would hold (a broken rule, or ctx done);
// the answer is then from the rules that ran.
func (l *Linter) Passes(ctx context.Context, post Post, failOn Severity) (bool, error) {
	p := &post
	if failOn == Off {
		failOn = Error
	}
	c := &collector{l: l}
	failed := false
	c.brief = func(f Finding) {
		if f.Severity >= failOn && !switchedOff(p.Switches, f.Rule, f.Span.Start) {
			failed = true
		}
	}
	pass := &Pass{Config: &l.cfg, Lang: l.cfg.Lang, report: c.add, brief: true}
	errs := l.runRules(ctx, p, c, pass, func() bool { return failed })
	if failed {
		return false, errors.Join(errs...)
	}
	for _, f := range l.switchFindings(p) {
		c.brief(f)
	}
	return !failed, errors.Join(errs...)
}

// runRules runs every rule on p in order through one pass and collector,
// building each view of the post at most once. It stops early when ctx is
// done or stop (if any) says so after a rule, and returns the errors.
func (l *Linter) runRules(ctx context.Context, p *Post, c *collector, pass *Pass, stop func() bool) []error {
	var errs []error
	base := newDocument(p, &l.cfg, 0)
	var views [4]*Document // by Reads: at most four views of one post
	views[0] = base
	present := p.reads()
	for i := range l.rules {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		e := &l.rules[i]
		doc := base
		if reads := e.meta.Reads & present; reads != 0 {
			if views[reads] == nil {
				views[reads] = newDocument(p, &l.cfg, reads)
				views[reads].base = base
			}
			doc = views[reads]
		}
		c.e, c.doc, c.count, c.bad = e, doc, 0, nil
		pass.Doc, pass.Options, pass.meta = doc, e.opts, &e.meta
		if err := safeCheck(e.rule, pass); err != nil {
			errs = append(errs, fmt.Errorf("rule %s: %w", e.meta.ID, err))
		}
		if c.bad != nil {
			errs = append(errs, fmt.Errorf("rule %s: %w", e.meta.ID, c.bad))
		}
		if stop != nil && stop() {
			break
		}
	}
	return errs
}

// collector takes the findings of the rule being run.
type collector struct {
	l      *Linter
	e      *entry
	doc    *Document
	count  int
	mapped []Finding
	// brief, when set, takes each placed finding instead of mapped
	// (Passes keeps only the answer).
	brief func(Finding)
	// bad is the first finding or fix of the current rule that lay outside
	// the text: the rule's bug, returned as an error naming it.
	bad error
}

func (c *collector) add(f Finding) {
	if c.e.sev != Off {
		f.Severity = c.e.sev
	}
	if max := c.l.cfg.MaxFindings; max > 0 && c.count >= max {
		if c.count > max {
			return
		}
		f = Finding{Rule: c.e.meta.ID, Kind: "truncated", Severity: Info, Criteria: c.e.meta.Criteria,
			Span: f.Span, Message: msgTruncated.In(c.l.cfg.Lang, max)}
	}
	f2, err := c.l.place(c.doc, f)
	if err != nil {
		if c.bad == nil {
			c.bad = err
		}
		if f2.Span == (Span{-1, -1}) {
			return
		}
	}
	c.count++
	if c.brief != nil {
		c.brief(f2)
		return
	}
	c.mapped = append(c.mapped, f2)
}

// reads returns the region kinds present in the post.
func (p *Post) reads() Reads {
	var r Reads
	for _, reg := range p.Regions {
		switch reg.Kind {
		case Verbatim:
			r |= ReadsVerbatim
		case Link:
			r |= ReadsLinks
		}
	}
	return r
}

// PanicError is a rule's panic, recovered by the Linter and returned in
// Result.Err (wrapped with the rule's ID). Its message is short, for users;
// Stack keeps the goroutine's stack at the panic for whoever fixes the rule
// (the CLI prints it with --debug).
type PanicError struct {
	// Value is what the rule panicked with.
	Value any
	// Stack is the stack trace at the panic, as runtime/debug.Stack gives it.
	Stack []byte
}

// Error implements error.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// safeCheck runs a rule and turns a panic into an error, so that one broken
// rule does not take the others down.
func safeCheck(r Rule, p *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Value: v, Stack: debug.Stack()}
		}
	}()
	return r.Check(p)
}

// place maps a finding from view offsets to original offsets and checks
// it. A span outside the text is an error and the finding is dropped (its
// Span comes back as {-1, -1}); a fix with an edit outside the text is an
// error and the fix is dropped.
func (l *Linter) place(doc *Document, f Finding) (Finding, error) {
	n := len(doc.Text)
	if f.Span.Start < 0 || f.Span.End > n || f.Span.Start > f.Span.End {
		err := fmt.Errorf("reported the span [%d, %d), outside the text (%d bytes)", f.Span.Start, f.Span.End, n)
		f.Span = Span{-1, -1}
		return f, err
	}
	f.Span.Start, f.Span.End = doc.OrigSpan(f.Span)
	var err error
	if len(f.Fixes) > 0 {
		f.Fixes, err = l.placeFixes(doc, f.Fixes)
	}
	return f, err
}

// placeFixes maps fixes from view offsets to original offsets, dropping
// those with an edit over protected text (Markdown syntax, comments), and,
// with an error, those with an edit out of range or overlapping another.
func (l *Linter) placeFixes(doc *Document, fixes []Fix) ([]Fix, error) {
	n := len(doc.Text)
	out := make([]Fix, 0, len(fixes))
	var err error
next:
	for _, fx := range fixes {
		if len(fx.Edits) == 0 {
			continue
		}
		edits := make([]Edit, 0, len(fx.Edits))
		for _, e := range fx.Edits {
			if e.Start < 0 || e.End > n || e.Start > e.End {
				err = fmt.Errorf("fix %q has the edit [%d, %d), outside the text (%d bytes)", fx.Message, e.Start, e.End, n)
				continue next
			}
			a, b := doc.OrigSpan(Span{e.Start, e.End})
			if protected(doc.Post, a, b) {
				continue next
			}
			edits = append(edits, Edit{Start: a, End: b, New: e.New})
		}
		if overlapping(fx.Edits) {
			err = fmt.Errorf("fix %q has edits that overlap", fx.Message)
			continue
		}
		if overlapping(edits) {
			continue // they touch only once mapped to the original text
		}
		fx.Edits = edits
		out = append(out, fx)
	}
	if len(out) == 0 {
		return nil, err
	}
	return out, err
}

// protected reports whether [a, b) touches text no fix may change (Markdown
// syntax, front matter, comments).
func protected(p *Post, a, b int) bool {
	for _, r := range p.Regions {
		if r.Kind != Markup && r.Kind != Hidden {
			continue
		}
		if a < r.End && r.Start < b || (a == b && r.Start < a && a < r.End) {
			return true
		}
	}
	return false
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Message < b.Message
	})
}

func dedup(fs []Finding) []Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := &fs[i-1]
			if p.Rule == f.Rule && p.Kind == f.Kind && p.Span == f.Span && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// positions fills line, column and text (an excerpt, see MaxExcerpt) from
// original offsets, in one pass over the text whatever the number of
// findings.
func positions(p *Post, fs []Finding) {
	text := p.Text
	offs := make([]int, 0, 2*len(fs))
	for i := range fs {
		offs = append(offs, fs[i].Span.Start, fs[i].Span.End)
	}
	sort.Ints(offs)
	type lc struct{ line, col int }
	at := make(map[int]lc, len(offs))
	line, col, pos := max(p.Line, 1), 1, 0
	org := p.Origins
	for _, off := range offs {
		if _, done := at[off]; done {
			continue
		}
		// Jump to the last origin at or before off, if it lies ahead.
		for len(org) > 0 && org[0].Off <= off {
			if org[0].Off >= pos {
				line, col, pos = org[0].Line, org[0].Col, org[0].Off
			}
			org = org[1:]
		}
		for pos < off && pos < len(text) {
			c := text[pos]
			switch {
			case c == '\n':
				line, col = line+1, 1
				pos++
			case c < utf8.RuneSelf:
				col++
				pos++
			default:
				_, n := utf8.DecodeRuneInString(text[pos:])
				col++
				pos += n
			}
		}
		at[off] = lc{line, col}
	}
	for i := range fs {
		f := &fs[i]
		a, b := at[f.Span.Start], at[f.Span.End]
		f.Line, f.Column = a.line, a.col
		f.EndLine, f.EndColumn = b.line, b.col
		f.Text = Excerpt(text[f.Span.Start:f.Span.End], MaxExcerpt)
		f.Path, f.Post, f.PostID = p.Path, p.Number, p.ID
	}
	ownCriteria(fs)
}

var msgTruncated = Message{
	ES: "Hay más hallazgos de esta regla en la publicación; se muestran los primeros %d. Corrige estos y vuelve a revisar",
	EN: "This rule has more findings in the post; the first %d are shown. Fix these and check again",
}

var msgUnknownSwitch = Message{
	ES: "El interruptor nombra una regla que no existe: «%s»; corrige el identificador (la lista está en «vocero rules»)",
	EN: "The switch names a rule that does not exist: «%s»; correct the ID (see «vocero rules» for the list)",
}

// switchFindings reports inline switches that name unknown rules.
func (l *Linter) switchFindings(p *Post) []Finding {
	var out []Finding
	for _, s := range p.Switches {
		for _, id := range s.Rules {
			if !l.ids[id] && id != SwitchRuleID {
				out = append(out, Finding{
					Rule: SwitchRuleID, Kind: "unknown-rule", Severity: Warning,
					Criteria: []string{},
					Message:  msgUnknownSwitch.In(l.cfg.Lang, id),
					Span:     Span{s.Start, s.Stop},
				})
			}
		}
	}
	return out
}

// applySwitches drops findings that inline switches turn off.
func applySwitches(p *Post, fs []Finding) []Finding {
	if len(p.Switches) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !switchedOff(p.Switches, f.Rule, f.Span.Start) {
			out = append(out, f)
		}
	}
	return out
}

func switchedOff(sw []Switch, rule string, off int) bool {
	if rule == SwitchRuleID {
		return false
	}
	disabled := false
	for _, s := range sw {
		if s.Offset > off {
			break
		}
		if !names(s.Rules, rule) {
			continue
		}
		if s.End > 0 {
			if off < s.End {
				return true
			}
			continue
		}
		disabled = !s.Enable
	}
	return disabled
}

func names(ids []string, id string) bool {
	if len(ids) == 0 {
		return true
	}
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// ownCriteria gives each finding its own copy of its criteria (rules pass
// their Meta's slice), in one allocation, so that a caller who changes a
// finding does not change the Linter.
func ownCriteria(fs []Finding) {
	n := 0
	for i := range fs {
		n += len(fs[i].Criteria)
	}
	if n == 0 {
		return
	}
	all := make([]string, 0, n)
	for i := range fs {
		c := fs[i].Criteria
		if c == nil {
			continue
		}
		start := len(all)
		all = append(all, c...)
		fs[i].Criteria = all[start:len(all):len(all)]
	}
}
