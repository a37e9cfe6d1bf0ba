package lexicon

//go:generate go run gen.go

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/vocero/vocero/lint"
)

//go:embed data/*.txt
var files embed.FS

// Names of the built-in lexicons; each is also the ID of the rule that
// reads it.
const (
	Courtesy             = "courtesy"
	PersonalTone         = "personal-tone"
	UnverifiedSource     = "unverified-source"
	InternalDeliberation = "internal-deliberation"
	PlainLanguage        = "plain-language"
)

// Builtin returns the built-in lexicon sources.
func Builtin() []Source {
	names := []string{Courtesy, PersonalTone, UnverifiedSource, InternalDeliberation, PlainLanguage}
	out := make([]Source, 0, len(names))
	for _, n := range names {
		data, err := files.ReadFile("data/" + n + ".txt")
		if err != nil {
			panic(fmt.Sprintf("lexicon: embedded %s.txt missing: %v", n, err))
		}
		out = append(out, Source{Name: n, File: n + ".txt", Text: string(data)})
	}
	return out
}

// matcherTable is the built-in lexicons compiled by go generate (gen.go);
// a test fails when it is older than the lexicons, classes.txt or
// forms.txt.
//
//go:embed data/matcher.bin
var matcherTable string

// The built-in matcher reads the generated table in place, when a post is
// first matched; the lexicons' text is compiled only to explain them
// (Examples, Unresolved, Lemmas).
var (
	builtinReal = sync.OnceValue(func() *Matcher {
		t, err := openTable(matcherTable)
		if err != nil {
			panic("lexicon: data/matcher.bin: " + err.Error() + " (run go generate ./rules/internal/lexicon)")
		}
		return &Matcher{table: t, analyzer: defaultAnalyzer, comp: builtinCompiler}
	})
	builtinCompiler = sync.OnceValue(func() *compiler {
		c, err := compile(Builtin(), nil, nil)
		if err != nil {
			panic("lexicon: built-in lexicons do not compile: " + err.Error())
		}
		return c
	})
	builtin = &Matcher{real: builtinReal, comp: builtinCompiler}
)

// Default returns the matcher of the built-in lexicons. It is opened on
// first use, so that building a linter costs nothing here.
func Default() (*Matcher, error) { return builtin, nil }

// BuiltinTable compiles the built-in lexicons with env (nil: the built-in
// classes and forms table) and returns the table go generate writes to
// data/matcher.bin.
func BuiltinTable(env *Env) ([]byte, error) {
	c, err := compile(Builtin(), nil, env)
	if err != nil {
		return nil, err
	}
	return c.encode(), nil
}

// For returns the matcher for one lexicon with the config's changes to it:
// the shared built-in matcher when there are none, else a matcher of that
// lexicon alone compiled with them.
func For(name string, changes lint.Lexicon) (*Matcher, error) {
	if len(changes.Add) == 0 && len(changes.Remove) == 0 {
		return Default()
	}
	for _, src := range Builtin() {
		if src.Name == name {
			return Compile([]Source{src}, map[string]lint.Lexicon{name: changes})
		}
	}
	return nil, fmt.Errorf("lexicons: unknown lexicon %q", name)
}

// CheckNames reports config changes to lexicons that do not exist.
func CheckNames(changes map[string]lint.Lexicon) error {
	var unknown []string
	for name := range changes {
		switch name {
		case Courtesy, PersonalTone, UnverifiedSource, InternalDeliberation, PlainLanguage:
		default:
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return fmt.Errorf("lexicons: unknown lexicon %q (known: %s, %s, %s, %s, %s)", strings.Join(unknown, `", "`),
		Courtesy, PersonalTone, UnverifiedSource, InternalDeliberation, PlainLanguage)
}

// Select keeps the matches a rule may report: it drops markers and matches
// that overlap an except marker, and merges overlapping matches into the
// first (longest) one, extending its span. The result is sorted by start.
// Rules call it after dropping the matches whose tags do not hold.
func Select(ms []Match) []Match {
	var excepts []lint.Span
	for _, m := range ms {
		if m.Entry.Marker() && m.Entry.Category == "except" {
			excepts = append(excepts, m.Span)
		}
	}
	out := make([]Match, 0, len(ms))
	for _, m := range ms {
		if m.Entry.Marker() || overlapsAny(m.Span, excepts) {
			continue
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Span.End > out[j].Span.End
	})
	kept := out[:0]
	for _, m := range out {
		if n := len(kept); n > 0 && m.Span.Start < kept[n-1].Span.End {
			// Inside or overlapping the match before: one finding covers
			// both ("según fuentes" + "fuentes cercanas").
			if m.Span.End > kept[n-1].Span.End {
				kept[n-1].Span.End = m.Span.End
				kept[n-1].Last = m.Last
			}
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

func overlapsAny(s lint.Span, spans []lint.Span) bool {
	for _, x := range spans {
		if s.Start < x.End && x.Start < s.End {
			return true
		}
	}
	return false
}

// Has reports whether any match is of the category.
func Has(ms []Match, category string) bool {
	for _, m := range ms {
		if m.Entry.Category == category {
			return true
		}
	}
	return false
}
