package lexicon

import (
	"testing"
	"time"
)

func TestBuiltinLemmasResolve(t *testing.T) {
	m := builtinMatcher(t)
	start := time.Now()
	m.resolve()
	t.Logf("resolved %d lemma and class symbols into %d forms in %v", len(m.symDefs), len(m.formSyms), time.Since(start))
	for _, u := range m.Unresolved() {
		t.Errorf("no form: %s", u)
	}
}
