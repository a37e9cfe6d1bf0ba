package rules

import (
	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/lexicon"
)

// InternalDeliberationOptions configure the internal-deliberation rule.
type InternalDeliberationOptions struct {
	// Lexicon adds entries to, or removes them from, the built-in
	// internal-deliberation lexicon (config key
	// lexicons.internal-deliberation).
	Lexicon lint.Lexicon `yaml:"-"`
}

// InternalDeliberation reports drafts, reserved matters and deliberation
// still in progress (criterion 6.V). Institutional news about sessions and
// approved agreements is the point of the account and is not reported.
type InternalDeliberation struct {
	m *lexicon.Matcher
}

// NewInternalDeliberation returns the internal-deliberation rule.
func NewInternalDeliberation(o InternalDeliberationOptions) (*InternalDeliberation, error) {
	m, err := lexicon.For(lexicon.InternalDeliberation, o.Lexicon)
	if err != nil {
		return nil, err
	}
	return &InternalDeliberation{m: m}, nil
}

func internalDeliberationFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o InternalDeliberationOptions
	if err := cfg.Rule(internalDeliberationMeta.ID).Options.Decode(&o); err != nil {
		return nil, err
	}
	o.Lexicon = cfg.Lexicons[lexicon.InternalDeliberation]
	r, err := NewInternalDeliberation(o)
	if err != nil {
		return nil, voiceConfigError(cfg, err)
	}
	return r, nil
}

var internalDeliberationMeta = lint.Meta{
	ID:       "internal-deliberation",
	Criteria: []string{"6.V"},
	Severity: lint.Error,
	Summary: lint.Message{
		ES: "Borradores, asuntos reservados y deliberación interna",
		EN: "Drafts, reserved matters and internal deliberation",
	},
	Doc: lint.Message{
		ES: "Se evita publicar información sobre la deliberación interna de los funcionarios hasta que concluya en decisiones " +
			"institucionales con carácter oficial (6.V). Es un error publicar borradores, proyectos de acuerdo aún no aprobados, " +
			"documentos marcados como confidenciales o reservados, de uso interno o con la indicación «no publicar», las peticiones de no " +
			"difundir algo todavía, las autorizaciones pendientes («pendiente de aprobación», «falta el visto bueno»), los desacuerdos " +
			"internos y las discusiones en curso sobre las decisiones de los órganos del Instituto, en cualquier tiempo verbal que muestre " +
			"que no están decididas («se está analizando», «la Comisión valora ampliar el plazo», «aún no se define»). Palabras como «acuerdo» o «sesión» por sí " +
			"solas son noticia institucional y no se señalan, ni un proyecto de acuerdo cuando la publicación dice que se aprobó o anuncia la sesión pública que lo discutirá.",
		EN: "Information about the internal deliberation of officials is not published until it ends in official institutional " +
			"decisions (6.V). Publishing drafts, draft agreements not yet approved, documents marked confidential or reserved, for " +
			"internal use or «no publicar», requests not to spread something yet, pending authorisations («pendiente de aprobación», " +
			"«falta el visto bueno»), internal disagreement and ongoing discussions about the decisions of the Institute's bodies, in " +
			"any tense that shows they are not decided («se está analizando», «la Comisión valora ampliar el plazo», «aún no se " +
			"define»), is an error. Words such as «acuerdo» or «sesión» alone are institutional news and are not reported, nor is " +
			"a draft agreement when the post says it was approved or announces the public session that will discuss it.",
	},
	Bad:  "CONFIDENCIAL – borrador del proyecto de acuerdo sobre topes de campaña; se está analizando en el Consejo.",
	Good: "El Consejo General aprobó por unanimidad el acuerdo sobre topes de gastos de campaña. Consúltalo en https://www.ieesonora.org.mx/acuerdos",
	Messages: map[string]lint.Message{
		"draft": {
			ES: "Documento no aprobado: «%s»; publica solo la versión aprobada y oficial (criterio 6.V)",
			EN: "Unapproved document: «%s»; post only the approved, official version (criterion 6.V)",
		},
		"reserved": {
			ES: "Información reservada o de uso interno: «%s»; no la publiques (criterio 6.V)",
			EN: "Reserved or internal information: «%s»; do not post it (criterion 6.V)",
		},
		"deliberation": {
			ES: "Deliberación interna en curso: «%s»; espera a que concluya en una decisión oficial (criterio 6.V)",
			EN: "Internal deliberation in progress: «%s»; wait until it ends in an official decision (criterion 6.V)",
		},
		"pending": {
			ES: "Autorización pendiente: «%s»; publica cuando el asunto esté autorizado y sea oficial (criterio 6.V)",
			EN: "Pending authorisation: «%s»; post once the matter is authorised and official (criterion 6.V)",
		},
		"restricted": {
			ES: "Información de circulación restringida: «%s»; no la publiques hasta que sea pública y oficial (criterio 6.V)",
			EN: "Restricted information: «%s»; do not post it until it is public and official (criterion 6.V)",
		},
		"disagreement": {
			ES: "Desacuerdo interno: «%s»; la cuenta informa de las decisiones del Instituto, no de sus discusiones internas (criterio 6.V)",
			EN: "Internal disagreement: «%s»; the account reports the Institute's decisions, not its internal discussions (criterion 6.V)",
		},
		"other": {
			ES: "Asunto interno (%s): «%s»; no lo publiques hasta que sea una decisión oficial (criterio 6.V)",
			EN: "Internal matter (%s): «%s»; do not post it until it is an official decision (criterion 6.V)",
		},
	},
}

// Meta implements lint.Rule.
func (*InternalDeliberation) Meta() lint.Meta { return internalDeliberationMeta }

// Check implements lint.Rule.
func (r *InternalDeliberation) Check(p *lint.Pass) error {
	s := r.m.Stream(p.Doc)
	ms := r.m.Find(s, lexicon.InternalDeliberation)
	if len(ms) == 0 {
		return nil
	}
	approved, council := lexicon.Has(ms, "approval"), lexicon.Has(ms, "council")
	public := lexicon.Has(ms, "public")
	kept := ms[:0]
	for _, m := range ms {
		e := m.Entry
		switch {
		case e.Has("unapproved") && approved:
			continue
		case e.Has("council") && !council:
			continue
		case e.Has("private") && public:
			continue
		case e.Has("label") && !s.Label(m):
			continue
		}
		kept = append(kept, m)
	}
	reportMatches(p, &internalDeliberationMeta, kept)
	return nil
}
