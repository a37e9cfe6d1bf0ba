package lexicon

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// TestGeneratedTableIsFresh compiles the built-in lexicons from their text
// and compares the result with data/matcher.bin byte for byte.
func TestGeneratedTableIsFresh(t *testing.T) {
	want, err := BuiltinTable(nil)
	require.NoError(t, err)
	if string(want) != matcherTable {
		t.Fatal("data/matcher.bin is stale: a lexicon, classes.txt or forms.txt changed since it was generated; " +
			"run `go generate ./rules/internal/lexicon` and commit data/forms.txt and data/matcher.bin")
	}
}

func TestTableVerifies(t *testing.T) {
	tab, err := openTable(matcherTable)
	require.NoError(t, err)
	require.NoError(t, tab.verify())
	assert.Equal(t, []string{Courtesy, PersonalTone, UnverifiedSource, InternalDeliberation, PlainLanguage}, builtinMatcher(t).Names())
}

func TestOpenTableRejectsDamage(t *testing.T) {
	good := matcherTable
	for name, data := range map[string]string{
		"empty":     "",
		"magic":     "VOCLEX99" + good[8:],
		"truncated": good[:len(good)/2],
		"header":    good[:20],
	} {
		t.Run(name, func(t *testing.T) {
			tab, err := openTable(data)
			if err == nil {
				err = tab.verify()
			}
			assert.Error(t, err)
		})
	}
}

func TestHashKeyIsFNV1a(t *testing.T) {
	for _, k := range []string{"", "a", "pendejo", "año", "jaja"} {
		h := fnv.New32a()
		h.Write([]byte(k))
		assert.Equal(t, h.Sum32(), hashKey([]byte(k)), k)
	}
}

// reference walks the compiler's tries and maps directly, as the matcher
// did before it read a table: the table must find exactly what it finds.
type reference struct{ c *compiler }

func (r reference) plens() []int {
	var out []int
	for p := range r.c.prefixes {
		out = append(out, len(p))
	}
	sort.Ints(out)
	return out
}

func (r reference) lookup(ids []int32, from int, k []byte) []int32 {
	if id, ok := r.c.vocab[string(k)]; ok {
		ids = appendID(ids, from, id)
	}
	for _, id := range r.c.formSyms[string(k)] {
		ids = appendID(ids, from, id)
	}
	last := -1
	for _, n := range r.plens() {
		if n > len(k) {
			break
		}
		if n == last {
			continue
		}
		last = n
		if id, ok := r.c.prefixes[string(k[:n])]; ok {
			ids = appendID(ids, from, id)
		}
	}
	return ids
}

func (r reference) wildcard(k string) []int32 {
	n := utf8.RuneCountInString(k)
	known := n - strings.Count(k, string(Wildcard))
	if k[0] == Wildcard || known < 2 || known*2 < n {
		return nil
	}
	var ids []int32
	if i := strings.IndexByte(k, Wildcard); i > 0 {
		ids = r.lookup(ids, 0, []byte(k[:i]))
		if id, ok := r.c.vocab[k[:i]]; ok {
			ids = removeID(ids, id)
		}
	}
	var ps, ws []string
	for p := range r.c.prefixes {
		ps = append(ps, p)
	}
	for w := range r.c.vocab {
		if utf8.RuneCountInString(w) == n {
			ws = append(ws, w)
		}
	}
	sort.Strings(ps)
	sort.Strings(ws)
	for _, p := range ps {
		if len(p) <= len(k) && wildMatch(k[:len(p)], p) {
			ids = appendID(ids, 0, r.c.prefixes[p])
		}
	}
	for _, w := range ws {
		if wildMatch(k, w) {
			ids = append(ids, r.c.vocab[w])
		}
	}
	return ids
}

func (r reference) find(m *Matcher, doc *lint.Document, lexicon string) []Match {
	r.c.resolve()
	s := buildStream(doc, m.get(), r)
	t := r.c.lex[lexicon]
	var out []Match
	for i := range s.Units {
		if s.Units[i].Key == "que" && !s.exclamative(i) {
			continue
		}
		out = r.step(t, s, 0, i, i, out)
	}
	return out
}

