package rules

import (
	"net/netip"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/urlhost"
)

// ExternalLinkOptions configures the external-link rule. Empty lists take
// the config's (institution domains, allowed domains, handles); the
// built-in shortener and tracking lists are always on.
type ExternalLinkOptions struct {
	// Domains are the institution's own domains; their subdomains count.
	Domains []string
	// Allowed are other domains posts may link to, subdomains included.
	Allowed []string
	// Handles are the institution's accounts: a link to one of them on a
	// social network (facebook.com/IEESonora) is not an outside site.
	Handles []string
	// Shorteners are extra link-shortener hosts.
	Shorteners []string
	// TrackingParams are extra query parameters to remove; a name ending
	// in '*' is a prefix ("pk_*").
	TrackingParams []string
}

// ExternalLink reports links to sites outside the institution and its
// allowed domains, link shorteners, look-alike hosts, raw IP addresses,
// insecure links to allowed sites and tracking parameters.
type ExternalLink struct {
	own, allowed []string // normalised
	protected    []urlhost.Protected
	handles      map[string]bool
	shorteners   []string
	trackExact   map[string]bool
	trackPrefix  []string
}

// builtinShorteners hide the destination of a link. Sources: the services'
// own sites; the list is of hosts, matched with their subdomains.
var builtinShorteners = []string{
	"bit.ly", "bitly.com", "bit.do", "t.co", "tinyurl.com", "ow.ly", "goo.gl",
	"buff.ly", "is.gd", "v.gd", "cutt.ly", "rb.gy", "shorturl.at", "lnkd.in",
	"fb.me", "t.ly", "tiny.cc", "s.id", "rebrand.ly", "bl.ink", "shorte.st",
	"adf.ly", "trib.al", "dlvr.it", "ift.tt", "wp.me", "tr.im", "cli.gs",
	"x.co", "soo.gd", "qrco.de", "linktr.ee", "short.io", "shorturl.com",
	"acortar.link", "acortaurl.com", "n9.cl", "urlzs.com", "tinu.be",
}

// firstParty are short hosts of big sites that lead to their own pages:
// they are judged as the site they stand for, not as shorteners.
var firstParty = map[string]string{
	"youtu.be":        "youtube.com",
	"fb.watch":        "facebook.com",
	"forms.gle":       "docs.google.com",
	"maps.app.goo.gl": "maps.google.com",
}

// socialHosts are networks where a path names an account; a link to the
// institution's own account there is not an outside site.
var socialHosts = []string{
	"facebook.com", "x.com", "twitter.com", "instagram.com", "youtube.com",
	"tiktok.com", "threads.net", "threads.com", "linkedin.com", "bsky.app",
	"whatsapp.com", "t.me", "telegram.me", "flickr.com", "spotify.com",
	"soundcloud.com",
}

// builtinTracking are query parameters that only identify the campaign or
// the click that brought a reader; the page is the same without them.
var builtinTracking = []string{
	"utm_*", "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
	"msclkid", "igshid", "igsh", "mc_cid", "mc_eid", "yclid", "_ga", "_gl",
	"twclid", "ttclid", "li_fat_id", "mkt_tok", "_hsenc", "_hsmi",
	"hsctatracking", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid",
	"s_cid", "wt.mc_id", "ref_src", "ref_url", "__twitter_impression",
	"mibextid", "ncid", "srsltid", "epik", "pk_*", "mtm_*", "piwik_*",
}

// siteTracking are parameters that only track a share on one site (the
// same names mean something else elsewhere).
var siteTracking = map[string][]string{
	"youtube.com":      {"si", "feature", "pp"},
	"youtu.be":         {"si", "feature"},
	"x.com":            {"s", "t"},
	"twitter.com":      {"s", "t"},
	"open.spotify.com": {"si"},
	"instagram.com":    {"img_index"},
	"facebook.com":     {"rdid", "share_url", "sfnsn"},
	"tiktok.com":       {"_r", "_t", "is_from_webapp", "sender_device"},
}

