package dict

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/client9/misspell"
)

//go:embed data/misspellings.txt
var misspellingsText string

//go:embed data/acentos.txt
var accentsText string

// Misspellings is a reviewed list of common misspellings of Mexican
// Spanish, each with one sure correction (haiga -> haya, atravez -> a
// través, fué -> fue). It is safe for concurrent use.
type Misspellings struct {
	pairs []string // wrong, right, ...
	keys  map[string]struct{}
	r     *misspell.StringReplacer
}

// Delimiters around a whole word, so that misspell's substring replacer
// only ever matches a complete word. Its word-finding Replacer is not used:
// its pattern is ASCII-only and would split publicación in two.
const (
	wordOpen  = "\x02"
	wordClose = "\x03"
)

var (
	commonOnce  sync.Once
	common      *Misspellings
	accentsOnce sync.Once
	accents     *Misspellings
)

// CommonMisspellings returns the bundled list (data/misspellings.txt).
func CommonMisspellings() *Misspellings {
	commonOnce.Do(func() {
		common = NewMisspellings(ParseMisspellings(misspellingsText))
	})
	return common
}

// ProbableAccents returns the bundled list of words that exist without
// an accent, mostly as rare verb forms, but that in a post are nearly
// always the accented noun or adjective (numero -> número, pagina ->
// página). A checker should ask rather than fix (data/acentos.txt).
func ProbableAccents() *Misspellings {
	accentsOnce.Do(func() {
		accents = NewMisspellings(ParseMisspellings(accentsText))
	})
	return accents
}

// ParseMisspellings reads lines "wrong = right" (# starts a comment) and
// returns the pairs as wrong, right, wrong, right...
func ParseMisspellings(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		a, b = strings.TrimSpace(toLower(a)), strings.TrimSpace(b)
		if a == "" || b == "" || a == b {
			continue
		}
		out = append(out, a, b)
	}
	return out
}

// NewMisspellings builds a list from wrong, right pairs (lower case).
func NewMisspellings(pairs []string) *Misspellings {
	if len(pairs)%2 == 1 {
		pairs = pairs[:len(pairs)-1]
	}
	wrapped := make([]string, len(pairs))
	keys := make(map[string]struct{}, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		wrapped[i] = wordOpen + pairs[i] + wordClose
		wrapped[i+1] = wordOpen + pairs[i+1] + wordClose
		keys[pairs[i]] = struct{}{}
	}
	return &Misspellings{pairs: pairs, keys: keys, r: misspell.NewStringReplacer(wrapped...)}
}

// Pairs returns the list as wrong, right, wrong, right...
func (m *Misspellings) Pairs() []string { return append([]string(nil), m.pairs...) }

// Fix returns the correction of the single word w, in w's capitalisation
// (Haiga -> Haya, FUÉ -> FUE), when w is on the list.
func (m *Misspellings) Fix(w string) (string, bool) {
	if w == "" || len(w) > 64 || strings.IndexByte(w, wordOpen[0]) >= 0 || strings.IndexByte(w, wordClose[0]) >= 0 {
		return "", false
	}
	var lb [4 * 64]byte // lower case grows a word of 64 bytes to far less
	low, ok := lowerBytes(lb[:0], w)
	if !ok {
		low = []byte(toLower(w))
	}
	if _, ok := m.keys[string(low)]; !ok {
		return "", false // most words: no need to run the replacer
	}
	lw := string(low)
	key := wordOpen + lw + wordClose
	out := m.r.Replace(key)
	if out == key || !strings.HasPrefix(out, wordOpen) || !strings.HasSuffix(out, wordClose) {
		return "", false
	}
	return MatchCase(out[len(wordOpen):len(out)-len(wordClose)], w), true
}