func (r reference) step(t *trie, s *Stream, n int32, first, i int, out []Match) []Match {
	nd := &t.nodes[n]
	if len(nd.next) == 0 {
		return out
	}
	for _, id := range s.ids(i) {
		if c, ok := t.child(n, id); ok {
			out = r.walk(t, s, c, first, i, out)
		}
	}
	for _, id := range nd.pos {
		if d, ok := r.c.posDef(id); ok && s.hasFeatures(i, d.f.filter) {
			c, _ := t.child(n, id)
			out = r.walk(t, s, c, first, i, out)
		}
	}
	return out
}

func (r reference) walk(t *trie, s *Stream, n int32, first, i int, out []Match) []Match {
	nd := &t.nodes[n]
	for _, o := range nd.out {
		out = append(out, Match{Entry: t.entries[o], Span: lint.Span{Start: s.Units[first].Span.Start, End: s.Units[i].Span.End}, First: first, Last: i})
	}
	if i+1 < len(s.Units) && !s.Units[i+1].Break {
		out = r.step(t, s, n, first, i+1, out)
	}
	for _, g := range nd.gaps {
		for j := i + 1; j <= i+1+g.n && j < len(s.Units); j++ {
			u := &s.Units[j]
			if u.Sentence != s.Units[i].Sentence || u.Hashtag {
				break
			}
			out = r.step(t, s, g.child, first, j, out)
		}
	}
	return out
}

// describe renders matches with every field of their entries, to compare
// the table's entries with the compiler's.
func describe(ms []Match) []string {
	out := make([]string, len(ms))
	for i, x := range ms {
		e := x.Entry
		out[i] = fmt.Sprintf("%v %d-%d %s|%s|%v|%q|%q|%q|%s", x.Span, x.First, x.Last, e.Lexicon, e.Category, e.Severity, e.Phrase, e.Alternatives, e.Tags, e.Source)
	}
	return out
}

// sameAsReference checks that m finds in text what the reference finds,
// in the same order, in every lexicon.
func sameAsReference(t testing.TB, m *Matcher, ref reference, text string) int {
	t.Helper()
	n := 0
	doc := lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
	for _, name := range m.Names() {
		want := describe(ref.find(m, doc, name))
		got := describe(m.Find(m.Stream(doc), name))
		if !assert.Equal(t, want, got, "lexicon %s, text %q", name, text) {
			return n
		}
		n += len(got)
	}
	return n
}

// corpus returns the posts of the rules' testdata and of the committed
// corpora, and every example phrase of the built-in lexicons alone and
// inside a sentence.
func corpus(t testing.TB) []string {
	t.Helper()
	var out []string
	files, err := filepath.Glob("../../testdata/*/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, post := range strings.Split(string(data), "\n---\n") {
			var lines []string
			for _, l := range strings.Split(post, "\n") {
				if !strings.HasPrefix(l, "// ") {
					lines = append(lines, l)
				}
			}
			out = append(out, strings.Join(lines, "\n"))
		}
	}
	jsonl, err := filepath.Glob("../../testdata/*/*.jsonl")
	require.NoError(t, err)
	more, err := filepath.Glob("../../../testdata/corpus/*.jsonl")
	require.NoError(t, err)
	for _, f := range append(jsonl, more...) {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var p struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &p) == nil && p.Text != "" {
				out = append(out, p.Text)
			}
		}
		fh.Close()
	}
	m := builtinMatcher(t)
	for _, name := range m.Names() {
		for _, e := range m.Entries(name) {
			for _, ex := range m.Examples(e) {
				out = append(out, ex, "Eres un "+ex+".", "¡Qué "+strings.ToUpper(ex)+"!", "Dicen que ayer "+ex+", según fuentes")
			}
		}
	}
	return out
}

// sample keeps every nth post.
func sample(posts []string, n int) []string {
	var out []string
	for i := 0; i < len(posts); i += n {
		out = append(out, posts[i])
	}
	return out
}