// NewExternalLink builds the rule.
func NewExternalLink(o ExternalLinkOptions) *ExternalLink {
	r := &ExternalLink{handles: map[string]bool{}, trackExact: map[string]bool{}}
	if len(o.Domains) == 0 {
		o.Domains = lint.DefaultDomains()
	}
	if o.Allowed == nil {
		o.Allowed = lint.DefaultAllowedDomains()
	}
	if len(o.Handles) == 0 {
		o.Handles = lint.DefaultHandles()
	}
	for _, d := range o.Domains {
		if n := siteDomain(d); n != "" {
			r.own = append(r.own, n)
			r.protected = append(r.protected, urlhost.NewProtected(n, true, 5))
		}
	}
	for _, d := range o.Allowed {
		if n := siteDomain(d); n != "" {
			r.allowed = append(r.allowed, n)
			r.protected = append(r.protected, urlhost.NewProtected(n, true, 7))
		}
	}
	for _, h := range o.Handles {
		if h = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@")); h != "" {
			r.handles[h] = true
		}
	}
	for _, s := range append(append([]string(nil), builtinShorteners...), o.Shorteners...) {
		if n := urlhost.Domain(s); n != "" {
			r.shorteners = append(r.shorteners, n)
		}
	}
	for _, p := range append(append([]string(nil), builtinTracking...), o.TrackingParams...) {
		p = strings.ToLower(strings.TrimSpace(p))
		if strings.HasSuffix(p, "*") {
			r.trackPrefix = append(r.trackPrefix, strings.TrimSuffix(p, "*"))
		} else if p != "" {
			r.trackExact[p] = true
		}
	}
	return r
}

// siteDomain normalises a configured domain; "www.ine.mx" stands for the
// whole site, ine.mx.
func siteDomain(d string) string {
	n := urlhost.Domain(d)
	if rest, ok := strings.CutPrefix(n, "www."); ok && strings.Contains(rest, ".") {
		return rest
	}
	return n
}

// externalLinkConfig is the rule's YAML options.
type externalLinkConfig struct {
	Shorteners     []string `yaml:"shorteners"`
	TrackingParams []string `yaml:"tracking_params"`
}

func externalLinkFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var c externalLinkConfig
	if err := cfg.Rule(externalLinkMeta.ID).Options.Decode(&c); err != nil {
		return nil, err
	}
	return NewExternalLink(ExternalLinkOptions{
		Domains:        cfg.Institution.Domains,
		Allowed:        cfg.AllowedDomains,
		Handles:        cfg.Institution.Handles,
		Shorteners:     c.Shorteners,
		TrackingParams: c.TrackingParams,
	}), nil
}

