package rules

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/mxid"
)

// pdIDs are synthetic identifiers made for the tests (never real data).
type pdIDs struct {
	curp, curp2, rfc, companyRFC, clave, clabe, card, amex, nss string
}

func newPDIDs(seed uint64) pdIDs {
	r := rand.New(rand.NewPCG(seed, 2027))
	amex := fmt.Sprintf("37%012d", r.Int64N(1e12))
	amex += string(mxid.LuhnCheckDigit(amex))
	return pdIDs{amex: amex,
		curp: mxid.NewCURP(r), curp2: mxid.NewCURP(r), rfc: mxid.NewRFC(r), companyRFC: mxid.NewCompanyRFC(r),
		clave: mxid.NewClaveElector(r), clabe: mxid.NewCLABE(r), card: mxid.NewCard(r), nss: mxid.NewNSS(r),
	}
}

func pdLinter(t testing.TB, cfg lint.Config) *lint.Linter {
	t.Helper()
	if cfg.Date.IsZero() {
		cfg.Date = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	rule, err := personalDataFromConfig(&rc)
	require.NoError(t, err)
	l, err := lint.New(cfg, rule)
	require.NoError(t, err)
	return l
}

func pdFindings(t testing.TB, l *lint.Linter, text string) []lint.Finding {
	t.Helper()
	res := l.Lint(context.Background(), lint.Post{Text: text})
	require.NoError(t, res.Err)
	return res.Findings
}

// spaced writes an identifier in groups separated by sep.
func spaced(s string, sep string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		if n > len(s) {
			n = len(s)
		}
		parts = append(parts, s[:n])
		s = s[n:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

// zw puts a zero-width space between every character.
func zw(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 {
			b.WriteString("\u200b")
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fullWidth writes the digits of s as full-width digits.
func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r - '0' + '０')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

type pdCase struct {
	name, text string
	kind       string // "" expects no finding
	sev        lint.Severity
	quote      string // text the finding must cover (as written), if set
}

func pdPositives(id pdIDs) []pdCase {
	return []pdCase{
		{"curp plain", "Mi CURP es " + id.curp + ", gracias.", KindCURP, lint.Error, id.curp},
		{"curp unlabelled", "Dato del ganador: " + id.curp, KindCURP, lint.Error, id.curp},
		{"curp lower case", "curp: " + strings.ToLower(id.curp), KindCURP, lint.Error, ""},
		{"curp spaced", "CURP " + spaced(id.curp, " ", 4, 6, 6), KindCURP, lint.Error, ""},
		{"curp dotted", "CURP " + spaced(id.curp, ".", 4, 6, 1, 2, 3), KindCURP, lint.Error, ""},
		{"curp dashed", "curp: " + spaced(id.curp, "-", 4, 6, 6, 2), KindCURP, lint.Error, ""},
		{"curp line break", "Mi CURP:\n" + spaced(id.curp, "\n", 10), KindCURP, lint.Error, ""},
		{"curp zero width", "CURP " + zw(id.curp), KindCURP, lint.Error, ""},
		{"curp glued to word", "micurp" + id.curp + "gracias", KindCURP, lint.Error, ""},
		{"curp glued to punctuation", "(" + id.curp + ").", KindCURP, lint.Error, id.curp},
		{"curp full-width digits", "CURP " + fullWidth(id.curp), KindCURP, lint.Error, ""},
		{"curp in code", "Registro: `" + id.curp + "`", KindCURP, lint.Error, id.curp},
		{"curp wrong check digit labelled", "Mi CURP es " + mxid.BreakCheck(id.curp), KindCURP, lint.Error, ""},
		{"rfc labelled", "RFC: " + id.rfc, KindRFC, lint.Error, id.rfc},
		{"rfc unlabelled", "Factura a nombre de " + id.rfc + " por favor", KindRFC, lint.Error, id.rfc},
		{"rfc spaced", "rfc " + spaced(id.rfc, " ", 4, 6), KindRFC, lint.Error, ""},
		{"rfc glued to label", "RFC" + id.rfc, KindRFC, lint.Error, ""},
		{"rfc wrong check digit labelled", "mi RFC es " + mxid.BreakCheck(id.rfc), KindRFC, lint.Error, ""},
		{"clave de elector", "Clave de elector: " + id.clave, KindINEClave, lint.Error, id.clave},
		{"clave de elector unlabelled", "Su credencial " + strings.ToLower(id.clave) + " ya está lista", KindINEClave, lint.Error, ""},
		{"clave de elector spaced", "clave de elector " + spaced(id.clave, " ", 6, 8, 4), KindINEClave, lint.Error, ""},
		{"cic", "CIC: 123456789", KindINECIC, lint.Error, "123456789"},
		{"cic spaced", "el CIC de mi credencial es 1234 56789", KindINECIC, lint.Error, ""},
		{"ocr", "OCR 1234567890123", KindINEOCR, lint.Error, "1234567890123"},
		{"passport", "Pasaporte: G12345678", KindPassport, lint.Error, "G12345678"},
		{"passport digits", "número de pasaporte 123456789", KindPassport, lint.Error, ""},
		{"clabe", "Deposita a la CLABE " + id.clabe, KindCLABE, lint.Error, id.clabe},
		{"clabe unlabelled grouped", "Cuenta: " + spaced(id.clabe, " ", 3, 3, 11), KindCLABE, lint.Error, ""},
		{"clabe unlabelled plain", "Apoya con tu donativo: " + id.clabe, KindCLABE, lint.Error, ""},
		{"clabe wrong check labelled", "CLABE interbancaria " + mxid.BreakCheck(id.clabe), KindCLABE, lint.Error, ""},
		{"card", "Tarjeta " + spaced(id.card, " ", 4, 4, 4, 4), KindCard, lint.Error, ""},
		{"card plain", "Pago con " + id.card, KindCard, lint.Error, id.card},
		{"card dashed", spaced(id.card, "-", 4, 4, 4, 4), KindCard, lint.Error, ""},
		{"card wrong luhn labelled", "mi tarjeta " + mxid.BreakCheck(id.card), KindCard, lint.Error, ""},
		{"nss", "NSS: " + id.nss, KindNSS, lint.Error, id.nss},
		{"nss unlabelled", "Afiliado " + id.nss, KindNSS, lint.Error, ""},
		{"nss grouped", "número de seguridad social " + spaced(id.nss, " ", 2, 2, 2, 4), KindNSS, lint.Error, ""},
		{"nss wrong check labelled", "Mi NSS es " + mxid.BreakCheck(id.nss), KindNSS, lint.Error, ""},
		{"phone spaced", "Llámale al 662 123 4567", KindPhone, lint.Error, "662 123 4567"},
		{"phone parentheses", "Informes con Ana: (662) 123-45-67", KindPhone, lint.Error, ""},
		{"phone +52 1", "+52 1 662 1234567", KindPhone, lint.Error, ""},
		{"phone +52", "WhatsApp +52 662 123 4567", KindPhone, lint.Error, ""},
		{"phone dotted", "cel. 662.123.45.67", KindPhone, lint.Error, ""},
		{"phone plain", "Su número es 6621234567.", KindPhone, lint.Error, "6621234567"},
		{"phone glued label", "tel6621234567", KindPhone, lint.Error, ""},
		{"phone whatsapp", "WhatsApp: 662-123-4567", KindPhone, lint.Error, ""},
		{"phone line break", "Cel.\n662 123\n4567", KindPhone, lint.Error, ""},
		{"phone zero width", "tel " + zw("6621234567"), KindPhone, lint.Error, ""},
		{"phone full width", "cel " + fullWidth("662 123 4567"), KindPhone, lint.Error, ""},
		{"phone 52 prefix", "52 662 123 4567", KindPhone, lint.Error, ""},
		{"phone 044", "044 662 123 4567", KindPhone, lint.Error, ""},
		{"phone two-digit area", "Marca al 55 1234 5678", KindPhone, lint.Error, ""},
		{"phone pairs", "tel 66 21 23 45 67", KindPhone, lint.Error, ""},
		{"phone e164 abroad", "Desde EE. UU.: +1 520 555 0142", KindPhone, lint.Error, ""},
		{"phone e164 spain", "+34 612 34 56 78", KindPhone, lint.Error, ""},
		{"phone consejera", "Comunícate con la consejera al 662 123 4567", KindPhone, lint.Error, ""},
		{"email", "Escríbele a juan.perez85@gmail.com", KindEmail, lint.Error, "juan.perez85@gmail.com"},
		{"email company person", "correo: ana.lopez@empresa.com.mx", KindEmail, lint.Error, ""},
		{"email upper case", "ANA_LOPEZ@HOTMAIL.COM", KindEmail, lint.Error, ""},
		{"email arroba", "mi correo es ana.lopez arroba gmail punto com", KindEmail, lint.Error, ""},
		{"email at brackets", "ana.lopez[at]gmail[dot]com", KindEmail, lint.Error, ""},
		{"email spaced at", "ana.lopez @ gmail.com", KindEmail, lint.Error, ""},
		{"email role at gmail", "contacto@gmail.com", KindEmail, lint.Error, ""},
		{"address", "Vive en Calle Rosales 123, Col. Centro, Hermosillo", KindAddress, lint.Error, "Calle Rosales 123, Col. Centro, Hermosillo"},
		{"address cp", "Su domicilio: Av. Juárez #45, C.P. 83000", KindAddress, lint.Error, ""},
		{"address no marker", "Entregar en Rosales No. 123, colonia Pitic", KindAddress, lint.Error, ""},
		{"address line break", "Domicilio: Blvd. Kino 1000\nCol. Country Club", KindAddress, lint.Error, ""},
		{"birthdate labelled", "Fecha de nacimiento: 12/03/1985", KindBirthdate, lint.Error, "12/03/1985"},
		{"birthdate words", "Nací el 3 de mayo de 1990 en Cajeme", KindBirthdate, lint.Error, "3 de mayo de 1990"},
		{"birthdate iso", "F. de nac.: 1985-03-12", KindBirthdate, lint.Error, ""},
		{"birthdate third person recent", "La joven nació el 14 de febrero de 2001", KindBirthdate, lint.Error, ""},
	}
}

func pdNegatives(id pdIDs) []pdCase {
	return []pdCase{
		{"amount", "El presupuesto es de $1,250,000.00 pesos.", "", 0, ""},
		{"amount spaced", "Se asignaron 6 621 234 567 pesos al programa.", "", 0, ""},
		{"percentage", "La participación fue de 66.21%.", "", 0, ""},
		{"date", "La jornada electoral será el 06/06/2027.", "", 0, ""},
		{"iso date", "Fecha límite: 2027-06-06 a las 18:00 horas.", "", 0, ""},
		{"time", "Horario: 08:00 a 18:00.", "", 0, ""},
		{"folio", "Acuerdo IEEyPC/CG/123/2027 aprobado.", "", 0, ""},
		{"folio number", "Folio 6621234567 de la solicitud de información.", "", 0, ""},
		{"section", "Sección 1234, casilla básica.", "", 0, ""},
		{"district list", "Distritos 01 02 03 04 05 06 07 08 09 10 11 12", "", 0, ""},
		{"votes", "Se contaron 1 234 567 890 votos en total.", "", 0, ""},
		{"vote count plain", "La lista nominal tiene 2213456789 registros", "", 0, ""},
		{"year", "Proceso electoral 2026-2027.", "", 0, ""},
		{"years list", "Procesos 2018 2021 2024 2027", "", 0, ""},
		{"isbn", "ISBN 978-607-12-3456-7", "", 0, ""},
		{"isbn10", "ISBN 6071234567", "", 0, ""},
		{"url digits", "Consulta https://ieesonora.org.mx/documentos/6621234567/acuerdo.pdf", "", 0, ""},
		{"url query", "https://www.facebook.com/IEESonora/posts/10160123456789012", "", 0, ""},
		{"hashtag digits", "#Elecciones6621234567 participa", "", 0, ""},
		{"institution email", "Escríbenos a contacto@ieesonora.org.mx", "", 0, ""},
		{"institution subdomain email", "Dudas: juan.perez@consejo.ieesonora.org.mx", "", 0, ""},
		{"government email", "Denuncias: fepade@fgr.gob.mx", "", 0, ""},
		{"role email", "Prensa: prensa@teesonora.mx", "", 0, ""},
		{"example email", "Escribe tu correo así: nombre@ejemplo.com", "", 0, ""},
		{"mention", "Síguenos en @IEESonora y @INEMexico", "", 0, ""},
		{"toll free", "Llama a INETEL al 800 433 2000", "", 0, ""},
		{"office phone", "Oficinas del Consejo Municipal: 662 123 4567", "", 0, ""},
		{"phone extension", "Informes al 662 259 4900 ext. 1234", "", 0, ""},
		{"company rfc", "Proveedor con RFC " + id.companyRFC, "", 0, ""},
		{"generic rfc", "RFC genérico XAXX010101000", "", 0, ""},
		{"curp wrong check unlabelled", "Código " + mxid.BreakCheck(id.curp), "", 0, ""},
		{"clabe wrong check unlabelled", "Referencia " + mxid.BreakCheck(id.clabe), "", 0, ""},
		{"card wrong luhn unlabelled", "Código de barras " + mxid.BreakCheck(id.card), "", 0, ""},
		{"nss wrong check unlabelled", "Expediente " + mxid.BreakCheck(id.nss), "", 0, ""},
		{"cic unlabelled", "Se registraron 123456789 movimientos", "", 0, ""},
		{"ocr unlabelled", "Serie 1234567890123", "", 0, ""},
		{"polling place", "La casilla se instalará en la Escuela Primaria Benito Juárez, Calle Rosales 123, Col. Centro.", "", 0, ""},
		{"council seat", "Sede del Consejo Municipal: Av. Serdán 45, Col. Centro, C.P. 83000", "", 0, ""},
		{"office address", "Visita nuestras oficinas en Blvd. Luis Donaldo Colosio 35, Col. Prados del Centenario", "", 0, ""},
		{"date and colonia", "El 5 de junio vota en la colonia Centro.", "", 0, ""},
		{"historic birthdate", "Benito Juárez nació el 21 de marzo de 1806.", "", 0, ""},
		{"instructions", "Verifica que tu fecha de nacimiento esté bien en tu credencial.", "", 0, ""},
		{"placeholder curp", "Tu CURP tiene 18 caracteres, por ejemplo AAAA000000HAAAAA00.", "", 0, ""},
		{"phone shaped hours", "Atención de 9 a 15 horas, de lunes a viernes.", "", 0, ""},
		{"numbered list", "Requisitos:\n1. Credencial\n2. Comprobante\n3. CURP", "", 0, ""},
		{"big number words", "Más de 2 millones de personas votaron en 2024.", "", 0, ""},
		{"clean institutional", "El Consejo General del IEE Sonora aprobó el calendario del proceso electoral local 2026-2027.", "", 0, ""},
		{"percent list", "Resultados: 45.3%, 30.1%, 24.6%", "", 0, ""},
		{"coordinates", "Ubicación: 29.0729, -110.9559", "", 0, ""},
		{"phone short labelled", "Extensión 1234", "", 0, ""},
		{"tweet id", "Ver https://x.com/IEESonora/status/1812345678901234567", "", 0, ""},
		{"ip url", "Accede al sistema en http://201.150.10.20/registro", "", 0, ""},
		{"server ip", "Servidor de pruebas: 192.168.10.20", "", 0, ""},
		{"url without scheme", "Manual en www.ieesonora.org.mx/manuales/6621234567.pdf", "", 0, ""},
		{"lista nominal", "Lista nominal: 2213456789", "", 0, ""},
		{"count then noun", "Hay 6621234567 razones para votar", "", 0, ""},
		{"expediente", "Expediente: 6621234567", "", 0, ""},
		{"oficio", "Número de oficio 6621234567", "", 0, ""},
		{"toll free dashed", "Llámanos: 800-123-4567", "", 0, ""},
		{"institution voice", "Llámanos al (662) 259 4900 para cualquier duda.", "", 0, ""},
		{"attention line", "Línea de atención ciudadana 662 259 4900, extensión 2100.", "", 0, ""},
		{"council address", "Consejo Municipal Electoral de Hermosillo, Calle Rosales 40, Col. Centro", "", 0, ""},
		{"polling list", "Las casillas se ubicarán en: Calle Uno 123, Col. Centro; Calle Dos 456, Col. Norte", "", 0, ""},
		{"public place after", "Blvd. Navarrete 123 Local 4, Col. Raquet Club: oficina de enlace del Instituto", "", 0, ""},
		{"example curp", "Por ejemplo, una CURP se ve así: " + mxid.BreakCheck(id.curp), "", 0, ""},
		{"company rfc of the institute", "El RFC del Instituto es IEE960101AB1.", "", 0, ""},
		{"school key", "Clave de la escuela sede: 26DPR0123X, turno matutino.", "", 0, ""},
		{"digital signature string", "Cadena original ||1.1|ABC123|2027-03-01T12:00:00|", "", 0, ""},
		{"times compact", "El horario es de 0800 a 1500", "", 0, ""},
		{"votes mixed", "Resultados: 662 votos contra 1234567 en total", "", 0, ""},
		{"page numbers", "Tomo 662, página 123, año 4567", "", 0, ""},
		{"date and place", "El 10/06/2027 a las 10:00 en la sede", "", 0, ""},
		{"role email elsewhere", "Escribe a contacto@partido-local.org.mx", "", 0, ""},
		{"mention digits", "@IEESonora6621234567 no es una cuenta oficial.", "", 0, ""},
		{"mailto institution", "mailto:oficialia@ieesonora.org.mx", "", 0, ""},
	}
}

func TestPersonalDataCases(t *testing.T) {
	l := pdLinter(t, lint.Config{})
	id := newPDIDs(1)
	pos, neg := pdPositives(id), pdNegatives(id)
	require.GreaterOrEqual(t, len(neg), len(pos), "at least as many negatives as positives")
	for _, tc := range append(pos, neg...) {
		t.Run(tc.name, func(t *testing.T) {
			fs := pdFindings(t, l, tc.text)
			if tc.kind == "" {
				assert.Empty(t, fs, "%q", tc.text)
				return
			}
			require.Len(t, fs, 1, "%q: %v", tc.text, fs)
			f := fs[0]
			assert.Equal(t, tc.kind, f.Kind, "%q", tc.text)
			assert.Equal(t, tc.sev, f.Severity)
			assert.Equal(t, "personal-data", f.Rule)
			assert.Contains(t, f.Message, "6.III")
			if strings.Contains(tc.name, "wrong check") {
				assert.Contains(t, f.Message, "dígito verificador no coincide")
			}
			if tc.quote != "" {
				assert.Equal(t, tc.quote, f.Text)
			}
			require.Len(t, f.Fixes, 1)
			assert.False(t, f.Fixes[0].Safe, "a mask is not a correction")
			require.Len(t, f.Fixes[0].Edits, 1)
			e := f.Fixes[0].Edits[0]
			assert.LessOrEqual(t, len(e.New), e.End-e.Start, "mask grows the text")
			assert.NotContains(t, f.Message, strings.TrimSpace(f.Text[:len(f.Text)-2]), "message repeats the data")
		})
	}
}

func TestPersonalDataManySeeds(t *testing.T) {
	// Every generated identifier, in several written forms, is found.
	l := pdLinter(t, lint.Config{})
	for seed := uint64(0); seed < 200; seed++ {
		id := newPDIDs(seed)
		for _, tc := range []pdCase{
			{text: "CURP " + id.curp, kind: KindCURP},
			{text: "curp " + strings.ToLower(spaced(id.curp, " ", 4, 6, 6)), kind: KindCURP},
			{text: "RFC " + id.rfc, kind: KindRFC},
			{text: "clave de elector " + id.clave, kind: KindINEClave},
			{text: "CLABE " + spaced(id.clabe, " ", 3, 3, 11), kind: KindCLABE},
			{text: "tarjeta " + spaced(id.card, " ", 4, 4, 4, 4), kind: KindCard},
			{text: "NSS " + id.nss, kind: KindNSS},
		} {
			fs := pdFindings(t, l, tc.text)
			require.Len(t, fs, 1, "seed %d: %q", seed, tc.text)
			require.Equal(t, tc.kind, fs[0].Kind, "seed %d: %q", seed, tc.text)
			require.Equal(t, lint.Error, fs[0].Severity)
		}
	}
}

func TestPersonalDataInstitution(t *testing.T) {
	cfg := lint.Config{Institution: lint.Institution{
		Domains:   []string{"ieesonora.org.mx", "votasonora.mx"},
		Phones:    []string{"(662) 259 4900"},
		Emails:    []string{"ieesonora@gmail.com"},
		Addresses: []string{"Blvd. Luis Encinas No. 35, Col. San Benito, Hermosillo"},
	}}
	l := pdLinter(t, cfg)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Llámanos al 662 259 4900", ""},
		{"Llámanos al +52 (662) 259-49-00", ""},
		{"tel. 6622594900", ""},
		{"Escríbenos a ieesonora@gmail.com", ""},
		{"Informes: dudas@votasonora.mx", ""},
		{"Nuestro domicilio: Bulevar Luis Encinas 35, colonia San Benito", ""},
		{"Comunícate con Ana al 662 259 4901", KindPhone},
		{"Escríbenos a otra.persona@gmail.com", KindEmail},
		{"Vive en Calle Luis Encinas 36, Col. San Benito", KindAddress},
	} {
		t.Run(tc.text, func(t *testing.T) {
			fs := pdFindings(t, l, tc.text)
			if tc.want == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, tc.want, fs[0].Kind)
		})
	}
}

func TestPersonalDataOptions(t *testing.T) {
	id := newPDIDs(3)
	cfg, err := lint.ParseConfig([]byte("rules:\n  personal-data:\n    ignore: [address]\n    allow: [\""+spaced(id.clabe, " ", 3, 3, 12)+"\"]\n"), "vocero.yaml")
	require.NoError(t, err)
	l := pdLinter(t, cfg)
	assert.Empty(t, pdFindings(t, l, "Vive en Calle Rosales 123, Col. Centro"))
	assert.Empty(t, pdFindings(t, l, "Donativos a la CLABE "+id.clabe))
	assert.Len(t, pdFindings(t, l, "CURP "+id.curp), 1)

	_, err = NewPersonalData(PersonalDataOptions{Ignore: []string{"shoe-size"}})
	require.ErrorContains(t, err, "shoe-size")
	bad, err := lint.ParseConfig([]byte("rules:\n  personal-data:\n    ignorar: [address]\n"), "vocero.yaml")
	require.NoError(t, err)
	rc, err := bad.Resolve()
	require.NoError(t, err)
	_, err = personalDataFromConfig(&rc)
	require.ErrorContains(t, err, "vocero.yaml:3")
}

func TestPersonalDataMasking(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"GOMA850101HSRRRN09", "****************09"},
		{"662 123 4567", "*** *** **67"},
		{"juan@gmail.com", "****@*****.*om"},
		{"１２３４", "****"},
		{"Ñandú 12", "***** 12"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := maskValue(tc.in)
			assert.Equal(t, tc.want, got)
			assert.LessOrEqual(t, len(got), len(tc.in))
		})
	}
}

