package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/criteria"
	"github.com/vocero/vocero/rules"
)

// TestRuleInFull: `vocero rules ID` prints the doc, the example, the
// options and the criteria it cites, quoted from the criteria.
func TestRuleInFull(t *testing.T) {
	r := newRunner(t)
	r.rules = rules.All
	res := r.run("", "rules", "all-caps")
	require.Equal(t, ExitOK, res.code, res.stderr)
	out := res.stdout
	assert.True(t, strings.HasPrefix(out, "all-caps — "))
	assert.Contains(t, out, "Severidad: advertencia")
	assert.Contains(t, out, "Criterios: 6.XXIII")
	assert.Contains(t, out, "Se señala:\n    ÚLTIMO DÍA")
	assert.Regexp(t, `Opciones: severity, .*acronyms`, out)
	assert.Contains(t, out, "Criterio 6.XXIII:\n    XXIII. Para la escritura de los mensajes deberán utilizarse")

	pd := r.run("", "rules", "personal-data", "--lang", "en")
	assert.Contains(t, pd.stdout, "Criterion 6.III (quoted in Spanish):\n    III. Se restringirá")
	assert.Contains(t, pd.stdout, "Criterion 5.2 b (quoted in Spanish):\n    b) Verificar")

	bad := r.run("", "rules", "no-such-rule")
	assert.Equal(t, ExitError, bad.code)
	assert.Contains(t, bad.stderr, `regla desconocida "no-such-rule"`)
}

// TestEveryCriterionIsQuotable: each criterion a built-in rule cites is a
// section of the criteria.
func TestEveryCriterionIsQuotable(t *testing.T) {
	rs, err := rules.All(lint.Config{})
	require.NoError(t, err)
	for _, r := range rs {
		for _, c := range r.Meta().Criteria {
			_, ok := criteria.Text(c)
			assert.True(t, ok, "%s cites %q, which is not in the criteria", r.Meta().ID, c)
		}
	}
}

// TestRulesWithConfig: `vocero rules --config F` shows the severities the
// config gives, off included.
func TestRulesWithConfig(t *testing.T) {
	r := newRunner(t)
	cfg := r.write("c.yaml", "rules:\n  prohibida: off\n  ojo: error\n  nota: {severity: warning}\n")
	res := r.run("", "rules", "--config", cfg)
	require.Equal(t, ExitOK, res.code, res.stderr)
	assert.Regexp(t, `prohibida\s+6\.XXII\s+off\s`, res.stdout)
	assert.Regexp(t, `ojo\s+6\.XXII\s+error\s`, res.stdout)
	assert.Regexp(t, `nota\s+6\.XXII\s+advertencia\s`, res.stdout)
	assert.Regexp(t, `probe\s+1\s+aviso\s`, res.stdout, "a rule the config does not name keeps its default")
	en := r.run("", "rules", "--config", cfg, "--lang", "en", "prohibida")
	assert.Contains(t, en.stdout, "Severity: off")
}
