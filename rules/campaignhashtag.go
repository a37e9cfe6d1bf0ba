package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

// CampaignHashtagOptions configure the campaign-hashtag rule.
type CampaignHashtagOptions struct {
	// MaxHashtags overrides the hashtag cap of a platform (0 removes it);
	// the defaults are in lint.Platforms() (3 on X, Threads and Bluesky, 5 on
	// Instagram).
	MaxHashtags map[lint.Platform]int `yaml:"max_hashtags"`
	// Replies asks replies to users to carry a campaign hashtag too; by
	// default an answer to a person is not a campaign post.
	Replies bool `yaml:"replies"`
}

// Splitter splits a lower-case hashtag body into words
// ("votoinformado" -> "voto", "informado"); false when it cannot.
type Splitter func(s string) ([]string, bool)

// CampaignHashtag checks hashtags against the campaigns running when the
// post is published (criterion 6.XXIII: "utilizar hashtag para hacer
// referencia a diversas campañas de difusión que se encuentren en marcha en
// el momento de la publicación"), and how many hashtags a post carries.
type CampaignHashtag struct {
	campaigns []campaign
	byKey     map[string][]campaignTag
	max       map[lint.Platform]int
	replies   bool
	split     Splitter
}

type campaign struct {
	lint.Campaign
	name string
}

type campaignTag struct {
	campaign int    // index into campaigns
	text     string // canonical spelling, without #
}

// NewCampaignHashtag returns the rule for the given campaigns. split, when
// not nil, lets the rule suggest CamelCase for all-lower-case hashtags.
func NewCampaignHashtag(campaigns []lint.Campaign, o CampaignHashtagOptions, split Splitter) *CampaignHashtag {
	r := &CampaignHashtag{byKey: map[string][]campaignTag{}, max: map[lint.Platform]int{}, replies: o.Replies, split: split}
	for _, s := range lint.Platforms() {
		r.max[s.Name] = s.MaxHashtags
	}
	for p, n := range o.MaxHashtags {
		r.max[p] = n
	}
	for i, c := range campaigns {
		name := c.Name
		var tags []string
		for _, h := range c.Hashtags {
			h = strings.TrimLeft(norm.NFC.String(strings.TrimSpace(h)), "#＃")
			if h == "" {
				continue
			}
			tags = append(tags, h)
			k := hashtagKey(h)
			r.byKey[k] = append(r.byKey[k], campaignTag{campaign: i, text: h})
		}
		if name == "" && len(tags) > 0 {
			name = "#" + tags[0]
		}
		c.Hashtags = tags
		r.campaigns = append(r.campaigns, campaign{Campaign: c, name: name})
	}
	return r
}

func campaignHashtagFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o CampaignHashtagOptions
	if err := cfg.Rule("campaign-hashtag").Options.Decode(&o); err != nil {
		return nil, err
	}
	for p, n := range o.MaxHashtags {
		if _, ok := p.Spec(); !ok {
			return nil, fmt.Errorf("%s: rules.campaign-hashtag: max_hashtags: unknown platform %q", configWhere(cfg), p)
		}
		if n < 0 {
			return nil, fmt.Errorf("%s: rules.campaign-hashtag: max_hashtags: %s: the cap must not be negative, got %d", configWhere(cfg), p, n)
		}
	}
	return NewCampaignHashtag(cfg.Campaigns, o, campaignSplitter(cfg)), nil
}

// campaignSplitter splits hashtag bodies with the bundled dictionary and
// the config's words.
func campaignSplitter(cfg *lint.Config) Splitter {
	d := dict.Default()
	if len(cfg.Words) > 0 {
		d = d.WithWords(cfg.Words...)
	}
	return func(body string) ([]string, bool) {
		// A single word written without its accents (#sesion, #ciudadania)
		// is a misspelling, not a compound: the spelling rule reports it.
		if sg := d.Suggestions(body, 1); len(sg) > 0 && sg[0].AccentOnly {
			return nil, false
		}
		parts, ok := d.SplitCompound(body)
		if !ok {
			return nil, false
		}
		short := 0
		for _, p := range parts {
			if utf8.RuneCountInString(p) == 1 {
				if short++; short > 1 || !strings.ContainsAny(p, "yaoeu") {
					return nil, false
				}
			}
		}
		return parts, true
	}
}