func TestPersonalDataFixMasksOriginal(t *testing.T) {
	id := newPDIDs(5)
	l := pdLinter(t, lint.Config{})
	text := "Mi CURP es " + zw(id.curp) + " y mi cel 662\u00a0123\u00a04567."
	// A mask is not a correction: --fix (safe fixes only) leaves the data,
	// and the post still fails.
	same, n, err := l.Fix(context.Background(), lint.Post{Text: text}, nil)
	require.NoError(t, err)
	assert.Equal(t, text, same)
	assert.Zero(t, n)
	assert.Len(t, pdFindings(t, l, same), 2)
	// Chosen by a person, the mask hides the data.
	fixed, _, err := l.Fix(context.Background(), lint.Post{Text: text}, bestFix)
	require.NoError(t, err)
	assert.Equal(t, "Mi CURP es ****************"+id.curp[16:]+" y mi cel *** *** **67.", fixed)
	assert.Empty(t, pdFindings(t, l, fixed))
}

func TestPersonalDataMarkdownRegions(t *testing.T) {
	id := newPDIDs(6)
	l := pdLinter(t, lint.Config{})
	text := "Consulta [aquí](mailto:ana.lopez@gmail.com) y `" + id.curp + "`"
	a := strings.Index(text, "mailto")
	b := strings.Index(text, "`")
	post := lint.Post{Text: text, Regions: []lint.Region{
		{Start: a, End: a + len("mailto:ana.lopez@gmail.com"), Kind: lint.Link},
		{Start: b + 1, End: b + 1 + len(id.curp), Kind: lint.Verbatim},
	}}
	res := l.Lint(context.Background(), post)
	require.NoError(t, res.Err)
	var kinds []string
	for _, f := range res.Findings {
		kinds = append(kinds, f.Kind)
	}
	assert.ElementsMatch(t, []string{KindEmail, KindCURP}, kinds)
}

