package rules

import (
	"fmt"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// PersonalToneOptions configure the personal-tone rule.
type PersonalToneOptions struct {
	// MaxChitchatWords is how many words besides the chit-chat a post may
	// have and still be chit-chat alone; 0 means 4. A greeting followed by
	// a real answer is longer than that and is not reported.
	MaxChitchatWords int `yaml:"max_chitchat_words"`
	// Lexicon adds entries to, or removes them from, the built-in
	// personal-tone lexicon (config key lexicons.personal-tone).
	Lexicon lint.Lexicon `yaml:"-"`
}

// PersonalTone reports first-person singular opinions and feelings,
// personal life, and everyday chit-chat without institutional content
// (criteria 6.III and 6.XIII). The institution's first-person plural is its
// proper voice and is never reported; quoted words (an official's
// statement) are not checked.
type PersonalTone struct {
	m        *lexicon.Matcher
	maxWords int
}

// NewPersonalTone returns the personal-tone rule.
func NewPersonalTone(o PersonalToneOptions) (*PersonalTone, error) {
	if o.MaxChitchatWords < 0 {
		return nil, fmt.Errorf("rules.personal-tone: max_chitchat_words must not be negative, got %d", o.MaxChitchatWords)
	}
	m, err := lexicon.For(lexicon.PersonalTone, o.Lexicon)
	if err != nil {
		return nil, err
	}
	r := &PersonalTone{m: m, maxWords: o.MaxChitchatWords}
	if r.maxWords == 0 {
		r.maxWords = 4
	}
	return r, nil
}

func personalToneFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o PersonalToneOptions
	if err := cfg.Rule(personalToneMeta.ID).Options.Decode(&o); err != nil {
		return nil, err
	}
	o.Lexicon = cfg.Lexicons[lexicon.PersonalTone]
	r, err := NewPersonalTone(o)
	if err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	return r, nil
}

var personalToneMeta = lint.Meta{
	ID:       "personal-tone",
	Criteria: []string{"6.III", "6.XIII"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Opiniones y comentarios personales, charla cotidiana",
		EN: "Personal opinions and comments, everyday chit-chat",
	},
	Doc: lint.Message{
		ES: "La cuenta habla por el Instituto, no por quien escribe: se restringen los comentarios a título personal (6.III) y se " +
			"evitan las conversaciones sobre asuntos cotidianos (6.XIII). Se avisa de opiniones y sentimientos en primera persona del " +
			"singular («yo creo», «en lo personal», «me parece», «opino», «estoy harto»), de la vida personal («mi familia», «mis " +
			"vacaciones») y de la charla cotidiana sin contenido institucional («¡buenos días, qué calor!» sola). La primera persona del " +
			"plural del Instituto («informamos», «te invitamos») es la voz correcta y nunca se señala; tampoco lo que va entre comillas, " +
			"como la declaración de una consejera. Opción: `max_chitchat_words` (palabras además de la charla, 4).",
		EN: "The account speaks for the Institute, not for whoever types: personal comments are restricted (6.III) and everyday " +
			"chit-chat is avoided (6.XIII). Warns of first-person singular opinions and feelings («yo creo», «en lo personal», «me " +
			"parece», «opino», «estoy harto»), personal life («mi familia», «mis vacaciones») and chit-chat without institutional " +
			"content («¡buenos días, qué calor!» alone). The Institute's first-person plural («informamos», «te invitamos») is the right " +
			"voice and is never reported; neither is quoted text, such as a councillor's statement. Option: `max_chitchat_words` " +
			"(words besides the chit-chat, 4).",
	},
	Bad:  "En lo personal creo que la sesión de hoy fue muy larga; estoy harto. ¡Feliz viernes!",
	Good: "Hoy el Consejo General aprobó el calendario electoral. Te invitamos a consultarlo en https://www.ieesonora.org.mx",
	Messages: map[string]lint.Message{
		"opinion": {
			ES: "Opinión personal: «%s»; la cuenta habla por el Instituto, usa la voz institucional o retírala (criterio 6.III)",
			EN: "Personal opinion: «%s»; the account speaks for the Institute, use its voice or remove it (criterion 6.III)",
		},
		"feeling": {
			ES: "Comentario personal: «%s»; la cuenta no expresa estados de ánimo de quien publica (criterio 6.III)",
			EN: "Personal comment: «%s»; the account does not share the mood of whoever posts (criterion 6.III)",
		},
		"personal-life": {
			ES: "Vida personal: «%s»; la cuenta trata temas institucionales, no privados (criterios 6.III y 6.XIII)",
			EN: "Personal life: «%s»; the account deals with institutional matters, not private ones (criteria 6.III and 6.XIII)",
		},
		"chitchat": {
			ES: "Charla cotidiana sin contenido institucional: «%s»; añade la información del Instituto o no la publiques (criterio 6.XIII)",
			EN: "Everyday chit-chat without institutional content: «%s»; add the Institute's information or do not post it (criterion 6.XIII)",
		},
		"other": {
			ES: "Tono personal (%s): «%s»; usa la voz institucional (criterio 6.III)",
			EN: "Personal tone (%s): «%s»; use the institutional voice (criterion 6.III)",
		},
	},
}