var campaignHashtagMeta = lint.Meta{
	ID:       "campaign-hashtag",
	Criteria: []string{"6.XXIII"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Hashtags de las campañas en curso al publicar; hashtags vencidos o de más",
		EN: "Hashtags of the campaigns running at publication; ended or too many hashtags",
	},
	Doc: lint.Message{
		ES: "Los criterios piden usar hashtags para referirse a las campañas de difusión en marcha al momento de publicar. " +
			"Con las campañas de `campaigns:` (hashtags, fechas de inicio y fin inclusivas en la zona horaria del Instituto " +
			"y, si se indican, plataformas) y la fecha de publicación, la regla señala la publicación que no lleva el hashtag " +
			"de ninguna campaña en curso (las respuestas a usuarios no lo necesitan) y el hashtag de una campaña que terminó " +
			"o que aún no empieza. Compara sin distinguir mayúsculas ni acentos (la ñ sí cuenta) y propone la grafía de la " +
			"campaña. También señala más hashtags de los que la plataforma admite o recomienda (3 en X, Threads y Bluesky; " +
			"5 en Instagram; opción `max_hashtags`) y los hashtags de varias palabras escritos todo en minúsculas, " +
			"que los lectores de pantalla leen mejor con mayúscula en cada palabra (#VotoInformado). " +
			"El mismo hashtag dos veces lo señala `repetition` (criterio 6.XXIV), no esta regla. " +
			"Avisa también cuando un carácter invisible corta un hashtag (un espacio de ancho cero entre #VotoInformado y 2027: " +
			"la plataforma enlaza solo #VotoInformado) o cuando lleva letras de ancho completo, que lo hacen otro hashtag; " +
			"la corrección lo escribe con caracteres normales.",
		EN: "The criteria ask for hashtags that refer to the campaigns running when a post is published. With the " +
			"campaigns in `campaigns:` (hashtags, inclusive start and end dates in the institution's time zone and, " +
			"optionally, platforms) and the publish date, the rule reports a post without the hashtag of any running " +
			"campaign (replies to users need none) and the hashtag of a campaign that has ended or not started. It " +
			"compares ignoring case and accents (ñ still counts) and suggests the campaign's spelling. It also reports " +
			"more hashtags than the platform allows or recommends (3 on X, Threads and Bluesky; 5 on Instagram; option " +
			"`max_hashtags`), and multi-word hashtags written all in lower case, which screen readers read better " +
			"with a capital on each word (#VotoInformado). The same hashtag twice is reported by `repetition` " +
			"(criterion 6.XXIV), not by this rule. It also warns when an invisible character cuts a hashtag short " +
			"(a zero-width space between #VotoInformado and 2027: the platform links only #VotoInformado) or when it has " +
			"full-width letters, which make it another hashtag; the fix writes it with ordinary characters.",
	},
	Bad:  "Consulta tu casilla #votoinformado #Sonora #Elecciones #Vota #INE",
	Good: "Consulta tu casilla #VotoInformado2027",
	Messages: withDivergenceMessages(map[string]lint.Message{
		"missing": {
			ES: "La publicación no lleva el hashtag de ninguna campaña en curso: %s; agrega el que corresponda (criterio 6.XXIII)",
			EN: "The post carries no hashtag of a running campaign: %s; add the one that fits (criterion 6.XXIII)",
		},
		"ended": {
			ES: "El hashtag %s es de la campaña %s, que terminó el %s; quítalo o usa el de una campaña en curso (criterio 6.XXIII)",
			EN: "The hashtag %s belongs to the campaign %s, which ended on %s; remove it or use one of a running campaign (criterion 6.XXIII)",
		},
		"not-started": {
			ES: "El hashtag %s es de la campaña %s, que empieza el %s; espera a que inicie o usa el de una campaña en curso (criterio 6.XXIII)",
			EN: "The hashtag %s belongs to the campaign %s, which starts on %s; wait until it starts or use one of a running campaign (criterion 6.XXIII)",
		},
		"spelling": {
			ES: "Escribe el hashtag de la campaña como %s, no %s: con otros acentos es otro hashtag (criterio 6.XXIII)",
			EN: "Write the campaign hashtag as %s, not %s: with other accents it is another hashtag (criterion 6.XXIII)",
		},
		"case": {
			ES: "Escribe el hashtag de la campaña como %s (criterio 6.XXIII)",
			EN: "Write the campaign hashtag as %s (criterion 6.XXIII)",
		},
		"too-many": {
			ES: "La publicación lleva %d hashtags y en %s el máximo es %d; deja los de las campañas en curso (criterio 6.XXIII)",
			EN: "The post carries %d hashtags and the maximum on %s is %d; keep those of the running campaigns (criterion 6.XXIII)",
		},
		"camel-case": {
			ES: "Escribe el hashtag %s como %s: con mayúscula inicial en cada palabra lo leen bien los lectores de pantalla (criterio 6.XXIII)",
			EN: "Write the hashtag %s as %s: with a capital on each word screen readers read it well (criterion 6.XXIII)",
		},
		"fix-spelling": {ES: "Escribir %s", EN: "Write %s"},
		"fix-add":      {ES: "Añadir %s al final", EN: "Add %s at the end"},
		"and":          {ES: " y ", EN: " and "},
	}, "6.XXIII", "hashtag"),
}

