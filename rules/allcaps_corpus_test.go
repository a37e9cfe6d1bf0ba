package rules

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// formCorpusPost is a line of testdata/corpus/*.jsonl.
type formCorpusPost struct {
	ID        string          `json:"id"`
	Text      string          `json:"text"`
	Platforms []lint.Platform `json:"platforms"`
	Reply     bool            `json:"reply"`
}

func readFormCorpus(t *testing.T, name string) []formCorpusPost {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "corpus", name))
	if os.IsNotExist(err) {
		t.Skipf("corpus %s not present", name)
	}
	require.NoError(t, err)
	defer f.Close()
	var out []formCorpusPost
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var p formCorpusPost
		require.NoError(t, json.Unmarshal(sc.Bytes(), &p))
		out = append(out, p)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestFormRulesCleanCorpus runs the rules of form (all-caps, punctuation,
// campaign-hashtag, length) over the clean institutional posts and
// replies. Issue 5 asks for fewer than one finding per 50 clean posts;
// every finding is logged so that a regression is easy to read.
func TestFormRulesCleanCorpus(t *testing.T) {
	posts := append(readFormCorpus(t, "clean.jsonl"), readFormCorpus(t, "replies.jsonl")...)
	cfg := lint.Config{}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	var rs []lint.Rule
	for _, b := range []builder{allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	l, err := lint.New(cfg, rs...)
	require.NoError(t, err)
	n := 0
	for _, p := range posts {
		res := l.Lint(benchCtx, lint.Post{ID: p.ID, Text: p.Text, Platforms: p.Platforms, Reply: p.Reply})
		require.NoError(t, res.Err)
		for _, f := range res.Findings {
			n++
			t.Logf("%s: %s/%s %s: %q", p.ID, f.Rule, f.Kind, f.Message, f.Text)
		}
	}
	t.Logf("rules of form: %d findings on %d clean posts (%.2f per 50 posts)", n, len(posts), 50*float64(n)/float64(len(posts)))
	assert.Less(t, 50*n, len(posts), "more than one finding per 50 clean posts")
}

// TestFormRulesExamples checks that each rule's documented Bad example is
// reported and its Good example is not, so the docs cannot drift.
func TestFormRulesExamples(t *testing.T) {
	rc, err := lint.Config{}.Resolve()
	require.NoError(t, err)
	for _, b := range []builder{allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			post := lint.Post{Platforms: []lint.Platform{lint.X}}
			post.Text = m.Bad
			assert.NotEmpty(t, formLint(t, lint.Config{}, r, post), "bad example not reported")
			post.Text = m.Good
			assert.Empty(t, formLint(t, lint.Config{}, r, post), "good example reported")
			// Every finding's message key is listed in Meta.Messages.
			require.NoError(t, m.Validate())
		})
	}
}

// TestFormRulesConcurrent lints from many goroutines with one Linter: the
// rules keep no per-post state, so every goroutine sees the same findings.
func TestFormRulesConcurrent(t *testing.T) {
	cfg := campaignTestConfig()
	cfg.Date = time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	var rs []lint.Rule
	for _, b := range []builder{allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	l, err := lint.New(cfg, rs...)
	require.NoError(t, err)
	posts := []string{
		"ÚLTIMO DÍA PARA VOTAR!!! #votoinformado2027 #Sonora #Sonora #a1 #b2",
		"Si tienes dudas , ya consultaste la guía?Entra a votar.Es rápido.",
		strings.Repeat("Consulta tu casilla. ", 20),
		"¿Sabes dónde votar? #VotoInformado2027",
	}
	want := make([]int, len(posts))
	for i, p := range posts {
		want[i] = len(l.Lint(benchCtx, lint.Post{Text: p}).Findings)
		if i < 3 { // the last post is clean
			require.NotZero(t, want[i], "post %d should have findings", i)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(posts)
				if n := len(l.Lint(benchCtx, lint.Post{Text: posts[i]}).Findings); n != want[i] {
					errs <- fmt.Sprintf("post %d: %d findings, want %d", i, n, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// formFloor is a rule that only reads what the form rules read (words,
// sentences, tokens, lengths): its benchmark is the engine's share of
// theirs.
type formFloor struct{}

func (formFloor) Meta() lint.Meta {
	return lint.Meta{ID: "form-floor", Criteria: []string{"6.XXII"}, Severity: lint.Info, Summary: lint.Message{ES: "piso", EN: "floor"}}
}

func (formFloor) Check(p *lint.Pass) error {
	p.Doc.Words()
	p.Doc.Sentences()
	for _, pl := range p.Doc.Platforms() {
		p.Doc.Length(pl)
	}
	return nil
}

// BenchmarkFormRules lints realistic posts with the four rules of form
// together, beside the floor of the Document views they read.
func BenchmarkFormRules(b *testing.B) {
	cfg := campaignTestConfig()
	cfg.Date = time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC)
	rc, err := cfg.Resolve()
	require.NoError(b, err)
	var rs []lint.Rule
	for _, bld := range []builder{allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig} {
		r, err := bld(&rc)
		require.NoError(b, err)
		rs = append(rs, r)
	}
	posts := []lint.Post{
		{Text: "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas y planea tu visita con tiempo. #VotoInformado2027 🗳️"},
		{Text: "El Consejo General del Instituto Estatal Electoral y de Participación Ciudadana aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta el acuerdo completo en https://www.ieesonora.org.mx/acuerdos #VotoInformado2027"},
		{Text: "ÚLTIMO DÍA para registrarte como observador electoral!!! Si tienes dudas , ya consultaste la guía? #votoinformado2027"},
	}
	for _, bc := range []struct {
		name  string
		rules []lint.Rule
	}{{"floor", []lint.Rule{formFloor{}}}, {"rules", rs}} {
		l, err := lint.New(cfg, bc.rules...)
		require.NoError(b, err)
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				l.Lint(benchCtx, posts[i%len(posts)])
			}
		})
	}
}

// TestFormRulesHostileInput feeds the rules of form large and odd posts:
// they must answer in time linear in the input, with valid spans and a
// bounded number of findings.
func TestFormRulesHostileInput(t *testing.T) {
	cfg := campaignTestConfig()
	cfg.Date = time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	var rs []lint.Rule
	for _, b := range []builder{allCapsFromConfig, punctuationFromConfig, campaignHashtagFromConfig, lengthFromConfig} {
		r, err := b(&rc)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	l, err := lint.New(cfg, rs...)
	require.NoError(t, err)
	for name, text := range map[string]string{
		"shouted runs":       strings.Repeat("VOTA YA hoy ", 100000),
		"shouted sentences":  strings.Repeat("VOTA YA. ", 100000),
		"many hashtags":      strings.Repeat("#votoinformado #Sonora #sonora ", 20000),
		"one million #":      strings.Repeat("#", 1000000),
		"invalid utf-8":      strings.Repeat("\xff\xfeVOTA¿?\x00", 50000),
		"long single word":   strings.Repeat("Á", 200000),
		"combining marks":    "VOTA" + strings.Repeat("\u0301", 100000),
		"nested punctuation": strings.Repeat("¿¡(«", 50000),
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res := l.Lint(benchCtx, lint.Post{Text: text, Platforms: []lint.Platform{lint.X, lint.Instagram}})
			assertQuick(t, start, 5*time.Second)
			assert.Less(t, len(res.Findings), 400)
			for _, f := range res.Findings {
				require.True(t, f.Span.Start >= 0 && f.Span.End <= len(text) && f.Span.Start <= f.Span.End, "%+v", f.Span)
			}
		})
	}
}