var externalLinkMeta = lint.Meta{
	ID:       "external-link",
	Criteria: []string{"6.VI", "6.IX", "6.X"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Vínculos a sitios ajenos al Instituto, acortadores, dominios que imitan los del Instituto, vínculos inseguros y parámetros de rastreo",
		EN: "Links to sites outside the Institute, shorteners, hosts imitating the Institute's domains, insecure links and tracking parameters",
	},
	Doc: lint.Message{
		ES: "Los criterios permiten enlazar a los sitios del Instituto (sus servicios, transmisiones y comunicados: 6.IX y 6.X) y solo excepcionalmente a instancias ajenas cuya información se vincule con sus fines (6.VI). " +
			"La regla toma el sitio real de cada vínculo (con o sin https://, también el destino de los vínculos de Markdown): en minúsculas, con los nombres internacionales en punycode, sin el punto final ni lo que va antes de una @, y lo compara por etiquetas completas con los dominios del Instituto (`institution.domains`) y los permitidos (`allowed_domains`), subdominios incluidos. " +
			"Avisa de los vínculos a otros sitios y de los acortadores (ocultan el destino); marca como error las direcciones IP, las direcciones internas (intranet, localhost, redes privadas) y los dominios que imitan a los del Instituto (alfabetos mezclados, caracteres parecidos, una letra de diferencia, el dominio incrustado en otro); sugiere https:// para los vínculos sin cifrar a sitios permitidos y quita los parámetros de rastreo (utm_*, fbclid...). " +
			"Los vínculos a las cuentas del Instituto en redes sociales (facebook.com/IEESonora) no son sitios ajenos. En Markdown revisa el destino de cada vínculo y avisa si el texto muestra una dirección del Instituto pero el vínculo lleva a otro sitio. Opciones: `shorteners` y `tracking_params` amplían las listas integradas. " +
			"También avisa cuando un carácter invisible (un espacio de ancho cero pegado desde una herramienta de diseño) corta un vínculo o una mención, o cuando letras de ancho completo dejan una mención sin enlace: la plataforma enlaza lo escrito, no lo que ve el lector; la corrección lo escribe con caracteres normales.",
		EN: "The criteria allow links to the Institute's sites (its services, streams and press releases: 6.IX and 6.X) and only exceptionally to outside bodies whose information relates to its aims (6.VI). " +
			"The rule takes each link's real host (with or without https://, also Markdown link destinations): lower-cased, international names in punycode, without a trailing dot or anything before an @, and compares whole labels with the Institute's domains (`institution.domains`) and the allowed ones (`allowed_domains`), subdomains included. " +
			"It warns about links to other sites and about shorteners (they hide the destination); it reports IP addresses, internal addresses (intranet, localhost, private networks) and hosts that imitate the Institute's domains (mixed scripts, confusable characters, one letter off, the domain embedded in another) as errors; it suggests https:// for insecure links to allowed sites and removes tracking parameters (utm_*, fbclid...). " +
			"Links to the Institute's own social-network accounts (facebook.com/IEESonora) are not outside sites. In Markdown it checks each link's destination and reports a text that shows an Institute address while the link leads elsewhere. Options: `shorteners` and `tracking_params` extend the built-in lists. " +
			"It also warns when an invisible character (a zero-width space pasted from a design tool) cuts a link or a mention short, or full-width letters leave a mention unlinked: the platform links what is written, not what the reader sees; the fix writes it plainly.",
	},
	Bad:   "Consulta los resultados en https://bit.ly/resultados2027 y en http://ieesonora.org.mx/prep?utm_source=facebook",
	Good:  "Consulta los resultados en https://ieesonora.org.mx/prep",
	Reads: lint.ReadsLinks,
	Messages: withDivergenceMessages(map[string]lint.Message{
		"external": {
			ES: "Vínculo a un sitio ajeno al Instituto: «%s»; enlaza solo a sitios del Instituto o, si la información se vincula con sus fines, a un sitio permitido en allowed_domains (criterios 6.VI, 6.IX y 6.X)",
			EN: "Link to a site outside the Institute: «%s»; link only to the Institute's sites or, when the information relates to its aims, to a site listed in allowed_domains (criteria 6.VI, 6.IX and 6.X)",
		},
		"shortener": {
			ES: "Vínculo acortado con «%s»: oculta el sitio de destino; escribe la dirección completa (criterios 6.VI y 6.IX)",
			EN: "Link shortened with «%s»: it hides the destination; write the full address (criteria 6.VI and 6.IX)",
		},
		"internal": {
			ES: "Vínculo a una dirección interna («%s») que el público no puede abrir; enlaza a la página pública del Instituto (criterio 6.IX)",
			EN: "Link to an internal address («%s») the public cannot open; link to the Institute's public page (criterion 6.IX)",
		},
		"ip": {
			ES: "Vínculo a una dirección IP («%s») en lugar de un dominio: no se sabe de quién es el sitio; enlaza al dominio del Instituto (criterios 6.VI y 6.IX)",
			EN: "Link to an IP address («%s») instead of a domain: nobody can tell whose site it is; link to the Institute's domain (criteria 6.VI and 6.IX)",
		},
		"lookalike-mixed": {
			ES: "Vínculo a «%s», que imita «%s» mezclando letras de distintos alfabetos; puede ser una suplantación: usa el dominio verdadero (criterios 6.VI y 6.IX)",
			EN: "Link to «%s», which imitates «%s» by mixing letters of different scripts; it may be impersonation: use the real domain (criteria 6.VI and 6.IX)",
		},
		"mixed-script": {
			ES: "Vínculo a «%s», que mezcla letras de distintos alfabetos en su nombre; puede ser una suplantación: revisa el sitio antes de publicar (criterios 6.VI y 6.IX)",
			EN: "Link to «%s», which mixes letters of different scripts in its name; it may be impersonation: check the site before publishing (criteria 6.VI and 6.IX)",
		},
		"lookalike-homograph": {
			ES: "Vínculo a «%s», que se lee como «%s» pero usa caracteres parecidos; puede ser una suplantación: usa el dominio verdadero (criterios 6.VI y 6.IX)",
			EN: "Link to «%s», which reads as «%s» but uses look-alike characters; it may be impersonation: use the real domain (criteria 6.VI and 6.IX)",
		},
		"lookalike-embedded": {
			ES: "Vínculo a «%s», que contiene «%s» pero es otro sitio; puede ser una suplantación: usa el dominio verdadero (criterios 6.VI y 6.IX)",
			EN: "Link to «%s», which contains «%s» but is another site; it may be impersonation: use the real domain (criteria 6.VI and 6.IX)",
		},
		"lookalike-near": {
			ES: "Vínculo a «%s», un dominio parecido a «%s» que no es del Instituto ni está permitido; puede ser una suplantación: usa el dominio verdadero (criterios 6.VI y 6.IX)",
			EN: "Link to «%s», a domain resembling «%s» that is neither the Institute's nor allowed; it may be impersonation: use the real domain (criteria 6.VI and 6.IX)",
		},
		"userinfo": {
			ES: "Vínculo engañoso: parece llevar a «%s» pero lleva a «%s» (lo que va antes de @ no es el sitio); usa el dominio verdadero (criterios 6.VI y 6.IX)",
			EN: "Deceptive link: it seems to lead to «%s» but leads to «%s» (what comes before @ is not the site); use the real domain (criteria 6.VI and 6.IX)",
		},
		"masked": {
			ES: "Vínculo engañoso: el texto muestra «%s» pero el vínculo lleva a «%s»; enlaza a la dirección que muestras (criterios 6.VI y 6.IX)",
			EN: "Deceptive link: the text shows «%s» but the link leads to «%s»; link to the address you show (criteria 6.VI and 6.IX)",
		},
		"insecure": {
			ES: "Vínculo sin cifrar a «%s»: escribe https:// en lugar de http:// (criterio 6.IX)",
			EN: "Unencrypted link to «%s»: write https:// instead of http:// (criterion 6.IX)",
		},
		"insecure-fix": {
			ES: "Cambiar http:// por https://",
			EN: "Change http:// to https://",
		},
		"tracking": {
			ES: "Parámetros de rastreo en el vínculo: «%s»; quítalos, la página es la misma sin ellos (criterio 6.IX)",
			EN: "Tracking parameters in the link: «%s»; remove them, the page is the same without them (criterion 6.IX)",
		},
		"tracking-fix": {
			ES: "Quitar los parámetros de rastreo",
			EN: "Remove the tracking parameters",
		},
	}, "6.VI", "mention", "url"),
}

