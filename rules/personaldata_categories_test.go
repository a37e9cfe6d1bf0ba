package rules

import (
	"strings"
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
	{"curp unlabelled", "Código {CURP|bad}", "", ""},
	{"rfc unlabelled", "Clave {RFC|bad} del trámite", "", ""},
	{"clabe unlabelled", "Referencia {CLABE|bad}", "", ""},
	{"nss unlabelled", "Expediente {NSS|bad}", "", ""},
	{"card unlabelled", "Código de barras {CARD|bad}", "", ""},
	{"example", "Por ejemplo, una CURP se ve así: {CURP|bad}", "", ""},
	{"company rfc", "RFC del proveedor: {RFCM}", "", ""},
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
