package dict

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Affixes is a parsed Hunspell .aff file: the affix rules and the parts of
// it that the spelling engine uses (REP confusions, TRY letters).
//
// The reader supports what Spanish, Portuguese, Catalan and similar
// dictionaries use: SET (UTF-8, ISO8859-1, ISO8859-15), FLAG (char, UTF-8,
// long, num), AF aliases, PFX and SFX with strip, add, conditions and
// continuation classes, cross products, NEEDAFFIX, FORBIDDENWORD,
// ONLYINCOMPOUND, KEEPCASE (read, not enforced), REP, MAP and TRY. Compound
// rules are not expanded: compounds are not listed as forms.
type Affixes struct {
	flagMode  flagMode
	aliases   [][]flag
	prefixes  map[flag]*affixClass
	suffixes  map[flag]*affixClass
	needAffix flag
	forbidden flag
	onlyComp  flag
	latin     *[256]rune // nil for UTF-8

	// Rep lists the REP confusion pairs, in file order.
	Rep [][2]string
	// Map lists the MAP groups of related characters.
	Map []string
	// Try is the TRY string: the letters to try, most frequent first.
	Try string
	// DropVoseo skips the voseo forms of -ar and -er verbs (informá,
	// informás, comés) and the voseo imperative with pronouns (informate,
	// consultalo, registrate): in Mexican Spanish they are misspellings of
	// informa, infórmate, consúltalo, regístrate.
	DropVoseo bool
}

type flag uint32

type flagMode uint8

const (
	flagChar flagMode = iota
	flagUTF8
	flagLong
	flagNum
)

type affixClass struct {
	cross bool
	rules []affixRule
}

type affixRule struct {
	strip string
	add   string
	cont  []flag
	cond  condition
}

// condition is a Hunspell affix condition: a sequence of single-character
// patterns, each a literal, '.' or a bracket set ([abc], [^abc]).
type condition []condPart

type condPart struct {
	any    bool
	negate bool
	set    string
}

func (p condPart) match(r rune) bool {
	if p.any {
		return true
	}
	in := strings.ContainsRune(p.set, r)
	return in != p.negate
}

func parseCondition(s string) (condition, error) {
	if s == "." || s == "" {
		return nil, nil
	}
	var c condition
	for i := 0; i < len(s); {
		switch s[i] {
		case '.':
			c = append(c, condPart{any: true})
			i++
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("condition %q: unclosed [", s)
			}
			body := s[i+1 : i+j]
			neg := strings.HasPrefix(body, "^")
			if neg {
				body = body[1:]
			}
			c = append(c, condPart{negate: neg, set: body})
			i += j + 1
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			c = append(c, condPart{set: string(r)})
			i += n
		}
	}
	return c, nil
}

// matchEnd reports whether the condition matches the end of w.
func (c condition) matchEnd(w string) bool {
	i := len(w)
	for k := len(c) - 1; k >= 0; k-- {
		if i == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(w[:i])
		if !c[k].match(r) {
			return false
		}
		i -= n
	}
	return true
}

