// Command genenglish writes data/ingles.txt: English words that are not
// Spanish, so that the spelling rule can tell an English word in a Spanish
// post from a Spanish misspelling. It reads Debian's hunspell-en-us
// dictionary (SCOWL, by Kevin Atkinson; see its copyright file), expands
// its affixes with dict's own Hunspell reader, and keeps the lower-case
// forms of letters a-z that the bundled Spanish dictionary does not have
// and that are not a cheap correction away from a Spanish word (an accent
// or a confusion such as b/v: area is área, not English). Run from dict/:
//
//	go run ./internal/genenglish [-aff path] [-dic path] [-o data/ingles.txt]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/vocero/vocero/dict"
)

func main() {
	aff := flag.String("aff", "/usr/share/hunspell/en_US.aff", "English Hunspell .aff file")
	dic := flag.String("dic", "/usr/share/hunspell/en_US.dic", "English Hunspell .dic file")
	out := flag.String("o", "data/ingles.txt", "output file")
	flag.Parse()
	if err := run(*aff, *dic, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genenglish:", err)
		os.Exit(1)
	}
}

func run(affPath, dicPath, out string) error {
	af, err := os.Open(affPath)
	if err != nil {
		return err
	}
	defer af.Close()
	a, err := dict.ParseAffixes(af)
	if err != nil {
		return fmt.Errorf("%s: %w", affPath, err)
	}
	df, err := os.Open(dicPath)
	if err != nil {
		return err
	}
	defer df.Close()
	forms := map[string]bool{}
	err = a.Expand(df, func(f string) {
		if len(f) >= 2 && len(f) <= 20 && strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") == "" {
			forms[f] = true
		}
	})
	if err != nil {
		return fmt.Errorf("%s: %w", dicPath, err)
	}
	es := dict.Default()
	cache := dict.NewSuggestCache(es, 0)
	var keep []string
	for f := range forms {
		if es.Contains(f) {
			continue
		}
		if ss := cache.Suggestions(f, 1); len(ss) > 0 && ss[0].Cost <= 3 {
			continue // a Spanish word with an accent or a confusion away
		}
		keep = append(keep, f)
	}
	sort.Strings(keep)
	tmp := out + ".tmp"
	fh, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(fh)
	fmt.Fprintln(w, "# Generado por internal/genenglish a partir del diccionario hunspell-en-us de Debian")
	fmt.Fprintln(w, "# (SCOWL, © Kevin Atkinson y otros; licencia tipo MIT/BSD, véase su archivo copyright):")
	fmt.Fprintln(w, "# formas inglesas que no son palabras del diccionario español ni están a una tilde o una")
	fmt.Fprintln(w, "# confusión (b/v, c/s/z...) de una. No editar a mano.")
	for _, k := range keep {
		fmt.Fprintln(w, k)
	}
	if err := w.Flush(); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
