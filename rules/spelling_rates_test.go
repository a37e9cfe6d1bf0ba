package rules

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestSpellingCorpusRates prints the spelling rule's findings per 1,000
// words, by kind, on the .jsonl files (one {"text": ...} per line) named in
// VOCERO_SPELL_CORPUS (separated by commas), with the words most often
// reported. It measures clean prose a person chose; it asserts nothing and
// is skipped without the variable.
func TestSpellingCorpusRates(t *testing.T) {
	env := os.Getenv("VOCERO_SPELL_CORPUS")
	if env == "" {
		t.Skip("VOCERO_SPELL_CORPUS not set")
	}
	l, err := lint.New(lint.Config{}, NewSpelling(SpellingOptions{}))
	require.NoError(t, err)
	for _, path := range strings.Split(env, ",") {
		f, err := os.Open(path)
		require.NoError(t, err)
		words := 0
		kinds := map[string]int{}
		top := map[string]int{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var p struct {
				Text string `json:"text"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &p))
			for _, w := range strings.Fields(p.Text) {
				if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
					words++
				}
			}
			res := l.Lint(context.Background(), lint.Post{Text: p.Text})
			require.NoError(t, res.Err)
			for _, fd := range res.Findings {
				kinds[fd.Kind]++
				top[fd.Kind+" "+fd.Text]++
			}
		}
		f.Close()
		total := 0
		for _, n := range kinds {
			total += n
		}
		t.Logf("%s: %d words, %.2f findings per 1,000 words %v", filepath.Base(path), words, 1000*float64(total)/float64(words), kinds)
		type kv struct {
			k string
			n int
		}
		var ts []kv
		for k, n := range top {
			ts = append(ts, kv{k, n})
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].n > ts[j].n || ts[i].n == ts[j].n && ts[i].k < ts[j].k })
		var sb strings.Builder
		for i, e := range ts {
			if i == 150 {
				break
			}
			fmt.Fprintf(&sb, "%s ×%d; ", e.k, e.n)
		}
		t.Log(sb.String())
	}
}
