package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// Raw returns the unit's text as written, lower-cased (accents kept).
func (s *Stream) Raw(i int) string {
	return strings.ToLower(s.Doc.Slice(s.Units[i].Span))
}

// secondPerson holds the words before which a word is said of a person:
// second person, forms of ser, and words that build insults (pinche rata,
// bola de rateros, so burro). Accented forms are written as they must be
// read: "tú" but not the possessive "tu".
var secondPerson = map[string]bool{
	"eres": true, "sois": true, "seas": true, "sea": true, "sean": true,
	"usted": true, "ustedes": true, "tú": true, "vos": true,
	"eras": true, "fuiste": true, "serás": true,
	"pareces": true, "pinche": true, "pinches": true, "so": true, "bola": true, "pedazo": true,
	"pedazos": true, "grandísimo": true, "grandísima": true, "montón": true,
	"hecho": true, "hecha": true, "hechos": true, "hechas": true,
	"estás": true, "andas": true, "crees": true,
}

// copulas say what someone is; they count right before the word ("es
// ridículo") or before a determiner and the word ("es una rata").
var copulas = map[string]bool{
	"es": true, "son": true, "era": true, "eran": true, "fue": true, "fueron": true,
	"será": true, "serán": true, "sería": true, "parece": true, "parecen": true,
	"pareciera": true, "resultó": true, "resultaron": true,
}

// articles are the determiners that may stand between a copula and the
// word it says of a person.
var articles = map[string]bool{"un": true, "una": true, "unos": true, "unas": true, "muy": true, "tan": true, "bien": true, "más": true, "todo": true, "toda": true, "todos": true, "todas": true}

// determiners make a listed adjective a noun ("los corruptos", "muy
// ignorante", "qué ridículo").
var determiners = map[string]bool{
	"un": true, "una": true, "unos": true, "unas": true, "el": true, "la": true,
	"los": true, "las": true, "ese": true, "esa": true, "esos": true, "esas": true,
	"este": true, "esta": true, "estos": true, "estas": true, "aquel": true,
	"aquella": true, "aquellos": true, "aquellas": true, "puro": true, "pura": true,
	"puros": true, "puras": true, "tan": true, "muy": true, "más": true, "mas": true,
	"bien": true, "bastante": true, "tremendo": true, "tremenda": true,
	"semejante": true, "tanto": true, "tanta": true, "tantos": true, "tantas": true,
	"qué": true, "partida": true, "sarta": true, "nido": true,
}

// Person reports whether the word at unit i is said of a person: a second
// person form (eres, usted, tú), or pinche, bola (de), so... among the
// three words before it in its sentence; a form of ser with an article
// ("es una rata", "son unos inútiles"); "¡qué" right before it; a mention right
// before it; or the word as an exclamation (¡rata!, idiotas!). With noun
// set, a determiner or a form of ser right before it also counts ("los
// corruptos", "es ridículo").
// A capitalised word inside a sentence is taken for a name (Naco, Agua
// Prieta) and never counts. At the start of a sentence a capitalised word
// that is also a name (name set: a place or surname such as Naco or Cerda)
// counts only with a word before it; other capitalised words ("¡Ratas!")
// count as usual.
func (s *Stream) Person(i int, noun, name bool) bool {
	u := s.Units[i]
	if u.Hashtag {
		return false
	}
	first := i == 0 || s.Units[i-1].Sentence != u.Sentence
	title := TitleCase(s.Doc.Slice(u.Span))
	if !first && title {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.Units[j].Sentence != u.Sentence || s.Units[j].Hashtag {
			break
		}
		raw := s.Raw(j)
		if secondPerson[raw] {
			return true
		}
		if copulas[raw] && (j == i-1 && noun || j == i-2 && articles[s.Raw(i-1)]) {
			return true
		}
		if j == i-1 {
			if raw == "qué" || (raw == "que" && strings.HasSuffix(strings.TrimRight(s.before(j), " "), "¡")) {
				return true
			}
			if noun && (determiners[raw] || determiners[s.Units[j].Key]) {
				return true
			}
		}
	}
	if title && name {
		return false // "¡Naco!", "@vecino Naco": a name, not a vocative
	}
	return s.afterMention(i) || s.exclaimed(i) || s.alone(i)
}

// before returns the text between the previous unit (or the start of the
// sentence) and unit i.
func (s *Stream) before(i int) string {
	start := 0
	if i > 0 {
		start = s.Units[i-1].Span.End
	}
	return s.Doc.Text[start:s.Units[i].Span.Start]
}

// afterMention reports whether a mention comes right before unit i
// ("@fulano rata").
func (s *Stream) afterMention(i int) bool {
	start := s.Units[i].Span.Start
	text := s.Doc.Text
	j := start
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ',' || text[j-1] == ':') {
		j--
	}
	if j == start && j > 0 {
		return false
	}
	if j == 0 {
		return false
	}
	t, ok := s.Doc.TokenAt(j - 1)
	return ok && t.Kind == lint.Mention && t.End == j
}

