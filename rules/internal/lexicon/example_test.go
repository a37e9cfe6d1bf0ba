package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// A lexicon in the file format, compiled and run over a post written with
// evasions.
func ExampleCompile() {
	src := lexicon.Source{Name: "demo", File: "demo.txt", Text: `
# category severity phrase
insult error ignorante+
bureaucratic info en virtud de que => porque
`}
	m, err := lexicon.Compile([]lexicon.Source{src}, nil)
	if err != nil {
		panic(err)
	}
	doc := lint.NewDocument(&lint.Post{Text: "En virtud de que son unos 1gn0r4nt3s... I.G.N.O.R.A.N.T.E"}, &lint.Config{})
	for _, x := range m.Find(m.Stream(doc), "demo") {
		fmt.Printf("%s %q\n", x.Entry.Category, doc.Slice(x.Span))
	}
	// Output:
	// bureaucratic "En virtud de que"
	// insult "1gn0r4nt3s"
	// insult "I.G.N.O.R.A.N.T.E"
}

// Accent folding keeps ñ: "año" is never read as "ano".
func ExampleMatcher_Stream() {
	m, _ := lexicon.Compile([]lexicon.Source{{Name: "demo", File: "demo.txt", Text: "x error ano\n"}}, nil)
	doc := lint.NewDocument(&lint.Post{Text: "Feliz año, ANÓ, idiotaaa"}, &lint.Config{})
	var keys []string
	for _, u := range m.Stream(doc).Units {
		keys = append(keys, u.Key)
	}
	fmt.Println(strings.Join(keys, " "))
	fmt.Println(len(m.Find(m.Stream(doc), "demo")))
	// Output:
	// feliz año ano idiotaaa
	// 1
}
