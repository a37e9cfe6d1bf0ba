package rules

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/mxid"
)

// pdRow is one case of a category table: the post, the kind of the one
// error-level finding expected ("" for none) and, when set, the text the
// finding must cover exactly, as written.
type pdRow struct {
	name, text, kind, quote string
}

// runPDRows checks every row with l. Texts may hold the placeholders of
// fillPDTemplate ({CURP|bad}, …).
func runPDRows(t *testing.T, l *lint.Linter, rows []pdRow) {
	t.Helper()
	for i, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			text := fillPDTemplate(t, tc.text, uint64(i)+500)
			quote := fillPDTemplate(t, tc.quote, uint64(i)+500)
			fs := pdFindings(t, l, text)
			if tc.kind == "" {
				assert.Empty(t, fs, "%q", text)
				return
			}
			require.Len(t, fs, 1, "%q: %v", text, fs)
			assert.Equal(t, tc.kind, fs[0].Kind, "%q", text)
			assert.Equal(t, lint.Error, fs[0].Severity, "%q", text)
			if quote != "" {
				assert.Equal(t, quote, fs[0].Text, "%q", text)
			}
		})
	}
}

// pdTableSizes guards against a category table shrinking to a token: each
// has at least min positive and min negative rows.
func requireBothSides(t *testing.T, rows []pdRow, min int) {
	t.Helper()
	pos, neg := 0, 0
	for _, r := range rows {
		if r.kind == "" {
			neg++
		} else {
			pos++
		}
	}
	require.GreaterOrEqual(t, pos, min, "positive rows")
	require.GreaterOrEqual(t, neg, min, "negative rows")
}

// Mexican passports (SRE) carry one letter and eight digits; older ones
// nine or ten digits.
var pdPassportRows = []pdRow{
	{"labelled", "Pasaporte: G12345678", KindPassport, "G12345678"},
	{"labelled lower case", "pasaporte g12345678", KindPassport, "g12345678"},
	{"label then phone word", "Mi pasaporte mexicano, número N87654321, vence en 2029", KindPassport, "N87654321"},
	{"number word only", "número G22345678", KindPassport, "G22345678"},
	{"unlabelled", "Datos del viajero: E00112233", KindPassport, "E00112233"},
	{"letter apart", "su pasaporte es G 1234 5678", KindPassport, "G 1234 5678"},
	{"dashed", "Pasaporte G-12345678", KindPassport, "G-12345678"},
	{"english label", "Passport no. K23456789", KindPassport, "K23456789"},
	{"old numeric", "No. de pasaporte 123456789", KindPassport, "123456789"},
	{"in parentheses", "(pasaporte Y98765432)", KindPassport, "Y98765432"},
	{"folio", "Folio A12345678 de la solicitud", "", ""},
	{"oficio", "Oficio B12345678", "", ""},
	{"two letters", "Vuelo AM12345678 confirmado", "", ""},
	{"letter after", "Código G12345678X", "", ""},
	{"nine digits", "Referencia G123456789", "", ""},
	{"seven digits", "Modelo G1234567", "", ""},
	{"hashtag", "#G12345678 es tendencia", "", ""},
	{"mention", "@G12345678 no es oficial", "", ""},
	{"link", "https://ieesonora.org.mx/d/G12345678", "", ""},
	{"word then count", "y 12345678 votos", "", ""},
	{"boleta", "Boleta A12345678", "", ""},
	{"contrato", "Contrato N12345678 adjudicado", "", ""},
}

func TestPersonalDataPassports(t *testing.T) {
	requireBothSides(t, pdPassportRows, 8)
	runPDRows(t, pdLinter(t, lint.Config{}), pdPassportRows)
}

// A labelled identifier whose check digit does not match is an error with
// its own message; an unlabelled string with a bad check digit is noise.
var pdCheckDigitRows = []pdRow{
	{"curp labelled", "CURP: {CURP|bad}", KindCURP, "{CURP|bad}"},
	{"curp lower case", "mi curp es {CURP|bad|lower}", KindCURP, ""},
	{"curp spaced", "CURP {CURP|bad|g=4.6.6}", KindCURP, ""},
	{"rfc labelled", "RFC {RFC|bad}", KindRFC, "{RFC|bad}"},
	{"rfc colon", "R.F.C.: {RFC|bad}", KindRFC, ""},
	{"clabe labelled", "CLABE interbancaria: {CLABE|bad}", KindCLABE, "{CLABE|bad}"},
	{"nss labelled", "NSS {NSS|bad}", KindNSS, "{NSS|bad}"},
	{"card labelled", "tarjeta {CARD|bad|g=4.4.4.4}", KindCard, ""},
	{"rfc without homoclave", "Su RFC es GOMA850101, sin homoclave", KindRFC, "GOMA850101"},
	{"rfc without homoclave dashed", "RFC: goma-850101", KindRFC, "goma-850101"},
	{"curp unlabelled", "Código {CURP|bad}", "", ""},
	{"rfc unlabelled", "Clave {RFC|bad} del trámite", "", ""},
	{"clabe unlabelled", "Referencia {CLABE|bad}", "", ""},
	{"nss unlabelled", "Expediente {NSS|bad}", "", ""},
	{"card unlabelled", "Código de barras {CARD|bad}", "", ""},
	{"example", "Por ejemplo, una CURP se ve así: {CURP|bad}", "", ""},
	{"company rfc", "RFC del proveedor: {RFCM}", "", ""},
	{"rfc without homoclave unlabelled", "Clave GOMA850101 del trámite", "", ""},
	{"generic rfc", "RFC genérico XAXX010101000", "", ""},
}

