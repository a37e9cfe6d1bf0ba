package source

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vocero/vocero/lint"
)

const benchPost = `---
platforms: [x, facebook, instagram]
publish_at: 2027-06-06 08:00
campaign: VotoInformado2027
id: jornada-06
---
# ¡Hoy es la **jornada electoral**!

Las casillas abren a las 8:00 y cierran a las 18:00. Lleva tu credencial para votar
vigente y consulta la ubicación de tu casilla en [ubicatucasilla](https://ubicatucasilla.ine.mx).

- Revisa los resultados preliminares en el PREP desde las 20:00.
- Si tienes dudas, escribe a ` + "`contacto@ieesonora.org.mx`" + `.

<!-- vocero-disable-next-line all-caps -->
#VotoInformado2027 #Sonora
`

func BenchmarkReadMarkdownPost(b *testing.B) {
	data := []byte(benchPost)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Read("a.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadMarkdown5MB(b *testing.B) {
	data := []byte(realisticMarkdown(5 << 20 / 57))
	if len(data) < 5<<20 || len(data) > 6<<20 {
		b.Fatalf("sample is %d bytes", len(data))
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Read("a.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadText(b *testing.B) {
	data := []byte(strings.Repeat("Consulta los resultados del PREP en ieesonora.org.mx/prep. ", 5))
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Read("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func benchRecords(n int, csv bool) []byte {
	var sb strings.Builder
	if csv {
		sb.WriteString("id;fecha;mensaje;enlace\n")
	}
	for i := range n {
		msg := fmt.Sprintf("Aviso %d: consulta los requisitos para el registro de candidaturas, ¡participa!", i)
		if csv {
			fmt.Fprintf(&sb, "p%d;2027-03-%02d 09:00;\"%s\";https://ieesonora.org.mx/avisos/%d\n", i, i%28+1, msg, i)
		} else {
			fmt.Fprintf(&sb, `{"id":"p%d","text":%q,"platforms":["x","facebook"],"publish_at":"2027-03-%02d 09:00"}`+"\n", i, msg, i%28+1)
		}
	}
	return []byte(sb.String())
}

func BenchmarkReadCSV(b *testing.B) {
	data := benchRecords(1000, true)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		ps, err := Read("a.csv", data)
		if err != nil || len(ps) != 1000 {
			b.Fatal(err, len(ps))
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	data := benchRecords(1000, false)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		ps, err := Read("a.jsonl", data)
		if err != nil || len(ps) != 1000 {
			b.Fatal(err, len(ps))
		}
	}
}

func BenchmarkApplyFixesJSONL(b *testing.B) {
	data := []byte(strings.ReplaceAll(string(benchRecords(1000, false)), "consulta", "CONSULTA"))
	ps, err := Read("a.jsonl", data)
	if err != nil {
		b.Fatal(err)
	}
	l := newLinter(b, shout{})
	rs := make([]lint.Result, len(ps))
	for i, p := range ps {
		rs[i] = l.Lint(context.Background(), p)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, n, err := ApplyFixes("a.jsonl", data, rs, nil)
		if err != nil || n != 1000 {
			b.Fatal(err, n)
		}
	}
}