// Meta implements lint.Rule.
func (*CampaignHashtag) Meta() lint.Meta { return campaignHashtagMeta }

// Check implements lint.Rule.
func (r *CampaignHashtag) Check(p *lint.Pass) error {
	reportDivergences(p, lint.Hashtag)
	tags := p.Doc.TokensOf(lint.Hashtag)
	platforms := p.Doc.Platforms()
	when := p.Doc.PublishTime()
	loc := p.Config.Location
	if loc == nil {
		loc = when.Location()
	}
	running := make([]bool, len(r.campaigns))
	anyRunning := false
	for i, c := range r.campaigns {
		if lint.Contains(c.Start, c.End, when, loc) && campaignOn(c.Platforms, platforms) {
			running[i], anyRunning = true, true
		}
	}
	carries := false
	seen := make(map[string]bool, len(tags))
	// A post with thousands of hashtags needs one look, not thousands of
	// findings: camel-case findings stop after campaignMaxPerKind. A
	// repeated hashtag is looked at once; repetition reports the repeat.
	camels := 0
	for _, t := range tags {
		key := hashtagKey(t.Value)
		if seen[key] {
			continue
		}
		seen[key] = true
		matches := r.byKey[key]
		if len(matches) == 0 {
			if camels < campaignMaxPerKind && r.camelCase(p, t) {
				camels++
			}
			continue
		}
		live := -1
		for k, m := range matches {
			if running[m.campaign] || lint.Contains(r.campaigns[m.campaign].Start, r.campaigns[m.campaign].End, when, loc) {
				live = k
				break
			}
		}
		if live < 0 {
			r.inactive(p, t, matches, when, loc)
			continue
		}
		if running[matches[live].campaign] {
			carries = true
		}
		r.spelling(p, t, matches[live].text)
	}
	if anyRunning && !carries && (!p.Doc.Post.Reply || r.replies) && strings.TrimSpace(p.Doc.Text) != "" {
		r.missing(p, running)
	}
	r.tooMany(p, tags, platforms)
	return nil
}

// campaignOn reports whether a campaign for the platforms in want runs on
// one of the post's platforms (no platforms: all of them).
func campaignOn(want, post []lint.Platform) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		for _, p := range post {
			if w == p {
				return true
			}
		}
	}
	return false
}

// valueSpan is the span of a hashtag without its sign.
func valueSpan(t lint.Token) lint.Span {
	return lint.Span{Start: t.End - len(t.Value), End: t.End}
}

func (r *CampaignHashtag) spelling(p *lint.Pass, t lint.Token, canon string) {
	if t.Value == canon {
		return
	}
	kind := "spelling"
	sev := lint.Warning
	if hashtagKeyCase(t.Value) == hashtagKeyCase(canon) {
		kind, sev = "case", lint.Info
	}
	msg := p.Msgf(kind, "#"+canon, "#"+t.Value)
	if kind == "case" {
		msg = p.Msgf(kind, "#"+canon)
	}
	sp := valueSpan(t)
	p.Report(lint.Finding{
		Kind: kind, Severity: sev, Span: t.Span, Message: msg,
		Fixes: []lint.Fix{{Safe: true, Message: p.Msgf("fix-spelling", "#"+canon), Edits: []lint.Edit{{Start: sp.Start, End: sp.End, New: canon}}}},
	})
}

func (r *CampaignHashtag) inactive(p *lint.Pass, t lint.Token, matches []campaignTag, when time.Time, loc *time.Location) {
	c := r.campaigns[matches[0].campaign]
	day := when.In(loc)
	today := lint.Date{Year: day.Year(), Month: day.Month(), Day: day.Day()}
	kind, date := "ended", c.End
	if !c.Start.IsZero() && lint.Contains(lint.Date{}, c.Start, when, loc) && c.Start != today {
		kind, date = "not-started", c.Start
	}
	p.Report(lint.Finding{
		Kind: kind, Span: t.Span,
		Message: p.Msgf(kind, "#"+t.Value, campaignQuote(c.name, p.Lang), campaignDate(date, p.Lang)),
	})
}

func (r *CampaignHashtag) missing(p *lint.Pass, running []bool) {
	var names, sugg []string
	for i, c := range r.campaigns {
		if !running[i] {
			continue
		}
		hs := make([]string, len(c.Hashtags))
		for k, h := range c.Hashtags {
			hs[k] = "#" + h
		}
		sugg = append(sugg, hs...)
		n := strings.Join(hs, ", ")
		if c.Name != "" {
			n += " (" + c.Name + ")"
		}
		names = append(names, n)
	}
	text := p.Doc.Text
	end := strings.IndexByte(text, '\n')
	if end < 0 {
		end = lengthTrimEnd(text)
	}
	// Each running campaign's hashtag may be added at the end of the
	// post; which one, and where, is the author's choice.
	at := lengthTrimEnd(text)
	fixes := make([]lint.Fix, len(sugg))
	for i, h := range sugg {
		fixes[i] = lint.Fix{Message: p.Msgf("fix-add", h), Edits: []lint.Edit{{Start: at, End: at, New: " " + h}}}
	}
	p.Report(lint.Finding{
		Kind: "missing", Span: lint.Span{Start: 0, End: end},
		Message: p.Msgf("missing", strings.Join(names, "; ")),
		Fixes:   fixes,
	})
}

