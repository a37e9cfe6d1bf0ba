package rules_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/internal/cli"
)

// A mask hides personal data but does not make a post publishable:
// `vocero lint --fix` leaves the data alone (the mask is an unsafe fix a
// person applies on purpose) and the post still fails.
func TestPersonalDataFixDoesNotMask(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		text string
		data []string // the personal data, as written
	}{
		{"Si no encuentras tu casilla, marca al celular de Pedro: 662 555 0142\n", []string{"662 555 0142"}},
		{"Ganadora: Ana López, cel. (662) 555-01-42, vive en Calle Pino 12, Col. Centro, Hermosillo, Sonora.\n",
			[]string{"(662) 555-01-42", "Calle Pino 12, Col. Centro, Hermosillo, Sonora"}},
		{"Escríbele a ana.ruiz.1988@gmail.com; fecha de nacimiento: 12/03/1985.\n", []string{"ana.ruiz.1988@gmail.com", "12/03/1985"}},
	} {
		text := tc.text
		t.Run(text[:20], func(t *testing.T) {
			path := filepath.Join(dir, "post.txt")
			require.NoError(t, os.WriteFile(path, []byte(text), 0o644))

			var out, errb bytes.Buffer
			code := cli.Run([]string{"lint", "--fix", "--format", "json", path}, strings.NewReader(""), &out, &errb)
			assert.Equal(t, cli.ExitFound, code, "the post still fails: %s", errb.String())
			got, err := os.ReadFile(path)
			require.NoError(t, err)
			// Other rules may apply their safe fixes; the data stays as written.
			for _, d := range tc.data {
				assert.Contains(t, string(got), d, "--fix must not mask personal data")
			}
			assert.NotContains(t, string(got), "*")

			var rep struct {
				Findings []struct {
					Rule     string `json:"rule"`
					Severity string `json:"severity"`
					Fixes    []struct {
						Safe  bool `json:"safe"`
						Edits []struct {
							New string `json:"new"`
						} `json:"edits"`
					} `json:"fixes"`
				} `json:"findings"`
			}
			require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
			n := 0
			for _, f := range rep.Findings {
				if f.Rule != "personal-data" {
					continue
				}
				n++
				assert.Equal(t, "error", f.Severity)
				require.NotEmpty(t, f.Fixes, "the mask is still offered")
				for _, fx := range f.Fixes {
					assert.False(t, fx.Safe, "a mask is never a safe fix")
					require.NotEmpty(t, fx.Edits)
					assert.Contains(t, fx.Edits[0].New, "*")
				}
			}
			assert.NotZero(t, n)

			// The same through stdin: the text comes back unchanged.
			out.Reset()
			errb.Reset()
			code = cli.Run([]string{"lint", "--fix", "--stdin-filename", path, "-"}, strings.NewReader(text), &out, &errb)
			assert.Equal(t, cli.ExitFound, code, errb.String())
			for _, d := range tc.data {
				assert.Contains(t, out.String(), d)
			}
			assert.NotContains(t, out.String(), "*")
		})
	}
}
