package lint

import "unicode/utf8"

// MaxExcerpt bounds, in characters, the text a finding carries
// (Finding.Text) and each piece of the post a message quotes: a finding on
// a 5 MB post must not carry 5 MB. Longer text keeps its beginning and its
// end, joined by "…".
const MaxExcerpt = 200

// Excerpt returns s when it has at most max characters, and otherwise its
// first three quarters of max characters, "…" and its last quarter. It
// reads only the characters it keeps.
func Excerpt(s string, max int) string {
	if len(s) <= max || max <= 0 {
		return s // at most max bytes, so at most max characters
	}
	tail := max / 4
	head := max - tail
	h := 0
	for i := 0; i < head && h < len(s); i++ {
		_, n := utf8.DecodeRuneInString(s[h:])
		h += n
	}
	t := len(s)
	for i := 0; i < tail && t > h; i++ {
		_, n := utf8.DecodeLastRuneInString(s[:t])
		t -= n
	}
	if t <= h || utf8.RuneCountInString(s[h:t]) <= 1 {
		return s // nothing, or one character, to leave out
	}
	return s[:h] + "…" + s[t:]
}

// boundArgs returns args with every string longer than MaxExcerpt
// characters cut to an excerpt; it copies args only when it cuts one.
func boundArgs(args []any) []any {
	out := args
	for i, a := range args {
		if s, ok := a.(string); ok && len(s) > MaxExcerpt {
			if e := Excerpt(s, MaxExcerpt); len(e) < len(s) {
				if &out[0] == &args[0] {
					out = append([]any(nil), args...)
				}
				out[i] = e
			}
		}
	}
	return out
}
