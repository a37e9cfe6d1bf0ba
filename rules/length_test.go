package rules

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// benchCtx is the context of the form rules' benchmarks.
var benchCtx = context.Background()

// formLint lints one post with one rule under cfg and returns the findings.
func formLint(t testing.TB, cfg lint.Config, r lint.Rule, post lint.Post) []lint.Finding {
	t.Helper()
	if cfg.Date.IsZero() {
		cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	res := l.Lint(context.Background(), post)
	require.NoError(t, res.Err)
	return res.Findings
}

// formFix applies every fix of rule r to text, as the CLI's --fix does.
func formFix(t testing.TB, cfg lint.Config, r lint.Rule, post lint.Post) string {
	t.Helper()
	if cfg.Date.IsZero() {
		cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	out, _, err := l.Fix(context.Background(), post, nil)
	require.NoError(t, err)
	return out
}

func TestLengthTestdata(t *testing.T) { runTestdata(t, "length", lengthFromConfig) }

func TestLength(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("voto ", n)) } // 5n-1 chars
	cases := []struct {
		name     string
		text     string
		pl       []lint.Platform
		opts     LengthOptions
		kinds    []string // kinds expected, in order
		severity []lint.Severity
		msg      string // substring of the first message
		overText string // text the first finding marks
	}{
		{name: "empty", text: "", pl: []lint.Platform{lint.X}},
		{name: "short on x", text: "Consulta tu casilla.", pl: []lint.Platform{lint.X}},
		{name: "exactly 280 on x is not over but near", text: strings.Repeat("a", 280), pl: []lint.Platform{lint.X},
			kinds: []string{"near"}, severity: []lint.Severity{lint.Info}, msg: "280 de 280"},
		{name: "281 on x is over by one", text: strings.Repeat("a", 280) + "b", pl: []lint.Platform{lint.X},
			kinds: []string{"over"}, severity: []lint.Severity{lint.Error}, msg: "excede en 1 caracteres ponderados", overText: "b"},
		{name: "just under near threshold", text: strings.Repeat("a", 251), pl: []lint.Platform{lint.X}},
		{name: "at near threshold", text: strings.Repeat("a", 252), pl: []lint.Platform{lint.X}, kinds: []string{"near"}, severity: []lint.Severity{lint.Info}, msg: "quedan 28"},
		{name: "near off", text: strings.Repeat("a", 279), pl: []lint.Platform{lint.X}, opts: LengthOptions{Near: 1}},
		{name: "custom limit", text: words(100), pl: []lint.Platform{lint.X}, opts: LengthOptions{Limits: map[lint.Platform]int{lint.X: 25000}}},
		{name: "custom near", text: strings.Repeat("a", 200), pl: []lint.Platform{lint.X}, opts: LengthOptions{Near: 0.7}, kinds: []string{"near"}, severity: []lint.Severity{lint.Info}},
		{name: "over x fine on facebook", text: words(100), pl: []lint.Platform{lint.X, lint.Facebook},
			kinds: []string{"over"}, severity: []lint.Severity{lint.Error}, msg: "excede en 219"},
		{name: "over x and threads", text: words(120), pl: []lint.Platform{lint.X, lint.Threads},
			kinds: []string{"over", "over"}, severity: []lint.Severity{lint.Error, lint.Error}, msg: "X"},
		{name: "instagram fits long text", text: words(300), pl: []lint.Platform{lint.Instagram}},
		{name: "linkedin over", text: words(700), pl: []lint.Platform{lint.LinkedIn}, kinds: []string{"over"}, severity: []lint.Severity{lint.Error}, msg: "excede en 499 caracteres el límite de LinkedIn"},
		{name: "duplicated platform counted once", text: "Hola", pl: []lint.Platform{lint.X, lint.X}},
		{name: "bluesky counts an emoji sequence once", text: strings.Repeat("👨‍👩‍👧", 160), pl: []lint.Platform{lint.Bluesky}},
		{name: "bluesky over the byte limit", text: strings.Repeat("👨‍👩‍👧‍👦", 150), pl: []lint.Platform{lint.Bluesky},
			kinds: []string{"over-bytes"}, severity: []lint.Severity{lint.Error}, msg: "excede en 750 bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := formLint(t, lint.Config{}, NewLength(tc.opts), lint.Post{Text: tc.text, Platforms: tc.pl})
			require.Len(t, fs, len(tc.kinds), "%v", fs)
			for i, f := range fs {
				assert.Equal(t, tc.kinds[i], f.Kind)
				assert.Equal(t, tc.severity[i], f.Severity)
				assert.Equal(t, []string{"6.XX"}, f.Criteria)
			}
			if len(fs) > 0 {
				assert.Contains(t, fs[0].Message, tc.msg)
				if tc.overText != "" {
					assert.Equal(t, tc.overText, fs[0].Text)
				}
			}
		})
	}
}

