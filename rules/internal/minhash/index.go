package minhash

import (
	"slices"
	"sort"
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
}

// Build indexes sigs; item i is sigs[i]. bands*rows must not exceed K.
func Build(sigs []Signature, bands, rows int) *Index {
	if bands < 1 || rows < 1 || bands*rows > K {
		bands, rows = Banding(0.8)
	}
	ix := &Index{bands: bands, rows: rows, n: len(sigs)}
	type entry struct {
		key uint64
		id  int32
	}
	es := make([]entry, 0, len(sigs)*bands)
	for id := range sigs {
		for b := 0; b < bands; b++ {
			es = append(es, entry{bandKey(&sigs[id], b, rows), int32(id)})
		}
	}
	slices.SortFunc(es, func(a, b entry) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return int(a.id - b.id)
	})
	ix.keys = make([]uint64, len(es))
	ix.ids = make([]int32, len(es))
	for i, e := range es {
		ix.keys[i], ix.ids[i] = e.key, e.id
	}
	return ix
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
		first := sort.Search(len(ix.keys), func(i int) bool { return ix.keys[i] >= key })
		last := first + sort.Search(len(ix.keys)-first, func(i int) bool { return ix.keys[first+i] > key })
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
