package dict

import (
	"hash/maphash"
	"sync"
)

// SuggestCache answers Suggestions for a Dictionary and remembers the
// answers, so that a word misspelled in many posts is searched once. The
// same few hundred misspellings recur across a content repository, and a
// search costs hundreds of microseconds.
//
// It is safe for concurrent use and keeps scaling with cores: the words are
// spread over independent shards, each with its own small lock held only to
// read or store an answer (never during a search), and every answer is
// immutable once stored. Memory is bounded: each shard keeps at most two
// generations of its share of the capacity, and a full generation is
// dropped whole, so recently used words survive and the rest are
// forgotten.
type SuggestCache struct {
	d      *Dictionary
	seed   maphash.Seed
	per    int // entries per shard and generation
	shards [cacheShards]cacheShard
}

// cacheShards spreads the words over enough locks that goroutines on many
// cores rarely meet on one.
const cacheShards = 64

type cacheKey struct {
	w string
	n int
}

type cacheShard struct {
	mu       sync.Mutex
	cur, old map[cacheKey][]Suggestion
	_        [40]byte // keep shards on separate cache lines
}

// DefaultSuggestCacheSize is the capacity NewSuggestCache uses for a size of
// zero: enough for the misspellings of a large content repository in a few
// megabytes.
const DefaultSuggestCacheSize = 8192

// NewSuggestCache returns an empty cache of d's suggestions that holds
// about size answers (0 means DefaultSuggestCacheSize; at most twice size
// are ever held).
func NewSuggestCache(d *Dictionary, size int) *SuggestCache {
	if size <= 0 {
		size = DefaultSuggestCacheSize
	}
	per := (size + cacheShards - 1) / cacheShards
	return &SuggestCache{d: d, seed: maphash.MakeSeed(), per: per}
}

// Dictionary returns the dictionary whose suggestions c holds.
func (c *SuggestCache) Dictionary() *Dictionary { return c.d }

// Suggestions returns d.Suggestions(w, n), searching only the first time a
// word is asked for (while it stays in the cache). The result is the
// caller's to keep and change.
func (c *SuggestCache) Suggestions(w string, n int) []Suggestion {
	ss := c.lookup(w, n)
	if ss == nil {
		return nil
	}
	return append([]Suggestion(nil), ss...)
}

// lookup returns the shared answer for w; callers must not change it.
func (c *SuggestCache) lookup(w string, n int) []Suggestion {
	if n <= 0 || w == "" {
		return nil
	}
	k := cacheKey{w, n}
	sh := &c.shards[maphash.String(c.seed, w)%cacheShards]
	sh.mu.Lock()
	ss, ok := sh.cur[k]
	if !ok {
		if ss, ok = sh.old[k]; ok {
			sh.store(k, ss, c.per) // still in use: keep it in the new generation
		}
	}
	sh.mu.Unlock()
	if ok {
		return ss
	}
	// Search outside the lock: two goroutines may both search a new word,
	// which costs a little duplicated work and gives the same answer.
	ss = c.d.Suggestions(w, n)
	if ss == nil {
		ss = []Suggestion{} // remember that there is none
	}
	sh.mu.Lock()
	sh.store(k, ss, c.per)
	sh.mu.Unlock()
	return ss
}

// store adds an answer to the current generation, starting a new one when
// it is full. The caller holds the lock.
func (sh *cacheShard) store(k cacheKey, ss []Suggestion, per int) {
	if len(sh.cur) >= per {
		sh.old, sh.cur = sh.cur, nil
	}
	if sh.cur == nil {
		sh.cur = make(map[cacheKey][]Suggestion, per)
	}
	sh.cur[k] = ss
}