func (r *CampaignHashtag) tooMany(p *lint.Pass, tags []lint.Token, platforms []lint.Platform) {
	byCap := map[int][]string{}
	for _, pl := range lengthPlatforms(platforms) {
		spec, ok := pl.Spec()
		if !ok {
			continue
		}
		if n := r.max[pl]; n > 0 && len(tags) > n {
			byCap[n] = append(byCap[n], spec.Title)
		}
	}
	caps := make([]int, 0, len(byCap))
	for n := range byCap {
		caps = append(caps, n)
	}
	sort.Ints(caps)
	for _, n := range caps {
		names := byCap[n]
		list := strings.Join(names, ", ")
		if len(names) > 1 {
			list = strings.Join(names[:len(names)-1], ", ") + p.Msgf("and") + names[len(names)-1]
		}
		p.Report(lint.Finding{
			Kind:    "too-many",
			Span:    lint.Span{Start: tags[n].Start, End: tags[len(tags)-1].End},
			Message: p.Msgf("too-many", len(tags), list, n),
		})
	}
}

// campaignMaxPerKind bounds the camel-case findings of a post.
const campaignMaxPerKind = 25

// camelCase reports an all-lower-case hashtag of several words; it returns
// whether it reported.
func (r *CampaignHashtag) camelCase(p *lint.Pass, t lint.Token) bool {
	if r.split == nil {
		return false
	}
	body := t.Value
	letters := 0
	for _, c := range body {
		switch {
		case unicode.IsUpper(c), c == '_':
			return false
		case unicode.IsLetter(c):
			letters++
		}
	}
	if letters < 6 {
		return false
	}
	// Trailing digits stay as they are: #votoinformado2027.
	cut := len(body)
	for cut > 0 && body[cut-1] >= '0' && body[cut-1] <= '9' {
		cut--
	}
	for _, c := range body[:cut] {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	parts, ok := r.split(body[:cut])
	if !ok || len(parts) < 2 {
		return false
	}
	var b strings.Builder
	for _, w := range parts {
		c, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(c))
		b.WriteString(w[n:])
	}
	camel := b.String() + body[cut:]
	if !strings.EqualFold(camel, body) {
		return false // the splitter changed letters: do not trust it
	}
	sp := valueSpan(t)
	p.Report(lint.Finding{
		Kind: "camel-case", Severity: lint.Info, Span: t.Span,
		Message: p.Msgf("camel-case", "#"+body, "#"+camel),
		Fixes:   []lint.Fix{{Safe: true, Message: p.Msgf("fix-spelling", "#"+camel), Edits: []lint.Edit{{Start: sp.Start, End: sp.End, New: camel}}}},
	})
	return true
}

// hashtagKey folds a hashtag body for comparison: lower case, accents
// removed, but ñ kept apart from n (año is not ano).
func hashtagKey(s string) string {
	return hashtagFold(s, true)
}

// hashtagKeyCase folds case only: two spellings with the same key but a
// different hashtagKeyCase differ in accents.
func hashtagKeyCase(s string) string {
	return hashtagFold(s, false)
}

func hashtagFold(s string, accents bool) string {
	s = norm.NFC.String(strings.TrimLeft(s, "#＃"))
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		if c >= 0xFF01 && c <= 0xFF5E { // full-width forms
			c -= 0xFF01 - 0x21
		}
		c = unicode.ToLower(c)
		if accents {
			c = hashtagBase(c)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// hashtagBase strips the accent of a lower-case Latin vowel or ç; ñ stays.
func hashtagBase(c rune) rune {
	switch c {
	case 'á', 'à', 'â', 'ä', 'ã', 'å':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	}
	return c
}

// campaignQuote quotes a campaign name in the message's language.
func campaignQuote(name string, lang lint.Lang) string {
	if lang == lint.English {
		return "\"" + name + "\""
	}
	return "«" + name + "»"
}

var campaignMonths = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}

// campaignDate writes a date for people: "6 de junio de 2027".
func campaignDate(d lint.Date, lang lint.Lang) string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	if lang == lint.English {
		return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
	}
	return fmt.Sprintf("%d de %s de %d", d.Day, campaignMonths[d.Month-1], d.Year)
}
