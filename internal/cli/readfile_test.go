package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadData(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(s), 0o644))
		return p
	}
	for _, s := range []string{"", "a", "Hola, ¿qué tal?\n", strings.Repeat("votación ", 100_000)} {
		got, err := readData(write("post.txt", s))
		require.NoError(t, err)
		assert.Equal(t, s, string(got))
		data, _, err := readFile(filepath.Join(dir, "post.txt"))
		require.NoError(t, err)
		assert.Equal(t, data, got, "readData and readFile agree")
	}

	// Errors read as os.Open's and Read's do.
	missing := filepath.Join(dir, "nada.txt")
	_, err := readData(missing)
	_, want := os.Open(missing)
	require.Error(t, err)
	assert.Equal(t, want.Error(), err.Error())
	assert.True(t, errors.Is(err, os.ErrNotExist))
	assert.Equal(t, "no such file or directory", unwrapPath(err).Error())

	_, err = readData(dir)
	require.Error(t, err)
	_, _, want = readFile(dir)
	assert.Equal(t, want.Error(), err.Error(), "a folder")

	// Too large: refused before reading (the file is sparse).
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(maxFileSize+1))
	require.NoError(t, f.Close())
	_, err = readData(big)
	var tl *tooLargeError
	require.ErrorAs(t, err, &tl)
	assert.Equal(t, int64(maxFileSize+1), tl.size)
}

// A file whose size says nothing (as in /proc) still reads whole.
func TestReadDataUnknownSize(t *testing.T) {
	const p = "/proc/self/status"
	if _, err := os.Stat(p); err != nil {
		t.Skip("no /proc")
	}
	got, err := readData(p)
	require.NoError(t, err)
	assert.Contains(t, string(got), "Name:")
	assert.True(t, strings.HasSuffix(string(got), "\n"))
}