func TestPersonalDataWrongCheckDigit(t *testing.T) {
	requireBothSides(t, pdCheckDigitRows, 6)
	l := pdLinter(t, lint.Config{})
	runPDRows(t, l, pdCheckDigitRows)
	id := newPDIDs(11)
	for _, lang := range []struct {
		l    lint.Lang
		want string
	}{{lint.Spanish, "dígito verificador no coincide"}, {lint.English, "check digit does not match"}} {
		fs := pdFindings(t, pdLinter(t, lint.Config{Lang: lang.l}), "CURP: "+mxid.BreakCheck(id.curp))
		require.Len(t, fs, 1)
		assert.Contains(t, fs[0].Message, lang.want)
		assert.NotContains(t, fs[0].Message, mxid.BreakCheck(id.curp)[:16], "message repeats the data")
	}
	// A valid identifier gets the plain message.
	fs := pdFindings(t, l, "CURP: "+id.curp)
	require.Len(t, fs, 1)
	assert.False(t, strings.Contains(fs[0].Message, "verificador"))
}

// pdInstitution is the institution's own public data in the tables.
var pdInstitution = lint.Institution{
	Domains:   []string{"ieesonora.org.mx"},
	Phones:    []string{"(662) 259 4900"},
	Emails:    []string{"ieesonora.comunicacion@gmail.com"},
	Addresses: []string{"Blvd. Luis Donaldo Colosio 35, Col. Prados del Centenario, Hermosillo"},
}

// Exemptions belong to the value: the institution's configured data, or a
// value its clause gives as an office's public contact. A person's name,
// role or personal label in the clause makes it private whatever stands
// around it; words in another sentence, in a link or before another
// number say nothing about it.
var pdOwnerRows = []pdRow{
	{"celular de una persona tras casilla", "Si no encuentras tu casilla, marca al celular de Pedro: 662 555 0142", KindPhone, "662 555 0142"},
	{"nombre tras capacitación", "Para dudas de la capacitación, llama a Juan al 662 555 0142", KindPhone, "662 555 0142"},
	{"sin nombre tras capacitación", "Para dudas de la capacitación, llama al 662 555 0142", KindPhone, "662 555 0142"},
	{"tras un enlace del instituto", "Consulta https://ieesonora.org.mx y llama a Pedro al 662 555 0142", KindPhone, "662 555 0142"},
	{"tras el teléfono del instituto", "Llámanos al 662 259 4900 o a Pedro al 662 555 0142", KindPhone, "662 555 0142"},
	{"otra oración tras la oficina", "Oficinas del Consejo Municipal: 662 123 4567. Coordinadora: 662 555 0142", KindPhone, "662 555 0142"},
	{"coordinadora del instituto", "Coordinadora municipal del IEE: 662 555 0142", KindPhone, "662 555 0142"},
	{"capacitadora del consejo", "Capacitadora asistente del Consejo Distrital 05: 644 555 0142", KindPhone, "644 555 0142"},
	{"enlace municipal con cel", "Enlace municipal del Instituto, Ana Ruiz, cel. 6625550142", KindPhone, "6625550142"},
	{"whatsapp del consejo", "Consejo Municipal de Cajeme, WhatsApp 644 555 0142", KindPhone, "644 555 0142"},
	{"licenciado en la oficina", "Informes en las oficinas del Consejo con el Lic. Pérez al 662 555 0142", KindPhone, "662 555 0142"},
	{"supervisora tras el conmutador", "Conmutador del Instituto: 662 259 4900. Para la capacitación llama a la supervisora al 662 555 0142", KindPhone, "662 555 0142"},
	{"teléfono de una persona", "Para recoger tu constancia, teléfono de Lucía: 631 555 0142", KindPhone, "631 555 0142"},
	{"correo personal tras el del instituto", "Escríbenos a contacto@ieesonora.org.mx o a ana.ruiz@gmail.com", KindEmail, "ana.ruiz@gmail.com"},
	{"domicilio tras la sede", "Sede del consejo en Av. Serdán 45, Col. Centro. La coordinadora vive en Calle Pino 12, Col. Pitic", KindAddress, "Calle Pino 12, Col. Pitic"},
	{"casa de la coordinadora", "La capacitación será en casa de la coordinadora, Calle Rosales 123, Col. Centro.", KindAddress, "Calle Rosales 123, Col. Centro"},
	{"teléfono personal", "Oficina del consejo: 662 123 4567; teléfono personal de la enlace: 662 555 0142", KindPhone, "662 555 0142"},
	{"el rol rotula el número siguiente", "Oficina del consejo: 662 123 4567, coordinadora: 662 555 0142", KindPhone, "662 555 0142"},
	{"aparte entre paréntesis", "Oficinas del Consejo Municipal: 662 555 0142 (cel. de la coordinadora)", KindPhone, "662 555 0142"},
	{"nombre y apellido en cualquier lugar", "En la sede del consejo te atiende Juan Carlos López al 662 555 0142", KindPhone, "662 555 0142"},
	{"nombre tras dos puntos", "Consejo Municipal: José Luis 662 555 0142", KindPhone, "662 555 0142"},
	{"nombre tras atención", "Instituto Estatal Electoral, atención: Guadalupe Martínez 662 555 0142", KindPhone, "662 555 0142"},
	{"nombre entre paréntesis", "Consejo Distrital 05 (Rosa Elena Gómez) 662 555 0142", KindPhone, "662 555 0142"},
	{"la maestra", "Oficinas del consejo: dudas con la maestra Lupita al 662 555 0142", KindPhone, "662 555 0142"},
	{"el ingeniero", "Sede del consejo, el ingeniero Soto atiende al 662 555 0142", KindPhone, "662 555 0142"},
	{"mi cel en la oficina", "Oficina del consejo, mi cel 662 555 0142", KindPhone, "662 555 0142"},
	{"su cel", "Oficina del consejo, su cel. es 662 555 0142", KindPhone, "662 555 0142"},
	{"vocal", "Vocal ejecutivo de la Junta Distrital: 662 555 0142", KindPhone, "662 555 0142"},
	{"extensión de una persona", "Llama a Ana al 662 555 0142 ext. 104", KindPhone, "662 555 0142"},
	{"número entre paréntesis", "Dudas con Laura (662 555 0142)", KindPhone, "662 555 0142"},
	{"nuestro whatsapp y el de la vocal", "Nuestro WhatsApp 662 123 4567 y el cel. de la vocal 662 555 0142", KindPhone, "662 555 0142"},
	{"municipio con nombre de persona", "Consejo Municipal de Benito Juárez: 662 123 4567", "", ""},
	{"municipio con San", "Consejo Municipal de San Luis Río Colorado, tel. 653 123 4567", "", ""},
	{"municipio con General", "Oficinas del Consejo Municipal de General Plutarco Elías Calles: 637 123 4567", "", ""},
	{"escuela con nombre de persona", "Escuela Primaria Benito Juárez, sede de la casilla 123: 662 123 4567", "", ""},
	{"departamento", "Departamento de Prensa: 662 123 4567", "", ""},
	{"dirección de área", "Informes en la Dirección de Capacitación, 662 123 4567", "", ""},
	{"coordinación", "Coordinación de Comunicación Social del IEE: 662 123 4567", "", ""},
	{"ficha de contacto", "Consejo Municipal Electoral de Cajeme\nCalle Guerrero 123, Col. Centro\nTel. 644 123 4567", "", ""},
	{"ficha con una persona", "Consejo Municipal Electoral de Cajeme\nCoordinadora: Ana Ruiz\nTel. 644 555 0142", KindPhone, "644 555 0142"},
	{"configurado", "Llámanos al 662 259 4900", "", ""},
	{"paréntesis de oficina", "Oficinas del Consejo Municipal: 662 123 4567 (conmutador)", "", ""},
	{"personal del consejo", "El personal del Consejo Municipal te atiende al 662 123 4567", "", ""},
	{"secretaría particular", "Secretaría Particular del Consejo General: 662 123 4567", "", ""},
	{"bomberos", "Bomberos de Hermosillo: 662 123 4567", "", ""},
	{"contacto personal", "Oficinas del Consejo Municipal. Contacto personal en el consejo: 662 555 0142", KindPhone, "662 555 0142"},
	{"configurado en otra forma", "Tel. +52 (662) 259-49-00", "", ""},
	{"oficina", "Oficinas del Consejo Municipal: 662 123 4567", "", ""},
	{"línea de atención", "Línea de atención ciudadana 662 123 4567, de 8 a 15 h", "", ""},
	{"área con mayúscula", "Comunícate con Atención Ciudadana al 662 123 4567", "", ""},
	{"junta del INE", "Comunícate con la Junta Local del INE al 662 123 4567", "", ""},
	{"lista de consejos", "Teléfonos de los consejos:\nHermosillo: 662 123 4567\nCajeme: 644 123 4567", "", ""},
	{"gratuito", "INETEL 800 433 2000", "", ""},
	{"dos líneas del instituto", "Llámanos al 662 259 4900 o al 662 259 4901", "", ""},
	{"conmutador con extensión", "Comunícate al 662 123 4567 ext. 2100", "", ""},
	{"whatsapp oficial", "Nuestro WhatsApp oficial: 662 123 4567", "", ""},
	{"correo del dominio", "Escríbenos a contacto@ieesonora.org.mx", "", ""},
	{"correo configurado", "Dudas: ieesonora.comunicacion@gmail.com", "", ""},
	{"casilla en escuela", "La casilla se instalará en la Escuela Primaria Benito Juárez, Calle Rosales 123, Col. Centro.", "", ""},
	{"lista de casillas", "Las casillas se ubicarán en: Calle Uno 123, Col. Centro; Calle Dos 456, Col. Norte", "", ""},
	{"domicilio configurado", "Visítanos en Blvd. Luis Donaldo Colosio 35, Col. Prados del Centenario", "", ""},
	{"fundación del instituto", "El IEE nació el 15 de octubre de 1994", "", ""},
}