// Meta implements lint.Rule.
func (r *ExternalLink) Meta() lint.Meta { return externalLinkMeta }

// Check implements lint.Rule.
func (r *ExternalLink) Check(p *lint.Pass) error {
	reportDivergences(p, lint.Mention, lint.URL)
	dests := linkDestinations(p.Doc)
	if len(dests) == 0 {
		r.checkText(p, 0, p.Doc.Text, p.Doc.Tokens())
		return nil
	}
	// Destinations are checked as links whole, whatever the extractor
	// makes of them; the prose between them is checked with the tokens the
	// document already has there.
	toks := p.Doc.Tokens()
	pos := 0
	for _, d := range dests {
		// The view puts a space between a link's label and destination.
		prose := strings.TrimRight(p.Doc.Text[pos:d.Start], " ")
		label := r.checkText(p, pos, prose, tokensIn(toks, pos, pos+len(prose)))
		r.checkDestination(p, d, label)
		pos = d.End
	}
	r.checkText(p, pos, p.Doc.Text[pos:], tokensIn(toks, pos, len(p.Doc.Text)))
	return nil
}

// tokensIn returns the tokens that lie within [from, to), with offsets
// made relative to from.
func tokensIn(toks []lint.Token, from, to int) []lint.Token {
	var out []lint.Token
	for _, t := range toks {
		if t.Start >= from && t.End <= to {
			t.Start, t.End = t.Start-from, t.End-from
			out = append(out, t)
		}
	}
	return out
}