func TestPersonalDataHostileInput(t *testing.T) {
	l := pdLinter(t, lint.Config{})
	for name, text := range map[string]string{
		"invalid utf8": "CURP \xff\xfe" + strings.Repeat("\x80", 40) + " tel \xff662 123 4567",
		"nul":          "tel\x00662\x00123\x004567",
		"lone marks":   "\u0301\u0301CURP\u200d\u200d",
	} {
		t.Run(name, func(t *testing.T) {
			res := l.Lint(context.Background(), lint.Post{Text: text})
			require.NoError(t, res.Err)
		})
	}
}

// TestPersonalDataLinearTime runs the rule's scanners on 1 MiB of
// adversarial repetitions; each must finish in time linear in the input
// (the bound is generous for a busy machine).
func TestPersonalDataLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	rc, err := (lint.Config{}).Resolve()
	require.NoError(t, err)
	rule, err := personalDataFromConfig(&rc)
	require.NoError(t, err)
	r := rule.(*PersonalData)
	for _, unit := range []string{
		"1234 ", "662 123 4567 ", "a@", "@b.co ", "ABCD850101", "Calle 1 col. ", "c.p. 83000 ", "Calle Pino 12, Col. Centro ",
		"nació el 1/1/", "ana arroba ", "col. Centro ", "0", "(at)", "tel ", "+", "GOMA8501", "x.x.x.x",
	} {
		t.Run(unit, func(t *testing.T) {
			text := strings.Repeat(unit, (1<<20)/len(unit))
			doc := lint.NewDocument(&lint.Post{Text: text}, &rc)
			doc.Tokens()
			start := time.Now()
			r.find(doc, &rc, func(_ string, sp lint.Span, _ bool, masked string) {
				require.LessOrEqual(t, len(masked), sp.End-sp.Start)
			})
			assertQuick(t, start, 20*time.Second)
		})
	}
}