// Meta implements lint.Rule.
func (*PersonalTone) Meta() lint.Meta { return personalToneMeta }

// Check implements lint.Rule.
func (r *PersonalTone) Check(p *lint.Pass) error {
	s := r.m.Stream(p.Doc)
	ms := r.m.Find(s, lexicon.PersonalTone)
	if len(ms) == 0 {
		return nil
	}
	alone := r.chitchatAlone(p.Doc, s, ms)
	chat := -1 // whether the post has no institutional content; on first need
	kept := ms[:0]
	for _, m := range ms {
		if s.Units[m.First].Quoted || m.Entry.Has("alone") && !alone || m.Entry.Has("start") && !s.SentenceStart(m.First) {
			continue
		}
		if m.Entry.Has("chat") && !alone {
			if chat < 0 {
				chat = 0
				if !institutional(p.Doc, ms) {
					chat = 1
				}
			}
			if chat == 0 {
				continue
			}
		}
		if m.Entry.Category == "personal-life" && question(p.Doc, s.Units[m.First].Sentence) {
			continue // "¿Mi hijo de 17 años puede votar?": a citizen's question
		}
		kept = append(kept, m)
	}
	reportMatches(p, &personalToneMeta, kept)
	return nil
}

// question reports whether sentence i of doc asks something (it opens
// with ¿ or ends with ?): the first person of a question in an FAQ is the
// reader's, not the account's.
func question(doc *lint.Document, i int) bool {
	sents := doc.Sentences()
	if i >= len(sents) {
		return false
	}
	t := strings.TrimSpace(doc.Slice(sents[i]))
	return strings.Contains(t, "¿") || strings.HasSuffix(t, "?")
}

// institutional reports whether a post has institutional content: a link,
// a hashtag or a word of the category institutional.
func institutional(doc *lint.Document, ms []lexicon.Match) bool {
	for _, t := range doc.Tokens() {
		if t.Kind == lint.URL || t.Kind == lint.Hashtag {
			return true
		}
	}
	return lexicon.Has(ms, "institutional")
}

// chitchatAlone reports whether the post is chit-chat and nothing else: no
// link or hashtag, no institutional word, and few words outside the
// chit-chat phrases.
func (r *PersonalTone) chitchatAlone(doc *lint.Document, s *lexicon.Stream, ms []lexicon.Match) bool {
	for _, t := range doc.Tokens() {
		if t.Kind == lint.URL || t.Kind == lint.Hashtag {
			return false
		}
	}
	covered := make([]bool, len(s.Units))
	chat := false
	for _, m := range ms {
		switch {
		case m.Entry.Category == "institutional":
			return false
		case m.Entry.Has("alone"):
			chat = true
			for i := m.First; i <= m.Last; i++ {
				covered[i] = true
			}
		}
	}
	if !chat {
		return false
	}
	other := 0
	for _, c := range covered {
		if !c {
			other++
		}
	}
	return other <= r.maxWords
}