// linkDestinations returns the spans of the view that hold the post's
// link destinations (Markdown), found by mapping each back to its region.
func linkDestinations(d *lint.Document) []lint.Span {
	var out []lint.Span
	text := d.Text
	from := 0
	for _, reg := range d.Post.Regions {
		if reg.Kind != lint.Link || reg.End <= reg.Start || reg.End > len(d.Post.Text) {
			continue
		}
		dest := d.Post.Text[reg.Start:reg.End]
		for k := from; k <= len(text); {
			j := strings.Index(text[k:], dest)
			if j < 0 {
				break
			}
			sp := lint.Span{Start: k + j, End: k + j + len(dest)}
			if a, b := d.OrigSpan(sp); a == reg.Start && b == reg.End {
				out = append(out, sp)
				from = sp.End
				break
			}
			k += j + 1
		}
	}
	return out
}

// checkDestination checks a Markdown link destination; label is the link
// its text shows, when the text is itself an address.
func (r *ExternalLink) checkDestination(p *lint.Pass, span lint.Span, label *urlhost.URL) {
	raw := p.Doc.Text[span.Start:span.End]
	if !strings.Contains(raw, "://") && !strings.HasPrefix(raw, "//") && !strings.HasPrefix(strings.ToLower(raw), "www.") {
		return // relative link, anchor, mailto: or tel:
	}
	u, ok := urlhost.Parse(raw)
	if !ok {
		return
	}
	if label != nil && label.Host != u.Host && r.isAllowed(label.Host) && !r.isAllowed(u.Host) {
		p.Report(lint.Finding{Kind: "lookalike", Severity: lint.Error, Span: span, Criteria: []string{"6.VI", "6.IX"},
			Message: p.Msgf("masked", label.Display, u.Display)})
		if u.QueryStart >= 0 {
			r.checkTracking(p, span, raw, u, u.Host)
		}
		return
	}
	r.checkURL(p, span, raw)
}

