package rules

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// CourtesyOptions configure the courtesy rule.
type CourtesyOptions struct {
	// Lexicon adds entries to, or removes them from, the built-in courtesy
	// lexicon (config key lexicons.courtesy).
	Lexicon lint.Lexicon `yaml:"-"`
}

// Courtesy reports insults, slurs, vulgarities and disqualifications, and
// in replies to users mockery, curt formulas and sarcasm (criteria 6.XIX
// and 6.XV).
type Courtesy struct {
	m *lexicon.Matcher
	// words are the one-word entries by folded form, for derived forms
	// and cut-off words; built on first use so that building a linter
	// stays cheap.
	words func() map[string][]*lexicon.Entry
}

// NewCourtesy returns the courtesy rule. It fails when the lexicon changes
// are malformed.
func NewCourtesy(o CourtesyOptions) (*Courtesy, error) {
	m, err := lexicon.For(lexicon.Courtesy, o.Lexicon)
	if err != nil {
		return nil, err
	}
	r := &Courtesy{m: m}
	r.words = sync.OnceValue(func() map[string][]*lexicon.Entry { return oneWordEntries(m.Entries(lexicon.Courtesy)) })
	return r, nil
}

func courtesyFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o CourtesyOptions
	if err := cfg.Rule(courtesyMeta.ID).Options.Decode(&o); err != nil {
		return nil, err
	}
	// courtesy is the first of the lexicon rules, so it also checks that
	// every lexicon the config names exists.
	if err := lexicon.CheckNames(cfg.Lexicons); err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	o.Lexicon = cfg.Lexicons[lexicon.Courtesy]
	r, err := NewCourtesy(o)
	if err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	return r, nil
}

// voiceConfigError names the config file in a lexicon error.
func voiceConfigError(cfg *lint.Config, err error) error {
	if cfg != nil && cfg.Path != "" {
		return fmt.Errorf("%s: %w", cfg.Path, err)
	}
	return fmt.Errorf("config: %w", err)
}

