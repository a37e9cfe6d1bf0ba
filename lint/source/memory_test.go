package source

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestReadFormatFromMemory(t *testing.T) {
	md := []byte("---\nid: aviso-1\nplatforms: [x]\n---\n# Hola **MUNDO**\n")
	ps, err := ReadFormat(Markdown, md, Options{})
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, "aviso-1", ps[0].ID, "front matter read")
	assert.Equal(t, []lint.Platform{lint.X}, ps[0].Platforms)
	assert.Empty(t, ps[0].Path, "no fake file name")
	assert.NotEmpty(t, ps[0].Regions, "Markdown syntax marked")
	assert.Equal(t, 1, ps[0].Number)

	// The same bytes with no format named are plain text.
	ps, err = ReadWith("", md, Options{})
	require.NoError(t, err)
	assert.Empty(t, ps[0].ID)
	assert.Empty(t, ps[0].Regions)

	ps, err = ReadFormat(JSONL, []byte(`{"id":"1","text":"uno"}`+"\n"+`{"id":"2","text":"dos"}`+"\n"), Options{})
	require.NoError(t, err)
	require.Len(t, ps, 2)
	assert.Equal(t, "dos", ps[1].Text)
	assert.Equal(t, 2, ps[1].Line)

	ps, err = ReadFormat(CSV, []byte("mensaje,fecha\nHola,2027-03-01\n"), Options{})
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Hola", ps[0].Text)

	_, err = ReadFormat(JSONL, []byte("{\n"), Options{})
	assert.ErrorContains(t, err, "-:1:", "errors name the line")
	_, err = ReadFormat(Unknown, md, Options{})
	assert.Error(t, err)

	// A format named in Options wins over the extension.
	ps, err = ReadWith("borrador.txt", md, Options{Format: Markdown})
	require.NoError(t, err)
	assert.Equal(t, "aviso-1", ps[0].ID)
}

func TestFixInMemory(t *testing.T) {
	l := newLinter(t, shout{})
	md := []byte("---\nid: a\n---\nHola **MUNDO**\n")
	out, n, err := Fix(context.Background(), l, "", md, FixOptions{Read: Options{Format: Markdown}})
	require.NoError(t, err)
	assert.Equal(t, "---\nid: a\n---\nHola **mundo**\n", string(out), "front matter and syntax untouched")
	assert.Equal(t, 1, n)
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
	}{
		{"markdown", Markdown}, {"MD", Markdown}, {"text", Text}, {"txt", Text},
		{"jsonl", JSONL}, {"csv", CSV}, {" CSV ", CSV},
	} {
		got, err := ParseFormat(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		again, err := ParseFormat(got.String())
		require.NoError(t, err)
		assert.Equal(t, got, again, "String and ParseFormat agree")
	}
	_, err := ParseFormat("docx")
	assert.ErrorContains(t, err, `unknown input format "docx"`)
	assert.Equal(t, "format(0)", Unknown.String())
}
