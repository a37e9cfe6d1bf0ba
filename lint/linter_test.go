package lint

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordRule reports every occurrence of a word, with a fix that replaces it.
type wordRule struct {
	id, word, repl string
	sev            Severity
	reads          Reads
}

func (r wordRule) Meta() Meta {
	return Meta{
		ID: r.id, Criteria: []string{"6.XXII"}, Severity: r.sev, Reads: r.reads,
		Summary:  Message{ES: "palabra", EN: "word"},
		Messages: map[string]Message{"found": {ES: "Palabra «%s»", EN: "Word «%s»"}},
	}
}

func (r wordRule) Check(p *Pass) error {
	for _, w := range p.Doc.Words() {
		if strings.EqualFold(w.Text, r.word) {
			f := Finding{Span: w.Span, Message: p.Msgf("found", w.Text)}
			if r.repl != "" {
				f.Fixes = []Fix{{Safe: true, Message: "cambiar", Edits: []Edit{{w.Start, w.End, r.repl}}}}
			}
			p.Report(f)
		}
	}
	return nil
}

type brokenRule struct{ panics bool }

func (brokenRule) Meta() Meta {
	return Meta{ID: "broken", Criteria: []string{"6.IV"}, Severity: Info, Summary: Message{ES: "x", EN: "x"}}
}

func (b brokenRule) Check(p *Pass) error {
	if b.panics {
		panic("boom")
	}
	return errors.New("it broke")
}

func mustNew(t *testing.T, cfg Config, rs ...Rule) *Linter {
	t.Helper()
	l, err := New(cfg, rs...)
	require.NoError(t, err)
	return l
}

func TestLintMapsPositionsToOriginal(t *testing.T) {
	l := mustNew(t, Config{}, wordRule{id: "w", word: "curp", sev: Error})
	text := "Línea uno\nDato: CU\u200bRP y más\n  ＣＵＲＰ"
	res := l.Lint(context.Background(), Post{Text: text})
	require.NoError(t, res.Err)
	require.Len(t, res.Findings, 2)
	f := res.Findings[0]
	assert.Equal(t, "CU\u200bRP", f.Text)
	assert.Equal(t, "CU\u200bRP", text[f.Span.Start:f.Span.End])
	assert.Equal(t, 2, f.Line)
	assert.Equal(t, 7, f.Column)
	assert.Equal(t, 2, f.EndLine)
	assert.Equal(t, 12, f.EndColumn)
	assert.Equal(t, Error, f.Severity)
	assert.Equal(t, []string{"6.XXII"}, f.Criteria)
	assert.Equal(t, "Palabra «CURP»", f.Message)
	g := res.Findings[1]
	assert.Equal(t, "ＣＵＲＰ", g.Text)
	assert.Equal(t, 3, g.Line)
	assert.Equal(t, 3, g.Column)
}

func TestLintRecordLineOffset(t *testing.T) {
	l := mustNew(t, Config{}, wordRule{id: "w", word: "x", sev: Info})
	res := l.Lint(context.Background(), Post{Text: "a\nb x", Line: 10})
	require.Len(t, res.Findings, 1)
	assert.Equal(t, 11, res.Findings[0].Line)
	assert.Equal(t, 3, res.Findings[0].Column)
}

func TestConfigSeverityAndDisable(t *testing.T) {
	cfg, err := ParseConfig([]byte("rules:\n  a: off\n  b: info\n"), "c.yaml")
	require.NoError(t, err)
	l := mustNew(t, cfg, wordRule{id: "a", word: "x", sev: Error}, wordRule{id: "b", word: "x", sev: Error})
	res := l.Lint(context.Background(), Post{Text: "x"})
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "b", res.Findings[0].Rule)
	assert.Equal(t, Info, res.Findings[0].Severity)
	assert.True(t, l.Known("a"))
	assert.Len(t, l.Rules(), 1)
}

