package rules

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestAllRulesHaveValidMeta(t *testing.T) {
	rs, err := All(lint.Config{})
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, r := range rs {
		m := r.Meta()
		require.NoError(t, m.Validate())
		require.False(t, seen[m.ID], "duplicate rule id %s", m.ID)
		seen[m.ID] = true
		// Built-in rules speak both languages; only house rules may
		// rely on the fallback from one to the other.
		require.NotEmpty(t, m.Summary.ES, "%s: summary missing in Spanish", m.ID)
		require.NotEmpty(t, m.Summary.EN, "%s: summary missing in English", m.ID)
		require.NotEmpty(t, m.Criteria, "%s: a built-in rule cites the criteria", m.ID)
		for k, msg := range m.Messages {
			require.NotEmpty(t, msg.ES, "%s: message %s missing in Spanish", m.ID, k)
			require.NotEmpty(t, msg.EN, "%s: message %s missing in English", m.ID, k)
		}
		require.NotEmpty(t, m.Doc.ES, "%s: doc missing in Spanish", m.ID)
		require.NotEmpty(t, m.Doc.EN, "%s: doc missing in English", m.ID)
		require.NotEmpty(t, m.Bad, "%s: no bad example", m.ID)
		require.NotEmpty(t, m.Good, "%s: no good example", m.ID)
	}
}
