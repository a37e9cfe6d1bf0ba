package lint

import (
	"math/rand"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"unicode/utf8"
)

// The view's sparse map must answer as the per-byte map it replaced, kept
// here as the reference.

func refBuildView(orig string, r removal) (string, []int32, []int32, bool) {
	if !r.needsWork(orig) {
		return orig, nil, nil, false
	}
	var b strings.Builder
	b.Grow(len(orig))
	start := make([]int32, 0, len(orig)+8)
	end := make([]int32, 0, len(orig)+8)
	emit := func(s string, os, oe int) {
		b.WriteString(s)
		for range len(s) {
			start = append(start, int32(os))
			end = append(end, int32(oe))
		}
	}
	ri := 0
	var prev rune
	for i := 0; i < len(orig); {
		for ri < len(r.regions) && r.regions[ri].End <= i {
			ri++
		}
		if ri < len(r.regions) && r.regions[ri].Start <= i && r.drops(r.regions[ri].Kind) {
			reg := r.regions[ri]
			// Hidden text between two words must not glue them.
			if reg.Kind == Hidden && i > 0 && reg.End < len(orig) && !isSpaceByte(orig[i-1]) && !isSpaceByte(orig[reg.End]) {
				emit(" ", i, i)
			}
			i = reg.End
			ri++
			continue
		}
		// A kept link destination is a word of its own: the label before
		// it and the text after it must not glue to it.
		if ri < len(r.regions) && r.regions[ri].Kind == Link {
			if reg := r.regions[ri]; reg.Start == i && b.Len() > 0 && !isSpaceByte(lastByte(&b)) {
				emit(" ", i, i)
			}
		}
		if ri > 0 && !r.drops(Link) && linkJustEnded(r.regions[:ri], i) &&
			b.Len() > 0 && !isSpaceByte(lastByte(&b)) && !isSpaceByte(orig[i]) {
			emit(" ", i, i)
		}
		c, size := utf8.DecodeRuneInString(orig[i:])
		if c == utf8.RuneError && size <= 1 {
			emit("\uFFFD", i, i+1)
			i++
			prev = utf8.RuneError
			continue
		}
		if r.clean {
			if isInvisible(c) || (c == '\u200D' && !joinsEmoji(prev, orig[i+size:])) || c == 0 {
				i += size
				continue
			}
			if f, ok := foldWidth(c); ok {
				var buf [4]byte
				n := utf8.EncodeRune(buf[:], f)
				emit(string(buf[:n]), i, i+size)
				prev = f
				i += size
				continue
			}
		}
		emit(orig[i:i+size], i, i+size)
		prev = c
		i += size
	}
	text := b.String()
	if !norm.NFC.IsNormalString(text) {
		text, start, end = refNFCMapped(text, start, end)
	}
	return text, start, end, true
}

func refNFCMapped(text string, start, end []int32) (string, []int32, []int32) {
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var b strings.Builder
	b.Grow(len(text))
	ns := make([]int32, 0, len(text))
	ne := make([]int32, 0, len(text))
	pos := 0
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		// The iterator may emit part of a segment before it moves Pos
		// (U+0F93 decomposes in NFC); map that to the unit at pos.
		last := next - 1
		if next <= pos {
			last = min(pos, len(end)-1)
		}
		os, oe := start[min(pos, len(start)-1)], end[last]
		b.Write(seg)
		for range len(seg) {
			ns = append(ns, os)
			ne = append(ne, oe)
		}
		pos = next
	}
	return b.String(), ns, ne
}

func checkViewMap(t *testing.T, orig string, r removal) {
	t.Helper()
	text, start, end, mapped := refBuildView(orig, r)
	v := buildView(orig, r)
	if v.text != text || v.mapped() != mapped {
		t.Fatalf("%q: view %q (mapped %v), reference %q (%v)", orig, v.text, v.mapped(), text, mapped)
	}
	if !mapped {
		return
	}
	ref := view{text: text, origLen: len(orig)}
	refTo := func(i int) int {
		if i >= len(text) {
			return len(orig)
		}
		if i < 0 {
			return 0
		}
		return int(start[i])
	}
	refEnd := func(i int) int {
		if i <= 0 {
			if len(text) == 0 {
				return len(orig)
			}
			return int(start[0])
		}
		return int(end[min(i, len(text))-1])
	}
	_ = ref
	for i := -1; i <= len(text)+1; i++ {
		if got, want := v.toOrig(i), refTo(i); got != want {
			t.Fatalf("%q -> %q: toOrig(%d) = %d, want %d", orig, text, i, got, want)
		}
		if len(text) == 0 && i > 0 {
			continue // the reference has no answer there
		}
		if got, want := v.toOrigEnd(i), refEnd(i); got != want {
			t.Fatalf("%q -> %q: toOrigEnd(%d) = %d, want %d", orig, text, i, got, want)
		}
	}
	for o := -1; o <= len(orig)+1; o++ {
		want := sort.Search(len(start), func(i int) bool { return int(start[i]) >= o })
		if got := v.fromOrig(o); got != want {
			t.Fatalf("%q -> %q: fromOrig(%d) = %d, want %d", orig, text, o, got, want)
		}
	}
}

var viewPieces = []string{"a", "Vota", " ", "\n", "e\u0301", "a\u0308\u0301", "\u0301", "\u200b", "\u200d", "\u00ad", "\ufeff",
	"\u202e", "ＡＢＣ", "１２", "\x00", "\xff", "\xe2\x82", "👩\u200d💻", "🇲🇽", "ñ", "n\u0303", "q\u0301", "\u0f93", "\u0f73",
	"한", "\u1100\u1161", "日本", "ﬁ", "Å", "A\u030a", "\u212b", "\r\n", "#Vota", "https://ine.mx", "@cuenta"}

func randomViewText(rng *rand.Rand) string {
	var b strings.Builder
	for j := rng.Intn(20); j >= 0; j-- {
		b.WriteString(viewPieces[rng.Intn(len(viewPieces))])
	}
	return b.String()
}

func randomRegions(rng *rand.Rand, n int) []Region {
	var regs []Region
	for at := 0; at < n; {
		a := at + rng.Intn(8)
		e := a + 1 + rng.Intn(6)
		if e > n {
			break
		}
		regs = append(regs, Region{Start: a, End: e, Kind: RegionKind(1 + rng.Intn(4))})
		at = e
	}
	return regs
}

func TestViewMapMatchesPerByteMap(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 3000; i++ {
		s := randomViewText(rng)
		r := removal{clean: rng.Intn(2) == 0, keep: Reads(rng.Intn(4))}
		if rng.Intn(3) == 0 {
			r.regions = randomRegions(rng, len(s))
		}
		checkViewMap(t, s, r)
	}
	_ = norm.NFC
	_ = utf8.RuneError
}

func FuzzViewMap(f *testing.F) {
	for _, p := range viewPieces {
		f.Add("x" + p + " y" + p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			return
		}
		checkViewMap(t, s, removal{clean: true})
		checkViewMap(t, s, removal{clean: false})
		checkViewMap(t, s, removal{clean: true, regions: randomRegions(rand.New(rand.NewSource(int64(len(s)))), len(s))})
	})
}
