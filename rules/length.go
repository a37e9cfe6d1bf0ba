package rules

import (
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// LengthOptions configure the length rule.
type LengthOptions struct {
	// Near is the share of the limit from which a post is reported as close
	// to it (Info); 0 means 0.9. A value of 1 or more turns the notice off.
	Near float64 `yaml:"near"`
	// Limits overrides a platform's limit in its own unit (for example an
	// account with a longer allowance on X).
	Limits map[lint.Platform]int `yaml:"limits"`
}

// Length reports posts over, or close to, the length limit of a platform
// they are meant for, counted the way that platform counts (criterion 6.XX
// and the platforms' own limits).
type Length struct {
	near   float64
	limits map[lint.Platform]int
}

// NewLength returns the length rule.
func NewLength(o LengthOptions) *Length {
	l := &Length{near: o.Near, limits: map[lint.Platform]int{}}
	if l.near <= 0 {
		l.near = 0.9
	}
	for p, n := range o.Limits {
		l.limits[p] = n
	}
	return l
}

func lengthFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o LengthOptions
	if err := cfg.Rule("length").Options.Decode(&o); err != nil {
		return nil, err
	}
	if o.Near < 0 || math.IsNaN(o.Near) {
		return nil, fmt.Errorf("%s: rules.length: near must be between 0 and 1, got %v", configWhere(cfg), o.Near)
	}
	for p, n := range o.Limits {
		if _, ok := p.Spec(); !ok {
			return nil, fmt.Errorf("%s: rules.length: limits: unknown platform %q", configWhere(cfg), p)
		}
		if n <= 0 {
			return nil, fmt.Errorf("%s: rules.length: limits: %s: the limit must be positive, got %d", configWhere(cfg), p, n)
		}
	}
	return NewLength(o), nil
}

// configWhere names the config file in errors.
func configWhere(cfg *lint.Config) string {
	if cfg == nil || cfg.Path == "" {
		return "config"
	}
	return cfg.Path
}

var lengthMeta = lint.Meta{
	ID:       "length",
	Criteria: []string{"6.XX"},
	Severity: lint.Error,
	Summary: lint.Message{
		ES: "Publicaciones que exceden el límite de caracteres de una plataforma",
		EN: "Posts over a platform's length limit",
	},
	Doc: lint.Message{
		ES: "Mide el texto de la publicación en cada plataforma a la que va dirigida, tal como la plataforma lo cuenta: " +
			"X usa la longitud ponderada (cada enlace cuenta 23, los emoji y los caracteres CJK cuentan 2; límite 280), " +
			"Bluesky cuenta grafemas (300) y bytes (3000), Mastodon cuenta caracteres y cada enlace http(s) como 23 (500), " +
			"Threads 500, Instagram 2200, LinkedIn 3000 y Facebook 63 206 caracteres. " +
			"Un texto que excede el límite es un error que indica por cuánto y marca la parte que sobra; " +
			"un texto que ocupa el 90 % del límite o más recibe un aviso. Solo se mide el texto, no los archivos adjuntos. " +
			"Opciones: `near` (proporción del límite para el aviso, 0.9) y `limits` (límite propio por plataforma).",
		EN: "Measures the post's text on each platform it is meant for, the way that platform counts: " +
			"X uses the weighted length (each link counts 23, emoji and CJK characters count 2; limit 280), " +
			"Bluesky counts graphemes (300) and bytes (3000), Mastodon counts characters and each http(s) link as 23 (500), " +
			"Threads 500, Instagram 2200, LinkedIn 3000 and Facebook 63,206 characters. " +
			"A text over the limit is an error that says by how much and marks the part that does not fit; " +
			"a text that uses 90% of the limit or more gets a notice. Only text is measured, not attachments. " +
			"Options: `near` (share of the limit for the notice, 0.9) and `limits` (own limit per platform).",
	},
	Bad:  "Aviso importante: " + lengthExampleBody,
	Good: "Del 1 al 15 de marzo se registran las candidaturas independientes. Requisitos: https://www.ieesonora.org.mx/convocatorias",
	Messages: map[string]lint.Message{
		"over": {
			ES: "El texto excede en %d %s el límite de %s (%d de %d; %s); acórtalo (criterio 6.XX)",
			EN: "The text is %d %s over the %s limit (%d of %d; %s); shorten it (criterion 6.XX)",
		},
		"over-bytes": {
			ES: "El texto excede en %d bytes el límite de %s (%d de %d bytes); acórtalo (criterio 6.XX)",
			EN: "The text is %d bytes over the %s limit (%d of %d bytes); shorten it (criterion 6.XX)",
		},
		"near": {
			ES: "El texto está cerca del límite de %s: %d de %d %s, quedan %d (%s) (criterio 6.XX)",
			EN: "The text is close to the %s limit: %d of %d %s, %d left (%s) (criterion 6.XX)",
		},
	},
}

