//go:build ignore

// genforms writes data/forms.txt: the forms of every lemma the built-in
// lexicons name, with their features, from the analyser of package dict.
// Finding the forms of a lemma scans the whole dictionary, so the matcher
// reads this table instead. Run by go generate.
package main

import (
	"fmt"
	"os"

	"github.com/vocero/vocero/rules/internal/lexicon"
)

func main() {
	m, err := lexicon.CompileEnv(lexicon.Builtin(), nil, lexicon.GenEnv())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := lexicon.FormsTable(lexicon.DictAnalyzer(), m.Lemmas())
	if err := os.WriteFile("data/forms.txt", []byte(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
