package lint_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// post280 is a realistic post of about 280 characters.
const post280 = "¡Participa! 🗳️ El Consejo General del #IEESonora aprobó hoy el calendario de la elección 2027. " +
	"Consulta las fechas de registro de candidaturas, campañas y cómputos en ieesonora.org.mx/calendario " +
	"o pregunta a @IEESonora. La jornada electoral será el domingo 6 de junio. #VotoInformado"

func corpus(tb testing.TB) []lint.Post {
	tb.Helper()
	var posts []lint.Post
	for _, name := range []string{"../testdata/corpus/clean.jsonl", "../testdata/corpus/replies.jsonl"} {
		f, err := os.Open(name)
		require.NoError(tb, err)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var rec struct {
				ID    string `json:"id"`
				Text  string `json:"text"`
				Reply bool   `json:"reply"`
			}
			require.NoError(tb, json.Unmarshal(sc.Bytes(), &rec))
			posts = append(posts, lint.Post{ID: rec.ID, Text: rec.Text, Reply: rec.Reply})
		}
		f.Close()
	}
	return posts
}

func allRules(tb testing.TB) *lint.Linter {
	tb.Helper()
	l, err := rules.NewLinter(lint.Config{})
	require.NoError(tb, err)
	return l
}

func pick(tb testing.TB, ids ...string) *lint.Linter {
	tb.Helper()
	all, err := rules.All(lint.Config{})
	require.NoError(tb, err)
	var rs []lint.Rule
	for _, r := range all {
		for _, id := range ids {
			if r.Meta().ID == id {
				rs = append(rs, r)
			}
		}
	}
	if len(rs) != len(ids) {
		tb.Skipf("rules %v not all built in yet", ids)
	}
	l, err := lint.New(lint.Config{}, rs...)
	require.NoError(tb, err)
	return l
}

// checkInvariants checks what every caller relies on: spans inside the
// text, on UTF-8 boundaries, sorted; fixes not overlapping and inside.
func checkInvariants(t *testing.T, text string, res lint.Result) {
	t.Helper()
	prev := -1
	for _, f := range res.Findings {
		s := f.Span
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s: span %v outside text of %d bytes", f.Rule, s, len(text))
		}
		if !utf8.RuneStart(at(text, s.Start)) || !utf8.RuneStart(at(text, s.End)) {
			t.Fatalf("%s: span %v not on a rune boundary in %q", f.Rule, s, text)
		}
		if s.Start < prev {
			t.Fatalf("findings not sorted")
		}
		prev = s.Start
		if f.Line < 1 || f.Column < 1 || f.Message == "" || f.Severity < lint.Info {
			t.Fatalf("%s: bad finding %+v", f.Rule, f)
		}
		if f.Fix != nil {
			for _, e := range f.Fix.Edits {
				if e.Start < 0 || e.End > len(text) || e.Start > e.End {
					t.Fatalf("%s: edit %+v outside text", f.Rule, e)
				}
			}
		}
	}
}

func at(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func FuzzLint(f *testing.F) {
	for _, s := range []string{"", post280, "VOTA YA!!! #1 #Elección2027 ＃Vota @IEESonora", "Mi CURP es\u200b...", "a\xffb\x00c",
		strings.Repeat("#", 300), "http://bit.ly/x?utm_source=a", "Si tienes dudas, ya consultaste?", "e\u0301\u0301 ñ"} {
		f.Add(s, false)
	}
	l := allRules(f)
	f.Fuzz(func(t *testing.T, text string, reply bool) {
		ctx := context.Background()
		res := l.Lint(ctx, lint.Post{Text: text, Reply: reply})
		checkInvariants(t, text, res)
		fixed, _, err := l.Fix(ctx, lint.Post{Text: text, Reply: reply}, nil)
		if err != nil {
			return
		}
		again, _, err := l.Fix(ctx, lint.Post{Text: fixed, Reply: reply}, nil)
		if err == nil && again != fixed {
			t.Fatalf("fixing twice changed the text:\n%q\n%q", fixed, again)
		}
	})
}

func TestLintFromManyGoroutines(t *testing.T) {
	l := allRules(t)
	posts := corpus(t)
	want := make([]int, len(posts))
	for i, p := range posts {
		want[i] = len(l.Lint(context.Background(), p).Findings)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range posts {
				j := (i + g*17) % len(posts)
				if n := len(l.Lint(context.Background(), posts[j]).Findings); n != want[j] {
					t.Errorf("post %d: %d findings, want %d", j, n, want[j])
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestHostileInputIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	l := allRules(t)
	for _, s := range []string{strings.Repeat("#", 1_000_000), strings.Repeat("a.", 200_000), strings.Repeat("🇲🇽", 100_000), strings.Repeat("\u200b", 300_000)} {
		res := l.Lint(context.Background(), lint.Post{Text: s})
		checkInvariants(t, s, res)
	}
}

// BenchmarkLint lints the corpus with every built-in rule; ns/op is per post.
func BenchmarkLint(b *testing.B) {
	l := allRules(b)
	posts := corpus(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		l.Lint(ctx, posts[i%len(posts)])
	}
}

// BenchmarkEngine is the engine alone: the Document and two rules on a
// 280-character post.
func BenchmarkEngine(b *testing.B) {
	l := pick(b, "length", "all-caps")
	ctx := context.Background()
	post := lint.Post{Text: post280, Platforms: []lint.Platform{lint.X}}
	b.ReportAllocs()
	b.SetBytes(int64(len(post280)))
	for range b.N {
		l.Lint(ctx, post)
	}
}

// BenchmarkDocument builds the Document and everything rules share.
func BenchmarkDocument(b *testing.B) {
	cfg, _ := lint.Config{}.Resolve()
	b.ReportAllocs()
	b.SetBytes(int64(len(post280)))
	for range b.N {
		d := lint.NewDocument(&lint.Post{Text: post280}, &cfg)
		d.Graphemes()
		d.Words()
		d.Sentences()
		d.Length(lint.X)
	}
}

// BenchmarkUnisegFloor is the floor: uniseg alone segmenting the same text
// into graphemes and words.
func BenchmarkUnisegFloor(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(post280)))
	for range b.N {
		s, state := post280, -1
		for len(s) > 0 {
			_, s, _, state = uniseg.StepString(s, state)
		}
		s, state = post280, -1
		for len(s) > 0 {
			_, s, state = uniseg.FirstWordInString(s, state)
		}
	}
}
