package dict

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// cacheWords are words of every kind: known, unknown, capitalised, in
// capitals, with clitics, prefixed, numerals, proper nouns.
func cacheWords(t *testing.T) []string {
	t.Helper()
	ws := strings.Fields(`votación Votación VOTACIÓN votacion sonora Sonora SONORA hermosillo Hermosillo INE ine
		regístrate registrate publícalo dígamelo exconsejero precandidata prerregistro preregistro 2027 15 x
		público publico publicó Público PÚBLICO iPhone McAllen jajaja conbocatoria elección eleccion el la de`)
	b, err := os.ReadFile("testdata/criterios.txt")
	if err != nil {
		t.Fatal(err)
	}
	ws = append(ws, strings.FieldsFunc(string(b), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f)
	})...)
	return ws
}

// The cache answers what the dictionary answers without it, first time
// and every time after.
func TestWordCacheSameAnswers(t *testing.T) {
	d := Default()
	plain := &Dictionary{a: d.a, rep: d.rep} // no cache
	user := d.WithWords("tuitazo", "IEEyPC")
	userPlain := *user
	userPlain.cache = nil
	for round := 0; round < 2; round++ {
		for _, w := range append(cacheWords(t), "tuitazo", "Tuitazo", "IEEYPC", "ieeypc") {
			if got, want := d.Contains(w), plain.Contains(w); got != want {
				t.Fatalf("round %d: Contains(%q) = %v, want %v", round, w, got, want)
			}
			if got, want := user.Contains(w), userPlain.Contains(w); got != want {
				t.Fatalf("round %d: WithWords Contains(%q) = %v, want %v", round, w, got, want)
			}
			prev := []Analysis{{Lemma: "antes"}}
			got := d.Analyze(w, prev)
			want := plain.Analyze(w, []Analysis{{Lemma: "antes"}})
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: Analyze(%q) = %v, want %v", round, w, got, want)
			}
		}
	}
	if !d.Contains("votación") || d.Contains("conbocatoria") || !user.Contains("tuitazo") || d.Contains("tuitazo") {
		t.Fatal("cached answers are wrong")
	}
}

// A cached entry does not keep the text it was read from, and callers
// cannot change what the cache holds.
func TestWordCacheOwnsItsData(t *testing.T) {
	d := &Dictionary{a: Default().a, rep: defaultRep, cache: newWordCache()}
	long := strings.Repeat("x", 1<<10) + " 12345 "
	w := long[1<<10+1 : 1<<10+6]
	ana := d.Analyze(w, nil)
	if len(ana) != 1 || ana[0].Lemma != "12345" {
		t.Fatalf("Analyze(12345) = %v", ana)
	}
	ana[0].Lemma = "changed"
	again := d.Analyze("12345", nil)
	if again[0].Lemma != "12345" {
		t.Fatalf("the cache shares its analyses: %v", again)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(long)))
	inLong := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return p >= lo && p < lo+uintptr(len(long))
	}
	sh := d.cache.shard("12345")
	found := false
	for k, in := range sh.cur {
		if k == "12345" {
			found = true
			if inLong(k) || inLong(in.ana[0].Lemma) {
				t.Fatal("the cache keeps a slice of the text it was given")
			}
		}
	}
	if !found {
		t.Fatal("12345 is not cached")
	}
}

// The cache holds at most two generations of its capacity.
func TestWordCacheBounded(t *testing.T) {
	d := &Dictionary{a: Default().a, rep: defaultRep, cache: newWordCache()}
	for i := 0; i < 5*wordCacheSize; i++ {
		w := fmt.Sprintf("palabra%d", i)
		d.Contains(w)
		d.Analyze(w, nil)
	}
	n := 0
	for i := range d.cache.shards {
		sh := &d.cache.shards[i]
		if len(sh.cur) > d.cache.per || len(sh.old) > d.cache.per {
			t.Fatalf("shard %d holds %d + %d entries, more than %d each", i, len(sh.cur), len(sh.old), d.cache.per)
		}
		n += len(sh.cur) + len(sh.old)
	}
	if n > 2*wordCacheSize || n < wordCacheSize/2 {
		t.Fatalf("cache holds %d entries for a capacity of %d", n, wordCacheSize)
	}
	// Old words are forgotten and come back with the right answer.
	if !d.Contains("votación") || d.Contains("palabra0") {
		t.Fatal("wrong answer after eviction")
	}
}

// Many goroutines share one cache (run with -race).
func TestWordCacheConcurrent(t *testing.T) {
	d := Default()
	plain := &Dictionary{a: d.a, rep: d.rep}
	ws := cacheWords(t)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]Analysis, 0, 16)
			for i := range ws {
				w := ws[(i*7+g)%len(ws)]
				if d.Contains(w) != plain.Contains(w) {
					t.Errorf("Contains(%q) differs", w)
					return
				}
				buf = d.Analyze(w, buf[:0])
				if !reflect.DeepEqual(buf, plain.Analyze(w, make([]Analysis, 0, 16))) {
					t.Errorf("Analyze(%q) differs", w)
					return
				}
			}
		}()
	}
	wg.Wait()
}
