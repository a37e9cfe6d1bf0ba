package rules

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/mxid"
)

// Kinds of personal data the personal-data rule reports (Finding.Kind).
const (
	KindCURP      = "curp"
	KindRFC       = "rfc"
	KindINEClave  = "ine-clave"
	KindINECIC    = "ine-cic"
	KindINEOCR    = "ine-ocr"
	KindPassport  = "passport"
	KindCLABE     = "clabe"
	KindCard      = "card"
	KindNSS       = "nss"
	KindPhone     = "phone"
	KindEmail     = "email"
	KindAddress   = "address"
	KindBirthdate = "birthdate"
)

// pdKinds names every kind in Spanish and English, in the order of the docs.
var pdKinds = []struct {
	id     string
	es, en string
}{
	{KindCURP, "CURP", "CURP"},
	{KindRFC, "RFC de persona física", "personal RFC (tax ID)"},
	{KindINEClave, "clave de elector de la credencial para votar", "voter key of the INE credential"},
	{KindINECIC, "CIC de la credencial para votar", "CIC of the INE credential"},
	{KindINEOCR, "OCR de la credencial para votar", "OCR of the INE credential"},
	{KindPassport, "número de pasaporte", "passport number"},
	{KindCLABE, "CLABE bancaria", "CLABE bank account"},
	{KindCard, "número de tarjeta bancaria", "payment card number"},
	{KindNSS, "número de seguridad social (NSS)", "social security number (NSS)"},
	{KindPhone, "número de teléfono", "phone number"},
	{KindEmail, "correo electrónico personal", "personal e-mail address"},
	{KindAddress, "domicilio particular", "home address"},
	{KindBirthdate, "fecha de nacimiento", "date of birth"},
}

// PersonalDataOptions configure the personal-data rule.
type PersonalDataOptions struct {
	// Ignore lists kinds not to report (e.g. [address]).
	Ignore []string `yaml:"ignore"`
	// Allow lists values that may be published, in any written form: an
	// identifier, phone or e-mail the institution has cleared.
	Allow []string `yaml:"allow"`
	// Institution is the institution's public data (domains, phones,
	// e-mails, addresses); the builder takes it from the config.
	Institution lint.Institution `yaml:"-"`
}

// PersonalData reports personal data of private persons: identifiers
// (CURP, RFC, INE credential data, passport, CLABE, cards, NSS), phone
// numbers, e-mail addresses, home addresses and dates of birth (criteria
// 6.III and 5.2 b). It reads code and link destinations too, since they are
// published as well.
type PersonalData struct {
	ignore    map[string]bool
	allow     map[string]bool // mxid.Normalize'd values
	domains   []string        // lower-case, without a leading dot
	emails    map[string]bool // lower-case
	phones    map[string]bool // last ten digits
	addresses []string        // address keys
	meta      lint.Meta
	// scans recycles the scanner's buffers between posts; it holds no
	// state that outlives a Check.
	scans sync.Pool
}

// maxPooledScan is the largest text whose buffers go back to the pool.
const maxPooledScan = 16 << 10

// NewPersonalData returns the personal-data rule. It fails on an unknown
// kind in Ignore.
func NewPersonalData(o PersonalDataOptions) (*PersonalData, error) {
	r := &PersonalData{
		ignore: map[string]bool{}, allow: map[string]bool{},
		emails: map[string]bool{}, phones: map[string]bool{},
		meta: personalDataMeta(),
	}
	for _, k := range o.Ignore {
		if !knownPDKind(k) {
			return nil, fmt.Errorf("rules.personal-data: ignore: unknown kind %q", k)
		}
		r.ignore[k] = true
	}
	for _, v := range o.Allow {
		if strings.Contains(v, "@") {
			r.emails[strings.ToLower(strings.TrimSpace(v))] = true
			continue
		}
		r.allow[mxid.Normalize(v)] = true
		if d := phoneKey(v); d != "" {
			r.phones[d] = true
		}
	}
	domains := o.Institution.Domains
	if len(domains) == 0 {
		domains = lint.DefaultDomains()
	}
	for _, d := range domains {
		d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), ".")
		if d != "" {
			r.domains = append(r.domains, d)
		}
	}
	for _, e := range o.Institution.Emails {
		r.emails[strings.ToLower(strings.TrimSpace(e))] = true
	}
	for _, ph := range o.Institution.Phones {
		if d := phoneKey(ph); d != "" {
			r.phones[d] = true
		}
	}
	for _, a := range o.Institution.Addresses {
		if k := addressKey(a); k != "" {
			r.addresses = append(r.addresses, k)
		}
	}
	return r, nil
}

