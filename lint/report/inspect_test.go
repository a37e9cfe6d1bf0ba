package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func inspectText(t *testing.T, p lint.Post) Inspection {
	t.Helper()
	cfg, err := lint.Config{}.Resolve()
	require.NoError(t, err)
	return Inspect(lint.NewDocument(&p, &cfg))
}

func TestInspect(t *testing.T) {
	ins := inspectText(t, lint.Post{ID: "p1", Text: "Vota #Elección2027 con @IEESonora: https://ieesonora.org.mx/prep o escribe a contacto@ieesonora.org.mx"})
	assert.Equal(t, "p1", ins.ID)
	assert.Equal(t, []string{"Elección2027"}, ins.Hashtags)
	assert.Equal(t, []string{"IEESonora"}, ins.Mentions)
	assert.Equal(t, []string{"https://ieesonora.org.mx/prep"}, ins.URLs)
	assert.Equal(t, []string{"contacto@ieesonora.org.mx"}, ins.Emails)
	n := len([]rune("Vota #Elección2027 con @IEESonora: https://ieesonora.org.mx/prep o escribe a contacto@ieesonora.org.mx"))
	assert.Equal(t, n, ins.Codepoints)
	assert.Equal(t, n, ins.Graphemes)
	assert.Equal(t, n, ins.Lengths.Threads)
	assert.Equal(t, ins.X.WeightedLength, ins.Lengths.X)
	assert.True(t, ins.X.Valid)
}

func TestInspectAsWritten(t *testing.T) {
	// NFD text and a full-width sign: tokens are shown as the author wrote
	// them, without their sign.
	ins := inspectText(t, lint.Post{Text: "Hoy ＃Votación y #Elección"})
	assert.Equal(t, []string{"Votación", "Elección"}, ins.Hashtags)
}

func TestInspectShowsWhatThePlatformLinks(t *testing.T) {
	// A zero-width space pasted into a hashtag or a mention: the platform
	// links only the part before it.
	ins := inspectText(t, lint.Post{Text: "Vota #VotoInformado\u200b2027 con @IEE\u200bSonora en ieesonora.org.mx/casi\u200bllas"})
	assert.Equal(t, []string{"VotoInformado"}, ins.Hashtags)
	assert.Equal(t, []string{"IEE"}, ins.Mentions)
	assert.Equal(t, []string{"ieesonora.org.mx/casi"}, ins.URLs)
	// A full-width tilde is part of the hashtag for the platform.
	ins = inspectText(t, lint.Post{Text: "#メ～テレ ハッシュタグ"})
	assert.Equal(t, []string{"メ～テレ"}, ins.Hashtags)
	// Full-width letters make no mention.
	ins = inspectText(t, lint.Post{Text: "Escribe a @ＩＥＥＳｏｎｏｒａ"})
	assert.Empty(t, ins.Mentions)
}

func TestInspectMarkdownRegions(t *testing.T) {
	// Front matter and syntax are not published: they are not counted.
	text := "---\nid: a\n---\n**Hola**"
	ins := inspectText(t, lint.Post{Text: text, Regions: []lint.Region{
		{Start: 0, End: 14, Kind: lint.Hidden}, {Start: 14, End: 16, Kind: lint.Markup}, {Start: 20, End: 22, Kind: lint.Markup},
	}})
	assert.Equal(t, 4, ins.Codepoints)
	assert.Equal(t, 4, ins.Lengths.Facebook)
}

func TestInspectEmpty(t *testing.T) {
	ins := inspectText(t, lint.Post{})
	assert.Zero(t, ins.Codepoints)
	assert.False(t, ins.X.Valid, "X rejects an empty post")
	b, err := json.Marshal(ins)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"hashtags":[]`)
	assert.Contains(t, string(b), `"emails":[]`)
	assert.NotContains(t, string(b), "null")
	assert.Equal(t, Inspection{Hashtags: []string{}, Mentions: []string{}, URLs: []string{}, Emails: []string{}}, Inspect(nil))
}

// TestInspectSchema checks the keys are exactly those of ARCHITECTURE.md.
func TestInspectSchema(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, EncodeInspect(&b, "jsonl", []Inspection{inspectText(t, lint.Post{ID: "x", Text: "Hola #A"})}))
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b.Bytes(), &m))
	assert.ElementsMatch(t, []string{"id", "codepoints", "graphemes", "x", "lengths", "hashtags", "mentions", "urls", "emails"}, keys(m))
	var x, lengths map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(m["x"], &x))
	require.NoError(t, json.Unmarshal(m["lengths"], &lengths))
	assert.ElementsMatch(t, []string{"weightedLength", "valid"}, keys(x))
	assert.ElementsMatch(t, []string{"x", "bluesky", "mastodon", "threads", "instagram", "facebook", "linkedin"}, keys(lengths))
}

func TestEncodeInspect(t *testing.T) {
	ins := []Inspection{
		inspectText(t, lint.Post{ID: "a", Text: "uno <b> & dos"}),
		inspectText(t, lint.Post{ID: "b", Text: "tres"}),
	}
	var jl bytes.Buffer
	require.NoError(t, EncodeInspect(&jl, "jsonl", ins))
	lines := strings.Split(strings.TrimSuffix(jl.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":"a","codepoints":13,`), lines[0])

	var j bytes.Buffer
	require.NoError(t, EncodeInspect(&j, "json", ins))
	var arr []Inspection
	require.NoError(t, json.Unmarshal(j.Bytes(), &arr))
	assert.Equal(t, ins, arr)

	var empty bytes.Buffer
	require.NoError(t, EncodeInspect(&empty, "json", nil))
	assert.Equal(t, "[]\n", empty.String())
	empty.Reset()
	require.NoError(t, EncodeInspect(&empty, "jsonl", nil))
	assert.Empty(t, empty.String())

	err := EncodeInspect(&empty, "text", ins)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "want json or jsonl")
}
