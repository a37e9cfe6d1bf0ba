package source

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestEveryReaderErrorHasSpanish reads the package's sources: every format
// given to errorf or msgErrorf has a Spanish entry with the same verbs.
func TestEveryReaderErrorHasSpanish(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	call := regexp.MustCompile("(?:errorf\\(path, [^,]+, |msgErrorf\\()(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range call.FindAllStringSubmatch(string(data), -1) {
			format, err := strconv.Unquote(m[1])
			require.NoError(t, err, m[1])
			es, ok := spanish[format]
			if assert.True(t, ok, "%s: no Spanish for %q", f, format) {
				assert.Equal(t, verbs.FindAllString(format, -1), verbs.FindAllString(es, -1), format)
			}
			n++
		}
	}
	assert.Greater(t, n, 30)
}

func TestLocalize(t *testing.T) {
	_, err := Read("a.jsonl", []byte(`{"text":"a","platforms":["tiktok"]}`+"\n"+`{"text":"b","publish_at":"ayer"}`))
	require.Error(t, err)
	assert.Equal(t, "a.jsonl:1: \"platforms\": plataforma desconocida \"tiktok\" (usa una de: x, bluesky, mastodon, threads, instagram, facebook, linkedin)\n"+
		"a.jsonl:2: \"publish_at\": \"ayer\" no es una fecha (se espera 2027-03-01, 2027-03-01 09:00, 01/03/2027 09:00 o 2027-03-01T09:00:00-07:00)", Localize(err, lint.Spanish))
	assert.Equal(t, err.Error(), Localize(err, lint.English))
	assert.Equal(t, os.ErrNotExist.Error(), Localize(os.ErrNotExist, lint.Spanish), "errors the reader does not make pass through")
}
