package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// extractTokens is a first, simple extractor: hashtags, mentions and URLs
// with a scheme. The twitter-text compatible extractor replaces it.
func extractTokens(s string) []Token {
	var toks []Token
	var prev rune
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case (c == '#' || c == '@') && !unicode.IsLetter(prev) && !unicode.IsDigit(prev):
			j := i + n
			for j < len(s) {
				r, m := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r)) {
					break
				}
				j += m
			}
			if j > i+n {
				k := Hashtag
				if c == '@' {
					k = Mention
				}
				toks = append(toks, Token{Kind: k, Span: Span{i, j}, Text: s[i:j], Value: s[i+n : j]})
				prev = 'a'
				i = j
				continue
			}
		case c == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")):
			j := i
			for j < len(s) && s[j] > ' ' && s[j] < utf8.RuneSelf {
				j++
			}
			for j > i && strings.IndexByte(".,;:!?)'\"", s[j-1]) >= 0 {
				j--
			}
			u := s[i:j]
			scheme, rest, _ := strings.Cut(u, "://")
			host := rest
			if k := strings.IndexAny(host, "/?#"); k >= 0 {
				host = host[:k]
			}
			toks = append(toks, Token{Kind: URL, Span: Span{i, j}, Text: u, Value: u, Host: strings.ToLower(host), Scheme: scheme})
			i = j
			prev = 'a'
			continue
		}
		prev = c
		i += n
	}
	return toks
}
