package rules

import (
	"strings"

	"github.com/vocero/vocero/lint"
)

// exampleMarkers present an identifier as a made-up example.
var exampleMarkers = []string{"ejemplo", "ejemplos", "ej.", "p. ej.", "formato", "muestra", "ficticio", "ficticia", "ficticios", "como esta", "como este", "modelo"}

var (
	exampleIndex = markerIndex(exampleMarkers)
	streetIndex  = markerIndex(streetMarkers)
)

// closest returns the start of the last word of idx in fold[lo:hi], or -1.
func (s *pdScan) closest(lo, hi int, idx *wordIndex) int {
	j, _ := s.lastOf(lo, hi, idx)
	return j
}

// exampleContext reports whether the text just before Text offset off
// presents what follows as an example.
func (s *pdScan) exampleContext(off int) bool {
	k := s.foldIndex(off)
	return s.closest(k-60, k, exampleIndex) >= 0
}

// E-mail domains of free mail services: an address there is a person's,
// whatever its local part.
var freeMail = []string{
	"gmail.com", "hotmail.com", "hotmail.es", "outlook.com", "outlook.es", "live.com", "live.com.mx", "yahoo.com", "yahoo.com.mx",
	"yahoo.es", "icloud.com", "me.com", "protonmail.com", "proton.me", "prodigy.net.mx", "aol.com", "msn.com", "gmx.com", "zoho.com",
	"mail.com", "yandex.com", "hotmail.com.mx", "outlook.com.mx",
}

// Local parts of role addresses (an office's, not a person's) and domains
// used in examples.
var (
	roleLocals = []string{
		"contacto", "info", "informes", "informacion", "prensa", "comunicacion", "comunicacionsocial", "comunicacion.social", "atencion",
		"atencionciudadana", "atencion.ciudadana", "transparencia", "unidaddetransparencia", "unidad.transparencia", "oficialia",
		"oficialiadepartes", "oficialia.partes", "quejas", "denuncias", "soporte", "ayuda", "webmaster", "noreply", "no-reply",
		"no.reply", "admin", "administracion", "secretaria", "presidencia", "consejo", "juridico", "difusion", "capacitacion",
		"contraloria", "ventas", "recepcion", "rh", "rrhh", "sistemas", "buzon", "hola", "avisos", "notificaciones", "ciudadania",
		"participacion", "participacionciudadana", "vinculacion", "archivo", "editorial", "eventos",
	}
	exampleDomains = []string{"ejemplo.com", "example.com", "example.org", "example.net", "dominio.com", "tudominio.com", "correo.com", "ejemplo.mx", "dominio.mx"}
)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func underDomain(host, dom string) bool {
	return host == dom || strings.HasSuffix(host, "."+dom)
}

// publicEmail reports whether an address is the institution's or some
// office's rather than a person's.
func (r *PersonalData) publicEmail(p *pdOut, local, host string) bool {
	if r.emails[local+"@"+host] {
		return true
	}
	for _, d := range r.domains {
		if underDomain(host, d) {
			return true
		}
	}
	if contains(exampleDomains, host) {
		return true
	}
	if contains(freeMail, host) {
		return false
	}
	if underDomain(host, "gob.mx") || strings.HasSuffix(host, ".gob") {
		return true
	}
	// Other public bodies, schools and associations: an office's address
	// unless it reads like a person's name (nombre.apellido).
	for _, d := range []string{"org.mx", "edu.mx", "org", "edu"} {
		if underDomain(host, d) && !strings.ContainsAny(local, "._-") {
			return true
		}
	}
	if p.cfg != nil {
		for _, d := range p.cfg.AllowedDomains {
			if underDomain(host, strings.ToLower(d)) {
				return true
			}
		}
	}
	return contains(roleLocals, local)
}

func isLocalByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isDomainByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' }

// emailMarkers stand for '@' in addresses written to dodge scrapers.
var emailMarkers = []string{"arroba", "at", "(at)", "[at]", "{at}", "(arroba)", "[arroba]", "{arroba}"}