func TestPersonalDataOwner(t *testing.T) {
	requireBothSides(t, pdOwnerRows, 12)
	runPDRows(t, pdLinter(t, lint.Config{Institution: pdInstitution}), pdOwnerRows)
}

// Labels written against the number, with or without punctuation.
var pdLabelRows = []pdRow{
	{"tel punto", "tel.6625550142", KindPhone, "6625550142"},
	{"cel dos puntos", "cel:6625550142", KindPhone, "6625550142"},
	{"tel barra whatsapp", "Tel/WhatsApp 662 555 0142", KindPhone, "662 555 0142"},
	{"whats pegado", "Whats6625550142", KindPhone, "6625550142"},
	{"móvil", "móvil:662-555-0142", KindPhone, "662-555-0142"},
	{"cel paréntesis", "Cel.(662)555-0142", KindPhone, "(662)555-0142"},
	{"tel mayúsculas +52", "TEL:+52 662 555 0142", KindPhone, "+52 662 555 0142"},
	{"whatsapp +521", "whatsapp:+5216625550142", KindPhone, "+5216625550142"},
	{"tel punto dos puntos", "Tel.:662.555.01.42", KindPhone, "662.555.01.42"},
	{"celular pegado", "Celular:6625550142", KindPhone, "6625550142"},
	{"wa", "WA 644 555 0142", KindPhone, "644 555 0142"},
	{"folio pegado", "Folio:6625550142", "", ""},
	{"expediente abreviado", "Exp.6625550142", "", ""},
	{"sección", "Sección:1234", "", ""},
	{"votos", "Votos:1234567", "", ""},
	{"gratuito", "Tel.: 800 123 4567", "", ""},
	{"total", "Total:6625550142", "", ""},
	{"oficio", "Oficio:IEE/662/2027", "", ""},
	{"tel de oficina", "Tel. del Consejo Municipal:6621234567", "", ""},
	{"código postal", "C.P.83000", "", ""},
	{"distrito", "Distrito:05", "", ""},
}

func TestPersonalDataGluedLabels(t *testing.T) {
	requireBothSides(t, pdLabelRows, 8)
	runPDRows(t, pdLinter(t, lint.Config{Institution: pdInstitution}), pdLabelRows)
}

