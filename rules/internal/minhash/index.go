package minhash

import (
	"slices"
	"sort"
	"sync"
)

// Index is an LSH index over signatures: each signature is cut into bands
// of rows, and two texts become candidates when a band hashes alike. It is
// immutable after Build and safe for concurrent use.
//
// Items are numbered by the order given to Build; callers that give them in
// time order can restrict a query to a time window as a range of numbers.
type Index struct {
	bands, rows int
	// keys and ids hold one entry per item and band, sorted by key and
	// then by id: 12 bytes per entry, no per-bucket allocation.
	keys []uint64
	ids  []int32
	n    int
	// dir[d] is the first entry whose key starts with the dirBits bits d:
	// a look-up reads one directory slot and a handful of keys, whatever
	// the size of the index.
	dir     []int32
	dirBits uint
	// sigs holds the low 16 bits of every signature value (K per item),
	// enough to estimate similarity before an exact comparison: two
	// different values agree by chance once in 65536.
	sigs []uint16
}

// Build indexes sigs; item i is sigs[i]. bands*rows must not exceed K.
func Build(sigs []Signature, bands, rows int) *Index {
	return BuildFunc(len(sigs), bands, rows, 1, func(i int, _ *[]byte) (Signature, bool) { return sigs[i], true })
}

// BuildTexts indexes n texts: text(i) is folded and signed on workers
// goroutines; keep, when not nil, leaves out a folded text too short to
// compare.
func BuildTexts(n, bands, rows, workers int, text func(i int) string, keep func(folded []byte) bool) *Index {
	return BuildFunc(n, bands, rows, workers, func(i int, buf *[]byte) (Signature, bool) {
		*buf = Fold((*buf)[:0], text(i))
		if keep != nil && !keep(*buf) {
			return Signature{}, false
		}
		return SignFolded(*buf)
	})
}

// BuildFunc indexes n items whose signatures sign computes (false: the
// item has none and is left out). sign runs on workers goroutines at once,
// each with its own scratch buffer.
func BuildFunc(n, bands, rows, workers int, sign func(i int, scratch *[]byte) (Signature, bool)) *Index {
	if bands < 1 || rows < 1 || bands*rows > K {
		bands, rows = Banding(0.8)
	}
	if workers < 1 {
		workers = 1
	}
	ix := &Index{bands: bands, rows: rows, n: n, sigs: make([]uint16, n*K)}
	keys := make([]uint64, n*bands)
	ok := make([]bool, n)
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := 0; w < workers && w*chunk < n; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for i := lo; i < hi; i++ {
				sig, has := sign(i, &buf)
				if !has {
					continue
				}
				ok[i] = true
				for j, v := range sig {
					ix.sigs[i*K+j] = uint16(v)
				}
				for b := 0; b < bands; b++ {
					keys[i*bands+b] = bandKey(&sig, b, rows)
				}
			}
		}()
	}
	wg.Wait()
	m := 0
	for _, v := range ok {
		if v {
			m++
		}
	}
	ix.keys = make([]uint64, 0, m*bands)
	ix.ids = make([]int32, 0, m*bands)
	for i, v := range ok {
		if v {
			ix.keys = append(ix.keys, keys[i*bands:(i+1)*bands]...)
			for range bands {
				ix.ids = append(ix.ids, int32(i))
			}
		}
	}
	radixSort(ix.keys, ix.ids)
	ix.buildDir()
	return ix
}

func (ix *Index) buildDir() {
	// About four keys per slot: 4 bytes of directory per 4 entries.
	bits := uint(8)
	for bits < 24 && 1<<(bits+2) < len(ix.keys) {
		bits++
	}
	ix.dirBits = bits
	ix.dir = make([]int32, 1<<bits+1)
	j := 0
	for d := range ix.dir {
		for j < len(ix.keys) && ix.keys[j]>>(64-bits) < uint64(d) {
			j++
		}
		ix.dir[d] = int32(j)
	}
}

// lookup returns the range of entries with the given key.
func (ix *Index) lookup(key uint64) (first, last int) {
	d := key >> (64 - ix.dirBits)
	lo, hi := int(ix.dir[d]), int(ix.dir[d+1])
	bucket := ix.keys[lo:hi]
	first = lo + sort.Search(len(bucket), func(i int) bool { return bucket[i] >= key })
	last = lo + sort.Search(len(bucket), func(i int) bool { return bucket[i] > key })
	return first, last
}

// radixSort sorts keys, moving ids along, in four stable passes of 16
// bits: entries with equal keys keep their order, so ids given ascending
// stay ascending within a key.
func radixSort(keys []uint64, ids []int32) {
	if len(keys) < 2 {
		return
	}
	k2 := make([]uint64, len(keys))
	i2 := make([]int32, len(ids))
	var count [1 << 16]int
	src, dst := keys, k2
	srcID, dstID := ids, i2
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, k := range src {
			count[(k>>shift)&0xFFFF]++
		}
		pos := 0
		for d, c := range count {
			count[d] = pos
			pos += c
		}
		for j, k := range src {
			d := (k >> shift) & 0xFFFF
			dst[count[d]] = k
			dstID[count[d]] = srcID[j]
			count[d]++
		}
		src, dst = dst, src
		srcID, dstID = dstID, srcID
	}
	// Four passes: the sorted data is back in the original slices.
}

// Estimate returns the share of signature values item id has in common
// with sig: an unbiased estimate of their Jaccard similarity, with a
// standard error of about 0.04 at 0.8.
func (ix *Index) Estimate(id int32, sig *Signature) float64 {
	s := ix.sigs[int(id)*K : int(id)*K+K]
	agree := 0
	for j, v := range sig {
		if uint16(v) == s[j] {
			agree++
		}
	}
	return float64(agree) / K
}

// Size returns the bytes the index holds.
func (ix *Index) Size() int {
	return len(ix.keys)*8 + len(ix.ids)*4 + len(ix.dir)*4 + len(ix.sigs)*2
}

// Len returns the number of items indexed.
func (ix *Index) Len() int { return ix.n }

// Banding returns the index's bands and rows.
func (ix *Index) Banding() (bands, rows int) { return ix.bands, ix.rows }

// bandKey hashes the rows of band b, with b mixed in so that equal rows in
// different bands do not collide.
func bandKey(s *Signature, b, rows int) uint64 {
	h := mix(uint64(b) + 0x9e3779b97f4a7c15)
	for _, v := range s[b*rows : (b+1)*rows] {
		h = mix(h ^ uint64(v))
	}
	return h
}

// Candidates calls fn with the ids in [lo, hi) that share a band with sig,
// each once, newest (highest id) first within each band, and at most limit
// of them in all (limit <= 0: no limit). fn returns false to stop. dst is
// scratch space for the ids seen, returned for reuse.
func (ix *Index) Candidates(sig *Signature, lo, hi int32, limit int, dst []int32, fn func(id int32) bool) []int32 {
	seen := dst[:0]
	if ix == nil || lo >= hi {
		return seen
	}
	for b := 0; b < ix.bands; b++ {
		key := bandKey(sig, b, ix.rows)
		first, last := ix.lookup(key)
		if first == last {
			continue
		}
		// Within a key, ids ascend: find the newest id below hi.
		ids := ix.ids[first:last]
		top := sort.Search(len(ids), func(i int) bool { return ids[i] >= hi })
		for i := top - 1; i >= 0 && ids[i] >= lo; i-- {
			id := ids[i]
			if slices.Contains(seen, id) {
				continue
			}
			seen = append(seen, id)
			if !fn(id) || limit > 0 && len(seen) >= limit {
				return seen
			}
		}
	}
	return seen
}