// matchStart reports whether the condition matches the start of w.
func (c condition) matchStart(w string) bool {
	i := 0
	for _, p := range c {
		if i >= len(w) {
			return false
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if !p.match(r) {
			return false
		}
		i += n
	}
	return true
}

// ParseAffixes reads a Hunspell .aff file.
func ParseAffixes(r io.Reader) (*Affixes, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading affix file: %w", err)
	}
	a := &Affixes{prefixes: map[flag]*affixClass{}, suffixes: map[flag]*affixClass{}}
	// SET comes first in practice; look for it before decoding lines.
	if enc := findSet(data); enc != "" {
		switch strings.ToUpper(enc) {
		case "UTF-8", "UTF8":
		case "ISO8859-1", "ISO-8859-1", "LATIN1":
			a.latin = latin1()
		case "ISO8859-15", "ISO-8859-15":
			a.latin = latin9()
		default:
			return nil, fmt.Errorf("affix file: unsupported encoding %q (want UTF-8, ISO8859-1 or ISO8859-15)", enc)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := a.decode(sc.Bytes())
		if ln == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if i := strings.Index(line, "#"); i == 0 {
			continue
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("affix file:%d: %s", ln, fmt.Sprintf(format, args...))
		}
		switch f[0] {
		case "FLAG":
			if len(f) < 2 {
				return nil, bad("FLAG needs a value")
			}
			switch f[1] {
			case "UTF-8":
				a.flagMode = flagUTF8
			case "long":
				a.flagMode = flagLong
			case "num":
				a.flagMode = flagNum
			default:
				return nil, bad("unknown FLAG type %q", f[1])
			}
		case "AF":
			if len(f) < 2 {
				return nil, bad("AF needs a value")
			}
			if _, err := strconv.Atoi(f[1]); err == nil && len(a.aliases) == 0 && len(f) == 2 {
				// The count line; aliases follow.
				a.aliases = append(a.aliases, nil) // index 0 unused: aliases are 1-based
				continue
			}
			if len(a.aliases) == 0 {
				a.aliases = append(a.aliases, nil)
			}
			fl, err := a.parseFlags(f[1])
			if err != nil {
				return nil, bad("%v", err)
			}
			a.aliases = append(a.aliases, fl)
		case "NEEDAFFIX", "PSEUDOROOT", "FORBIDDENWORD", "ONLYINCOMPOUND":
			if len(f) < 2 {
				return nil, bad("%s needs a flag", f[0])
			}
			fl, err := a.parseFlags(f[1])
			if err != nil || len(fl) != 1 {
				return nil, bad("%s: invalid flag %q", f[0], f[1])
			}
			switch f[0] {
			case "NEEDAFFIX", "PSEUDOROOT":
				a.needAffix = fl[0]
			case "FORBIDDENWORD":
				a.forbidden = fl[0]
			default:
				a.onlyComp = fl[0]
			}
		case "TRY":
			if len(f) > 1 {
				a.Try = f[1]
			}
		case "REP":
			if len(f) == 3 {
				a.Rep = append(a.Rep, [2]string{unescapeRep(f[1]), unescapeRep(f[2])})
			}
		case "MAP":
			if len(f) == 2 {
				if _, err := strconv.Atoi(f[1]); err != nil {
					a.Map = append(a.Map, f[1])
				}
			}
		case "PFX", "SFX":
			if err := a.parseAffixLine(f); err != nil {
				return nil, bad("%v", err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading affix file: %w", err)
	}
	return a, nil
}

func unescapeRep(s string) string { return strings.ReplaceAll(s, "_", " ") }

func findSet(data []byte) string {
	for _, line := range bytes.SplitN(data, []byte("\n"), 200) {
		f := bytes.Fields(line)
		if len(f) >= 2 && string(f[0]) == "SET" {
			return string(f[1])
		}
	}
	return ""
}

func (a *Affixes) parseAffixLine(f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("%s line too short", f[0])
	}
	fl, err := a.parseFlags(f[1])
	if err != nil || len(fl) != 1 {
		return fmt.Errorf("%s: invalid flag %q", f[0], f[1])
	}
	set := a.suffixes
	if f[0] == "PFX" {
		set = a.prefixes
	}
	cls := set[fl[0]]
	if cls == nil {
		// Header: PFX flag cross count.
		if f[2] != "Y" && f[2] != "N" {
			return fmt.Errorf("%s %s: cross product must be Y or N, got %q", f[0], f[1], f[2])
		}
		if _, err := strconv.Atoi(f[3]); err != nil {
			return fmt.Errorf("%s %s: invalid rule count %q", f[0], f[1], f[3])
		}
		set[fl[0]] = &affixClass{cross: f[2] == "Y"}
		return nil
	}
	if len(f) < 5 {
		return fmt.Errorf("%s %s: rule needs strip, add and condition", f[0], f[1])
	}
	var r affixRule
	if f[2] != "0" {
		r.strip = f[2]
	}
	add := f[3]
	if i := strings.IndexByte(add, '/'); i >= 0 {
		r.cont, err = a.parseFlagsOrAlias(add[i+1:])
		if err != nil {
			return err
		}
		add = add[:i]
	}
	if add != "0" {
		r.add = add
	}
	r.cond, err = parseCondition(f[4])
	if err != nil {
		return err
	}
	cls.rules = append(cls.rules, r)
	return nil
}

func (a *Affixes) decode(b []byte) string {
	if a.latin == nil {
		if utf8.Valid(b) {
			return string(b)
		}
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(a.latin[c])
	}
	return sb.String()
}

func (a *Affixes) parseFlagsOrAlias(s string) ([]flag, error) {
	if len(a.aliases) > 1 {
		if n, err := strconv.Atoi(s); err == nil {
			if n <= 0 || n >= len(a.aliases) {
				return nil, fmt.Errorf("flag alias %d out of range", n)
			}
			return a.aliases[n], nil
		}
	}
	return a.parseFlags(s)
}

func (a *Affixes) parseFlags(s string) ([]flag, error) {
	var out []flag
	switch a.flagMode {
	case flagChar:
		for i := 0; i < len(s); i++ {
			out = append(out, flag(s[i]))
		}
	case flagUTF8:
		for _, r := range s {
			out = append(out, flag(r))
		}
	case flagLong:
		rs := []rune(s)
		if len(rs)%2 != 0 {
			return nil, fmt.Errorf("long flags %q: odd length", s)
		}
		for i := 0; i < len(rs); i += 2 {
			out = append(out, flag(rs[i])<<16|flag(rs[i+1]))
		}
	case flagNum:
		for _, p := range strings.Split(s, ",") {
			n, err := strconv.ParseUint(strings.TrimSpace(p), 10, 32)
			if err != nil {
				return nil, fmt.Errorf("numeric flags %q: %v", s, err)
			}
			out = append(out, flag(n))
		}
	}
	return out, nil
}

func has(fs []flag, f flag) bool {
	if f == 0 {
		return false
	}
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// Expand calls emit for every form of the .dic file that the affix rules
// generate: each stem (unless it needs an affix), its suffixed forms
// (with one level of continuation suffixes), its prefixed forms and, where
// both classes allow cross products, prefixed suffixed forms. Forms may be
// emitted more than once. Forbidden words and compound-only stems are
// skipped.
func (a *Affixes) Expand(dic io.Reader, emit func(form string)) error {
	type entry struct {
		word  string
		flags []flag
	}
	var entries []entry
	forbidden := map[string]bool{}
	sc := bufio.NewScanner(dic)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := a.decode(sc.Bytes())
		if ln == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
			if _, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
				continue
			}
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		word, flags, err := a.parseDicLine(line)
		if err != nil {
			return fmt.Errorf("dictionary file:%d: %w", ln, err)
		}
		if word == "" {
			continue
		}
		if has(flags, a.forbidden) {
			forbidden[word] = true
			continue
		}
		entries = append(entries, entry{word, flags})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading dictionary file: %w", err)
	}
	// A forbidden entry forbids the form whatever rule generates it.
	out := emit
	if len(forbidden) > 0 {
		out = func(f string) {
			if !forbidden[f] {
				emit(f)
			}
		}
	}
	for _, e := range entries {
		a.expandWord(e.word, e.flags, out)
	}
	return nil
}

// parseDicLine splits "word/flags\tmorph" into the word and its flags. An
// escaped slash (\/) is part of the word. Invisible format characters are
// dropped; multi-word entries yield no word.
func (a *Affixes) parseDicLine(line string) (string, []flag, error) {
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimRight(line, " \r")
	// Morphological fields after a space ("po:noun").
	if i := strings.IndexByte(line, ' '); i >= 0 {
		rest := strings.TrimSpace(line[i+1:])
		if rest == "" || strings.Contains(rest, ":") {
			line = line[:i]
		} else {
			return "", nil, nil // multi-word entry: not a single word
		}
	}
	var word string
	var flagStr string
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' && i+1 < len(line) && line[i+1] == '/' {
			i++
			continue
		}
		if line[i] == '/' {
			word, flagStr = line[:i], line[i+1:]
			break
		}
	}
	if flagStr == "" && word == "" {
		word = line
	}
	word = strings.ReplaceAll(word, `\/`, "/")
	word = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, word)
	var flags []flag
	if flagStr != "" {
		var err error
		flags, err = a.parseFlagsOrAlias(flagStr)
		if err != nil {
			return "", nil, err
		}
	}
	return strings.TrimSpace(word), flags, nil
}