// The shapes of the Mexican numbering plan (ten digits since 2019: a two-
// or three-digit area code and the local number; the old 044/045 mobile
// and 01 long-distance prefixes, +52 and +52 1 from abroad) and numbers
// abroad.
var pdPhoneShapeRows = []pdRow{
	{"044", "Llámale al 044 662 555 0142", KindPhone, "044 662 555 0142"},
	{"045 área de dos", "Llámale al 045 55 5555 0142", KindPhone, "045 55 5555 0142"},
	{"01", "Llámale al 01 662 555 0142", KindPhone, "01 662 555 0142"},
	{"+52 1", "Cel +52 1 662 555 0142", KindPhone, "+52 1 662 555 0142"},
	{"52 sin más", "Llámale al 52 662 555 0142", KindPhone, "52 662 555 0142"},
	{"+52 con paréntesis", "Llámale al +52 (662) 555 0142", KindPhone, "+52 (662) 555 0142"},
	{"área de dos entre paréntesis", "Llámale al (55) 5555-0142", KindPhone, "(55) 5555-0142"},
	{"área de tres y pares", "Llámale al (662) 555-01-42", KindPhone, "(662) 555-01-42"},
	{"paréntesis y guion", "Llámale al (662)-555-0142", KindPhone, "(662)-555-0142"},
	{"diez seguidos", "Llámale al 6625550142", KindPhone, "6625550142"},
	{"siete y tres", "Llámale al 662 5550142", KindPhone, "662 5550142"},
	{"+52 seguido", "Llámale al +526625550142", KindPhone, "+526625550142"},
	{"+52 guiones", "Llámale al +52-662-555-0142", KindPhone, "+52-662-555-0142"},
	{"Guadalajara", "Llámale al 33 3555 0142", KindPhone, "33 3555 0142"},
	{"+1 paréntesis", "Desde Arizona: +1 (520) 555-0142", KindPhone, "+1 (520) 555-0142"},
	{"+1 espacios", "Llámale al +1 520 555 0142", KindPhone, "+1 520 555 0142"},
	{"espacio de ancho cero", "Llámale al 662\u200b555\u200b0142", KindPhone, "662\u200b555\u200b0142"},
	{"dígitos de ancho completo", "Llámale al ６６２ ５５５ ０１４２", KindPhone, "６６２ ５５５ ０１４２"},
	{"wa.me", "Escríbele: https://wa.me/526625550142", KindPhone, "526625550142"},
	{"api.whatsapp.com", "https://api.whatsapp.com/send?phone=526625550142&text=hola", KindPhone, "526625550142"},
	{"wa.me +52 1", "wa.me/5216625550142", KindPhone, "5216625550142"},
	{"00 al extranjero", "Llámale al 00 1 520 555 0142", KindPhone, "00 1 520 555 0142"},
	{"dígitos sueltos con rótulo", "cel 6 6 2 5 5 5 0 1 4 2", KindPhone, "6 6 2 5 5 5 0 1 4 2"},
	{"wa.me con +", "https://wa.me/+526625550142", KindPhone, "+526625550142"},
	{"whatsapp://", "whatsapp://send?phone=526625550142", KindPhone, "526625550142"},
	{"t.me con +", "https://t.me/+526625550142", KindPhone, "+526625550142"},
	{"tel: en Markdown", "[Llámame](tel:+526625550142)", KindPhone, "+526625550142"},
	{"sms:", "sms:6625550142", KindPhone, "6625550142"},
	{"local de siete", "Tel. 2 55 01 42", KindPhone, "2 55 01 42"},
	{"teléfono en la ruta de un enlace", "https://ieesonora.org.mx/docs/6625550142.pdf", "", ""},
	{"phone= de otro sitio sin número", "https://example.com/?phone=&id=1234567", "", ""},
	{"fecha", "La jornada electoral será el 06/06/2027.", "", ""},
	{"periodo", "Proceso electoral 2026-2027.", "", ""},
	{"horario", "Horario: 08:00 a 18:00.", "", ""},
	{"precio", "El presupuesto es de $1,250,000.00 pesos.", "", ""},
	{"precio con espacios", "Costo: $ 662 555 0142", "", ""},
	{"votos", "Se contaron 1 234 567 votos en total.", "", ""},
	{"sección", "Sección 1234, casilla básica.", "", ""},
	{"folio", "Folio 6625550142 de la solicitud de información.", "", ""},
	{"expediente", "Expediente IEE/JE/123/2027", "", ""},
	{"años", "Procesos 2018 2021 2024 2027", "", ""},
	{"habitantes", "Hermosillo tiene 1 034 567 habitantes", "", ""},
	{"enlace de una publicación", "https://x.com/IEESonora/status/1812345678901234567", "", ""},
	{"boletas", "Se imprimieron 2 215 567 boletas", "", ""},
	{"isbn", "ISBN 978-607-12-3456-7", "", ""},
	{"coordenadas", "Ubicación: 29.0729, -110.9559", "", ""},
}

func TestPersonalDataPhoneShapes(t *testing.T) {
	requireBothSides(t, pdPhoneShapeRows, 12)
	runPDRows(t, pdLinter(t, lint.Config{Institution: pdInstitution}), pdPhoneShapeRows)
}