func TestLengthOverflowSpanStartsWhereTheLimitIsReached(t *testing.T) {
	text := strings.Repeat("a", 270) + " Última línea que ya no cabe."
	fs := formLint(t, lint.Config{}, NewLength(LengthOptions{}), lint.Post{Text: text, Platforms: []lint.Platform{lint.X}})
	require.Len(t, fs, 1)
	// 280 units fit: the 270 a's, the space and "Última li".
	assert.Equal(t, "nea que ya no cabe.", fs[0].Text)
}

func TestLengthEnglishMessages(t *testing.T) {
	fs := formLint(t, lint.Config{Lang: lint.English}, NewLength(LengthOptions{}), lint.Post{Text: strings.Repeat("b", 300), Platforms: []lint.Platform{lint.X}})
	require.Len(t, fs, 1)
	assert.Equal(t, "The text is 20 weighted characters over the X limit (300 of 280; X counts each link as 23 and emoji and CJK characters as 2); shorten it (criterion 6.XX)", fs[0].Message)
}

func TestLengthOptionsFromConfig(t *testing.T) {
	cases := []struct {
		name, yaml, err string
	}{
		{name: "valid", yaml: "rules:\n  length: {near: 0.8, limits: {x: 4000}}\n"},
		{name: "severity only", yaml: "rules:\n  length: warning\n"},
		{name: "unknown key", yaml: "rules:\n  length: {max: 3}\n", err: `unknown option "max"`},
		{name: "unknown platform", yaml: "rules:\n  length: {limits: {myspace: 3}}\n", err: "myspace"},
		{name: "negative limit", yaml: "rules:\n  length: {limits: {x: -1}}\n", err: "positive"},
		{name: "negative near", yaml: "rules:\n  length: {near: -0.5}\n", err: "near"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := lint.ParseConfig([]byte(tc.yaml), "test.yaml")
			require.NoError(t, err)
			rc, err := cfg.Resolve()
			require.NoError(t, err)
			_, err = lengthFromConfig(&rc)
			if tc.err == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
		})
	}
}

func TestLengthHugeInputIsBounded(t *testing.T) {
	text := strings.Repeat("Consulta tu casilla en el sitio del Instituto. ", 200000) // ~9 MB
	start := time.Now()
	fs := formLint(t, lint.Config{}, NewLength(LengthOptions{}), lint.Post{Text: text, Platforms: []lint.Platform{lint.X, lint.Bluesky}})
	require.Len(t, fs, 2) // X over; Bluesky over in graphemes (reported before bytes)
	assertQuick(t, start, 10*time.Second)
}

func BenchmarkLength(b *testing.B) {
	r := NewLength(LengthOptions{})
	cfg, _ := lint.Config{}.Resolve()
	posts := []lint.Post{
		{Text: "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita con tiempo. #VotoInformado 🗳️", Platforms: []lint.Platform{lint.X, lint.Bluesky, lint.Facebook}},
		{Text: strings.Repeat("Se informa a la ciudadanía del registro de candidaturas. ", 6), Platforms: []lint.Platform{lint.X, lint.Threads}},
	}
	l, err := lint.New(cfg, r)
	require.NoError(b, err)
	for _, bc := range []struct {
		name string
		post lint.Post
	}{{"fits", posts[0]}, {"over", posts[1]}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				l.Lint(benchCtx, bc.post)
			}
		})
	}
}