func TestNewRejects(t *testing.T) {
	_, err := New(Config{}, wordRule{id: "a", word: "x", sev: Error}, wordRule{id: "a", word: "y", sev: Error})
	assert.ErrorContains(t, err, "share the ID")
	_, err = New(Config{}, wordRule{id: "Bad_ID", word: "x", sev: Error})
	assert.ErrorContains(t, err, "kebab-case")
	cfg, err := ParseConfig([]byte("lang: es\nrules:\n  nope: off\n"), "c.yaml")
	require.NoError(t, err)
	_, err = New(cfg, wordRule{id: "a", word: "x", sev: Error})
	assert.ErrorContains(t, err, `c.yaml:3: rules: unknown rule "nope"`)
	_, err = New(Config{Timezone: "Mars/Olympus"})
	assert.ErrorContains(t, err, "unknown time zone")
}

func TestBrokenRulesDoNotStopOthers(t *testing.T) {
	for _, panics := range []bool{false, true} {
		l := mustNew(t, Config{}, brokenRule{panics: panics}, wordRule{id: "w", word: "x", sev: Error})
		res := l.Lint(context.Background(), Post{Text: "x"})
		assert.Len(t, res.Findings, 1)
		assert.ErrorContains(t, res.Err, "rule broken")
	}
}

func TestRulePanicKeepsItsStack(t *testing.T) {
	l := mustNew(t, Config{}, brokenRule{panics: true})
	res := l.Lint(context.Background(), Post{Text: "x"})
	var pe *PanicError
	require.ErrorAs(t, res.Err, &pe)
	assert.Equal(t, "boom", pe.Value)
	assert.Contains(t, string(pe.Stack), "brokenRule", "the stack names the function that panicked")
	assert.NotContains(t, res.Err.Error(), "goroutine", "the message stays short")
}

func TestLintHonoursCancellation(t *testing.T) {
	l := mustNew(t, Config{}, wordRule{id: "w", word: "x", sev: Error})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := l.Lint(ctx, Post{Text: "x"})
	assert.ErrorIs(t, res.Err, context.Canceled)
	assert.Empty(t, res.Findings)
}

func TestDuplicatesDropped(t *testing.T) {
	dup := ruleFunc{meta: wordRule{id: "d", sev: Warning}.Meta(), check: func(p *Pass) error {
		for range 3 {
			p.Report(Finding{Span: Span{0, 1}, Message: "m"})
		}
		return nil
	}}
	res := mustNew(t, Config{}, dup).Lint(context.Background(), Post{Text: "xyz"})
	assert.Len(t, res.Findings, 1)
}

func TestOutOfRangeSpansAreErrors(t *testing.T) {
	bad := ruleFunc{meta: wordRule{id: "d", sev: Warning}.Meta(), check: func(p *Pass) error {
		p.Report(Finding{Span: Span{2, 99}, Message: "m"})
		p.Report(Finding{Span: Span{0, 1}, Message: "ok", Fixes: []Fix{{Safe: true, Edits: []Edit{{0, 50, ""}}}}})
		return nil
	}}
	res := mustNew(t, Config{}, bad).Lint(context.Background(), Post{Text: "xyz"})
	require.Len(t, res.Findings, 1)
	assert.Empty(t, res.Findings[0].Fixes)
	// Not a silent drop: the rule's bug is an error naming it.
	require.Error(t, res.Err)
	assert.Contains(t, res.Err.Error(), "rule d: reported the span [2, 99), outside the text (3 bytes)")
}

type ruleFunc struct {
	meta  Meta
	check func(p *Pass) error
}

func (r ruleFunc) Meta() Meta          { return r.meta }
func (r ruleFunc) Check(p *Pass) error { return r.check(p) }

func TestRegionsAndReads(t *testing.T) {
	text := "hola `x` [x](http://x.mx) x"
	post := Post{Text: text, Regions: []Region{
		{5, 6, Markup}, {6, 7, Verbatim}, {7, 8, Markup},
		{9, 10, Markup}, {11, 13, Markup}, {13, 24, Link}, {24, 25, Markup},
	}}
	prose := wordRule{id: "prose", word: "x", sev: Error}
	code := wordRule{id: "code", word: "x", sev: Error, reads: ReadsVerbatim}
	l := mustNew(t, Config{}, prose, code)
	res := l.Lint(context.Background(), post)
	count := map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule]++
		assert.Equal(t, "x", f.Text)
	}
	assert.Equal(t, 2, count["prose"], "link text and last word")
	assert.Equal(t, 3, count["code"], "plus the code span")
}