// Dates of birth after a birth word, in the ways Mexicans write dates.
var pdBirthRows = []pdRow{
	{"naciste guiones", "¡Felicidades, Ana! Naciste el 12-03-1985", KindBirthdate, "12-03-1985"},
	{"naciste año corto", "naciste el 12/03/05", KindBirthdate, "12/03/05"},
	{"nació puntos", "Mi hija nació el 12.03.15", KindBirthdate, "12.03.15"},
	{"nació en un lugar", "Juan nació en Hermosillo, Sonora, el 3 de mayo de 1990", KindBirthdate, "3 de mayo de 1990"},
	{"iso", "fecha de nacimiento 1985-03-12", KindBirthdate, "1985-03-12"},
	{"iso con barras", "Fecha de nacimiento: 1985/03/12", KindBirthdate, "1985/03/12"},
	{"f. nac.", "F. nac. 12/03/85", KindBirthdate, "12/03/85"},
	{"f.nac. pegado", "F.Nac.: 12-03-1985", KindBirthdate, "12-03-1985"},
	{"f/n", "f/n 12/03/1985", KindBirthdate, "12/03/1985"},
	{"f/n un dígito", "F/N: 3/5/1990", KindBirthdate, "3/5/1990"},
	{"mes abreviado", "Fecha nac: 12 mar 1985", KindBirthdate, "12 mar 1985"},
	{"mes con guiones", "Fecha de nacimiento: 12-mar-1985", KindBirthdate, "12-mar-1985"},
	{"mes primero", "Fecha de nacimiento: marzo 12, 1985", KindBirthdate, "marzo 12, 1985"},
	{"del y año corto", "Fecha de nacimiento: 12 de marzo del 85", KindBirthdate, "12 de marzo del 85"},
	{"día en letras", "Fecha de nacimiento: doce de marzo de 1985", KindBirthdate, "doce de marzo de 1985"},
	{"ordinal", "nacida el 1o de mayo de 1990", KindBirthdate, "1o de mayo de 1990"},
	{"el día", "Nació el día 3 de Mayo de 1990", KindBirthdate, "3 de Mayo de 1990"},
	{"espacios", "Fecha de nacimiento 12 03 1985", KindBirthdate, "12 03 1985"},
	{"del menor", "Fecha de nacimiento del menor: 04/11/2016", KindBirthdate, "04/11/2016"},
	{"f. de nacimiento", "F. de nacimiento: 12/03/1985", KindBirthdate, "12/03/1985"},
	{"lugar y fecha", "Lugar y fecha de nacimiento: Hermosillo, Sonora, 12/03/1985", KindBirthdate, "12/03/1985"},
	{"el pasado", "Nació el pasado 12 de marzo de 2001", KindBirthdate, "12 de marzo de 2001"},
	{"ordinal º", "naciste el 1º de mayo de 1990", KindBirthdate, "1º de mayo de 1990"},
	{"ordinal con punto", "naciste el 1o. de mayo de 1990", KindBirthdate, "1o. de mayo de 1990"},
	{"ene. y año corto", "fecha de nacimiento: 12 ene. 85", KindBirthdate, "12 ene. 85"},
	{"sept. con guiones", "F. nac.: 12-sept-1985", KindBirthdate, "12-sept-1985"},
	{"sep. con de", "Fecha de nac. 12 de sep. de 1985", KindBirthdate, "12 de sep. de 1985"},
	{"mes romano", "F/N 12-III-1985", KindBirthdate, "12-III-1985"},
	{"dob", "DOB: 1985-03-12", KindBirthdate, "1985-03-12"},
	{"cumpleaños con año", "Su cumpleaños es el 12 de marzo de 1985", KindBirthdate, "12 de marzo de 1985"},
	{"cumpleaños rotulado", "Cumpleaños: 12/03/1990", KindBirthdate, "12/03/1990"},
	{"nac.", "Nac.: 12/03/1990", KindBirthdate, "12/03/1990"},
	{"nacimiento el", "nacimiento el 12/03/1985", KindBirthdate, "12/03/1985"},
	{"naciste un", "naciste un 12 de marzo de 1985", KindBirthdate, "12 de marzo de 1985"},
	{"día de la semana", "Mi bebé nació el viernes 12 de marzo de 2021", KindBirthdate, "12 de marzo de 2021"},
	{"nombre entre palabra y fecha", "nació Ana María el 12 de marzo de 2001", KindBirthdate, "12 de marzo de 2001"},
	{"nacido(a)", "Nacido(a) el 12/03/1985", KindBirthdate, "12/03/1985"},
	{"formato y fecha", "Fecha de nacimiento (dd/mm/aaaa): 12/03/1985", KindBirthdate, "12/03/1985"},
	{"d.o.b.", "D.O.B. 12/03/1985", KindBirthdate, "12/03/1985"},
	{"renglón aparte", "Fecha de nacimiento:\n12/03/1985", KindBirthdate, "12/03/1985"},
	{"cumpleaños de este año", "Hoy es el cumpleaños de Ana, el 1 de febrero de 2027", "", ""},
	{"cumpleaños del instituto", "Celebramos el cumpleaños 30 del Instituto: 15/10/1994", "", ""},
	{"cumple con requisitos", "Cumple con los requisitos antes del 12/03/2027", "", ""},
	{"la ley nació", "La ley nació el 12/03/1985", "", ""},
	{"el programa nació", "El programa nació el 12/03/2015", "", ""},
	{"registro nacional abreviado", "Reg. Nac. de Electores 12/03/2020", "", ""},
	{"hora tras el mes", "nació el 12 de mayo 10 horas después", "", ""},
	{"jornada", "La jornada electoral será el 06/06/2027.", "", ""},
	{"sesión", "Fecha de la sesión: 12/03/2027", "", ""},
	{"acta de nacimiento", "El acta de nacimiento se entrega el 15/03/2027", "", ""},
	{"plazo tras la etiqueta", "Corrige tu fecha de nacimiento antes del 12/03/2027", "", ""},
	{"fecha futura", "Verifica tu fecha de nacimiento el 12/03/2027 en el módulo", "", ""},
	{"personaje histórico", "Benito Juárez nació el 21 de marzo de 1806.", "", ""},
	{"fundación", "El IEE nació el 15 de octubre de 1994", "", ""},
	{"sin día", "El programa nació en 2015", "", ""},
	{"plantilla", "Fecha de nacimiento (dd/mm/aaaa)", "", ""},
	{"palabra nacional", "Registro Nacional de Electores 12/03/2020", "", ""},
	{"año de elección", "Proceso electoral 2026-2027: la jornada es el 6 de junio de 2027", "", ""},
	{"hora", "Nacimiento de la convocatoria: 10:30 horas", "", ""},
	{"del instituto", "Fecha de nacimiento del Instituto: 15/10/1994", "", ""},
}

