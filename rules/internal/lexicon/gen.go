//go:build ignore

// gen writes the data the built-in lexicons are read from at run time:
//
//   - data/forms.txt, the forms of every lemma the lexicons and classes
//     name, with their features, from the analyser of package dict (finding
//     the forms of a lemma scans the whole dictionary);
//   - data/matcher.bin, the lexicons compiled with that table into the
//     matcher's table, read in place when a run starts.
//
// Run by go generate after editing a lexicon or classes.txt.
package main

import (
	"fmt"
	"os"

	"github.com/vocero/vocero/rules/internal/lexicon"
)

func main() {
	m, err := lexicon.CompileEnv(lexicon.Builtin(), nil, lexicon.GenEnv())
	if err != nil {
		fail(err)
	}
	forms := lexicon.FormsTable(lexicon.DictAnalyzer(), m.Lemmas())
	env := lexicon.GenEnv()
	env.Forms = forms
	table, err := lexicon.BuiltinTable(env)
	if err != nil {
		fail(err)
	}
	if err := writeFile("data/forms.txt", []byte(forms)); err != nil {
		fail(err)
	}
	if err := writeFile("data/matcher.bin", table); err != nil {
		fail(err)
	}
}

// writeFile replaces a file atomically.
func writeFile(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "lexicon:", err)
	os.Exit(1)
}
