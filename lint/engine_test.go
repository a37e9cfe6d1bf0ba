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
// text, on character boundaries, sorted; each fix's edits inside the text,
// on boundaries and not overlapping.
func checkInvariants(t *testing.T, text string, res lint.Result) {
	t.Helper()
	prev := -1
	for _, f := range res.Findings {
		s := f.Span
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s: span %v outside text of %d bytes", f.Rule, s, len(text))
		}
		if !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Fatalf("%s: span %v not on a character boundary in %q", f.Rule, s, text)
		}
		if s.Start < prev {
			t.Fatalf("findings not sorted")
		}
		prev = s.Start
		if f.Line < 1 || f.Column < 1 || f.Message == "" || f.Severity < lint.Info {
			t.Fatalf("%s: bad finding %+v", f.Rule, f)
		}
		for _, fx := range f.Fixes {
			checkEdits(t, f.Rule, text, fx.Edits)
		}
	}
}

// checkEdits checks that edits lie inside text, on boundaries, and that no
// two touch the same bytes or insert at the same point.
func checkEdits(t *testing.T, rule, text string, edits []lint.Edit) {
	t.Helper()
	for i, e := range edits {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End {
			t.Fatalf("%s: edit %+v outside text", rule, e)
		}
		if !boundary(text, e.Start) || !boundary(text, e.End) {
			t.Fatalf("%s: edit %+v not on a character boundary in %q", rule, e, text)
		}
		for _, o := range edits[:i] {
			if e.Start < o.End && o.Start < e.End || e.Start == o.Start && (e.Start == e.End || o.Start == o.End) {
				t.Fatalf("%s: edits %+v and %+v overlap", rule, o, e)
			}
		}
	}
}

// boundary reports whether offset i of s falls between two characters as
// Go decodes s (utf8.DecodeRuneInString, for range): a valid encoding is
// one character, and each byte that is not part of one counts as a
// character of its own (U+FFFD, one byte wide). So i is a boundary unless
// it falls inside a valid multi-byte encoding.
func boundary(s string, i int) bool {
	if i <= 0 || i >= len(s) || utf8.RuneStart(s[i]) {
		return i >= 0 && i <= len(s)
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, n := utf8.DecodeRuneInString(s[j:])
			return r == utf8.RuneError && n == 1 || j+n <= i
		}
	}
	return true
}

func TestBoundary(t *testing.T) {
	cases := []struct {
		s    string
		want []int // the boundaries
	}{
		{"", []int{0}},
		{"ab", []int{0, 1, 2}},
		{"añ", []int{0, 1, 3}},
		{"€", []int{0, 3}},
		{"AX\x81", []int{0, 1, 2, 3}},        // a stray continuation byte is a character
		{"a\xe2\x82b", []int{0, 1, 2, 3, 4}}, // so is each byte of a truncated encoding
		{"\xff€", []int{0, 1, 4}},
		{"\x81\x81", []int{0, 1, 2}},
		{"é\x81", []int{0, 2, 3}},
	}
	for _, tc := range cases {
		var got []int
		for i := 0; i <= len(tc.s); i++ {
			if boundary(tc.s, i) {
				got = append(got, i)
			}
		}
		require.Equal(t, tc.want, got, "%q", tc.s)
		// The same offsets Go's decoding visits.
		var want []int
		for i := range tc.s {
			want = append(want, i)
		}
		require.Equal(t, append(want, len(tc.s)), got, "%q", tc.s)
	}
}

// checkFixesSettle applies each fix alone and lints the result: the fixed
// text must not reproduce the finding (same rule and kind on the text the
// fix wrote).
func checkFixesSettle(t *testing.T, l *lint.Linter, post lint.Post, res lint.Result) {
	t.Helper()
	n := 0
	for _, f := range res.Findings {
		for i, fx := range f.Fixes {
			if n == 8 {
				return
			}
			n++
			fixed, applied := lint.ApplyFixes(post.Text, []lint.Finding{f}, func(lint.Finding) int { return i })
			if len(applied) == 0 {
				continue
			}
			// Where the finding's span lies in the fixed text.
			start, end := f.Span.Start, f.Span.End
			for _, e := range fx.Edits {
				d := len(e.New) - (e.End - e.Start)
				if e.End <= start && e.Start < start {
					start += d
				}
				if e.End <= end {
					end += d
				}
			}
			p2 := post
			p2.Text = fixed
			for _, g := range l.Lint(context.Background(), p2).Findings {
				if g.Rule == f.Rule && g.Kind == f.Kind && g.Span.Start == start && g.Span.End == end {
					t.Fatalf("%s/%s: the fix %q reproduces the finding %q in %q", f.Rule, f.Kind, fx.Edits, g.Text, fixed)
				}
			}
		}
	}
}

func FuzzLint(f *testing.F) {
	for _, s := range []string{"", post280, "VOTA YA!!! #1 #Elección2027 ＃Vota @IEESonora", "Mi CURP es\u200b...", "a\xffb\x00c",
		strings.Repeat("#", 300), "http://bit.ly/x?utm_source=a", "Si tienes dudas, ya consultaste?", "e\u0301\u0301 ñ",
		"Vota #VotoInformado\u200b2027 con @ＩＥＥ y ieesonora.org.mx/a\u200bb", "ULTIMO DIA EN MAGDALENA\xff"} {
		f.Add(s, false)
	}
	l := allRules(f)
	f.Fuzz(func(t *testing.T, text string, reply bool) {
		ctx := context.Background()
		res := l.Lint(ctx, lint.Post{Text: text, Reply: reply})
		checkInvariants(t, text, res)
		checkFixesSettle(t, l, lint.Post{Text: text, Reply: reply}, res)
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
