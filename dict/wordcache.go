package dict

import (
	"hash/maphash"
	"strings"
	"sync"
)

// wordCache remembers, per word as written, what Contains and Analyze
// answered, so that the words that recur across posts are looked up once.
// It is shared by every goroutine using the Dictionary and keeps scaling
// with cores: the words are spread over independent shards, each with a
// small lock held only to read or store an entry (never while looking a
// word up), and a stored analysis is never changed. Memory is bounded:
// each shard keeps two generations of its share of the capacity and drops
// the older one whole when the newer fills, so words in use survive.
type wordCache struct {
	seed   maphash.Seed
	per    int // entries per shard and generation
	shards [wordShards]wordShard
}

const (
	wordShards = 64
	// wordCacheSize is the capacity of a Dictionary's cache: the working
	// vocabulary of a large content repository, in a few megabytes.
	wordCacheSize = 1 << 15
	// maxCachedWord is the longest word, in bytes, worth a cache entry.
	maxCachedWord = 40
)

type wordShard struct {
	mu       sync.Mutex
	cur, old map[string]wordInfo
	_        [40]byte // keep shards on separate cache lines
}

// wordInfo is what is known of one word; the flags say which parts.
type wordInfo struct {
	flags uint8
	ana   []Analysis // shared: callers copy it out
}

const (
	infoContains = 1 << iota // contains holds Contains' answer
	infoIn                   // Contains' answer
	infoAnalyzed             // ana holds Analyze's answer
)

func newWordCache() *wordCache {
	return &wordCache{seed: maphash.MakeSeed(), per: wordCacheSize / wordShards}
}

func (c *wordCache) shard(w string) *wordShard {
	return &c.shards[maphash.String(c.seed, w)%wordShards]
}

// get returns what is known of w.
func (c *wordCache) get(w string) wordInfo {
	sh := c.shard(w)
	sh.mu.Lock()
	in, ok := sh.cur[w]
	if !ok {
		if in, ok = sh.old[w]; ok {
			sh.store(w, in, c.per) // still in use: keep it in the new generation
		}
	}
	sh.mu.Unlock()
	return in
}

// add records what was learnt of w, keeping what was known before.
func (c *wordCache) add(w string, learnt wordInfo) {
	sh := c.shard(w)
	sh.mu.Lock()
	in, ok := sh.cur[w]
	if !ok {
		in = sh.old[w]
	}
	in.flags |= learnt.flags
	if learnt.flags&infoAnalyzed != 0 {
		in.ana = learnt.ana
	}
	sh.store(w, in, c.per)
	sh.mu.Unlock()
}

// store puts an entry in the current generation, starting a new one when
// it is full. The caller holds the lock.
func (sh *wordShard) store(w string, in wordInfo, per int) {
	if _, ok := sh.cur[w]; !ok {
		if len(sh.cur) >= per {
			sh.old, sh.cur = sh.cur, nil
		}
		if sh.cur == nil {
			// Grown as words come: sized for per at once, the first
			// post of a run would allocate and clear about a megabyte
			// of maps for a few dozen words.
			sh.cur = make(map[string]wordInfo)
		}
		// The key may be a slice of a long post: keep a copy only.
		w = strings.Clone(w)
	}
	sh.cur[w] = in
}