func TestPersonalDataTestdata(t *testing.T) {
	runTestdata(t, "personal-data", personalDataFromConfig)
}

func ExampleNewPersonalData() {
	rule, _ := NewPersonalData(PersonalDataOptions{
		Institution: lint.Institution{Phones: []string{"662 259 4900"}},
	})
	l, _ := lint.New(lint.Config{}, rule)
	res := l.Lint(context.Background(), lint.Post{Text: "Informes al 662 259 4900 o con Ana al (662) 123-45-67."})
	for _, f := range res.Findings {
		fmt.Println(f.Kind, f.Severity, f.Text, "→", f.Fixes[0].Edits[0].New)
	}
	// Output:
	// phone error (662) 123-45-67 → (***) ***-**-67
}

// pdTemplate fills {CURP}, {RFC}, {RFCM}, {CLAVE}, {CLABE}, {CARD}, {AMEX} and {NSS}
// in labelled posts with identifiers generated for the case, written as the
// modifiers say: lower, bad (wrong check digit), zw (zero-width spaces), fw
// (full-width digits), g=4.6 / d=4.6 / p=4.6 / n=10 (groups joined by
// spaces, dashes, dots or line breaks).
var pdTemplate = regexp.MustCompile(`\{([A-Z]+)((?:\|[^|}]+)*)\}`)

