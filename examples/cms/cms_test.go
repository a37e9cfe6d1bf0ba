package cms

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestCMSRoundTrip(t *testing.T) {
	ctx := context.Background()
	draft := "Consulta tu casila antes del domingo."
	out, err := Check(ctx, draft)
	require.NoError(t, err)

	// The documented JSON: a jsonl line of `vocero lint`.
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(out, &doc))
	assert.ElementsMatch(t, []string{"id", "path", "post", "findings"}, keysOf(doc))
	var findings []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(doc["findings"], &findings))
	require.NotEmpty(t, findings)
	for _, k := range []string{"rule", "severity", "message", "criteria", "start", "end", "line", "column", "end_line", "end_column", "text", "fixes"} {
		assert.Contains(t, findings[0], k)
	}

	acts, err := Actions(out)
	require.NoError(t, err)
	require.NotEmpty(t, acts)
	assert.Equal(t, "casila: Cambiar por «casilla»", acts[0].Label)
	assert.False(t, acts[0].Safe, "one of several words: a person decides")

	// The page sends the fix back; the server applies it from the fix alone.
	clicked, err := json.Marshal(acts[0].Fix)
	require.NoError(t, err)
	fixed, err := Apply(draft, clicked)
	require.NoError(t, err)
	assert.Equal(t, "Consulta tu casilla antes del domingo.", fixed)

	again, err := Check(ctx, fixed)
	require.NoError(t, err)
	var res lint.Result
	require.NoError(t, json.Unmarshal(again, &res))
	assert.Empty(t, res.Findings, "the fixed draft is clean")

	// A fix that does not fit the draft is refused, not half applied.
	_, err = Apply("corto", clicked)
	assert.ErrorContains(t, err, "outside the text")
	_, err = Apply(draft, []byte("{"))
	assert.ErrorContains(t, err, "reading the fix")
}

func TestCMSConcurrent(t *testing.T) {
	done := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			out, err := Check(context.Background(), strings.Repeat("Consulta tu casila. ", i+1))
			if err != nil {
				done <- err.Error()
				return
			}
			done <- string(out)
		}(i)
	}
	for i := 0; i < 8; i++ {
		assert.Contains(t, <-done, `"rule":"spelling"`)
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