// localJoins stand for a dot, a hyphen or an underscore inside the local
// part of such addresses ("juan punto perez arroba …").
var localJoins = []struct{ s, as string }{
	{" punto ", "."}, {" (punto) ", "."}, {" [punto] ", "."}, {"(punto)", "."}, {"[punto]", "."}, {" dot ", "."}, {" (dot) ", "."},
	{" [dot] ", "."}, {"(dot)", "."}, {"[dot]", "."}, {" guion bajo ", "_"}, {" guion ", "-"}, {" underscore ", "_"},
}

// domainDots stand for '.' in such addresses.
var domainDots = []string{"(punto)", "[punto]", "(dot)", "[dot]", "{dot}", "[.]", "(.)", "{.}", "punto", "dot"}

// bracketDots stand for '.' even in an address written with a plain '@'
// ("ana@gmail[.]com").
var bracketDots = []string{"[.]", "(.)", "{.}", "[dot]", "(dot)", "{dot}", "[punto]", "(punto)"}

// scanEmails finds e-mail addresses, plain or written with "arroba" and
// "punto", and reports those of persons.
func (r *PersonalData) scanEmails(p *pdOut, s *pdScan) {
	s.emails(func(b, end int, local, host string, _ bool) {
		if !r.publicEmail(p, local, host) {
			r.report(p, s, KindEmail, lint.Span{Start: int(s.pos[b]), End: int(s.pos[end])}, false)
		}
	})
}

// obfuscatedEmails returns the spans (offsets of doc.Text) of the e-mail
// addresses written with words for '@' and '.' ("juan punto perez arroba
// gmail punto com"), public or not: their words are no prose for other
// rules to correct. It costs nothing when no word stands for '@'.
func obfuscatedEmails(doc *lint.Document, words []lint.Word) []lint.Span {
	marker := false
	for _, w := range words {
		if len(w.Text) == 2 || len(w.Text) == 6 {
			if strings.EqualFold(w.Text, "at") || strings.EqualFold(w.Text, "arroba") {
				marker = true
				break
			}
		}
	}
	if !marker {
		return nil
	}
	s := newPDScan(doc.Text, doc.Tokens(), nil)
	var spans []lint.Span
	s.emails(func(b, end int, _, _ string, obfuscated bool) {
		if obfuscated {
			spans = append(spans, lint.Span{Start: int(s.pos[b]), End: int(s.pos[end])})
		}
	})
	return spans
}

// emails calls fn with every e-mail address in the text: the fold span
// [b, end) of the address, its local part and host, and whether it is
// written with words or spaces for '@' and '.'.
func (s *pdScan) emails(fn func(b, end int, local, host string, obfuscated bool)) {
	f := s.fold
	for k := 0; k < len(f); k++ {
		var after int
		switch {
		case f[k] == '@':
			after = k + 1
		case f[k] == 'a' && k+1 < len(f) && (f[k+1] == 'r' || f[k+1] == 't'),
			(f[k] == '(' || f[k] == '[' || f[k] == '{') && k+1 < len(f) && f[k+1] == 'a':
			after = -1
			for _, m := range emailMarkers {
				if k+len(m) <= len(f) && string(f[k:k+len(m)]) == m && (m[0] != 'a' || (k > 0 && f[k-1] == ' ' && k+len(m) < len(f) && f[k+len(m)] == ' ')) {
					after = k + len(m)
					break
				}
			}
			if after < 0 {
				continue
			}
		default:
			continue
		}
		spacedAt := f[k] == '@' && (k > 0 && f[k-1] == ' ' || k+1 < len(f) && f[k+1] == ' ')
		obfuscated := f[k] != '@' || spacedAt
		// Local part: back over address characters, skipping one space.
		b := k
		if b > 0 && f[b-1] == ' ' {
			b--
		}
		e := b
		for b > 0 && isLocalByte(f[b-1]) {
			b--
		}
		// "ana . lopez @ gmail . com": a dot between spaces joins the local part.
		for obfuscated && b >= 3 && string(f[b-3:b]) == " . " && b-3 > 0 && isLocalByte(f[b-4]) {
			b -= 3
			for b > 0 && isLocalByte(f[b-1]) {
				b--
			}
		}
		// "juan punto perez arroba …": written joins inside the local part.
		joined := false
		for obfuscated {
			ext := false
			for _, jn := range localJoins {
				n := len(jn.s)
				if b > n && string(f[b-n:b]) == jn.s && isLocalByte(f[b-n-1]) {
					a := b - n
					for a > 0 && isLocalByte(f[a-1]) {
						a--
					}
					b, ext, joined = a, true, true
					break
				}
			}
			if !ext {
				break
			}
		}
		for b < e && (f[b] == '.' || f[b] == '-') {
			b++
		}
		if b == e {
			continue
		}
		// user@host inside a web address is a login, not a mailbox
		// (and a known trick to disguise a link).
		if b >= 3 && string(f[b-3:b]) == "://" {
			continue
		}
		if t, ok := s.tokenAt(int(s.pos[k])); ok && t.Kind == lint.URL && t.Scheme != "" && !strings.HasPrefix(strings.ToLower(t.Text), "mailto:") {
			continue
		}
		local := string(f[b:e])
		if joined {
			for _, jn := range localJoins {
				local = strings.ReplaceAll(local, jn.s, jn.as)
			}
		}
		local = strings.ReplaceAll(local, " ", "")
		host, end, ok := s.parseDomain(after, obfuscated)
		if !ok {
			continue
		}
		fn(b, end, local, host, obfuscated)
		k = end - 1
	}
}