// checkText checks the links of text, a part of the view starting at base
// whose tokens are toks (offsets in text). It returns the link that ends
// text, if any: the label of a Markdown link that follows.
func (r *ExternalLink) checkText(p *lint.Pass, base int, text string, toks []lint.Token) *urlhost.URL {
	var covered []lint.Span
	var last *urlhost.URL
	for _, tok := range toks {
		if tok.Kind != lint.URL {
			continue
		}
		span := tok.Span
		raw := tok.Text
		// twitter-text stops a link at an '@'; a link written with
		// userinfo (https://ieesonora.org.mx@evil.example) really goes on.
		if end := authorityEnd(text, span); end > span.End {
			span.End = end
			raw = text[span.Start:span.End]
		}
		covered = append(covered, span)
		if cut := gluedSentence(raw); cut >= 0 {
			raw = raw[:cut]
			span.End = span.Start + cut
			if !strings.Contains(raw[strings.Index(raw, "://")+1:], ".") {
				continue // "votar.Es": no link at all
			}
		}
		r.checkURL(p, lint.Span{Start: base + span.Start, End: base + span.End}, raw)
		if span.End == len(text) {
			if u, ok := urlhost.Parse(raw); ok {
				last = &u
			}
		}
	}
	// Links with a scheme that the token extractor left out (IP hosts,
	// odd TLDs) are still links people can click.
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "://")
		if j < 0 {
			break
		}
		at := i + j
		if overlaps(covered, lint.Span{Start: at, End: at + 3}) {
			i = at + 3
			continue
		}
		start := at
		for start > 0 && isSchemeByte(text[start-1]) {
			start--
		}
		end := urlEnd(text, at+3)
		i = end
		if start == at || end == at+3 || overlaps(covered, lint.Span{Start: start, End: end}) {
			continue
		}
		sch := strings.ToLower(text[start:at])
		if sch != "http" && sch != "https" {
			continue
		}
		r.checkURL(p, lint.Span{Start: base + start, End: base + end}, text[start:end])
	}
	return last
}

// urlEnd returns where a link that goes on from i ends: at a blank, an
// angle bracket, a quote or invalid UTF-8, without trailing punctuation.
func urlEnd(text string, i int) int {
	start := i
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '<' || r == '>' || r == '"' || r == '`' || r == '«' || r == '»' || r == utf8.RuneError || unicode.IsControl(r) {
			break
		}
		i += n
	}
	return trimURLEnd(text, start, i)
}

// trimURLEnd drops the punctuation that ends a sentence rather than a link.
func trimURLEnd(text string, start, end int) int {
	for end > start && strings.IndexByte(".,;:!?)]}'\"", text[end-1]) >= 0 {
		end--
	}
	return end
}

func isSchemeByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

func overlaps(spans []lint.Span, s lint.Span) bool {
	// spans come from tokens in order, so their ends ascend: search for
	// the first that ends after s starts.
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > s.Start })
	for ; i < len(spans) && spans[i].Start < s.End; i++ {
		if s.Start < spans[i].End {
			return true
		}
	}
	return false
}

// authorityEnd returns where a link really ends when the token stopped
// inside its host: at an '@' (https://ieesonora.org.mx@evil.example goes
// to evil.example) or at a character an older extractor did not take as
// part of a host (a non-ASCII letter of an international name).
func authorityEnd(text string, s lint.Span) int {
	if s.End >= len(text) {
		return s.End
	}
	tok := text[s.Start:s.End]
	if i := strings.Index(tok, "://"); i >= 0 {
		tok = tok[i+3:]
	}
	if strings.ContainsAny(tok, "/?#") {
		return s.End
	}
	end := s.End
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune(".-_@:%[]", r)) {
			break
		}
		end += n
	}
	if end < len(text) && strings.IndexByte("/?#", text[end]) >= 0 {
		end = urlEnd(text, end)
	}
	end = trimURLEnd(text, s.End, end)
	ext := text[s.End:end]
	if end == s.End || !strings.Contains(tok+ext, ".") {
		return s.End
	}
	// Only more host letters, more labels or a userinfo followed by a
	// dotted host extend the link.
	if ext[0] == '@' && !strings.Contains(ext, ".") || !strings.ContainsFunc(ext, unicode.IsLetter) {
		return s.End
	}
	// "www.ine.mx.La credencial": a sentence glued after the link, which
	// the punctuation rule reports, not more of the host.
	if len(ext) > 2 && ext[0] == '.' && ext[1] >= 'A' && ext[1] <= 'Z' && ext[2] >= 'a' && ext[2] <= 'z' {
		return s.End
	}
	return end
}

