package rules

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

var update = flag.Bool("update", false, "rewrite .golden files")

// A testdata file under testdata/<rule>/ holds posts separated by lines
// that are exactly "---". Lines starting with "// " are directives and are
// stripped before linting:
//
//	// platforms: x, instagram     the post's platforms
//	// reply: true                 the post is a reply
//	// date: 2027-03-01            the post's publish date
//	// want <rule> "regexp"        a finding of <rule> whose message matches
//	                               regexp starts on the post line just above
//
// Missing and unexpected findings both fail. When <name>.golden exists
// (or -update is given) it holds the posts after applying every fix.
// A config.yaml in the folder configures the linter.
type testPost struct {
	file  string
	start int // line of the file where the post starts
	post  lint.Post
	want  []want
	lines []int // file line of each post line
}

type want struct {
	rule string
	re   *regexp.Regexp
	line int // post line (1-based)
	file int // file line of the directive
}

var wantRE = regexp.MustCompile(`^// want ([a-z0-9-]+) "((?:[^"\\]|\\.)*)"\s*$`)

func parseTestdata(t *testing.T, path string) []testPost {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var posts []testPost
	cur := testPost{file: path, start: 1}
	var body []string
	flush := func() {
		if len(body) > 0 || len(cur.want) > 0 {
			cur.post.Text = strings.Join(body, "\n")
			posts = append(posts, cur)
		}
		body = nil
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		fl := i + 1
		switch {
		case line == "---":
			flush()
			cur = testPost{file: path, start: fl + 1}
		case strings.HasPrefix(line, "// want "):
			m := wantRE.FindStringSubmatch(line)
			require.NotNil(t, m, "%s:%d: malformed want line", path, fl)
			pat, err := strconv.Unquote(`"` + m[2] + `"`)
			require.NoError(t, err, "%s:%d", path, fl)
			cur.want = append(cur.want, want{rule: m[1], re: regexp.MustCompile(pat), line: len(body), file: fl})
		case strings.HasPrefix(line, "// platforms:"):
			for _, p := range strings.Split(strings.TrimPrefix(line, "// platforms:"), ",") {
				pl, err := lint.ParsePlatform(p)
				require.NoError(t, err, "%s:%d", path, fl)
				cur.post.Platforms = append(cur.post.Platforms, pl)
			}
		case strings.HasPrefix(line, "// reply:"):
			cur.post.Reply = strings.TrimSpace(strings.TrimPrefix(line, "// reply:")) == "true"
		case strings.HasPrefix(line, "// date:"):
			d, err := time.Parse("2006-01-02", strings.TrimSpace(strings.TrimPrefix(line, "// date:")))
			require.NoError(t, err, "%s:%d", path, fl)
			cur.post.PublishAt = d.Add(12 * time.Hour)
		case strings.HasPrefix(line, "// "):
			t.Fatalf("%s:%d: unknown directive %q", path, fl, line)
		default:
			body = append(body, line)
			cur.lines = append(cur.lines, fl)
		}
	}
	flush()
	return posts
}

// runTestdata lints every testdata/<id>/*.txt file with rule (built by
// build from the folder's config) and checks the want lines and goldens.
func runTestdata(t *testing.T, id string, build func(cfg *lint.Config) (lint.Rule, error)) {
	t.Helper()
	dir := filepath.Join("testdata", id)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no testdata in %s", dir)
	var cfg lint.Config
	if data, err := os.ReadFile(filepath.Join(dir, "config.yaml")); err == nil {
		cfg, err = lint.ParseConfig(data, filepath.Join(dir, "config.yaml"))
		require.NoError(t, err)
	}
	if cfg.Date.IsZero() {
		cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	rule, err := build(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, rule)
	require.NoError(t, err)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			posts := parseTestdata(t, file)
			var fixed []string
			for _, tp := range posts {
				res := l.Lint(context.Background(), tp.post)
				require.NoError(t, res.Err)
				checkWants(t, tp, res.Findings)
				text, _, err := l.Fix(context.Background(), tp.post, bestFix)
				require.NoError(t, err)
				again, _, err := l.Fix(context.Background(), lint.Post{Text: text, Platforms: tp.post.Platforms, Reply: tp.post.Reply, PublishAt: tp.post.PublishAt}, bestFix)
				require.NoError(t, err)
				require.Equal(t, text, again, "%s:%d: fixing twice changed the text", file, tp.start)
				fixed = append(fixed, text)
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			got := strings.Join(fixed, "\n---\n") + "\n"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			if want, err := os.ReadFile(golden); err == nil {
				require.Equal(t, string(want), got, "fixed text differs from %s (run with -update)", golden)
			}
		})
	}
}

func checkWants(t *testing.T, tp testPost, fs []lint.Finding) {
	t.Helper()
	used := make([]bool, len(fs))
	for _, w := range tp.want {
		found := false
		for i, f := range fs {
			if !used[i] && f.Rule == w.rule && f.Line == w.line && w.re.MatchString(f.Message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("line %d: %s %q", tp.lines[f.Line-1], f.Rule, f.Message))
			}
			sort.Strings(got)
			t.Errorf("%s:%d: want %s %q on line %d; got:\n%s", tp.file, w.file, w.rule, w.re, tp.lines[w.line-1], strings.Join(got, "\n"))
		}
	}
	for i, f := range fs {
		if !used[i] {
			line := tp.start
			if f.Line-1 < len(tp.lines) {
				line = tp.lines[f.Line-1]
			}
			t.Errorf("%s:%d: unexpected finding %s/%s %q on %q", tp.file, line, f.Rule, f.Kind, f.Message, f.Text)
		}
	}
}

// bestFix chooses the first (best) fix of every finding, safe or not, so
// that a .golden file shows every rule's fixes, not only what --fix does.
func bestFix(lint.Finding) int { return 0 }

// fixEdits returns the edits of every fix of f.
func fixEdits(f lint.Finding) []lint.Edit {
	var es []lint.Edit
	for _, fx := range f.Fixes {
		es = append(es, fx.Edits...)
	}
	return es
}
