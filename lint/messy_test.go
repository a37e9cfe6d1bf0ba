package lint_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"

	"github.com/vocero/vocero/lint"
)

// messyPosts returns n drafts as they arrive before anyone checks them,
// built deterministically from the clean corpus: 80 to 2,000 characters,
// with slips of the keyboard and missing accents, emoji sequences, text in
// NFD, phone numbers, repeated phrases, links, capitals, hashtags and
// mentions. The same seed gives the same posts.
func messyPosts(tb testing.TB, n int, seed int64) []lint.Post {
	tb.Helper()
	var sentences []string
	for _, p := range corpus(tb) {
		for _, s := range strings.SplitAfter(p.Text, ". ") {
			if s = strings.TrimSpace(s); len(s) > 20 {
				sentences = append(sentences, s)
			}
		}
	}
	rng := rand.New(rand.NewSource(seed))
	emoji := []string{"🗳️", "👩🏽\u200d💻", "🇲🇽", "👍🏾", "1️⃣", "❤️", "🏳️\u200d🌈", "📢", "✅", "👨\u200d👩\u200d👧"}
	links := []string{"https://www.ejemplo.gob.mx/avisos", "bit.ly/3xYz", "http://sitio-no-seguro.com/registro", "ine.mx", "https://ieesonora.org.mx/prep?x=1"}
	out := make([]lint.Post, n)
	for i := range out {
		want := 80 + rng.Intn(1920)
		var b strings.Builder
		var last string
		for b.Len() < want {
			si := rng.Intn(len(sentences))
			s := sentences[si]
			switch k := rng.Intn(20); {
			case k < 6:
				// Each sentence has two misspelled versions, so that the
				// same slips recur across posts as they do in a repository.
				s = misspell(rand.New(rand.NewSource(int64(2*si+rng.Intn(2)))), s)
			case k == 6:
				s = strings.ToUpper(s)
			case k == 7:
				s = norm.NFD.String(s)
			case k == 8 && last != "":
				s = last // a repeated phrase
			case k == 9:
				s += fmt.Sprintf(" Informes al %d %d %04d.", 600+rng.Intn(399), 100+rng.Intn(899), rng.Intn(10000))
			case k == 10:
				s += " " + links[rng.Intn(len(links))]
			case k == 11:
				s += fmt.Sprintf(" #Tema%d @cuenta%d", rng.Intn(50), rng.Intn(50))
			case k < 15:
				s += " " + emoji[rng.Intn(len(emoji))]
			}
			last = s
			b.WriteString(s)
			b.WriteString([]string{" ", " ", "\n", "\n\n"}[rng.Intn(4)])
		}
		out[i] = lint.Post{ID: fmt.Sprint("messy-", i), Text: b.String()}
	}
	return out
}

// misspell changes a few words of s as people mistype them: an accent
// dropped, two letters swapped, a letter doubled or lost, b/v, s/c/z.
func misspell(rng *rand.Rand, s string) string {
	ws := strings.Fields(s)
	for k := 0; k < 1+rng.Intn(3); k++ {
		i := rng.Intn(len(ws))
		r := []rune(ws[i])
		if len(r) < 4 {
			continue
		}
		j := 1 + rng.Intn(len(r)-2)
		switch rng.Intn(5) {
		case 0:
			ws[i] = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u").Replace(ws[i])
		case 1:
			r[j], r[j+1] = r[j+1], r[j]
			ws[i] = string(r)
		case 2:
			ws[i] = string(r[:j]) + string(r[j]) + string(r[j:])
		case 3:
			ws[i] = string(r[:j]) + string(r[j+1:])
		case 4:
			ws[i] = strings.NewReplacer("b", "v", "v", "b", "s", "z", "c", "s").Replace(ws[i])
		}
	}
	return strings.Join(ws, " ")
}

func TestMessyPostsAreMessy(t *testing.T) {
	posts := messyPosts(t, 200, 1)
	again := messyPosts(t, 200, 1)
	l := allRules(t)
	rulesSeen := map[string]bool{}
	for i, p := range posts {
		if p.Text != again[i].Text {
			t.Fatal("the generator is not deterministic")
		}
		if n := len([]rune(p.Text)); n < 80 || n > 4000 {
			t.Errorf("post %d has %d characters", i, n)
		}
		for _, f := range l.Lint(context.Background(), p).Findings {
			rulesSeen[f.Rule] = true
		}
	}
	for _, id := range []string{"spelling", "length", "all-caps", "external-link", "repetition"} {
		if !rulesSeen[id] {
			t.Errorf("no %s finding in 200 messy posts", id)
		}
	}
}

// BenchmarkLintMessy lints messy drafts with every built-in rule; ns/op is
// per post. Its floor is BenchmarkUnisegFloorMessy.
func BenchmarkLintMessy(b *testing.B) {
	l := allRules(b)
	posts := messyPosts(b, 2000, 1)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		l.Lint(ctx, posts[i%len(posts)])
	}
}

// BenchmarkUnisegFloorMessy is uniseg alone segmenting the messy drafts
// into graphemes and words.
func BenchmarkUnisegFloorMessy(b *testing.B) {
	posts := messyPosts(b, 2000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		s, state := posts[i%len(posts)].Text, -1
		for len(s) > 0 {
			_, s, _, state = uniseg.StepString(s, state)
		}
		s, state = posts[i%len(posts)].Text, -1
		for len(s) > 0 {
			_, s, state = uniseg.FirstWordInString(s, state)
		}
	}
}

// Passes gives the verdict Lint's findings give, at every fail level, on
// clean posts, messy drafts and posts with inline switches.
func TestPassesAgreesWithLint(t *testing.T) {
	l := allRules(t)
	ctx := context.Background()
	posts := append(corpus(t), messyPosts(t, 300, 2)...)
	posts = append(posts,
		lint.Post{Text: "<!-- vocero-disable spelling -->\nelecsion votasion"},
		lint.Post{Text: "Mi CURP es " + strings.Repeat("X", 18) + " y el teléfono 662 123 4567."},
		lint.Post{Text: ""},
	)
	fails := map[lint.Severity]int{}
	for i, p := range posts {
		res := l.Lint(ctx, p)
		for _, sev := range []lint.Severity{lint.Info, lint.Warning, lint.Error} {
			want := res.Max() < sev
			got, err := l.Passes(ctx, p, sev)
			if err != nil {
				t.Fatalf("post %d: %v", i, err)
			}
			if got != want {
				t.Errorf("post %d at %v: Passes = %v, Lint's findings say %v (%q)", i, sev, got, want, p.Text[:min(len(p.Text), 80)])
			}
			if !got {
				fails[sev]++
			}
		}
	}
	if fails[lint.Warning] == 0 || fails[lint.Warning] == len(posts) {
		t.Errorf("%d of %d posts fail at warning: the test does not tell", fails[lint.Warning], len(posts))
	}
	ctxDone, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.Passes(ctxDone, posts[0], lint.Error); err == nil {
		t.Error("Passes ignored a cancelled context")
	}
}

// BenchmarkPassesMessy is BenchmarkLintMessy for a caller that wants only
// the verdict at warning level.
func BenchmarkPassesMessy(b *testing.B) {
	l := allRules(b)
	posts := messyPosts(b, 2000, 1)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		l.Passes(ctx, posts[i%len(posts)], lint.Warning)
	}
}