// gluedSentence returns where a sentence glued to a link starts: in
// "votar.Es tu derecho" or "www.ine.mx.La credencial" the last label is a
// capitalised word after lower-case labels and no path follows, so it is
// the next sentence written without a space (X links it; the punctuation
// rule reports the missing space). It returns -1 when raw ends in a host.
func gluedSentence(raw string) int {
	if strings.ContainsAny(raw, "/?#@") {
		return -1
	}
	dot := strings.LastIndexByte(raw, '.')
	if dot < 1 || dot+2 >= len(raw) {
		return -1
	}
	tld := raw[dot+1:]
	if tld[0] < 'A' || tld[0] > 'Z' {
		return -1
	}
	for i := 1; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return -1
		}
	}
	if c := raw[dot-1]; c < 'a' || c > 'z' {
		return -1
	}
	return dot
}

func (r *ExternalLink) checkURL(p *lint.Pass, span lint.Span, raw string) {
	u, ok := urlhost.Parse(raw)
	if !ok {
		return
	}
	host := u.Host
	if alias, ok := firstParty[host]; ok {
		host = alias
	}
	shown := u.Display
	switch {
	case internalHost(u):
		p.Report(lint.Finding{Kind: "internal", Severity: lint.Error, Span: span, Message: p.Msgf("internal", shown), Criteria: []string{"6.IX"}})
	case u.IP:
		p.Report(lint.Finding{Kind: "ip", Severity: lint.Error, Span: span, Message: p.Msgf("ip", u.Host), Criteria: []string{"6.VI", "6.IX"}})
	case r.isAllowed(host):
		if u.Scheme == "http" {
			at := span.Start
			p.Report(lint.Finding{
				Kind: "insecure", Severity: lint.Info, Span: span, Criteria: []string{"6.IX"},
				Message: p.Msgf("insecure", shown),
				Fixes:   []lint.Fix{{Safe: true, Message: p.Msgf("insecure-fix"), Edits: []lint.Edit{{Start: at, End: at + len("http"), New: "https"}}}},
			})
		}
	case strings.Contains(u.Userinfo, "."):
		p.Report(lint.Finding{Kind: "lookalike", Severity: lint.Error, Span: span, Criteria: []string{"6.VI", "6.IX"},
			Message: p.Msgf("userinfo", u.Userinfo, shown)})
	case r.ownAccount(host, raw[u.HostEnd:]):
	default:
		reason, prot := urlhost.Lookalike(u, r.protected)
		if reason != urlhost.NotLookalike {
			var msg string
			if prot == nil {
				msg = p.Msgf("mixed-script", shown)
			} else {
				msg = p.Msgf(lookalikeKeys[reason], shown, prot.Domain)
			}
			p.Report(lint.Finding{Kind: "lookalike", Severity: lint.Error, Span: span, Message: msg, Criteria: []string{"6.VI", "6.IX"}})
			break
		}
		if r.isShortener(host) {
			p.Report(lint.Finding{Kind: "shortener", Span: span, Message: p.Msgf("shortener", shown), Criteria: []string{"6.VI", "6.IX"}})
			break
		}
		p.Report(lint.Finding{Kind: "external", Span: span, Message: p.Msgf("external", shown)})
	}
	if u.QueryStart >= 0 {
		r.checkTracking(p, span, raw, u, u.Host)
	}
}

// internalNames are suffixes of names that only resolve inside an
// organisation's network.
var internalNames = []string{"localhost", "local", "internal", "intranet", "lan", "corp", "home.arpa", "localdomain"}

// internalHost reports a host the public cannot reach: a private,
// loopback or link-local address, a name without a dot (http://intranet/)
// or a name under a suffix kept for internal networks.
func internalHost(u urlhost.URL) bool {
	if u.IP {
		a, err := netip.ParseAddr(strings.Trim(u.Host, "[]"))
		return err == nil && (a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsUnspecified())
	}
	if !strings.Contains(u.Host, ".") {
		return true
	}
	for _, s := range internalNames {
		if urlhost.Under(u.Host, s) {
			return true
		}
	}
	return false
}

