package lint_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// fenced returns the first fenced block after the marker line in doc.
func fenced(t *testing.T, doc, marker string) string {
	t.Helper()
	i := strings.Index(doc, marker)
	require.GreaterOrEqual(t, i, 0, "marker %q missing from ARCHITECTURE.md", marker)
	rest := doc[i:]
	a := strings.Index(rest, "```")
	require.GreaterOrEqual(t, a, 0)
	rest = rest[a:]
	rest = rest[strings.IndexByte(rest, '\n')+1:]
	b := strings.Index(rest, "```")
	require.GreaterOrEqual(t, b, 0)
	return rest[:b]
}

// TestArchitectureJSONExample keeps the JSON example of ARCHITECTURE.md
// true: it has the current version, reads into lint.Finding, and each
// finding marshals back to the same object.
func TestArchitectureJSONExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "ARCHITECTURE.md"))
	require.NoError(t, err)
	block := fenced(t, string(data), "<!-- json-v2")
	var doc struct {
		Version  int               `json:"version"`
		Findings []json.RawMessage `json:"findings"`
		Summary  map[string]int    `json:"summary"`
	}
	dec := json.NewDecoder(strings.NewReader(block))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc))
	assert.Equal(t, lint.JSONVersion, doc.Version)
	require.NotEmpty(t, doc.Findings)
	for _, raw := range doc.Findings {
		var f lint.Finding
		require.NoError(t, json.Unmarshal(raw, &f))
		back, err := json.Marshal(f)
		require.NoError(t, err)
		assert.JSONEq(t, string(raw), string(back))
		// Offsets, text and edits agree with each other.
		assert.Equal(t, len(f.Text), f.Span.Len())
		for _, fx := range f.Fixes {
			for _, e := range fx.Edits {
				assert.Equal(t, f.Span, lint.Span{Start: e.Start, End: e.End})
			}
		}
	}
	for _, k := range []string{"files", "posts", "errors", "warnings", "infos"} {
		assert.Contains(t, doc.Summary, k)
	}
}

// TestArchitectureLayout checks that every path of the layout exists, and
// every package of the module is in the layout.
func TestArchitectureLayout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "ARCHITECTURE.md"))
	require.NoError(t, err)
	block := fenced(t, string(data), "<!-- layout")
	listed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		path := strings.Fields(line)[0]
		listed[strings.TrimSuffix(path, "/")] = true
		_, err := os.Stat(filepath.Join("..", path))
		assert.NoError(t, err, "ARCHITECTURE.md lists %s, which does not exist", path)
	}
	// Top-level Go packages and those under lint/ are all described.
	goFile := regexp.MustCompile(`\.go$`)
	var checked int
	for _, glob := range []string{"../*", "../lint/*"} {
		dirs, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, d := range dirs {
			if st, err := os.Stat(d); err != nil || !st.IsDir() {
				continue
			}
			rel, _ := filepath.Rel("..", d)
			rel = filepath.ToSlash(rel)
			if strings.HasSuffix(rel, "/internal") || strings.HasSuffix(rel, "/testdata") || rel == "internal" || rel == "testdata" {
				continue
			}
			entries, _ := os.ReadDir(d)
			hasGo := false
			for _, e := range entries {
				hasGo = hasGo || !e.IsDir() && goFile.MatchString(e.Name()) && !strings.HasSuffix(e.Name(), "_test.go")
			}
			if hasGo {
				checked++
				assert.True(t, listed[rel], "package %s is not in ARCHITECTURE.md's layout", rel)
			}
		}
	}
	assert.GreaterOrEqual(t, checked, 6, "the walk found the packages")
	assert.True(t, bytes.Contains(data, []byte("lsp/")), "where the language server goes")
}