func knownPDKind(k string) bool {
	for _, x := range pdKinds {
		if x.id == k {
			return true
		}
	}
	return false
}

// phoneKey returns the last ten digits of a phone number as written, or
// all its digits when it has fewer than ten.
func phoneKey(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	if len(b) > 10 {
		b = b[len(b)-10:]
	}
	return string(b)
}

func personalDataFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var o PersonalDataOptions
	if err := cfg.Rule("personal-data").Options.Decode(&o); err != nil {
		return nil, err
	}
	o.Institution = cfg.Institution
	r, err := NewPersonalData(o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", configWhere(cfg), err)
	}
	return r, nil
}

func personalDataMeta() lint.Meta {
	msgs := map[string]lint.Message{
		"fix": {ES: "Ocultar el dato: %s", EN: "Mask the data: %s"},
	}
	for _, k := range pdKinds {
		msgs[k.id] = lint.Message{
			ES: "Dato personal (" + k.es + "): «%s»; quítalo o envíalo por un canal privado (criterios 6.III y 5.2 b)",
			EN: "Personal data (" + k.en + "): «%s»; remove it or send it through a private channel (criteria 6.III and 5.2 b)",
		}
		msgs[k.id+"-possible"] = lint.Message{
			ES: "Dato personal (" + k.es + "; el dígito verificador no coincide, quizá está mal escrito): «%s»; quítalo o envíalo por un canal privado (criterios 6.III y 5.2 b)",
			EN: "Personal data (" + k.en + "; the check digit does not match, it may be mistyped): «%s»; remove it or send it through a private channel (criteria 6.III and 5.2 b)",
		}
	}
	return lint.Meta{
		ID:       "personal-data",
		Criteria: []string{"6.III", "5.2 b"},
		Severity: lint.Error,
		Summary: lint.Message{
			ES: "Datos personales de particulares: CURP, RFC, credencial para votar, cuentas, teléfonos, correos, domicilios",
			EN: "Personal data of private persons: CURP, RFC, voter credential, accounts, phones, e-mails, addresses",
		},
		Doc: lint.Message{
			ES: "Nunca se publican datos personales (criterio 6.III) y quien administra la cuenta protege la información confidencial (5.2 b). " +
				"La regla encuentra CURP, RFC de personas físicas, clave de elector, CIC y OCR de la credencial para votar, pasaportes, CLABE, " +
				"números de tarjeta y de seguridad social (comprobando estructura y dígito verificador), teléfonos en cualquier forma de escritura, " +
				"correos electrónicos, domicilios particulares y fechas de nacimiento, aunque estén escritos con espacios, puntos, guiones, saltos de línea, " +
				"minúsculas o caracteres invisibles. Los datos públicos del Instituto (dominios, teléfonos, correos y domicilios de `institution:`) y las sedes, " +
				"casillas y oficinas que se anuncian como tales no son datos personales. Un identificador rotulado con dígito verificador incorrecto " +
				"también es un error: lo más probable es que sea uno real mal escrito. Se ofrece ocultar el dato (deja sus dos últimos caracteres), pero ocultarlo no es corregirlo: " +
				"`--fix` no lo aplica y la publicación sigue sin poder publicarse hasta que una persona quite el dato.",
			EN: "Personal data is never published (criterion 6.III) and account managers protect confidential information (5.2 b). " +
				"The rule finds CURPs, personal RFCs, the voter key, CIC and OCR of the INE credential, passports, CLABEs, card and social security " +
				"numbers (checking structure and check digit), phone numbers in any written form, e-mail addresses, home addresses and dates of birth, " +
				"even when written with spaces, dots, dashes, line breaks, lower case or invisible characters. The institution's public data (domains, " +
				"phones, e-mails and addresses under `institution:`) and the polling places and offices announced as such are not personal. " +
				"A labelled identifier with a wrong check digit is an error too: most likely a real one mistyped. A mask (keeping the last two characters) is offered, but masking is not a correction: " +
				"`--fix` does not apply it and the post still fails until a person removes the data.",
		},
		Bad:      "Felicidades a la ganadora del concurso; su celular es 662 000 0000 y vive en Calle Pino 12, Col. Centro.",
		Good:     "Felicidades a la ganadora del concurso; nos pondremos en contacto con ella por mensaje privado.",
		Reads:    lint.ReadsVerbatim | lint.ReadsLinks,
		Messages: msgs,
	}
}