type sform struct {
	form  string
	cross bool
}

func (a *Affixes) expandWord(word string, flags []flag, emit func(string)) {
	if has(flags, a.forbidden) || has(flags, a.onlyComp) {
		return
	}
	if !has(flags, a.needAffix) {
		emit(word)
	}
	var suffixed []sform
	for _, f := range flags {
		cls := a.suffixes[f]
		if cls == nil {
			continue
		}
		for i := range cls.rules {
			r := &cls.rules[i]
			s, ok := applySuffix(word, r)
			if !ok || a.DropVoseo && voseoRule(word, r) {
				continue
			}
			if !has(r.cont, a.needAffix) {
				emit(s)
				suffixed = append(suffixed, sform{s, cls.cross})
			}
			// Continuation classes: a second suffix on the suffixed form.
			for _, c := range r.cont {
				cls2 := a.suffixes[c]
				if cls2 == nil {
					continue
				}
				for j := range cls2.rules {
					if s2, ok := applySuffix(s, &cls2.rules[j]); ok {
						emit(s2)
						suffixed = append(suffixed, sform{s2, cls.cross && cls2.cross})
					}
				}
			}
		}
	}
	for _, f := range flags {
		cls := a.prefixes[f]
		if cls == nil {
			continue
		}
		for i := range cls.rules {
			r := &cls.rules[i]
			if !strings.HasPrefix(word, r.strip) || !r.cond.matchStart(word) {
				continue
			}
			emit(r.add + word[len(r.strip):])
			if !cls.cross {
				continue
			}
			for _, s := range suffixed {
				if s.cross && strings.HasPrefix(s.form, r.strip) {
					emit(r.add + s.form[len(r.strip):])
				}
			}
		}
	}
}