func TestPersonalDataBirthdates(t *testing.T) {
	requireBothSides(t, pdBirthRows, 10)
	runPDRows(t, pdLinter(t, lint.Config{}), pdBirthRows)
}

// E-mail addresses, plain or written to dodge scrapers.
var pdEmailRows = []pdRow{
	{"punto y arroba", "Escríbele a juan punto perez arroba gmail punto com", KindEmail, "juan punto perez arroba gmail punto com"},
	{"at y dot entre corchetes", "juan [at] gmail [dot] com", KindEmail, "juan [at] gmail [dot] com"},
	{"at y dot entre paréntesis", "juan(at)gmail(dot)com", KindEmail, "juan(at)gmail(dot)com"},
	{"at y dot sueltos", "correo: juan at gmail dot com", KindEmail, "juan at gmail dot com"},
	{"arroba con dominio", "juan arroba gmail.com", KindEmail, "juan arroba gmail.com"},
	{"mayúsculas", "JUAN ARROBA HOTMAIL PUNTO COM", KindEmail, "JUAN ARROBA HOTMAIL PUNTO COM"},
	{"dominio mexicano", "juan_perez (arroba) yahoo (punto) com (punto) mx", KindEmail, "juan_perez (arroba) yahoo (punto) com (punto) mx"},
	{"guion bajo escrito", "juan guion bajo perez arroba gmail punto com", KindEmail, "juan guion bajo perez arroba gmail punto com"},
	{"espacios", "juan @ gmail . com", KindEmail, "juan @ gmail . com"},
	{"plano con punto final", "Su correo es juan.perez@gmail.com.", KindEmail, "juan.perez@gmail.com"},
	{"correo de rol en gmail", "contacto@gmail.com", KindEmail, "contacto@gmail.com"},
	{"persona en empresa", "correo: ana.lopez@empresa.com.mx", KindEmail, "ana.lopez@empresa.com.mx"},
	{"punto entre corchetes", "juan_perez[arroba]hotmail[.]com", KindEmail, "juan_perez[arroba]hotmail[.]com"},
	{"arroba y punto entre corchetes", "Correo: juan.perez@gmail[.]com", KindEmail, "juan.perez@gmail[.]com"},
	{"llaves", "juan{at}gmail{dot}com", KindEmail, "juan{at}gmail{dot}com"},
	{"del instituto escrito", "contacto arroba ieesonora punto org punto mx", "", ""},
	{"arroba como palabra", "Nos vemos en la arroba del centro", "", ""},
	{"at en inglés", "at the end of the day", "", ""},
	{"punto de encuentro", "El punto de encuentro es la plaza", "", ""},
	{"punto del acuerdo", "El punto 3 del acuerdo se aprobó", "", ""},
	{"del instituto", "Escríbenos a contacto@ieesonora.org.mx", "", ""},
	{"gobierno", "Denuncias: fepade@fgr.gob.mx", "", ""},
	{"ejemplo", "Escribe tu correo así: nombre@ejemplo.com", "", ""},
	{"mención", "Síguenos en @IEESonora y @INEMexico", "", ""},
	{"usuario en enlace", "https://usuario@ieesonora.org.mx/acceso", "", ""},
	{"rol de otra institución", "Prensa: prensa@teesonora.org.mx", "", ""},
}

func TestPersonalDataEmails(t *testing.T) {
	requireBothSides(t, pdEmailRows, 8)
	runPDRows(t, pdLinter(t, lint.Config{Institution: pdInstitution}), pdEmailRows)
}