// TestTableMatchesCompiler compiles the built-in lexicons from text and
// checks that the generated table finds the same matches as the
// compiler's tries on the rules' test corpora.
func TestTableMatchesCompiler(t *testing.T) {
	m := builtinMatcher(t)
	c, err := compile(Builtin(), nil, nil)
	require.NoError(t, err)
	ref := reference{c}
	posts := corpus(t)
	if testing.Short() {
		posts = sample(posts, 4)
	}
	n := 0
	for _, text := range posts {
		n += sameAsReference(t, m, ref, text)
		if t.Failed() {
			return
		}
	}
	require.Greater(t, n, len(posts)/2, "the corpus should match many entries")
	t.Logf("%d posts, %d matches, all the same", len(posts), n)
}

// TestChangedLexiconMatchesCompiler does the same for a lexicon the
// config changes, which is compiled when the linter is built.
func TestChangedLexiconMatchesCompiler(t *testing.T) {
	posts := sample(corpus(t), 4)
	if testing.Short() {
		posts = sample(posts, 4)
	}
	for _, src := range Builtin() {
		t.Run(src.Name, func(t *testing.T) {
			var phrase string // the first reported entry: any will do
			for _, e := range builtinMatcher(t).Entries(src.Name) {
				if !e.Marker() {
					phrase = e.Phrase
					break
				}
			}
			changes := lint.Lexicon{Add: []string{"insult error fulanito+ @person", "rumour warning se ..2 ~decir"}, Remove: []string{phrase}}
			m, err := For(src.Name, changes)
			require.NoError(t, err)
			c, err := compile([]Source{src}, map[string]lint.Lexicon{src.Name: changes}, nil)
			require.NoError(t, err)
			ref := reference{c}
			for _, text := range append(posts, "eres un fulanito", "se lo dijeron", "se comenta que dijo") {
				sameAsReference(t, m, ref, text)
				if t.Failed() {
					return
				}
			}
		})
	}
}

// FuzzTableMatchesCompiler compares the generated table with the
// compiler's tries on any text.
func FuzzTableMatchesCompiler(f *testing.F) {
	for _, s := range []string{
		"eres un 1gn0r4nt3", "i.g.n.o.r.a.n.t.e", "p*to p**o pendej@s", "hijo.de.puta", "jajajja",
		"Estamos analizando la propuesta del Consejo", "según fuentes cercanas, ya ganó",
		"En virtud de que el Consejo, en su sesión, analiza", "qué ridículo ¡Qué ridículo!",
		"se dice que renunció #Rumor", "«dicen que» ya se decidió", "p**dejo c*rrupto",
	} {
		f.Add(s)
	}
	m := builtinMatcher(f)
	c, err := compile(Builtin(), nil, nil)
	require.NoError(f, err)
	ref := reference{c}
	f.Fuzz(func(t *testing.T, text string) {
		sameAsReference(t, m, ref, text)
	})
}

// TestTableConcurrentEntries decodes entries from many goroutines at once
// on a fresh table: every goroutine must get the same *Entry for a match.
func TestTableConcurrentEntries(t *testing.T) {
	tab, err := openTable(matcherTable)
	require.NoError(t, err)
	m := &Matcher{table: tab, analyzer: defaultAnalyzer, comp: builtinCompiler}
	texts := []string{"eres un pendejo", "según fuentes cercanas ya ganó", "en virtud de que", "estamos analizando la propuesta"}
	const workers = 8
	got := make([][]*Entry, workers)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for _, text := range texts {
				doc := lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
				for _, name := range m.Names() {
					for _, x := range m.Find(m.Stream(doc), name) {
						got[w] = append(got[w], x.Entry)
					}
				}
			}
			done <- w
		}(w)
	}
	for range workers {
		<-done
	}
	require.NotEmpty(t, got[0])
	for w := 1; w < workers; w++ {
		require.Equal(t, len(got[0]), len(got[w]))
		for i := range got[0] {
			require.Same(t, got[0][i], got[w][i])
		}
	}
}

// BenchmarkOpenTable is what a run pays to start matching with the
// built-in lexicons (compiling them from text cost about 50 ms).
func BenchmarkOpenTable(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := openTable(matcherTable); err != nil {
			b.Fatal(err)
		}
	}
}