func fillPDTemplate(t testing.TB, text string, seed uint64) string {
	id := newPDIDs(seed)
	return pdTemplate.ReplaceAllStringFunc(text, func(m string) string {
		sub := pdTemplate.FindStringSubmatch(m)
		v := map[string]string{"CURP": id.curp, "RFC": id.rfc, "RFCM": id.companyRFC, "CLAVE": id.clave,
			"CLABE": id.clabe, "CARD": id.card, "AMEX": id.amex, "NSS": id.nss}[sub[1]]
		require.NotEmpty(t, v, "unknown placeholder %s", m)
		for _, mod := range strings.Split(strings.TrimPrefix(sub[2], "|"), "|") {
			name, arg, _ := strings.Cut(mod, "=")
			var sizes []int
			for _, a := range strings.Split(arg, ".") {
				if n, err := strconv.Atoi(a); err == nil {
					sizes = append(sizes, n)
				}
			}
			switch name {
			case "":
			case "lower":
				v = strings.ToLower(v)
			case "bad":
				v = mxid.BreakCheck(v)
			case "zw":
				v = zw(v)
			case "fw":
				v = fullWidth(v)
			case "g":
				v = spaced(v, " ", sizes...)
			case "d":
				v = spaced(v, "-", sizes...)
			case "p":
				v = spaced(v, ".", sizes...)
			case "n":
				v = spaced(v, "\n", sizes...)
			default:
				t.Fatalf("unknown modifier %q in %s", mod, m)
			}
		}
		return v
	})
}

