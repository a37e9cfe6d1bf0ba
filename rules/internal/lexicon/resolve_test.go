package lexicon

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestBuiltinLemmasResolve(t *testing.T) {
	m := builtinMatcher(t)
	c, err := compile(Builtin(), nil, nil)
	require.NoError(t, err)
	start := time.Now()
	c.resolve()
	t.Logf("resolved %d lemma and class symbols into %d forms in %v", len(c.symDefs), len(c.formSyms), time.Since(start))
	for _, u := range m.Unresolved() {
		t.Errorf("no form: %s", u)
	}
}

// TestFormsTableIsFresh regenerates the forms table from the dictionary
// and compares it with data/forms.txt (go generate rewrites it).
func TestFormsTableIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("scans the dictionary for every lemma")
	}
	m, err := CompileEnv(Builtin(), nil, GenEnv())
	if err != nil {
		t.Fatal(err)
	}
	want := FormsTable(DictAnalyzer(), m.Lemmas())
	if got := builtinEnv().Forms; got != want {
		t.Errorf("data/forms.txt is stale: run go generate ./rules/internal/lexicon")
	}
}
