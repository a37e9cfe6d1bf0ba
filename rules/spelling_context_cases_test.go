package rules

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// ctxFileCase is one sentence of testdata/spelling-context/cases.txt.
type ctxFileCase struct {
	family, text string
	line         int
	word, fix    string // empty: the sentence is right
}

var ctxMark = regexp.MustCompile(`\[([^|\]]+)\|([^\]]+)\]`)

func readCtxCases(t *testing.T, name string) []ctxFileCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "spelling-context", name))
	require.NoError(t, err)
	defer f.Close()
	var out []ctxFileCase
	family := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "## "):
			family = strings.TrimPrefix(line, "## ")
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		require.NotEmpty(t, family, "line %d: a sentence before the first family", n)
		c := ctxFileCase{family: family, line: n}
		ms := ctxMark.FindAllStringSubmatchIndex(line, -1)
		require.LessOrEqual(t, len(ms), 1, "line %d: one error per sentence", n)
		if len(ms) == 1 {
			m := ms[0]
			c.word, c.fix = line[m[2]:m[3]], line[m[4]:m[5]]
			line = line[:m[0]] + c.word + line[m[1]:]
		}
		c.text = line
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestSpellingContextCases runs the sentences of cases.txt and fresh.txt. A right sentence
// gets no finding at all; a reported error gets its fix first; and in each
// family the share of errors found stays at or above ctxMinRecall, listing
// the sentences missed.
func TestSpellingContextCases(t *testing.T) {
	for _, name := range []string{"cases.txt", "fresh.txt", "fresh2.txt"} {
		t.Run(name, func(t *testing.T) { runCtxFile(t, name) })
	}
}

func runCtxFile(t *testing.T, name string) {
	type tally struct{ errs, found, right, falseFlags int }
	stats := map[string]*tally{}
	var order []string
	for _, c := range readCtxCases(t, name) {
		st := stats[c.family]
		if st == nil {
			st = &tally{}
			stats[c.family] = st
			order = append(order, c.family)
		}
		fs := lintSpelling(t, SpellingOptions{}, c.text)
		if c.word == "" {
			st.right++
			if len(fs) > 0 {
				st.falseFlags++
				f := fs[0]
				t.Errorf("line %d: %q: right, but «%s» was reported: %s", c.line, c.text, c.text[f.Span.Start:f.Span.End], f.Message)
			}
			continue
		}
		st.errs++
		hit := false
		for _, f := range fs {
			if c.text[f.Span.Start:f.Span.End] != c.word {
				t.Errorf("line %d: %q: «%s» reported, not the error «%s»: %s", c.line, c.text, c.text[f.Span.Start:f.Span.End], c.word, f.Message)
				continue
			}
			hit = true
			if len(f.Fixes) == 0 || f.Fixes[0].Edits[0].New != c.fix {
				t.Errorf("line %d: %q: «%s» reported with fixes %+v, want «%s» first", c.line, c.text, c.word, f.Fixes, c.fix)
			}
		}
		if hit {
			st.found++
		} else {
			t.Logf("line %d: missed «%s» in %q", c.line, c.word, c.text)
		}
	}
	errs, found := 0, 0
	for _, fam := range order {
		st := stats[fam]
		errs += st.errs
		found += st.found
		t.Logf("%-28s found %2d/%2d  right %2d, false flags %d", fam, st.found, st.errs, st.right, st.falseFlags)
		if float64(st.found) < ctxMinRecall*float64(st.errs) {
			t.Errorf("%s: %d of %d errors found, want at least %.0f %%", fam, st.found, st.errs, 100*ctxMinRecall)
		}
	}
	t.Logf("all families: found %d/%d", found, errs)
}

// ctxMinRecall is the share of the errors of each family that must be found.
const ctxMinRecall = 0.75

// TestSpellingContextConcurrent lints the sentences of cases.txt from
// several goroutines with one linter, as servers do, and expects the
// findings of a sequential run: the pooled per-post state is never shared
// (run with -race).
func TestSpellingContextConcurrent(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	cases := readCtxCases(t, "cases.txt")
	// A long post first, so that the pool holds state bigger than the
	// short posts need.
	long := ""
	for _, c := range cases {
		long += c.text + " "
	}
	texts := []string{long}
	for _, c := range cases {
		texts = append(texts, c.text)
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(l.Lint(context.Background(), lint.Post{Text: s}).Findings)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(texts)*4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k + g*31) % len(texts)
				if got := fmt.Sprint(l.Lint(context.Background(), lint.Post{Text: texts[i]}).Findings); got != want[i] {
					errs <- texts[i]
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("findings differ from a sequential run: %q", s)
	}
}
