package rules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

// TestLengthMarkdownLinkNearTheLimit covers posts whose length is counted
// with a link's destination (X counts it as 23) while the prose shows only
// the label: the cut must be found on the text that was counted.
func TestLengthMarkdownLinkNearTheLimit(t *testing.T) {
	const url = "https://www.ieesonora.org.mx/convocatorias/2027/candidaturas-independientes"
	// prose is the length of the text around the link; X counts the label,
	// a space and 23 for the destination on top of it.
	for prose := 240; prose <= 300; prose += 3 {
		before := strings.Repeat("a", prose/2) + " "
		after := " " + strings.Repeat("b", prose-prose/2-2)
		md := before + "[la convocatoria](" + url + ")" + after + "\n"
		posts, err := source.Read("post.md", []byte(md))
		require.NoError(t, err)
		require.Len(t, posts, 1)
		post := posts[0]
		post.Platforms = []lint.Platform{lint.X}
		l, err := lint.New(lint.Config{}, NewLength(LengthOptions{}))
		require.NoError(t, err)
		res := l.Lint(benchCtx, post)
		require.NoError(t, res.Err, "prose %d", prose)

		doc := lint.NewDocument(&post, nil)
		n := doc.Length(lint.X)
		if n.Count <= n.Limit {
			for _, f := range res.Findings {
				assert.NotEqual(t, "over", f.Kind, "prose %d: %d of %d", prose, n.Count, n.Limit)
			}
			continue
		}
		require.Len(t, res.Findings, 1, "prose %d", prose)
		f := res.Findings[0]
		require.Equal(t, "over", f.Kind)
		// The part before the finding fits, and one more character does not.
		head := md[:f.Span.Start]
		assert.True(t, utf8.ValidString(head))
		assert.LessOrEqual(t, xCount(t, head), n.Limit, "prose %d: the kept part fits", prose)
		assert.Greater(t, xCount(t, md[:f.Span.Start+1]), n.Limit, "prose %d: the cut is the first character that does not fit", prose)
	}
}

// xCount is X's weighted length of Markdown text md.
func xCount(t *testing.T, md string) int {
	t.Helper()
	posts, err := source.Read("post.md", []byte(md))
	require.NoError(t, err)
	if len(posts) == 0 {
		return 0
	}
	return lint.NewDocument(&posts[0], nil).Length(lint.X).Count
}
