package rules

import (
	"fmt"
	"math"
	"sort"

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
			cut := lengthCutBytes(p.Doc.Graphemes(), n.ByteLimit)
			p.Report(lint.Finding{
				Kind:    "over-bytes",
				Span:    lint.Span{Start: cut, End: len(text)},
				Message: p.Msgf("over-bytes", over, spec.Title, n.Bytes, n.ByteLimit),
			})
		case over > 0:
			cut := r.cut(p, pl, n.Limit)
			p.Report(lint.Finding{
				Kind:    "over",
				Span:    lint.Span{Start: cut, End: lengthTrimEnd(text)},
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

// lengthCutBytes is the start of the first grapheme that ends past max
// bytes: the part of the text that does not fit.
func lengthCutBytes(gs []lint.Span, max int) int {
	k := sort.Search(len(gs), func(i int) bool { return gs[i].End > max })
	if k == len(gs) {
		if k == 0 {
			return 0
		}
		return gs[k-1].End
	}
	return gs[k].Start
}

// cut finds the offset of Doc.Text where the text stops fitting in limit:
// the longest prefix, cut on a grapheme boundary, that the platform counts
// within the limit. It measures prefixes by bisection, so it costs a few
// counts of the text and runs only for posts over the limit.
func (r *Length) cut(p *lint.Pass, pl lint.Platform, limit int) int {
	gs := p.Doc.Graphemes()
	if len(gs) == 0 {
		return 0
	}
	fits := func(k int) bool { // do the first k graphemes fit?
		end := 0
		if k > 0 {
			end = gs[k-1].End
		}
		post := lint.Post{Text: p.Doc.Text[:end], Platforms: []lint.Platform{pl}}
		n := lint.NewDocument(&post, p.Config).Length(pl)
		return n.Count <= limit
	}
	// Every grapheme counts at least one unit except inside links, so the
	// cut is rarely far beyond limit graphemes: bound the search there
	// first to keep huge inputs cheap.
	hi := len(gs)
	if probe := 4 * (limit + 1); probe < hi && !fits(probe) {
		hi = probe
	}
	k := sort.Search(hi+1, func(k int) bool { return !fits(k) }) // first k that does not fit
	if k == 0 {
		return 0
	}
	return gs[k-1].Start
}