func TestFixNeverTouchesMarkup(t *testing.T) {
	text := "**x**"
	post := Post{Text: text, Regions: []Region{{0, 2, Markup}, {3, 5, Markup}}}
	whole := ruleFunc{meta: wordRule{id: "d", sev: Warning}.Meta(), check: func(p *Pass) error {
		p.Report(Finding{Span: Span{0, 1}, Message: "m", Fixes: []Fix{{Safe: true, Edits: []Edit{{0, 1, "y"}}}}})
		return nil
	}}
	res := mustNew(t, Config{}, whole).Lint(context.Background(), post)
	require.Len(t, res.Findings, 1)
	require.Len(t, res.Findings[0].Fixes, 1)
	assert.Equal(t, []Edit{{2, 3, "y"}}, res.Findings[0].Fixes[0].Edits)
	out, _ := ApplyFixes(text, res.Findings, nil)
	assert.Equal(t, "**y**", out)
}

func TestSwitches(t *testing.T) {
	text := "x <!-- vocero-disable w --> x <!-- vocero-enable w --> x <!-- vocero-disable-next-line w nada -->\nx\nx"
	i1 := strings.Index(text, "<!-- vocero-disable w")
	i2 := strings.Index(text, "<!-- vocero-enable")
	e1, e2 := i1+len("<!-- vocero-disable w -->"), i2+len("<!-- vocero-enable w -->")
	i3 := strings.Index(text, "<!-- vocero-disable-next-line")
	nl := strings.Index(text, "\n")
	post := Post{Text: text,
		Regions: []Region{{i1, e1, Hidden}, {i2, e2, Hidden}, {i3, nl, Hidden}},
		Switches: []Switch{
			{Offset: i1, Rules: []string{"w"}, Start: i1, Stop: e1},
			{Offset: i2, Rules: []string{"w"}, Enable: true, Start: i2, Stop: e2},
			{Offset: nl + 1, End: nl + 2, Rules: []string{"w", "nada"}, Start: i3, Stop: nl},
		}}
	res := mustNew(t, Config{}, wordRule{id: "w", word: "x", sev: Error}).Lint(context.Background(), post)
	var lines []int
	var unknown int
	for _, f := range res.Findings {
		if f.Rule == SwitchRuleID {
			unknown++
			assert.Contains(t, f.Message, "«nada»")
			continue
		}
		lines = append(lines, f.Line*100+f.Column)
	}
	assert.Equal(t, 1, unknown)
	assert.Equal(t, []int{101, 156, 301}, lines)
}

func TestConcurrentLint(t *testing.T) {
	l := mustNew(t, Config{}, wordRule{id: "w", word: "vota", repl: "Vota", sev: Warning})
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range 200 {
				text := strings.Repeat("vota ", (g+i)%7+1)
				res := l.Lint(context.Background(), Post{Text: text})
				if len(res.Findings) != (g+i)%7+1 {
					t.Errorf("got %d findings", len(res.Findings))
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestPositionsWithManyFindingsOnOneLine(t *testing.T) {
	text := strings.Repeat("x ñ ", 50_000)
	l := mustNew(t, Config{MaxFindings: -1}, wordRule{id: "w", word: "x", sev: Info})
	res := l.Lint(context.Background(), Post{Text: text})
	require.Len(t, res.Findings, 50_000)
	last := res.Findings[len(res.Findings)-1]
	assert.Equal(t, 1, last.Line)
	assert.Equal(t, 4*49_999+1, last.Column)
	assert.Equal(t, 4*49_999+2, last.EndColumn)
}

func TestFindingsPerRuleAreCapped(t *testing.T) {
	text := strings.Repeat("x ", 50)
	l := mustNew(t, Config{MaxFindings: 10}, wordRule{id: "w", word: "x", sev: Error}, wordRule{id: "v", word: "x", sev: Error})
	res := l.Lint(context.Background(), Post{Text: text})
	count := map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule+"/"+f.Kind]++
	}
	assert.Equal(t, map[string]int{"w/": 10, "w/truncated": 1, "v/": 10, "v/truncated": 1}, count)
	res = mustNew(t, Config{}, wordRule{id: "w", word: "x", sev: Error}).Lint(context.Background(), Post{Text: strings.Repeat("x ", 2000)})
	assert.Len(t, res.Findings, DefaultMaxFindings+1)
}
