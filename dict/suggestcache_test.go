package dict

import (
	"fmt"
	"hash/maphash"
	"reflect"
	"sync"
	"testing"
)

func TestSuggestCacheSameAnswers(t *testing.T) {
	d := Default()
	c := NewSuggestCache(d, 0)
	words := []string{"votasion", "elecsion", "Ermosillo", "INSTITUTO", "publicacion", "xqzw", "aveces", "", "consejo"}
	for round := 0; round < 2; round++ { // the second round reads the cache
		for _, w := range words {
			for _, n := range []int{1, 3} {
				want := d.Suggestions(w, n)
				got := c.Suggestions(w, n)
				if len(want) == 0 && len(got) == 0 {
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("round %d: Suggestions(%q, %d) = %v, want %v", round, w, n, got, want)
				}
			}
		}
	}
	if got := c.Suggestions("votasion", 0); got != nil {
		t.Errorf("n=0: got %v, want nil", got)
	}
}

func TestSuggestCacheAnswerIsCallers(t *testing.T) {
	c := NewSuggestCache(Default(), 0)
	a := c.Suggestions("votasion", 3)
	if len(a) == 0 {
		t.Fatal("no suggestions for votasion")
	}
	want := a[0].Word
	a[0].Word = "changed"
	if b := c.Suggestions("votasion", 3); b[0].Word != want {
		t.Fatalf("a caller's change reached the cache: %q", b[0].Word)
	}
}

func TestSuggestCacheBounded(t *testing.T) {
	c := NewSuggestCache(Default(), 128)
	for i := 0; i < 2000; i++ {
		c.lookup(fmt.Sprintf("xq%dz", i), 1)
	}
	total := 0
	for i := range c.shards {
		sh := &c.shards[i]
		if len(sh.cur) > c.per || len(sh.old) > c.per {
			t.Fatalf("shard %d holds %d+%d entries, more than %d per generation", i, len(sh.cur), len(sh.old), c.per)
		}
		total += len(sh.cur) + len(sh.old)
	}
	if total > 2*128+2*cacheShards {
		t.Fatalf("cache holds %d entries for a size of 128", total)
	}
	// A word still in use survives while others come and go.
	c.lookup("votasion", 3)
	for i := 0; i < 2000; i++ {
		c.lookup(fmt.Sprintf("yq%dz", i), 1)
		if i%8 == 0 {
			c.lookup("votasion", 3)
		}
	}
	sh := &c.shards[hashShard(c, "votasion")]
	_, inCur := sh.cur[cacheKey{"votasion", 3}]
	_, inOld := sh.old[cacheKey{"votasion", 3}]
	if !inCur && !inOld {
		t.Fatal("a word in steady use was evicted")
	}
}

func TestSuggestCacheConcurrent(t *testing.T) {
	d := Default()
	c := NewSuggestCache(d, 16) // small, so that generations turn over
	words := []string{"votasion", "elecsion", "cansejo", "ciudadania", "partisipa", "credensial", "informasion"}
	want := map[string][]Suggestion{}
	for _, w := range words {
		want[w] = d.Suggestions(w, 3)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				w := words[(g+i)%len(words)]
				if got := c.Suggestions(w, 3); !reflect.DeepEqual(got, want[w]) {
					t.Errorf("Suggestions(%q) = %v, want %v", w, got, want[w])
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func hashShard(c *SuggestCache, w string) uint64 {
	return maphash.String(c.seed, w) % cacheShards
}

func BenchmarkSuggestCache(b *testing.B) {
	d := Default()
	words := []string{"votasion", "elecsion", "cansejo", "ciudadania", "partisipa", "credensial", "informasion", "Ermosillo"}
	b.Run("search", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			d.Suggestions(words[i%len(words)], 3)
		}
	})
	b.Run("cached", func(b *testing.B) {
		c := NewSuggestCache(d, 0)
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				c.Suggestions(words[i%len(words)], 3)
				i++
			}
		})
	})
}