// Addresses as Mexicans write them: street and number, interior number,
// colonia or fraccionamiento, postal code, municipality and state, in any
// case; the span covers all of it. Public venues stay public.
var pdAddressRows = []pdRow{
	{"colonia en minúsculas y estado", "Vive en Calle Pino 12, col. las palmas, Hermosillo, Sonora", KindAddress, "Calle Pino 12, col. las palmas, Hermosillo, Sonora"},
	{"fraccionamiento y cp en minúsculas", "vive en calle pino 12 int. 3 fraccionamiento villa de seris c.p. 83280", KindAddress, "calle pino 12 int. 3 fraccionamiento villa de seris c.p. 83280"},
	{"interior, cp, municipio y estado abreviado", "Su domicilio: Av. Reforma 123 Int. 4, Col. Centro, C.P. 83000, Hermosillo, Son.", KindAddress, "Av. Reforma 123 Int. 4, Col. Centro, C.P. 83000, Hermosillo, Son."},
	{"sin palabra de calle", "Vive en Rosales No. 123 Int. 4, col. Centro, Cajeme", KindAddress, "Rosales No. 123 Int. 4, col. Centro, Cajeme"},
	{"mayúsculas", "DOMICILIO: CALLE PINO 12, COL. CENTRO, HERMOSILLO, SONORA", KindAddress, "CALLE PINO 12, COL. CENTRO, HERMOSILLO, SONORA"},
	{"sin colonia con estado", "Vive en Calle Pino 12, Hermosillo, Sonora", KindAddress, "Calle Pino 12, Hermosillo, Sonora"},
	{"sin colonia con rótulo", "Su domicilio es Calle Pino 12 en Hermosillo", KindAddress, "Calle Pino 12"},
	{"estado abreviado", "Domicilio: Av. Juárez 45, Navojoa, Son.", KindAddress, "Av. Juárez 45, Navojoa, Son."},
	{"departamento y código sin rótulo", "Dirección: Blvd. Kino 1000 Depto. 5, Col. Pitic, 83150 Hermosillo, Sonora", KindAddress, "Blvd. Kino 1000 Depto. 5, Col. Pitic, 83150 Hermosillo, Sonora"},
	{"calle con fecha", "Vive en Calle 5 de Mayo 234, Fracc. Villa Satélite, Hermosillo", KindAddress, "Calle 5 de Mayo 234, Fracc. Villa Satélite, Hermosillo"},
	{"manzana y lote", "Vive en Privada Los Álamos Mz. 3 Lt. 12, Fracc. Las Lomas", KindAddress, "Privada Los Álamos Mz. 3 Lt. 12, Fracc. Las Lomas"},
	{"sin número", "vive en av. de los maestros s/n, col. centro", KindAddress, "av. de los maestros s/n, col. centro"},
	{"colonia primero", "Vive en la colonia Centro, calle Pino 123", KindAddress, ""},
	{"letra en el número", "Av. Reforma 123-B, Col. Centro: ahí vive la denunciante", KindAddress, "Av. Reforma 123-B, Col. Centro"},
	{"entre calles", "C. Revolución 45 entre Juárez y Morelos, Col. Centro, es donde vive", KindAddress, "C. Revolución 45 entre Juárez y Morelos, Col. Centro"},
	{"frente a", "Vive en Calle Pino 12 (frente al parque), Col. Centro", KindAddress, "Calle Pino 12 (frente al parque), Col. Centro"},
	{"calzada abreviada", "Vive en Calz. de Guadalupe 45, Col. Centro", KindAddress, "Calz. de Guadalupe 45, Col. Centro"},
	{"renglones", "Vivo en Calle Pino 12\nCol. Centro\nC.P. 83000", KindAddress, "Calle Pino 12\nCol. Centro\nC.P. 83000"},
	{"minúsculas sin comas", "vivo en calle pino 12 col centro cp 83000 hermosillo sonora", KindAddress, "calle pino 12 col centro cp 83000 hermosillo sonora"},
	{"localidad y s/n", "Vive en Avenida Juárez s/n, Localidad El Choyudo", KindAddress, "Avenida Juárez s/n, Localidad El Choyudo"},
	{"número con #", "Vivo en Calle Pino #12, Col. Centro", KindAddress, "Calle Pino #12, Col. Centro"},
	{"núm. y colonia", "mi domicilio: av. reforma núm. 123, colonia centro, c.p. 83000", KindAddress, "av. reforma núm. 123, colonia centro, c.p. 83000"},
	{"colonia en mayúsculas termina", "La ganadora, de Calle Pino 12, Col. Centro, recibió su premio", KindAddress, "Calle Pino 12, Col. Centro"},
	{"dos palabras de calle", "Su casa: Blvd. Paseo Río Sonora 189, Col. Villa de Seris", KindAddress, "Blvd. Paseo Río Sonora 189, Col. Villa de Seris"},
	{"centro de gobierno", "El debate será en el Centro de Gobierno, Blvd. Paseo Río Sonora 189, Col. Villa de Seris", "", ""},
	{"recepción de paquetes", "Recepción de paquetes electorales en Calle Pino 12, Col. Centro", "", ""},
	{"simulacro", "Simulacro en Av. Reforma 123, Col. Centro, a las 10:00", "", ""},
	{"cierre vial", "Cierre vial en Av. Reforma 123, Col. Centro", "", ""},
	{"cómputo", "El cómputo distrital se realizará en Av. Reforma 123, Col. Centro", "", ""},
	{"punto de reunión", "Punto de reunión: Calle Pino 12, Col. Centro", "", ""},
	{"lugar", "Lugar: Calle Pino 12, Col. Centro", "", ""},
	{"mesa receptora", "Mesa receptora en Calle Pino 12, Col. Centro", "", ""},
	{"reunión de vecinos", "La reunión de vecinos será en Calle Pino 12, Col. Centro", KindAddress, "Calle Pino 12, Col. Centro"},
	{"entrega a domicilio", "Entrega del paquete en Av. Reforma 45 int. 3, Col. Centro", KindAddress, "Av. Reforma 45 int. 3, Col. Centro"},
	{"cita", "La cita es en Calle Pino 12, Col. Centro, con la señora Ana", KindAddress, "Calle Pino 12, Col. Centro"},
	{"habrá", "Habrá tamales en Calle Pino 12, Col. Centro", KindAddress, "Calle Pino 12, Col. Centro"},
	{"código postal no es calle", "Pregunta por Ana, C.P. 83000.", "", ""},
	{"rótulo domicilio fuera del dato", "Datos de la ganadora: Ana López, domicilio Calle Pino 12, Col. Centro", KindAddress, "Calle Pino 12, Col. Centro"},
	{"vivo frente a la escuela", "Vivo frente a la escuela, Calle Pino 12, Col. Centro", KindAddress, "Calle Pino 12, Col. Centro"},
	{"vive junto al parque", "La coordinadora vive junto al parque, Calle Pino 12, Col. Centro", KindAddress, "Calle Pino 12, Col. Centro"},
	{"persona antes de la sede", "El conversatorio con Juan Pérez será en el Auditorio Cívico, Calle Pino 12, Col. Centro.", "", ""},
	{"consejera antes de la sesión", "La Consejera Presidenta Ana Ruiz encabezó la sesión en Blvd. Kino 1000, Col. Pitic", "", ""},
	{"casilla en escuela", "La casilla se instalará en la Escuela Primaria Benito Juárez, Calle Rosales 123, Col. Centro.", "", ""},
	{"sede del consejo", "Sede del Consejo Distrital 05: Av. Serdán 45, Col. Centro, C.P. 83000.", "", ""},
	{"oficinas", "Visita nuestras oficinas en Blvd. Kino 35, Col. Pitic, Hermosillo, Sonora", "", ""},
	{"auditorio", "El evento será en el Auditorio Cívico, Calle Pino 12, Col. Centro.", "", ""},
	{"foro en hotel", "El foro será en el Hotel San Ángel, Blvd. Kino 1000, Col. Pitic", "", ""},
	{"sin calle", "Col. Centro, Hermosillo", "", ""},
	{"fecha y colonia", "El 5 de junio vota en la colonia Centro.", "", ""},
	{"conteo y colonia", "Hay 123 casillas en la colonia Centro", "", ""},
	{"fecha y col.", "El 12 de marzo en col. Centro", "", ""},
	{"página y columna", "Página 12, Col. 3", "", ""},
	{"calle sin dato de persona", "La calle Pino tiene 12 luminarias nuevas", "", ""},
	{"distrito", "Distrito 05, Hermosillo, Sonora", "", ""},
	{"código postal solo", "Código postal 83000 de Hermosillo", "", ""},
	{"desfile", "Desfile por la Av. 16 de Septiembre a las 10:00", "", ""},
	{"lista de casillas", "Las casillas se ubicarán en: Calle Uno 123, Col. Centro; Calle Dos 456, Col. Norte", "", ""},
	{"hora tras la calle", "Calle Pino a las 12 horas, Hermosillo, Sonora", "", ""},
}

