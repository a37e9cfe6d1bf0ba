// Package minhash finds near-duplicate short texts among many: texts are
// folded (case, accents, punctuation), cut into character shingles, and
// summarised by a one-permutation MinHash signature; an LSH index over
// bands of the signatures returns, for a query, the few earlier texts that
// may be similar, so that the cost of a query does not grow with the number
// of texts indexed. Candidates are then compared exactly (Jaccard).
package minhash

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// K is the number of MinHash values in a signature.
const K = 128

// ShingleLen is the length of a shingle in bytes of folded text. Five
// characters keep short posts that differ in a word or a date similar
// while unrelated posts share few shingles.
const ShingleLen = 5

// Signature is a one-permutation MinHash signature with densification:
// each of the K bins holds the smallest hash of the shingles that fall in
// it, and an empty bin borrows the value of a bin chosen by a fixed probe
// sequence, so that two signatures agree on a bin with probability equal
// to the Jaccard similarity of the shingle sets.
type Signature [K]uint32

// Fold appends to dst the text of s as compared: lower-case, accents
// removed (ñ kept: "año" is not "ano"), every run of characters that are
// neither letters nor digits made one space, no leading or trailing space.
func Fold(dst []byte, s string) []byte {
	space := true // suppress leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				dst = append(dst, c)
				space = false
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if f, ok := foldRune(r); ok {
			dst = append(dst, f)
			space = false
			continue
		}
		switch {
		case r == 0x0303 && len(dst) > 0 && dst[len(dst)-1] == 'n':
			// n + combining tilde, as in decomposed text: ñ.
			dst = append(dst[:len(dst)-1], "ñ"...)
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
			// other combining marks and invisible format characters
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			space = false
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if len(dst) > 0 && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// foldRune maps the accented Latin letters of Spanish and its neighbours
// to their base letter; ñ and Ñ are left to the caller.
func foldRune(r rune) (byte, bool) {
	switch r {
	case 'á', 'à', 'ä', 'â', 'ã', 'å', 'Á', 'À', 'Ä', 'Â', 'Ã', 'Å':
		return 'a', true
	case 'é', 'è', 'ë', 'ê', 'É', 'È', 'Ë', 'Ê':
		return 'e', true
	case 'í', 'ì', 'ï', 'î', 'Í', 'Ì', 'Ï', 'Î':
		return 'i', true
	case 'ó', 'ò', 'ö', 'ô', 'õ', 'Ó', 'Ò', 'Ö', 'Ô', 'Õ':
		return 'o', true
	case 'ú', 'ù', 'ü', 'û', 'Ú', 'Ù', 'Ü', 'Û':
		return 'u', true
	case 'ç', 'Ç':
		return 'c', true
	}
	return 0, false
}

// eachShingle calls fn with the hash of every shingle of folded, in text
// order, duplicates included.
func eachShingle(folded []byte, fn func(uint64)) {
	if len(folded) == 0 {
		return
	}
	if len(folded) < ShingleLen {
		var v uint64
		for _, c := range folded {
			v = v<<8 | uint64(c)
		}
		fn(mix(v ^ uint64(len(folded))<<56))
		return
	}
	var v uint64
	for i, c := range folded {
		v = (v<<8 | uint64(c)) & (1<<(8*ShingleLen) - 1)
		if i >= ShingleLen-1 {
			fn(mix(v))
		}
	}
}

// Shingles appends to dst the hashes of the ShingleLen-byte windows of
// folded, sorted and without duplicates. A text shorter than a shingle
// gives one hash of the whole text; an empty text gives none.
func Shingles(dst []uint64, folded []byte) []uint64 {
	start := len(dst)
	eachShingle(folded, func(h uint64) { dst = append(dst, h) })
	s := dst[start:]
	slices.Sort(s)
	out := start
	for i, h := range s {
		if i == 0 || h != s[i-1] {
			dst[out] = h
			out++
		}
	}
	return dst[:out]
}

// mix is the splitmix64 finaliser: a fast, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Sign computes the signature of a set of shingle hashes. It reports false
// for an empty set, which has no signature.
func Sign(shingles []uint64) (sig Signature, ok bool) {
	var filled [K]bool
	for _, h := range shingles {
		add(&sig, &filled, h)
	}
	return densify(sig, &filled, len(shingles) > 0)
}

// SignFolded computes the signature of the shingles of folded text without
// building the set: the same result as Sign(Shingles(nil, folded)).
func SignFolded(folded []byte) (sig Signature, ok bool) {
	var filled [K]bool
	eachShingle(folded, func(h uint64) { add(&sig, &filled, h) })
	return densify(sig, &filled, len(folded) > 0)
}

func add(sig *Signature, filled *[K]bool, h uint64) {
	bin := h >> (64 - 7) // K = 128 bins from the top bits
	v := uint32(h)
	if !filled[bin] || v < sig[bin] {
		sig[bin], filled[bin] = v, true
	}
}

func densify(sig Signature, filled *[K]bool, ok bool) (Signature, bool) {
	if !ok {
		return Signature{}, false
	}
	// Optimal densification: an empty bin takes the value of the first
	// non-empty bin along its own pseudo-random probe sequence.
	for i := range sig {
		if filled[i] {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			j := mix(uint64(i)<<32|attempt) % K
			if filled[j] {
				sig[i] = sig[j]
				break
			}
		}
	}
	return sig, true
}

// Jaccard returns |a∩b| / |a∪b| of two sorted sets of hashes.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// Banding chooses LSH bands and rows for a similarity threshold: the most
// rows per band (fewest false candidates) that still find a pair at the
// threshold with probability at least 0.99.
func Banding(threshold float64) (bands, rows int) {
	if threshold <= 0 || threshold > 1 || math.IsNaN(threshold) {
		threshold = 0.8
	}
	bands, rows = K, 1
	for r := 1; r <= K; r++ {
		b := K / r
		if 1-math.Pow(1-math.Pow(threshold, float64(r)), float64(b)) >= 0.99 {
			bands, rows = b, r
		}
	}
	return bands, rows
}