type pdLabelled struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Want     []string `json:"want"`
	Severity string   `json:"severity"`
}

// TestPersonalDataLabelled measures precision and recall on the labelled
// set: positives in many written forms and hard negatives.
func TestPersonalDataLabelled(t *testing.T) {
	data, err := os.ReadFile("testdata/personal-data/labelled.jsonl")
	require.NoError(t, err)
	l := pdLinter(t, lint.Config{})
	var tp, fp, fn, cases, positives int
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c pdLabelled
		require.NoError(t, json.Unmarshal([]byte(line), &c), "line %d", i+1)
		cases++
		if len(c.Want) > 0 {
			positives++
		}
		text := fillPDTemplate(t, c.Text, uint64(i)+100)
		fs := pdFindings(t, l, text)
		want := map[string]int{}
		for _, k := range c.Want {
			want[k]++
		}
		for _, f := range fs {
			if want[f.Kind] > 0 {
				want[f.Kind]--
				tp++
				if c.Severity != "" {
					assert.Equal(t, c.Severity, f.Severity.String(), "%s: %q", c.ID, text)
				}
				continue
			}
			fp++
			t.Logf("%s: unexpected %s %q in %q", c.ID, f.Kind, f.Text, text)
		}
		for k, n := range want {
			if n > 0 {
				fn += n
				t.Logf("%s: missed %s in %q", c.ID, k, text)
			}
		}
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	t.Logf("labelled set: %d posts (%d with personal data), tp=%d fp=%d fn=%d, precision %.4f, recall %.4f", cases, positives, tp, fp, fn, precision, recall)
	require.GreaterOrEqual(t, cases, 300)
	require.GreaterOrEqual(t, cases-positives, positives, "at least as many negatives as positives")
	assert.GreaterOrEqual(t, precision, 0.99)
	assert.GreaterOrEqual(t, recall, 0.99)
}

