package source

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestReadCSV(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		texts      []string
		lines      []int
	}{
		{"comma", "id,message\n1,Hola\n2,Adiós\n", []string{"Hola", "Adiós"}, []int{2, 3}},
		{"semicolon from a Spanish spreadsheet", "Fecha;Mensaje;Enlace\n01/03/2027 09:00;Hola, Sonora;\n", []string{"Hola, Sonora"}, []int{2}},
		{"tab", "texto\tfecha\nHola\t2027-03-01\n", []string{"Hola"}, []int{2}},
		{"bom and crlf", "\ufefftext,date\r\nHola\r\nAdiós,2027-03-01\r\n", []string{"Hola", "Adiós"}, []int{2, 3}},
		{"quoted multi-line cell", "post,id\n\"Línea uno\nLínea \"\"dos\"\"\",a\nOtra,b\n", []string{"Línea uno\nLínea \"dos\"", "Otra"}, []int{2, 4}},
		{"accented and spaced header", " Publicación ;Red\nHola;x\n", []string{"Hola"}, []int{2}},
		{"upper-case header", "MENSAJE\nHola\n", []string{"Hola"}, []int{2}},
		{"preferred column wins", "texto,message\nA,B\n", []string{"B"}, []int{2}},
		{"empty rows and cells skipped", "message\n\nHola\n\"\"\n   \nAdiós", []string{"Hola", "Adiós"}, []int{3, 6}},
		{"short row", "id,fecha,message\n1\n2,,Hola\n", []string{"Hola"}, []int{3}},
		{"message after a multi-line cell", "notas,mensaje\n\"a\nb\",Hola\n", []string{"Hola"}, []int{3}},
		{"quote inside unquoted cell", "message\nDijo \"sí\" hoy\n", []string{"Dijo \"sí\" hoy"}, []int{2}},
		{"header only", "message,date\n", nil, nil},
		{"text after closing quote", "message\n\"Hola\" mundo\n", []string{"Hola mundo"}, []int{2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Read("p.csv", []byte(tc.data))
			require.NoError(t, err)
			var texts []string
			var lines []int
			for _, p := range ps {
				checkPost(t, p)
				texts = append(texts, p.Text)
				lines = append(lines, p.Line)
				assert.Equal(t, "p.csv", p.Path)
			}
			assert.Equal(t, tc.texts, texts)
			assert.Equal(t, tc.lines, lines)
		})
	}
}

func TestReadCSVColumns(t *testing.T) {
	data := "ID;Fecha de publicación;Hora;Mensaje;Link;Plataformas\n" +
		"p1;2027-03-01;09:30;Consulta el PREP;https://ieesonora.org.mx/prep;x, facebook\n" +
		"p2;;;Ya está en ieesonora.org.mx;ieesonora.org.mx;\n" +
		"p3;05/03/2027;;Sin enlace;;bluesky\n"
	ps, err := Read("agenda.csv", []byte(data))
	require.NoError(t, err)
	require.Len(t, ps, 3)

	assert.Equal(t, "p1", ps[0].ID)
	assert.Equal(t, "Consulta el PREP https://ieesonora.org.mx/prep", ps[0].Text)
	assert.Equal(t, []lint.Region{{Start: 17, End: len(ps[0].Text), Kind: lint.Link}}, ps[0].Regions)
	assert.True(t, ps[0].PublishAt.Equal(time.Date(2027, 3, 1, 16, 30, 0, 0, time.UTC)), ps[0].PublishAt)
	assert.Equal(t, []lint.Platform{lint.X, lint.Facebook}, ps[0].Platforms)

	assert.Equal(t, "Ya está en ieesonora.org.mx", ps[1].Text, "a link already in the message is not added twice")
	assert.Empty(t, ps[1].Regions)
	assert.True(t, ps[1].PublishAt.IsZero())
	assert.Nil(t, ps[1].Platforms)

	assert.Equal(t, time.Date(2027, 3, 5, 0, 0, 0, 0, time.UTC), ps[2].PublishAt.In(time.UTC).Add(-7*time.Hour))
	assert.Equal(t, []lint.Platform{lint.Bluesky}, ps[2].Platforms)
}

