package lexicon

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// FuzzStream checks the invariants of the word stream and of matches on
// any input: spans inside the text, on character boundaries, in order.
func FuzzStream(f *testing.F) {
	for _, s := range []string{
		"eres un 1gn0r4nt3", "i.g.n.o.r.a.n.t.e", "i g n o r a n t e", "p*to p**o * **hola**",
		"pendej@ @fulano rata!", "hijo.de.puta https://x.mx/a", "jajajjaja JSJSJS xDDD",
		"«ya ganó» \"dicen que\" “al parecer”", "\xff\xfe\x00idiota", "a-b-c-d", "qué calor ¡Qué calor!",
		strings.Repeat("a ", 200), strings.Repeat("*", 50),
	} {
		f.Add(s)
	}
	m, err := Default()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc := lint.NewDocument(&lint.Post{Text: text}, &lint.Config{})
		s := m.Stream(doc)
		prev := 0
		for i, u := range s.Units {
			require.True(t, u.Span.Start >= prev && u.Span.Start < u.Span.End && u.Span.End <= len(doc.Text), "unit %d span %v", i, u.Span)
			require.True(t, utf8.ValidString(doc.Text) == false || utf8.ValidString(doc.Text[u.Span.Start:u.Span.End]), "unit %d splits a character", i)
			require.NotEmpty(t, u.Key)
			prev = u.Span.End
		}
		for _, name := range m.Names() {
			ms := m.Find(s, name)
			for _, x := range ms {
				require.True(t, x.First <= x.Last && x.Last < len(s.Units))
				require.Equal(t, s.Units[x.First].Span.Start, x.Span.Start)
			}
			sel := Select(ms)
			for i := 1; i < len(sel); i++ {
				require.LessOrEqual(t, sel[i-1].Span.End, sel[i].Span.Start, "selected matches overlap")
			}
		}
	})
}

// FuzzParseLine checks that any line parses or fails cleanly, and that a
// parsed entry compiles into a matcher.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		"insult error pendej*", "bureaucratic info en virtud de que => porque", "x - a/b/c+ d* @person @reply",
		"x error a=>b", "x error @", "x error a//b", "# comment", "", "x error " + strings.Repeat("a/b/c/d ", 10),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsRune(line, '\n') {
			return
		}
		e, err := ParseLine("x", line, "x:1")
		if err != nil || e == nil {
			return
		}
		// A line that parses may still name a class or lemma that the data
		// lacks: Compile rejects it, with the file and line, never a panic.
		_, err = Compile([]Source{{Name: "x", File: "x", Text: line}}, nil)
		if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "x:1: "), "error without its line: %v", err)
			require.Regexp(t, `unknown (class|lemma)|part of speech|feature`, err.Error())
		}
	})
}

// TestDictionaryWordsOnlyMatchListedForms reads a Spanish dictionary when
// the machine has one (Debian's hunspell-es) and checks that no word
// matches through evasion folding: every match is a listed form itself or
// starts with a listed stem.
func TestDictionaryWordsOnlyMatchListedForms(t *testing.T) {
	f, err := os.Open("/usr/share/hunspell/es_MX.dic")
	if err != nil {
		t.Skip("no Spanish hunspell dictionary on this machine")
	}
	defer f.Close()
	m := builtinMatcher(t)
	c := m.comp()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		if w == "" || !utf8.ValidString(w) {
			continue
		}
		n++
		k := foldPlain(w)
		listed := c.vocab[k] != 0
		for p := range c.prefixes {
			if strings.HasPrefix(k, p) {
				listed = true
			}
		}
		if listed {
			continue
		}
		for _, lex := range m.Names() {
			for _, x := range m.Find(m.Stream(lint.NewDocument(&lint.Post{Text: w}, &lint.Config{})), lex) {
				if x.First == x.Last && !x.Entry.Marker() {
					t.Errorf("%q matches %s %q without being a listed form", w, lex, x.Entry.Phrase)
				}
			}
		}
	}
	t.Logf("%d dictionary words checked", n)
}
