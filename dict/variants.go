package dict

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed data/municipios.txt
var placesText string

// Places returns the names of Sonora's municipalities and main localities
// as they are officially written (data/municipios.txt): "Hermosillo",
// "Agua Prieta", "Magdalena". Some are also common words in lower case
// (magdalena, empalme): whether one is the place depends on the context.
func Places() []string {
	var out []string
	for _, line := range strings.Split(placesText, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// Variants returns the dictionary forms, user words included, that spell
// w up to accents, diaeresis, the tilde of ñ and capitals: for "ULTIMO",
// ultimo (a form of ultimar) and último; for "CIUDADANIA", ciudadanía; for
// "hermosillo", Hermosillo. w's own form comes first when it is one.
// Restoring what capitals or a careless keyboard dropped starts here: a
// single variant is the word; several need a reason to choose.
func (d *Dictionary) Variants(w string) []Entry {
	if w == "" || utf8.RuneCountInString(w) > 40 || !utf8.ValidString(w) {
		return nil
	}
	lw := toLower(w)
	var out []Entry
	add := func(form string) {
		for _, e := range out {
			if e.Form == form {
				return
			}
		}
		if e, ok := d.entry(form); ok {
			out = append(out, e)
		}
	}
	if q, ok := d.a.toSymsLoose(lw); ok {
		d.a.foldWalk(q, len(q), func(syms []uint8, _ int) { add(d.a.str(syms)) })
	}
	if len(d.userList) > 0 {
		key := foldKey(lw)
		for _, f := range d.userList {
			if foldKey(toLower(f)) == key {
				add(f)
			}
		}
	}
	// The form as written, or its lower case, first.
	for i, e := range out {
		if e.Form == w || e.Form == lw {
			copy(out[1:i+1], out[:i])
			out[0] = e
			break
		}
	}
	return out
}

// foldKey folds accents, diaeresis and the tilde of ñ, as the automaton's
// base letters do.
func foldKey(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		b = append(b, baseRune(r))
	}
	return string(b)
}
