package cli

import (
	"bytes"
	"fmt"
	"math/rand"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// applyPatch applies a unified diff made by unifiedDiff to old, checking
// every context and deleted line, so that a test can tell the diff is
// exact.
func applyPatch(t testing.TB, old []byte, patch string) []byte {
	t.Helper()
	if patch == "" {
		return old
	}
	a := splitLines(old)
	lines := strings.SplitAfter(patch, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	require.True(t, strings.HasPrefix(lines[0], "--- a/") && strings.HasPrefix(lines[1], "+++ b/"), "headers: %q", patch)
	hunk := regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$`)
	var out [][]byte
	pos := 0
	for i := 2; i < len(lines); {
		m := hunk.FindStringSubmatch(lines[i])
		require.NotNil(t, m, "hunk header %q", lines[i])
		start, _ := strconv.Atoi(m[1])
		n := 1
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		if n > 0 {
			start--
		}
		require.GreaterOrEqual(t, start, pos, "hunks in order")
		out = append(out, a[pos:start]...)
		pos = start
		i++
		var oldN, newN int
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			l := lines[i]
			body := []byte(l[1:])
			if i+1 < len(lines) && lines[i+1] == "\\ No newline at end of file\n" {
				body = bytes.TrimSuffix(body, []byte("\n"))
				i++
			}
			switch l[0] {
			case ' ':
				require.Equal(t, string(a[pos]), string(body), "context line")
				out = append(out, a[pos])
				pos++
				oldN++
				newN++
			case '-':
				require.Equal(t, string(a[pos]), string(body), "deleted line")
				pos++
				oldN++
			case '+':
				out = append(out, body)
				newN++
			default:
				t.Fatalf("bad line %q", l)
			}
			i++
		}
		require.Equal(t, n, oldN, "old count of hunk %q", m[0])
		nn := 1
		if m[4] != "" {
			nn, _ = strconv.Atoi(m[4])
		}
		require.Equal(t, nn, newN, "new count of hunk %q", m[0])
	}
	out = append(out, a[pos:]...)
	return bytes.Join(out, nil)
}

func diffString(t testing.TB, old, new string) string {
	var b bytes.Buffer
	require.NoError(t, unifiedDiff(&b, "f", []byte(old), []byte(new)))
	return b.String()
}

func TestUnifiedDiff(t *testing.T) {
	cases := []struct {
		name, old, new, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line", "a\n", "b\n", "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n"},
		{"insert into empty", "", "a\n", "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n"},
		{"delete all", "a\n", "", "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-a\n"},
		{"missing final newline", "a", "a\n", "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n"},
		{"insert in the middle", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nX\n5\n6\n7\n8\n",
			"--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+X\n 5\n 6\n 7\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := diffString(t, tc.old, tc.new)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.new, string(applyPatch(t, []byte(tc.old), got)))
		})
	}
}

// TestUnifiedDiffMatchesGNU compares with diff -u, when it is installed.
func TestUnifiedDiffMatchesGNU(t *testing.T) {
	if _, err := exec.LookPath("diff"); err != nil {
		t.Skip("diff not installed")
	}
	rng := rand.New(rand.NewSource(7))
	dir := t.TempDir()
	for i := range 40 {
		old, new := randomTexts(rng, 30)
		a, b := dir+"/a", dir+"/b"
		writeFile(t, a, old)
		writeFile(t, b, new)
		out, _ := exec.Command("diff", "-u", "--label", "a/f", "--label", "b/f", a, b).Output()
		got := diffString(t, old, new)
		// Both are shortest diffs, but may choose different lines when
		// several are equally short; compare the counts of changes.
		assert.Equal(t, countChanges(string(out)), countChanges(got), "case %d:\n%s\n%s", i, out, got)
		assert.Equal(t, new, string(applyPatch(t, []byte(old), got)), "case %d", i)
	}
}

func countChanges(d string) [2]int {
	var n [2]int
	for _, l := range strings.Split(d, "\n") {
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
		case strings.HasPrefix(l, "-"):
			n[0]++
		case strings.HasPrefix(l, "+"):
			n[1]++
		}
	}
	return n
}

func randomTexts(rng *rand.Rand, n int) (string, string) {
	var a, b strings.Builder
	for range n {
		line := fmt.Sprintf("línea %d\n", rng.Intn(8))
		switch rng.Intn(6) {
		case 0:
			a.WriteString(line)
		case 1:
			b.WriteString(line)
		case 2:
			a.WriteString(line)
			b.WriteString("cambiada " + line)
		default:
			a.WriteString(line)
			b.WriteString(line)
		}
	}
	return a.String(), b.String()
}

func TestUnifiedDiffLarge(t *testing.T) {
	// More changes than the Myers budget: the fallbacks still give a
	// correct diff.
	var a, b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&a, "línea %d prohibido\n", i)
		fmt.Fprintf(&b, "línea %d permitido\n", i)
	}
	got := diffString(t, a.String(), b.String())
	assert.Equal(t, b.String(), string(applyPatch(t, []byte(a.String()), got)))

	b.WriteString("extra\n")
	got = diffString(t, a.String(), b.String())
	assert.Equal(t, b.String(), string(applyPatch(t, []byte(a.String()), got)))
}

func FuzzUnifiedDiff(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nc\nd")
	f.Add("", "x")
	f.Add("uno\ndos\n", "uno\ndos\n")
	f.Fuzz(func(t *testing.T, old, new string) {
		if len(old) > 2000 || len(new) > 2000 {
			return
		}
		got := diffString(t, old, new)
		if old == new {
			require.Empty(t, got)
			return
		}
		require.Equal(t, new, string(applyPatch(t, []byte(old), got)))
	})
}

func BenchmarkUnifiedDiff(b *testing.B) {
	var a, c strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&a, "Publicación %d: consulta el PREP en ieesonora.org.mx.\n", i)
		if i%50 == 0 {
			fmt.Fprintf(&c, "Publicación %d: consulta el PREP en https://ieesonora.org.mx.\n", i)
		} else {
			fmt.Fprintf(&c, "Publicación %d: consulta el PREP en ieesonora.org.mx.\n", i)
		}
	}
	old, new := []byte(a.String()), []byte(c.String())
	b.ReportAllocs()
	b.SetBytes(int64(len(old)))
	for range b.N {
		var w bytes.Buffer
		_ = unifiedDiff(&w, "f", old, new)
	}
}