// TestPersonalDataCleanCorpus checks the project's corpus of clean posts.
func TestPersonalDataCleanCorpus(t *testing.T) {
	l := pdLinter(t, lint.Config{})
	for _, name := range []string{"clean.jsonl", "replies.jsonl"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
		require.NoError(t, err)
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var c pdLabelled
			require.NoError(t, json.Unmarshal([]byte(line), &c))
			assert.Empty(t, pdFindings(t, l, c.Text), "%s: %q", c.ID, c.Text)
		}
	}
}

func TestPersonalDataMetaExamples(t *testing.T) {
	r, err := NewPersonalData(PersonalDataOptions{})
	require.NoError(t, err)
	m := r.Meta()
	require.NoError(t, m.Validate())
	l := pdLinter(t, lint.Config{})
	bad := pdFindings(t, l, m.Bad)
	require.NotEmpty(t, bad)
	for _, f := range bad {
		assert.Equal(t, lint.Error, f.Severity)
	}
	assert.Empty(t, pdFindings(t, l, m.Good))
	for _, k := range pdKinds {
		assert.Contains(t, m.Messages, k.id)
		assert.Contains(t, m.Messages, k.id+"-possible")
	}
	en := pdLinter(t, lint.Config{Lang: lint.English})
	fs := pdFindings(t, en, "cel 662 000 0000")
	require.Len(t, fs, 1)
	assert.Equal(t, "Personal data (phone number): «*** *** **00»; remove it or send it through a private channel (criteria 6.III and 5.2 b)", fs[0].Message)
}