var courtesyMeta = lint.Meta{
	ID:       "courtesy",
	Criteria: []string{"6.XIX", "6.XV"},
	Severity: lint.Error,
	Summary: lint.Message{
		ES: "Insultos, descalificaciones y faltas de cortesía",
		EN: "Insults, disqualifications and discourtesy",
	},
	Doc: lint.Message{
		ES: "Queda prohibido responder a los usuarios con insultos, descalificaciones o faltas de cortesía y de respeto (6.XIX). " +
			"Es un error cualquier insulto, expresión discriminatoria o palabra vulgar del español de México, y toda descalificación " +
			"de una persona (ignorante, mentiroso, payaso, ridículo, corrupto...), también escritos con trucos como 1gn0r4nt3, " +
			"i.g.n.o.r.a.n.t.e, i g n o r a n t e, idiotaaa o p*to, con diminutivos y aumentativos (idiotita, pendejote) o cortados tras " +
			"«eres un» (imbé…); también las amenazas, los insultos a la madre y los comentarios sobre el cuerpo de la persona. Las palabras que solo ofenden dichas de una persona (rata, burro, " +
			"cerdo) se señalan cuando se dirigen a alguien: «eres una rata», «¡rata!», «pinche burro». En las respuestas a usuarios " +
			"también es un error reírse de la persona (jajaja, xD, 🤣) y se avisa de fórmulas cortantes («ya se le dijo», «lea bien», " +
			"«no es nuestro problema») y de marcas de sarcasmo. Nunca se señalan palabras que solo contienen otra (Cajeme, computadora, " +
			"pendiente). Un insulto citado entre comillas en una publicación (no en una respuesta), como en una campaña contra la violencia " +
			"política, recibe solo un aviso. La lista está en un archivo revisado y se amplía o recorta con `lexicons: courtesy: {add: [...], remove: [...]}`.",
		EN: "Answering users with insults, disqualifications or lack of courtesy and respect is prohibited (6.XIX). " +
			"Any insult, slur or vulgarity of Mexican Spanish is an error, and so is any disqualification of a person " +
			"(ignorante, mentiroso, payaso, ridículo, corrupto...), also when written with tricks such as 1gn0r4nt3, " +
			"i.g.n.o.r.a.n.t.e, i g n o r a n t e, idiotaaa or p*to, with diminutives and augmentatives (idiotita, pendejote) or cut off after " +
			"«eres un» (imbé…); so are threats, insults to someone's mother and remarks about the person's body. Words that only offend when said of a person (rata, burro, cerdo) " +
			"are reported when aimed at someone: «eres una rata», «¡rata!», «pinche burro». In replies to users laughing at the person " +
			"(jajaja, xD, 🤣) is an error too, and curt formulas («ya se le dijo», «lea bien», «no es nuestro problema») and sarcasm " +
			"markers get a warning. Words that merely contain another (Cajeme, computadora, pendiente) are never reported. An insult " +
			"quoted in a post (not a reply), as in a campaign against political violence, only gets a warning. The list " +
			"is a reviewed file, extended or trimmed with `lexicons: courtesy: {add: [...], remove: [...]}`.",
	},
	Bad:  "@usuario Ya se le dijo, lea bien la convocatoria. No sea ignorante.",
	Good: "@usuario Con gusto le ayudamos: los requisitos están en la convocatoria, https://www.ieesonora.org.mx/convocatorias",
	Messages: map[string]lint.Message{
		"insult": {
			ES: "Insulto: «%s»; una cuenta institucional no insulta a nadie, retíralo (criterio 6.XIX)",
			EN: "Insult: «%s»; an institutional account insults no one, remove it (criterion 6.XIX)",
		},
		"slur": {
			ES: "Expresión discriminatoria: «%s»; retírala, ofende a un grupo de personas (criterios 6.XIX y 6.XV)",
			EN: "Slur: «%s»; remove it, it offends a group of people (criteria 6.XIX and 6.XV)",
		},
		"vulgarity": {
			ES: "Palabra vulgar: «%s»; retírala y usa un lenguaje respetuoso (criterio 6.XIX)",
			EN: "Vulgarity: «%s»; remove it and use respectful language (criterion 6.XIX)",
		},
		"disqualification": {
			ES: "Descalificación: «%s»; responde a los hechos sin calificar a la persona (criterio 6.XIX)",
			EN: "Disqualification: «%s»; answer the facts without judging the person (criterion 6.XIX)",
		},
		"mockery": {
			ES: "Burla en una respuesta: «%s»; responde con respeto, sin reírte de la persona (criterio 6.XIX)",
			EN: "Mockery in a reply: «%s»; answer with respect, without laughing at the person (criterion 6.XIX)",
		},
		"curt": {
			ES: "Respuesta cortante: «%s»; responde con cortesía y da la información o el enlace que la persona necesita (criterio 6.XIX)",
			EN: "Curt reply: «%s»; answer politely and give the information or link the person needs (criterion 6.XIX)",
		},
		"sarcasm": {
			ES: "Tono sarcástico en una respuesta: «%s»; responde de forma clara y respetuosa (criterio 6.XIX)",
			EN: "Sarcastic tone in a reply: «%s»; answer clearly and respectfully (criterion 6.XIX)",
		},
		"quoted": {
			ES: "Expresión ofensiva entre comillas: «%s»; publícala solo si la cita es necesaria, por ejemplo para denunciar la violencia (criterio 6.XIX)",
			EN: "Offensive expression in quotation marks: «%s»; post it only if the quote is needed, for instance to denounce violence (criterion 6.XIX)",
		},
		"informal": {
			ES: "Trato informal en una respuesta: «%s»; la cuenta responde con un trato respetuoso (criterio 6.XIX)",
			EN: "Informal address in a reply: «%s»; the account answers with respectful address (criterion 6.XIX)",
		},
		"mother": {
			ES: "Insulto a la madre: «%s»; retíralo, una cuenta institucional no ofende a nadie ni a su familia (criterio 6.XIX)",
			EN: "Insult to someone's mother: «%s»; remove it, an institutional account offends no one nor their family (criterion 6.XIX)",
		},
		"threat": {
			ES: "Amenaza: «%s»; retírala: la cuenta nunca amenaza ni desea daño a nadie (criterios 6.XIX y 6.XV)",
			EN: "Threat: «%s»; remove it: the account never threatens or wishes harm to anyone (criteria 6.XIX and 6.XV)",
		},
		"body": {
			ES: "Comentario sobre el cuerpo o el aspecto de una persona: «%s»; retíralo y responde a lo que la persona plantea (criterio 6.XIX)",
			EN: "Remark about a person's body or looks: «%s»; remove it and answer what the person raised (criterion 6.XIX)",
		},
		"dismissive": {
			ES: "Respuesta despectiva: «%s»; no desanimes a la persona ni menosprecies su pregunta: dale la información o el enlace que necesita (criterio 6.XIX)",
			EN: "Dismissive reply: «%s»; do not discourage the person or belittle the question: give the information or link they need (criterion 6.XIX)",
		},
		"other": {
			ES: "Expresión no permitida en la lista de cortesía (%s): «%s»; retírala (criterio 6.XIX)",
			EN: "Expression not allowed by the courtesy list (%s): «%s»; remove it (criterion 6.XIX)",
		},
		"emoji-vulgar": {
			ES: "Emoji ofensivo: «%s»; retíralo (criterio 6.XIX)",
			EN: "Offensive emoji: «%s»; remove it (criterion 6.XIX)",
		},
		"emoji-mockery": {
			ES: "Emoji de burla en una respuesta: «%s»; responde con respeto, sin reírte de la persona (criterio 6.XIX)",
			EN: "Mocking emoji in a reply: «%s»; answer with respect, without laughing at the person (criterion 6.XIX)",
		},
		"emoji-sarcasm": {
			ES: "Emoji de sarcasmo o desdén en una respuesta: «%s»; responde de forma clara y respetuosa (criterio 6.XIX)",
			EN: "Sarcastic or dismissive emoji in a reply: «%s»; answer clearly and respectfully (criterion 6.XIX)",
		},
	},
}