func TestPersonalDataAddresses(t *testing.T) {
	requireBothSides(t, pdAddressRows, 12)
	runPDRows(t, pdLinter(t, lint.Config{Institution: pdInstitution}), pdAddressRows)
}

// The quick word tests must let every label they guard through.
func TestPersonalDataQuickWordTests(t *testing.T) {
	for _, l := range birthLabels {
		assert.True(t, birthWordAt([]byte(l.kw), 0), l.kw)
	}
	for _, w := range streetLead {
		assert.True(t, streetLeadAt([]byte(w), 0), w)
	}
	for _, an := range addrAnchors {
		assert.True(t, anchorWordAt([]byte(an.kw), 0), an.kw)
		// The scanner's first-letter filter lets every anchor through.
		assert.Contains(t, "cfbreaplu", an.kw[:1], an.kw)
	}
	assert.False(t, anchorWordAt([]byte("columna"), 0))
	assert.False(t, birthWordAt([]byte("nacional"), 0))
	assert.False(t, streetLeadAt([]byte("callejero"), 0))
}

// One rule serves many goroutines: the scanner's state (pooled buffers,
// the last phone and address seen) never leaks from one post to another.
func TestPersonalDataConcurrent(t *testing.T) {
	l := pdLinter(t, lint.Config{Institution: pdInstitution})
	var rows []pdRow
	for _, table := range [][]pdRow{pdOwnerRows, pdLabelRows, pdPhoneShapeRows, pdBirthRows, pdAddressRows, pdEmailRows, pdPassportRows} {
		rows = append(rows, table...)
	}
	texts, want := make([]string, len(rows)), make([]string, len(rows))
	for i, r := range rows {
		texts[i] = fillPDTemplate(t, r.text, 1)
		want[i] = pdSummary(pdFindings(t, l, texts[i]))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(rows))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range rows {
				i := (k*7 + g*13) % len(rows)
				res := l.Lint(context.Background(), lint.Post{Text: texts[i]})
				if got := pdSummary(res.Findings); got != want[i] {
					errs <- rows[i].name + ": " + got + " != " + want[i]
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// pdSummary writes the kinds and texts of findings on one line.
func pdSummary(fs []lint.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Kind + "@" + f.Text + ";")
	}
	return b.String()
}

// RFCs of persons (four letters, the birth date and a three-character
// homoclave; ten characters without it) in the ways people write them;
// a company's RFC (three letters) and a CURP are not a person's RFC.
var pdRFCRows = []pdRow{
	{"plain", "RFC: {RFC}", KindRFC, "{RFC}"},
	{"lower case", "rfc {RFC|lower}", KindRFC, "{RFC|lower}"},
	{"spaces", "RFC: {RFC|g=4.6}", KindRFC, "{RFC|g=4.6}"},
	{"hyphens", "RFC con homoclave: {RFC|d=4.6.3}", KindRFC, "{RFC|d=4.6.3}"},
	{"dotted label", "R.F.C. {RFC|d=4.6}", KindRFC, "{RFC|d=4.6}"},
	{"date in pairs", "RFC {RFC|g=4.2.2.2.3}", KindRFC, "{RFC|g=4.2.2.2.3}"},
	{"dots", "RFC: {RFC|p=4.6}", KindRFC, "{RFC|p=4.6}"},
	{"glued label", "RFC:{RFC}", KindRFC, "{RFC}"},
	{"in brackets", "Tu RFC ({RFC}) quedó registrado", KindRFC, "{RFC}"},
	{"line breaks", "RFC:\n{RFC|n=4.6}", KindRFC, "{RFC|n=4.6}"},
	{"full-width digits", "RFC {RFC|fw}", KindRFC, "{RFC|fw}"},
	{"unlabelled", "Datos fiscales: {RFC|g=4.6}", KindRFC, "{RFC|g=4.6}"},
	{"long label", "Registro Federal de Contribuyentes {RFC}", KindRFC, "{RFC}"},
	{"wrong check digit, labelled", "Mi RFC es {RFC|bad}", KindRFC, "{RFC|bad}"},
	{"wrong check digit, lower case", "r.f.c.: {RFC|bad|lower}", KindRFC, "{RFC|bad|lower}"},
	{"without homoclave", "RFC: GOMA-850101", KindRFC, "GOMA-850101"},
	{"without homoclave, lower case", "rfc goma850101", KindRFC, "goma850101"},
	{"curp after an rfc label", "RFC: {CURP}", KindCURP, "{CURP}"},
	{"company", "RFC del proveedor: {RFCM}", "", ""},
	{"company with spaces", "RFC de la empresa {RFCM|g=3.6}", "", ""},
	{"wrong check digit, unlabelled", "Clave {RFC|bad} del trámite", "", ""},
	{"generic", "RFC genérico XAXX010101000", "", ""},
	{"foreign generic", "RFC para extranjeros XEXX010101000", "", ""},
	{"without homoclave, unlabelled", "Clave GOMA850101 del trámite", "", ""},
	{"impossible date", "RFC: GOMA851301", "", ""},
}

func TestPersonalDataRFCShapes(t *testing.T) {
	requireBothSides(t, pdRFCRows, 6)
	runPDRows(t, pdLinter(t, lint.Config{}), pdRFCRows)
}