func applySuffix(w string, r *affixRule) (string, bool) {
	if !strings.HasSuffix(w, r.strip) || len(w) == len(r.strip) && r.add == "" {
		return "", false
	}
	if !r.cond.matchEnd(w) {
		return "", false
	}
	return w[:len(w)-len(r.strip)] + r.add, true
}

// ExpandAll returns the sorted, de-duplicated forms of a .dic file.
func (a *Affixes) ExpandAll(dic io.Reader) ([]string, error) {
	seen := map[string]struct{}{}
	err := a.Expand(dic, func(f string) {
		if f != "" && utf8.ValidString(f) {
			seen[f] = struct{}{}
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out, nil
}

func latin1() *[256]rune {
	var t [256]rune
	for i := range t {
		t[i] = rune(i)
	}
	return &t
}

func latin9() *[256]rune {
	t := latin1()
	for b, r := range map[byte]rune{0xA4: '€', 0xA6: 'Š', 0xA8: 'š', 0xB4: 'Ž', 0xB8: 'ž', 0xBC: 'Œ', 0xBD: 'œ', 0xBE: 'Ÿ'} {
		t[b] = r
	}
	return t
}

// voseoRule reports a suffix rule that turns an infinitive into a voseo
// imperative with pronouns (informar -> informate).
func voseoRule(word string, r *affixRule) bool {
	// The bare voseo imperative and present (informá, informás, comé,
	// comés); the -ir ones (viví, vivís) are also other forms.
	switch {
	case r.strip == "ar" && (r.add == "á" || r.add == "ás"),
		r.strip == "er" && (r.add == "é" || r.add == "és"):
		return true
	}
	if r.strip != "r" || r.add == "" || r.add == "se" || r.add == "os" || !isCliticSeq(r.add, 2) {
		return false
	}
	stem := word[:len(word)-1]
	return len(nuclei([]rune(stem))) >= 2
}

// isCliticSeq reports whether s is one to max enclitic pronouns.
func isCliticSeq(s string, max int) bool {
	if s == "" {
		return true
	}
	if max == 0 {
		return false
	}
	for _, c := range clitics {
		if strings.HasPrefix(s, c) && isCliticSeq(s[len(c):], max-1) {
			return true
		}
	}
	return false
}
