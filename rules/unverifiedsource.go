package rules

import (
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// UnverifiedSourceOptions configure the unverified-source rule.
type UnverifiedSourceOptions struct {
	// Lexicon adds entries to, or removes them from, the built-in
	// unverified-source lexicon (config key lexicons.unverified-source).
	Lexicon lint.Lexicon `yaml:"-"`
}

// UnverifiedSource reports rumour and hearsay markers and results that no
// official source backs (criterion 6.IV). Preliminary results are fine
// when the post links to the institution's site, the PREP or an allowed
// domain; a post that denies or clarifies a rumour may quote it.
type UnverifiedSource struct {
	m *lexicon.Matcher
}

// NewUnverifiedSource returns the unverified-source rule.
func NewUnverifiedSource(o UnverifiedSourceOptions) (*UnverifiedSource, error) {
	m, err := lexicon.For(lexicon.UnverifiedSource, o.Lexicon)
	if err != nil {
		return nil, err
	}
	return &UnverifiedSource{m: m}, nil
}

func unverifiedSourceFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o UnverifiedSourceOptions
	if err := cfg.Rule(unverifiedSourceMeta.ID).Options.Decode(&o); err != nil {
		return nil, err
	}
	o.Lexicon = cfg.Lexicons[lexicon.UnverifiedSource]
	r, err := NewUnverifiedSource(o)
	if err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	return r, nil
}

var unverifiedSourceMeta = lint.Meta{
	ID:       "unverified-source",
	Criteria: []string{"6.IV"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Rumores, fuentes no identificadas y resultados sin fuente oficial",
		EN: "Rumours, unidentified sources and results without an official source",
	},
	Doc: lint.Message{
		ES: "Se debe evitar publicar información errónea, confusa o de fuentes no identificadas, porque lo que publica el Instituto se " +
			"toma como oficial (6.IV). Se avisa de marcas de rumor y de oídas («se rumora», «trascendió», «según fuentes», «al parecer», " +
			"«supuestamente», «dicen que», «extraoficialmente») y de resultados sin respaldo («ya ganó», «virtual ganador»); «resultados " +
			"preliminares» se admite cuando la publicación enlaza a una página oficial (los dominios del Instituto, el PREP o los dominios " +
			"permitidos) o nombra la fuente oficial (el PREP, los cómputos). Lo que va entre comillas y las publicaciones que desmienten o aclaran un rumor («es falso», «consulta fuentes " +
			"oficiales») no se señalan. El aviso pide citar la fuente oficial.",
		EN: "Erroneous, confusing or unsourced information must be avoided, because what the Institute posts is taken as official " +
			"(6.IV). Warns of rumour and hearsay markers («se rumora», «trascendió», «según fuentes», «al parecer», «supuestamente», " +
			"«dicen que», «extraoficialmente») and of unbacked results («ya ganó», «virtual ganador»); «resultados preliminares» is fine " +
			"when the post links to an official page (the Institute's domains, the PREP or the allowed domains) or names the " +
			"official source (the PREP, the official counts). Quoted text and posts " +
			"that deny or clarify a rumour («es falso», «consulta fuentes oficiales») are not reported. The warning asks to cite the " +
			"official source.",
	},
	Bad:  "Trascendió que el candidato ya ganó en Cajeme, según fuentes cercanas al consejo.",
	Good: "Consulta los resultados preliminares de Cajeme en el PREP: https://prep.ieesonora.org.mx",
	Messages: map[string]lint.Message{
		"rumour": {
			ES: "Rumor: «%s»; publica solo información confirmada y cita la fuente oficial (criterio 6.IV)",
			EN: "Rumour: «%s»; post only confirmed information and cite the official source (criterion 6.IV)",
		},
		"hearsay": {
			ES: "Fuente no identificada: «%s»; di quién lo informa y cita la fuente oficial (criterio 6.IV)",
			EN: "Unidentified source: «%s»; say who reports it and cite the official source (criterion 6.IV)",
		},
		"results": {
			ES: "Resultados sin fuente oficial: «%s»; cita el cómputo oficial o enlaza al PREP o a la página del Instituto (criterio 6.IV)",
			EN: "Results without an official source: «%s»; cite the official count or link to the PREP or the Institute's page (criterion 6.IV)",
		},
		"other": {
			ES: "Información sin fuente (%s): «%s»; cita la fuente oficial (criterio 6.IV)",
			EN: "Unsourced information (%s): «%s»; cite the official source (criterion 6.IV)",
		},
	},
}

// Meta implements lint.Rule.
func (*UnverifiedSource) Meta() lint.Meta { return unverifiedSourceMeta }

// Check implements lint.Rule.
func (r *UnverifiedSource) Check(p *lint.Pass) error {
	s := r.m.Stream(p.Doc)
	ms := r.m.Find(s, lexicon.UnverifiedSource)
	if len(ms) == 0 || lexicon.Has(ms, "debunk") {
		return nil
	}
	linked := -1 // computed on first need
	kept := ms[:0]
	for _, m := range ms {
		if s.Units[m.First].Quoted || m.Entry.Has("start") && !s.SentenceStart(m.First) {
			continue
		}
		if m.Entry.Has("nolink") {
			if linked < 0 {
				linked = 0
				if lexicon.Has(ms, "official") || lexicon.LinksTo(p.Doc, p.Config.Institution.Domains, p.Config.AllowedDomains) {
					linked = 1
				}
			}
			if linked == 1 {
				continue
			}
		}
		kept = append(kept, m)
	}
	reportMatches(p, &unverifiedSourceMeta, kept)
	return nil
}
