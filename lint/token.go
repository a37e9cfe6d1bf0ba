package lint

// TokenKind is the kind of an entity found in a post.
type TokenKind uint8

// Token kinds.
const (
	Hashtag TokenKind = iota + 1
	Mention
	URL
	Email
	Cashtag
	Number
	Emoji
)

var tokenKindNames = [...]string{"", "hashtag", "mention", "url", "email", "cashtag", "number", "emoji"}

// String returns the kind's lower-case name.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "token"
}

// Token is an entity of the analysis view, extracted the way the platforms
// extract them (X's twitter-text rules are the reference).
type Token struct {
	Kind TokenKind
	Span
	// Text is the token as it appears in Document.Text (with its # or @).
	Text string
	// Value is the token without its sign: the hashtag without #, the
	// mention without @, the URL or e-mail as written, the number's digits
	// as written, the emoji sequence.
	Value string
	// Host is the lower-cased host of a URL or e-mail.
	Host string
	// Scheme is "http" or "https" for a URL written with one, else "".
	Scheme string
}

// Tokens returns every token of Text, sorted by offset, not overlapping
// (a URL wins over a hashtag or mention inside it).
func (d *Document) Tokens() []Token {
	if d.done&doneTokens == 0 {
		d.done |= doneTokens
		d.tokens = extractTokens(d.Text)
	}
	return d.tokens
}

// TokensOf returns the tokens of one kind.
func (d *Document) TokensOf(k TokenKind) []Token {
	var out []Token
	for _, t := range d.Tokens() {
		if t.Kind == k {
			out = append(out, t)
		}
	}
	return out
}

// TokenAt returns the token that covers offset i of Text.
func (d *Document) TokenAt(i int) (Token, bool) {
	toks := d.Tokens()
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].End <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(toks) && toks[lo].Start <= i && i < toks[lo].End {
		return toks[lo], true
	}
	return Token{}, false
}

// Length is the length of a post as one platform counts it.
type Length struct {
	Platform Platform
	// Count is the length in the platform's unit; Limit its maximum.
	Count, Limit int
	// Bytes and ByteLimit are set for platforms with a byte limit.
	Bytes, ByteLimit int
}

// Over reports by how much the post exceeds the limit (0 when it fits), in
// the platform's unit or, when only the byte limit is exceeded, in bytes.
func (l Length) Over() (n int, inBytes bool) {
	if l.Count > l.Limit {
		return l.Count - l.Limit, false
	}
	if l.ByteLimit > 0 && l.Bytes > l.ByteLimit {
		return l.Bytes - l.ByteLimit, true
	}
	return 0, false
}
