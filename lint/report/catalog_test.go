package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestCatalogComplete checks every catalogue entry exists in Spanish and
// English with the same formatting verbs.
func TestCatalogComplete(t *testing.T) {
	for key, m := range catalog {
		t.Run(key, func(t *testing.T) {
			assert.NotEmpty(t, m.ES)
			assert.NotEmpty(t, m.EN)
			assert.Equal(t, verbs(m.ES), verbs(m.EN), "same arguments in both languages")
		})
	}
}

func verbs(s string) []string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			if s[i+1] != '%' {
				out = append(out, s[i:i+2])
			}
			i++
		}
	}
	return out
}

// TestCatalogKeysUsed parses the encoders and checks that every key they
// look up (t, count) is in the catalogue, so no output shows a bare key.
func TestCatalogKeysUsed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	found := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			id, ok := call.Fun.(*ast.Ident)
			if !ok || (id.Name != "t" && id.Name != "count") {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true // a computed key: checked below
			}
			key, _ := strconv.Unquote(lit.Value)
			found++
			if id.Name == "count" {
				assert.Contains(t, catalog, key+".one", fset.Position(lit.Pos()).String())
				assert.Contains(t, catalog, key+".other", fset.Position(lit.Pos()).String())
			} else {
				assert.Contains(t, catalog, key, fset.Position(lit.Pos()).String())
			}
			return true
		})
	}
	assert.Greater(t, found, 10)
	// Keys built at run time.
	for _, s := range []lint.Severity{lint.Error, lint.Warning, lint.Info} {
		assert.Contains(t, catalog, "severity."+s.String())
	}
}

func TestSeverityNames(t *testing.T) {
	assert.Equal(t, "advertencia", severityName(lint.Spanish, lint.Warning))
	assert.Equal(t, "aviso", severityName(lint.Spanish, lint.Info))
	assert.Equal(t, "error", severityName(lint.Spanish, lint.Error))
	assert.Equal(t, "warning", severityName(lint.English, lint.Warning))
	assert.Equal(t, "notice", severityName(lint.English, lint.Info))
	assert.Equal(t, "off", severityName(lint.English, lint.Off))
}