// Meta describes the rule.
func (r *PersonalData) Meta() lint.Meta { return r.meta }

// Check reports the personal data in the post.
func (r *PersonalData) Check(p *lint.Pass) error {
	r.find(p.Doc, p.Config, func(kind string, sp lint.Span, possible bool, masked string) {
		shown := strings.Join(strings.Fields(masked), " ")
		// A labelled identifier whose check digit does not match is most
		// likely a real one mistyped: as much an error as a valid one.
		key := kind
		if possible {
			key = kind + "-possible"
		}
		p.Report(lint.Finding{
			Kind:    kind,
			Span:    sp,
			Message: p.Msgf(key, shown),
			// A mask hides the data but is not a correction: the post
			// still fails, and a person decides what to publish.
			Fixes: []lint.Fix{{
				Message: p.Msgf("fix", shown),
				Edits:   []lint.Edit{{Start: sp.Start, End: sp.End, New: masked}},
			}},
		})
	})
	return nil
}

// pdOut is where the scanners send what they find: emit gets the kind, the
// span in Doc.Text, whether it is only possible, and the masked value.
type pdOut struct {
	cfg  *lint.Config
	doc  *lint.Document
	emit func(kind string, sp lint.Span, possible bool, masked string)
}

// find runs the single pass over doc and the detectors on its results.
func (r *PersonalData) find(doc *lint.Document, cfg *lint.Config, emit func(string, lint.Span, bool, string)) {
	text := doc.Text
	if len(text) == 0 {
		return
	}
	p := &pdOut{cfg: cfg, doc: doc, emit: emit}
	reuse, _ := r.scans.Get().(*pdScan)
	s := newPDScan(text, doc.Tokens(), reuse)
	defer func() {
		if len(text) <= maxPooledScan {
			s.text, s.toks = "", nil
			r.scans.Put(s)
		}
	}()
	if r.want(KindEmail) {
		r.scanEmails(p, s)
	}
	r.scanAlnum(p, s)
	r.scanDigits(p, s)
	if r.want(KindBirthdate) {
		r.scanBirthdates(p, s)
	}
	if r.want(KindAddress) {
		r.scanAddresses(p, s)
	}
}

func (r *PersonalData) want(kind string) bool { return !r.ignore[kind] }

// report sends a finding of kind over sp (offsets of Doc.Text) unless the
// kind is ignored, the span overlaps one already reported, or the value is
// allowed. possible marks a labelled identifier with a wrong check digit.
func (r *PersonalData) report(p *pdOut, s *pdScan, kind string, sp lint.Span, possible bool) {
	if r.ignore[kind] || sp.Start >= sp.End || !s.take(sp) {
		return
	}
	orig := s.text[sp.Start:sp.End]
	if r.allow[mxid.Normalize(orig)] {
		return
	}
	// A wrong check digit next to "por ejemplo" is a made-up example, like
	// those that circulate in tutorials.
	if possible && s.exampleContext(sp.Start) {
		return
	}
	p.emit(kind, sp, possible, maskValue(orig))
}

// maskValue replaces every letter and digit of v but the last two with '*',
// keeping separators, so the text never grows.
func maskValue(v string) string {
	n := 0
	for _, c := range v {
		if maskable(c) {
			n++
		}
	}
	var b strings.Builder
	b.Grow(len(v))
	k := 0
	for _, c := range v {
		switch {
		case !maskable(c):
			switch {
			case c < ' ' && c != '\n':
			case c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007:
				b.WriteByte(' ')
			case c >= 0x80:
				// One byte for any other character: NFC may have made the
				// view's form longer than the original's.
				b.WriteByte('*')
			default:
				b.WriteByte(byte(c))
			}
		default:
			k++
			if k > n-2 {
				b.WriteRune(c)
			} else {
				b.WriteByte('*')
			}
		}
	}
	return b.String()
}

func maskable(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && isLetterRune(c)
}
