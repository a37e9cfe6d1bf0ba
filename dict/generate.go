package dict

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
)

// SupplementFiles are the word lists of data/ that go generate adds to the
// Hunspell forms, in the order it reads them (gen.go and the freshness
// test share this list).
var SupplementFiles = []string{"abreviaturas.txt", "anglicismos.txt", "comunes.txt", "electoral.txt", "instituciones.txt", "municipios.txt", "nombres.txt", "redes.txt", "regional.txt"}

// BuildInput is what Build makes a dictionary artefact from.
type BuildInput struct {
	// Aff and Dic are the Hunspell files.
	Aff, Dic io.Reader
	// ExtraDic holds extra .dic files expanded with the same affix rules
	// (verbs the dictionary lacks, with their flags).
	ExtraDic []io.Reader
	// Supplement holds extra word lists (one entry per line, # comments;
	// an entry of several words adds each word).
	Supplement []io.Reader
	// Homographs lists proper nouns of the domain whose lower-case form is
	// also a common word (Sonora).
	Homographs io.Reader
	// Corpus is Spanish prose to estimate word frequencies from.
	Corpus []io.Reader
	// Exclude lists forms to drop from the Hunspell expansion (typos in
	// the source dictionary).
	Exclude io.Reader
	// KeepVoseo keeps voseo imperatives with pronouns (informate), which
	// are dropped by default: see Affixes.DropVoseo.
	KeepVoseo bool
}

// BuildStats reports what Build made.
type BuildStats struct {
	Stems, Forms, Supplement, Edges, Bytes int
	CorpusWords                            int
}

// Build expands a Hunspell dictionary, adds the supplement, estimates
// frequencies and returns the bytes of the in-place artefact that Default
// reads. The generator (gen.go, run by go generate) calls it.
func Build(in BuildInput) ([]byte, BuildStats, error) {
	var st BuildStats
	a, err := ParseAffixes(in.Aff)
	if err != nil {
		return nil, st, err
	}
	a.DropVoseo = !in.KeepVoseo
	set := map[string]struct{}{}
	err = a.Expand(in.Dic, func(f string) {
		if f != "" {
			set[f] = struct{}{}
		}
	})
	if err != nil {
		return nil, st, err
	}
	for _, r := range in.ExtraDic {
		err := a.Expand(r, func(f string) {
			if f != "" {
				set[f] = struct{}{}
			}
		})
		if err != nil {
			return nil, st, err
		}
	}
	if in.Exclude != nil {
		ws, err := ReadWords(in.Exclude)
		if err != nil {
			return nil, st, err
		}
		for _, w := range ws {
			delete(set, w)
		}
	}
	st.Forms = len(set)
	domain := map[string]bool{}
	for _, r := range in.Supplement {
		ws, err := ReadWords(r)
		if err != nil {
			return nil, st, err
		}
		for _, line := range ws {
			for _, w := range splitEntry(line) {
				// A capitalised common word (Consejo in Consejo General)
				// needs no entry of its own: the lower-case form is
				// accepted with a capital.
				if lw := toLower(w); lw != w && CasingOf(w) == Title {
					if _, ok := set[lw]; ok {
						domain[lw] = true
						continue
					}
				}
				domain[w] = true
				set[w] = struct{}{}
			}
		}
	}
	homo := map[string]bool{}
	if in.Homographs != nil {
		ws, err := ReadWords(in.Homographs)
		if err != nil {
			return nil, st, err
		}
		for _, w := range ws {
			homo[toLower(w)] = true
		}
	}
	st.Supplement = len(set) - st.Forms
	forms := make([]string, 0, len(set))
	for f := range set {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	counts := map[string]int{}
	for _, r := range in.Corpus {
		n, err := countWords(r, counts)
		if err != nil {
			return nil, st, err
		}
		st.CorpusWords += n
	}
	info := make([]byte, len(forms))
	for i, f := range forms {
		c := counts[f]
		if lf := toLower(f); lf == f {
			c += counts[toTitle(f)]
		} else {
			c += counts[lf] / 4 // sentence-initial capitals of common words
		}
		fc := freqClass(c)
		if domain[f] && fc < 8 {
			fc = 8
		}
		inf := byte(fc)
		if domain[f] {
			inf |= infoDomain
		}
		if homo[f] {
			inf |= infoProperHo
		}
		info[i] = inf
	}
	data, err := buildAutomaton(forms, info)
	if err != nil {
		return nil, st, err
	}
	ao, err := openAutomaton(data)
	if err != nil {
		return nil, st, err
	}
	st.Edges = len(ao.edges) / 8
	st.Bytes = len(data)
	return data, st, nil
}

// splitEntry splits a supplement entry into words; a hyphenated or
// apostrophised word stays whole as well as split.
func splitEntry(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		f = strings.Trim(f, ".,;:()")
		if f == "" {
			continue
		}
		out = append(out, f)
		if strings.ContainsAny(f, "-") {
			out = append(out, strings.FieldsFunc(f, func(r rune) bool { return r == '-' })...)
		}
	}
	return out
}

// freqClass maps a count to 0..15 on a log scale.
func freqClass(c int) int {
	if c <= 0 {
		return 0
	}
	v := int(1 + 1.4*math.Log2(float64(c)))
	if v > 15 {
		v = 15
	}
	return v
}

// countWords adds the words of r to counts and returns how many it read.
func countWords(r io.Reader, counts map[string]int) (int, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, w := range strings.FieldsFunc(string(data), func(r rune) bool { return !unicode.IsLetter(r) }) {
		counts[w]++
		n++
	}
	return n, nil
}

// String summarises the stats for the generated source file.
func (s BuildStats) String() string {
	return fmt.Sprintf("%d forms from Hunspell, %d from the supplement, %d automaton edges, %d bytes, frequencies from %d words of prose",
		s.Forms, s.Supplement, s.Edges, s.Bytes, s.CorpusWords)
}