// lookalikeKeys names the message for each reason a host looks alike.
var lookalikeKeys = map[urlhost.Reason]string{
	urlhost.MixedScript: "lookalike-mixed",
	urlhost.Homograph:   "lookalike-homograph",
	urlhost.Embedded:    "lookalike-embedded",
	urlhost.NearName:    "lookalike-near",
}

func (r *ExternalLink) isAllowed(host string) bool {
	for _, d := range r.own {
		if urlhost.Under(host, d) {
			return true
		}
	}
	for _, d := range r.allowed {
		if urlhost.Under(host, d) {
			return true
		}
	}
	return false
}

func (r *ExternalLink) isShortener(host string) bool {
	for _, d := range r.shorteners {
		if urlhost.Under(host, d) {
			return true
		}
	}
	return false
}

// ownAccount reports whether a link on a social network leads to one of
// the institution's accounts: the account is the first path segment
// (facebook.com/IEESonora, youtube.com/@IEESonora) or follows a marker
// (youtube.com/c/IEESonora, bsky.app/profile/ieesonora.bsky.social).
func (r *ExternalLink) ownAccount(host, rest string) bool {
	social := false
	for _, s := range socialHosts {
		if urlhost.Under(host, s) {
			social = true
			break
		}
	}
	if !social || len(r.handles) == 0 {
		return false
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	segs := strings.Split(strings.Trim(rest, "/"), "/")
	for i, s := range segs {
		if i > 1 {
			break
		}
		s = strings.ToLower(strings.TrimPrefix(s, "@"))
		if r.handles[s] || r.handles[strings.TrimSuffix(s, ".bsky.social")] {
			return true
		}
		if i == 0 && s != "c" && s != "user" && s != "profile" && s != "company" && s != "channel" && s != "pg" && s != "s" {
			break
		}
	}
	return false
}

// checkTracking reports tracking parameters and offers a fix that removes
// them and keeps the other parameters in order.
func (r *ExternalLink) checkTracking(p *lint.Pass, span lint.Span, raw string, u urlhost.URL, host string) {
	var site []string
	for d, names := range siteTracking {
		if urlhost.Under(host, d) {
			site = names
			break
		}
	}
	params := strings.Split(u.Query, "&")
	kept := params[:0:0]
	var removed []string
	for _, kv := range params {
		if kv == "" {
			continue
		}
		name, _, _ := strings.Cut(kv, "=")
		if r.tracking(name) || slices.Contains(site, strings.ToLower(name)) {
			removed = append(removed, name)
			continue
		}
		kept = append(kept, kv)
	}
	if len(removed) == 0 {
		return
	}
	start := span.Start + u.QueryStart - 1 // the '?'
	end := span.Start + u.QueryEnd
	repl := ""
	if len(kept) > 0 {
		repl = "?" + strings.Join(kept, "&")
	}
	p.Report(lint.Finding{
		Kind: "tracking", Severity: lint.Info, Span: lint.Span{Start: start, End: end}, Criteria: []string{"6.IX"},
		Message: p.Msgf("tracking", strings.Join(removed, ", ")),
		Fixes:   []lint.Fix{{Safe: true, Message: p.Msgf("tracking-fix"), Edits: []lint.Edit{{Start: start, End: end, New: repl}}}},
	})
}

func (r *ExternalLink) tracking(name string) bool {
	n := strings.ToLower(name)
	if strings.IndexByte(n, '%') >= 0 {
		n = strings.ToLower(urlhost.Unescape(n))
	}
	if r.trackExact[n] {
		return true
	}
	for _, pre := range r.trackPrefix {
		if strings.HasPrefix(n, pre) {
			return true
		}
	}
	return false
}

var _ lint.Rule = (*ExternalLink)(nil)
