package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vocero/vocero/lint"
)

// The shapes in which people write a phone number of the Mexican numbering
// plan (IFT: ten digits since 2019, a two- or three-digit area code; the
// old 044/045 mobile and 01 long-distance prefixes; +52, +52 1, 52 and
// 0052 from abroad) and North American numbers, with every usual
// separator, brackets around the area code, full-width digits, invisible
// characters and a line break inside. Each is written as it must be
// quoted by the finding.
var pdPhoneGenShapes = []string{
	"6625550142", "662 555 0142", "662-555-0142", "662.555.0142", "662 555-0142", "662.555 0142", "662 - 555 - 0142",
	"(662) 555 0142", "(662)555-0142", "(662) 555.01.42", "(662)-555-0142", "(55) 5555 0142", "(55)5555-0142", "(33) 3555-0142",
	"55 5555 0142", "55-5555-0142", "662 555 01 42", "662-555-01-42", "66 25 55 01 42", "662 5550142", "6625 550 142",
	"+52 662 555 0142", "+52 1 662 555 0142", "+521 662 555 0142", "+52 (662) 555-0142", "+526625550142", "+52-662-555-0142",
	"+52.662.555.0142", "+52 55 5555 0142", "+52 1 (55) 5555-0142",
	"52 662 555 0142", "52 1 662 555 0142", "0052 662 555 0142", "00 52 662 555 0142",
	"044 662 555 0142", "045 55 5555 0142", "044 (662) 555 0142", "01 662 555 0142", "01 (662) 555 0142", "01-662-555-0142",
	"+1 (520) 555-0142", "+1 520 555 0142", "+1-520-555-0142", "001 520 555 0142",
	"６６２ ５５５ ０１４２", "662\u00a0555\u00a00142", "662\u200b555\u200b0142", "662\u202f555\u202f0142", "662 555\n0142",
	"(662)\u2011555\u20110142", "662\u2013555\u20130142",
}

// pdPhoneGenLabels are the ways people label their own line: abbreviated,
// accented or not, in any case, and the verbs that invite a call or a
// message. The empty label leaves the number alone.
var pdPhoneGenLabels = []string{
	"", "tel", "tel.", "Tel:", "TEL.:", "teléfono", "Teléfono:", "telefono", "tels.", "cel", "cel.", "Cel:", "CEL.", "celular",
	"Celular:", "móvil", "movil", "Móvil:", "whats", "Whats:", "wa", "WA:", "WhatsApp", "whatsapp:", "Whatsapp", "tel/whats",
	"Tel/WhatsApp:", "tel. y whats", "contacto:", "Contacto", "llama al", "Llámale al", "marca al", "márcale al",
	"comunícate al", "escribe al", "escríbele al", "mándale mensaje al", "número:", "núm.", "No. de cel.", "informes al",
}

// pdPhoneGenPositions place the labelled number in a post: alone, in the
// middle of a sentence, at its end, right after punctuation, inside
// brackets, after an emoji, and after a person's name.
var pdPhoneGenPositions = []string{
	"{X}", "Si tienes dudas, {X} y con gusto te ayudo.", "Dudas: {X}", "¡Gracias!{X}", "¿Dudas? {X}.", "(informes {X})",
	"📱 {X}", "📞{X}", "Pregunta por Ana, {X}.", "Hola:\n{X}\nSaludos", "— {X} —", "«{X}»", "*{X}*",
}

// TestPersonalDataPhoneGenerated crosses shapes, labels and positions and
// asserts the one finding and its span.
func TestPersonalDataPhoneGenerated(t *testing.T) {
	l := pdLinter(t, lint.Config{Institution: pdInstitution})
	fails, n := 0, 0
	for _, shape := range pdPhoneGenShapes {
		for _, label := range pdPhoneGenLabels {
			for _, sep := range []string{" ", "", ": "} {
				if label == "" && sep != " " || sep == ": " && strings.HasSuffix(label, ":") {
					continue
				}
				x := strings.TrimPrefix(label+sep+shape, " ")
				for _, pos := range pdPhoneGenPositions {
					text := strings.Replace(pos, "{X}", x, 1)
					n++
					fs := pdFindings(t, l, text)
					if len(fs) == 1 && fs[0].Kind == KindPhone && fs[0].Text == shape && fs[0].Severity == lint.Error {
						continue
					}
					if fails++; fails <= 25 {
						t.Errorf("%q: want phone %q, got %s", text, shape, pdSummary(fs))
					}
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d posts failed", fails, n)
	}
	t.Logf("%d posts", n)
}

// Numbers that are no phone: dates, times, years, periods, acuerdos and
// folios, amounts, vote counts, postal codes, ISBNs, articles, coordinates
// and digits in links, each in the same positions.
var pdPhoneGenNegatives = []string{
	"la jornada es el 06/06/2027", "el 06-06-2027 a las 08:00", "del 01.03.2027 al 15.03.2027", "de 8:00 a 18:00 h",
	"el acuerdo IEE/CG/123/2027", "el acuerdo IEEyPC/CG/1234/2027", "el oficio IEE/SE/6625/2027", "el expediente IEE/PSO/123/2027",
	"el folio 6625550142", "Folio: 662 555 0142", "Expediente 662-555-0142", "con 1 234 567 votos", "con 1,234,567 votos",
	"PAN 125,432; PRI 98,765; MORENA 210,987", "un presupuesto de $662,555,014.20", "por $ 662 555 0142",
	"662 555 014 pesos", "C.P. 83000", "código postal 83280", "ISBN 978-607-12-3456-7", "ISBN: 9786071234567",
	"el artículo 123 de la Ley 662", "el proceso 2026-2027", "los años 2018, 2021, 2024 y 2027", "la sección 1234",
	"en https://ieesonora.org.mx/docs/2027/6625550142.pdf", "en https://x.com/IEESonora/status/1812345678901234567",
	"en 29.0729, -110.9559", "con 6 621 casillas", "a 1 034 567 habitantes", "Total: 6625550142", "Registro 1234567890",
	"el 12 de marzo de 2027 a las 10:00 horas", "INETEL 800 433 2000", "al 800 123 4567", "Llámanos al 662 259 4900",
	"al 911 o al 089", "la lista nominal de 2 215 567", "Distrito 05, Sección 0142", "Matrícula 2027123456",
	"Número de control 2027123456", "Cuenta predial 662-555-0142", "Recibo número 6625550142", "Ticket #6625550142",
	"No. de solicitud 2027000142", "por ejemplo 662 555 0142", "Factura 6625550142",
}

// TestPersonalDataPhoneGeneratedNegatives places each number that is no
// phone in every position and expects no finding.
func TestPersonalDataPhoneGeneratedNegatives(t *testing.T) {
	l := pdLinter(t, lint.Config{Institution: pdInstitution})
	for _, neg := range pdPhoneGenNegatives {
		for _, pos := range pdPhoneGenPositions {
			text := strings.Replace(pos, "{X}", neg, 1)
			assert.Empty(t, pdFindings(t, l, text), "%q", text)
		}
	}
}