func TestReadCSVBad(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"no message column", "fecha,enlace\n2027-03-01,https://ine.mx\n", `p.csv:1: no message column in the header row (want a column named message, mensaje, text, texto or post; found "fecha", "enlace")`},
		{"empty file", "", "p.csv:1: empty CSV file"},
		{"only blank lines", "\n\n", "p.csv:1: empty CSV file"},
		{"unclosed quote", "message\nHola\n\"Sin cerrar\nsigue\n", `p.csv:3: a quoted cell is never closed`},
		{"bad date", "message,fecha\nHola,2027-02-30\nAdiós,mañana\n", `p.csv:2: fecha: "2027-02-30" is not a date`},
		{"unknown platform", "message;red\nHola;x\nAdiós;tiktok\n", `p.csv:3: red: unknown platform "tiktok"`},
		{"damaged utf-8", "mensaje\nInformación\nInformaci\xf3n\n", "p.csv:3: column 10: invalid UTF-8 (byte 0xf3); save the file as UTF-8"},
		{"utf-16", "\xff\xfem\x00e\x00n\x00", `p.csv:1: the file is UTF-16 text; save it as "CSV UTF-8"`},
		{"nul", "mensaje\nHo\x00la\n", "p.csv:2: column 3: NUL byte"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("p.csv", []byte(tc.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestReadCSVWindows1252(t *testing.T) {
	// "Fecha;Mensaje\n…;Información del año\n" as Excel saves it in Mexico.
	data := []byte("Fecha;Mensaje\r\n2027-03-01;Informaci\xf3n del a\xf1o \x93PREP\x94\r\n")
	ps, err := Read("p.csv", data)
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Información del año “PREP”", ps[0].Text)
	assert.Equal(t, 2, ps[0].Line)

	// Fixes are written back in Windows-1252.
	at := strings.Index(ps[0].Text, "año")
	f := lint.Finding{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: at, End: at + len("año"), New: "años"}}}}}
	out, n, err := ApplyFixes("p.csv", data, []lint.Result{{Post: &ps[0], Findings: []lint.Finding{f}}}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, "Fecha;Mensaje\r\n2027-03-01;Informaci\xf3n del a\xf1os \x93PREP\x94\r\n", string(out))

	// A fix the encoding cannot store is refused, and nothing changes.
	emoji := lint.Finding{Rule: "x", Fixes: []lint.Fix{{Safe: true, Edits: []lint.Edit{{Start: 0, End: 0, New: "🗳️ "}}}}}
	out, n, err = ApplyFixes("p.csv", data, []lint.Result{{Post: &ps[0], Findings: []lint.Finding{emoji}}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Windows-1252")
	assert.Equal(t, data, out)
	assert.Zero(t, n)
}

func TestDetectSep(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   byte
	}{
		{"a,b,c", ','}, {"a;b;c", ';'}, {"a\tb", '\t'}, {"message", ','},
		{`"a;b",c`, ','}, {`"a,b";c`, ';'}, {"a;b,c;d", ';'},
	} {
		t.Run(tc.header, func(t *testing.T) {
			assert.Equal(t, string(tc.want), string(detectSep([]byte(tc.header+"\nx"))))
		})
	}
}

func TestCSVFindingPositions(t *testing.T) {
	data := "id;mensaje\n1;\"Primera línea\nOTRA línea\"\n2;Todo BIEN\n"
	ps, err := Read("p.csv", []byte(data))
	require.NoError(t, err)
	rs := lintAll(t, newLinter(t, shout{}), ps)
	require.Len(t, rs[0].Findings, 1)
	f := rs[0].Findings[0]
	assert.Equal(t, "OTRA", f.Text)
	assert.Equal(t, 3, f.Line, "the second line of the cell is the file's third line")
	assert.Equal(t, 1, f.Column)
	g := rs[1].Findings[0]
	assert.Equal(t, []any{4, 8, "BIEN"}, []any{g.Line, g.Column, g.Text}, "column in the file, not in the message")
}

func TestFoldName(t *testing.T) {
	for in, want := range map[string]string{
		"Mensaje": "mensaje", " PUBLICACIÓN ": "publicacion", "Fecha de publicación": "fechadepublicacion",
		"publish_at": "publishat", "Año": "ano", "e-mail": "email",
	} {
		assert.Equal(t, want, foldName(in), in)
	}
	assert.NotEqual(t, "message", foldName("messages"))
	assert.False(t, strings.Contains(foldName("Fecha\u0301"), "\u0301"))
}

// TestSchedulerExports: the date and text columns of the common scheduler
// exports and bulk templates are recognised.
func TestSchedulerExports(t *testing.T) {
	loc := time.FixedZone("MST", -7*3600)
	for _, tc := range []struct {
		name, data string
		text       string
		when       string // in loc, 2006-01-02 15:04
		link       bool
	}{
		{"Hootsuite bulk, no header", "15/03/2027 09:30,Consulta la convocatoria,https://ieesonora.org.mx/c\n", "Consulta la convocatoria", "2027-03-15 09:30", true},
		{"Hootsuite with header", "Date,Message,Link\n03/15/2027 09:30,Consulta la convocatoria,\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
		{"Buffer", "Text,Image URL,Tags,Posting Time\nConsulta la convocatoria,,,2027-03-15 09:30\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
		{"Meta Business Suite export", "Post ID,Page name,Description,Publish time,Permalink\n123,IEE,Consulta la convocatoria,03/15/2027 09:30,https://facebook.com/x\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
		{"Meta in Spanish", "Identificador,Texto de la publicación,Hora de publicación\n1,Consulta la convocatoria,15/03/2027 09:30\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
		{"Sprout Social", "date,time_24hr,message_text,link\n15/03/2027,09:30,Consulta la convocatoria,\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
		{"Later", "Caption,Scheduled Time,Media URL\nConsulta la convocatoria,2027-03-15 9:30 AM,\n", "Consulta la convocatoria", "2027-03-15 09:30", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := ReadWith("export.csv", []byte(tc.data), Options{Location: loc})
			require.NoError(t, err)
			require.Len(t, ps, 1)
			p := ps[0]
			if tc.link {
				assert.True(t, strings.HasPrefix(p.Text, tc.text+" https://"), p.Text)
			} else {
				assert.Equal(t, tc.text, p.Text)
			}
			assert.Equal(t, tc.when, p.PublishAt.In(loc).Format("2006-01-02 15:04"))
		})
	}
}

// TestUnknownDateColumn: a date column vocero does not know, or a value
// it cannot read, is an error with the line, never a silent "today".
func TestUnknownDateColumn(t *testing.T) {
	_, err := Read("a.csv", []byte("mensaje,Día de salida programado\nHola,mañana\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `a.csv:1: column "Día de salida programado" looks like a publish date`)
	_, err = Read("a.csv", []byte("Text,Posting Time\nHola,el martes\n"))
	assert.Contains(t, err.Error(), `a.csv:2: Posting Time: "el martes" is not a date`)
}