// lengthExampleBody is long enough to go over X's limit in the Bad example.
const lengthExampleBody = "Se informa a la ciudadanía que del 1 al 15 de marzo se llevará a cabo el registro de las candidaturas independientes " +
	"a los cargos de la gubernatura, las diputaciones locales y los ayuntamientos del estado de Sonora. Las personas interesadas " +
	"deberán presentar su solicitud en las oficinas centrales del Instituto con la documentación que señala la convocatoria publicada en nuestra página."

// Meta implements lint.Rule.
func (*Length) Meta() lint.Meta { return lengthMeta }

// lengthUnit is how a platform's count is named in messages.
func lengthUnit(p lint.Platform, lang lint.Lang) string {
	switch {
	case p == lint.Bluesky && lang == lint.English:
		return "graphemes"
	case p == lint.Bluesky:
		return "grafemas"
	case p == lint.X && lang == lint.English:
		return "weighted characters"
	case p == lint.X:
		return "caracteres ponderados"
	case lang == lint.English:
		return "characters"
	}
	return "caracteres"
}

// Check implements lint.Rule.
func (r *Length) Check(p *lint.Pass) error {
	for _, pl := range lengthPlatforms(p.Doc.Platforms()) {
		spec, ok := pl.Spec()
		if !ok {
			continue
		}
		n := p.Doc.Length(pl)
		if lim, ok := r.limits[pl]; ok {
			n.Limit = lim
		}
		if n.Limit <= 0 {
			continue
		}
		text := p.Doc.Text
		over, inBytes := n.Over()
		switch {
		case over > 0 && inBytes:
			p.Report(lint.Finding{
				Kind:    "over-bytes",
				Span:    lengthOverSpan(p.Doc, n),
				Message: p.Msgf("over-bytes", over, spec.Title, n.Bytes, n.ByteLimit),
			})
		case over > 0:
			p.Report(lint.Finding{
				Kind:    "over",
				Span:    lengthOverSpan(p.Doc, n),
				Message: p.Msgf("over", over, lengthUnit(pl, p.Lang), spec.Title, n.Count, n.Limit, spec.Counting.In(p.Lang)),
			})
		case r.near < 1 && float64(n.Count) >= r.near*float64(n.Limit):
			p.Report(lint.Finding{
				Kind:     "near",
				Severity: lint.Info,
				Span:     lint.Span{Start: 0, End: lengthTrimEnd(text)},
				Message:  p.Msgf("near", spec.Title, n.Count, n.Limit, lengthUnit(pl, p.Lang), n.Limit-n.Count, spec.Counting.In(p.Lang)),
			})
		}
	}
	return nil
}

// lengthPlatforms returns the platforms without repeats, in a stable order.
func lengthPlatforms(ps []lint.Platform) []lint.Platform {
	out := make([]lint.Platform, 0, len(ps))
	for _, p := range ps {
		dup := false
		for _, q := range out {
			dup = dup || q == p
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// lengthTrimEnd is the end of text without trailing white space, so that
// a finding does not end on a blank line.
func lengthTrimEnd(s string) int {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\r' || s[i-1] == '\t') {
		i--
	}
	return i
}

// lengthOverSpan marks the part of the text that does not fit in n: from
// the cut to the end, trailing blanks left out. When the cut falls in text
// the analysis view does not show (a trailing link destination), it marks
// the last character shown.
func lengthOverSpan(d *lint.Document, n lint.Length) lint.Span {
	end := lengthTrimEnd(d.Text)
	cut := min(d.Cut(n), end)
	if cut == end && end > 0 {
		_, size := utf8.DecodeLastRuneInString(d.Text[:end])
		cut = end - size
	}
	return lint.Span{Start: cut, End: end}
}