// Meta implements lint.Rule.
func (*Courtesy) Meta() lint.Meta { return courtesyMeta }

// Check implements lint.Rule.
func (r *Courtesy) Check(p *lint.Pass) error {
	reply := p.Doc.Post.Reply
	s := r.m.Stream(p.Doc)
	ms := r.m.Find(s, lexicon.Courtesy)
	ms = r.derived(s, ms)
	var names map[int]bool // units that are also names of places or people
	for _, m := range ms {
		if m.Entry.Category == "name" {
			if names == nil {
				names = map[int]bool{}
			}
			names[m.First] = true
		}
	}
	kept := ms[:0]
	for _, m := range ms {
		e := m.Entry
		switch {
		case e.Category == "name":
			continue
		case e.Has("reply") && !reply:
			continue
		case e.Has("person") && !s.Person(m.First, false, names[m.First]) && !(reply && !names[m.First] && s.Vocative(m.First)) && !addressed(s, m.First, names[m.First]):
			continue
		case e.Has("noun") && !s.Person(m.First, true, names[m.First]) && !(reply && !names[m.First] && s.Vocative(m.First)) && !addressed(s, m.First, names[m.First]):
			continue
		case e.Has("aimed") && (names[m.First] || !aimed(s, m.First, reply)):
			continue
		}
		kept = append(kept, m)
	}
	for _, m := range lexicon.Select(kept) {
		quote := p.Doc.Slice(m.Span)
		if !reply && s.Units[m.First].Quoted {
			// A post that quotes an insult (a campaign against political
			// violence) may need to: a person decides.
			p.Report(lint.Finding{Kind: m.Entry.Category, Severity: lint.Warning, Span: m.Span, Message: p.Msgf("quoted", quote)})
			continue
		}
		msg := ""
		switch m.Entry.Category {
		case "insult", "slur", "vulgarity", "disqualification", "mockery", "curt", "sarcasm", "informal", "mother", "threat", "body", "dismissive":
			msg = p.Msgf(m.Entry.Category, quote)
		default:
			msg = p.Msgf("other", m.Entry.Category, quote)
		}
		p.Report(lint.Finding{Kind: m.Entry.Category, Severity: m.Entry.Severity, Span: m.Span, Message: msg})
	}
	courtesyEmoji(p, reply)
	return nil
}

// courtesyEmoji reports the emoji that insult anywhere (🖕) and, in
// replies, those that laugh at or dismiss the person.
func courtesyEmoji(p *lint.Pass, reply bool) {
	text := p.Doc.Text
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0xF0 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		key, sev := "", lint.Off
		switch r {
		case '🖕':
			key, sev = "emoji-vulgar", lint.Error
		case '🤣', '😂', '😹', '🤡':
			if reply {
				key, sev = "emoji-mockery", lint.Error
			}
		case '🙄', '🙃', '😒', '🥱':
			if reply {
				key, sev = "emoji-sarcasm", lint.Warning
			}
		}
		end := i + n
		// Keep skin tones and variation selectors with the emoji.
		for end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if r2 != '\uFE0F' && !(r2 >= 0x1F3FB && r2 <= 0x1F3FF) {
				break
			}
			end += n2
		}
		if key != "" {
			kind := strings.TrimPrefix(key, "emoji-")
			p.Report(lint.Finding{Kind: "emoji-" + kind, Severity: sev, Span: lint.Span{Start: i, End: end}, Message: p.Msgf(key, text[i:end])})
		}
		i = end
	}
}