// parseDomain reads a host name from fold index j (after '@' or its
// stand-in): labels joined by dots, or by "punto" when obfuscated. It
// returns the host, the fold index just after it, and whether it is one.
func (s *pdScan) parseDomain(j int, obfuscated bool) (string, int, bool) {
	f := s.fold
	skip := func(j int) int {
		for j < len(f) && f[j] == ' ' && obfuscated {
			j++
		}
		return j
	}
	if j < len(f) && f[j] == ' ' {
		j++
	}
	j = skip(j)
	var host []byte
	end := j
	for labels := 0; ; labels++ {
		a := j
		for j < len(f) && isDomainByte(f[j]) {
			j++
		}
		if j == a {
			break
		}
		if labels > 0 {
			host = append(host, '.')
		}
		host = append(host, f[a:j]...)
		end = j
		// A dot, or a written stand-in for one.
		k := j
		if k < len(f) && f[k] == '.' && k+1 < len(f) && isDomainByte(f[k+1]) {
			j = k + 1
			continue
		}
		if !obfuscated {
			found := false
			for _, d := range bracketDots {
				if k+len(d) < len(f) && string(f[k:k+len(d)]) == d && isDomainByte(f[k+len(d)]) {
					j, found = k+len(d), true
					break
				}
			}
			if found {
				continue
			}
			break
		}
		k = skip(k)
		found := false
		for _, d := range domainDots {
			if k+len(d) <= len(f) && string(f[k:k+len(d)]) == d {
				j = skip(k + len(d))
				found = true
				break
			}
		}
		if !found {
			if k < len(f) && f[k] == '.' {
				j = skip(k + 1)
				continue
			}
			break
		}
	}
	dot := strings.LastIndexByte(string(host), '.')
	if dot <= 0 {
		return "", 0, false
	}
	tld := string(host[dot+1:])
	if len(tld) < 2 || len(tld) > 24 {
		return "", 0, false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return "", 0, false
		}
	}
	if obfuscated && !contains([]string{"com", "mx", "net", "org", "edu", "gob", "es", "info", "io", "me", "us"}, tld) {
		return "", 0, false
	}
	return string(host), end, true
}

// Month names and abbreviations, folded.
var months = []string{
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic", "setiembre", "sept",
}

// readNum reads up to max digits at j.
func readNum(f []byte, j, max int) (v, end int) {
	end = j
	for end < len(f) && end-j < max && f[end] >= '0' && f[end] <= '9' {
		v = v*10 + int(f[end]-'0')
		end++
	}
	if end < len(f) && f[end] >= '0' && f[end] <= '9' {
		return 0, j
	}
	return v, end
}

// readMonth reads a month name at j and returns its number (1-12).
func readMonth(f []byte, j int) (int, int) {
	for i, m := range months {
		if j+len(m) <= len(f) && string(f[j:j+len(m)]) == m && (j+len(m) == len(f) || !isWordByte(f[j+len(m)])) {
			mm := i%12 + 1
			if i >= 24 {
				mm = 9
			}
			end := j + len(m)
			if end < len(f) && f[end] == '.' {
				end++
			}
			return mm, end
		}
	}
	return 0, j
}