// exclaimed reports whether unit i stands in an exclamation of its own:
// "¡rata!", "¡Ratas!", "RATAS!!".
func (s *Stream) exclaimed(i int) bool {
	text := s.Doc.Text
	u := s.Units[i]
	after := strings.TrimLeft(text[u.Span.End:], " ")
	if !strings.HasPrefix(after, "!") {
		return false
	}
	lead := text[:u.Span.Start]
	if i > 0 {
		lead = text[s.Units[i-1].Span.End:u.Span.Start]
	}
	lead = strings.TrimRight(lead, " ")
	return i == 0 || strings.HasSuffix(lead, "¡") || strings.ContainsAny(lead, ".!?\n") || s.Units[i-1].Sentence != u.Sentence
}

// TitleCase reports whether a word is written with a capital and then
// lower case (a name), as opposed to lower case or all capitals.
func TitleCase(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLetter(r) && unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Label reports whether a match stands as a label: written in capitals,
// in brackets, heading its line before a colon, or alone on its line.
func (s *Stream) Label(m Match) bool {
	text := s.Doc.Text
	w := text[m.Span.Start:m.Span.End]
	if upper(w) {
		return true
	}
	after := strings.TrimLeft(text[m.Span.End:], " \t")
	before := strings.TrimRight(text[:m.Span.Start], " \t")
	if strings.HasPrefix(after, "]") && strings.HasSuffix(before, "[") || strings.HasPrefix(after, ")") && strings.HasSuffix(before, "(") {
		return true
	}
	// Look at most labelScan bytes each way, so that a long line with many
	// matches stays linear; a longer stretch is not a label.
	from := max(0, m.Span.Start-labelScan)
	ls := strings.LastIndexByte(text[from:m.Span.Start], '\n') + 1 + from
	if ls == from && from > 0 {
		return false
	}
	lead := !hasLetter(text[ls:m.Span.Start])
	if strings.HasPrefix(after, ":") && lead {
		return true // "Confidencial: ..." heading a line
	}
	to := min(len(text), m.Span.End+labelScan)
	le := strings.IndexByte(text[m.Span.End:to], '\n')
	if le < 0 {
		if to < len(text) {
			return false
		}
		le = len(text)
	} else {
		le += m.Span.End
	}
	return lead && !hasLetter(text[m.Span.End:le])
}

// labelScan bounds how far Label looks for the ends of a line.
const labelScan = 256

func upper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// LinksTo reports whether the document links to one of the domains or a
// subdomain of one.
func LinksTo(doc *lint.Document, domains ...[]string) bool {
	for _, t := range doc.Tokens() {
		if t.Kind != lint.URL {
			continue
		}
		host := strings.TrimSuffix(strings.ToLower(t.Host), ".")
		if host == "" {
			host = hostOf(t.Value)
		}
		for _, ds := range domains {
			for _, d := range ds {
				d = strings.ToLower(strings.TrimPrefix(d, "."))
				if d != "" && (host == d || strings.HasSuffix(host, "."+d)) {
					return true
				}
			}
		}
	}
	return false
}

func hostOf(u string) string {
	if _, rest, ok := strings.Cut(u, "://"); ok {
		u = rest
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '@'); i >= 0 {
		u = u[i+1:]
	}
	return strings.TrimPrefix(strings.ToLower(u), "www.")
}

// alone reports whether unit i is all its sentence says, mentions aside
// ("idiota.", "@fulano IGNORANTES").
func (s *Stream) alone(i int) bool {
	u := s.Units[i]
	if i > 0 && s.Units[i-1].Sentence == u.Sentence || i+1 < len(s.Units) && s.Units[i+1].Sentence == u.Sentence {
		return false // another word shares the sentence
	}
	sents := s.Doc.Sentences()
	if u.Sentence >= len(sents) {
		return false
	}
	sent := sents[u.Sentence]
	for j, r := range s.Doc.Text[sent.Start:sent.End] {
		at := sent.Start + j
		if at >= u.Span.Start && at < u.Span.End || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if t, ok := s.Doc.TokenAt(at); ok && t.Kind == lint.Mention {
			continue
		}
		return false
	}
	return true
}

// exclamative reports whether a "que" unit may be the exclamative or
// interrogative "qué": written with its accent, after ¡ or ¿, or first in
// its sentence.
func (s *Stream) exclamative(i int) bool {
	if s.Raw(i) != "que" {
		return true
	}
	if i == 0 || s.Units[i-1].Sentence != s.Units[i].Sentence {
		return true
	}
	b := strings.TrimRight(s.before(i), " ")
	return strings.HasSuffix(b, "¡") || strings.HasSuffix(b, "¿")
}

// Vocative reports whether unit i is addressed to someone as a phrase of
// its own between commas and the end of a clause ("Fíjese bien, ignorante.",
// "Hola, rata, ..."). A capitalised word inside a sentence is a name and
// never counts.
func (s *Stream) Vocative(i int) bool {
	u := s.Units[i]
	first := i == 0 || s.Units[i-1].Sentence != u.Sentence
	if !first && TitleCase(s.Doc.Slice(u.Span)) {
		return false
	}
	if !first && !strings.HasSuffix(strings.TrimRight(s.before(i), " "), ",") {
		return false
	}
	after := strings.TrimLeft(s.Doc.Text[u.Span.End:], " ")
	return after == "" || strings.IndexByte(".,;:!?\n", after[0]) >= 0 || strings.HasPrefix(after, "…")
}

// SentenceStart reports whether unit i opens its sentence ("Aseguran que
// ..." with no subject before it).
func (s *Stream) SentenceStart(i int) bool {
	return i == 0 || s.Units[i-1].Sentence != s.Units[i].Sentence
}
