package rules

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// A 280-character institutional post without personal data, with the
// numbers, dates, amounts and links such posts carry.
const pdCleanPost = "El Consejo General del IEE Sonora aprobó el acuerdo IEEyPC/CG/123/2027 con 7 votos. " +
	"La jornada será el 06/06/2027 de 8:00 a 18:00 h; habrá 6 621 casillas y un presupuesto de $1,250,000.00. " +
	"Consulta tu casilla en https://ieesonora.org.mx/casillas #VotoInformado2027"

func benchPD(b *testing.B, text string) {
	rc, err := (lint.Config{}).Resolve()
	if err != nil {
		b.Fatal(err)
	}
	rule, err := personalDataFromConfig(&rc)
	if err != nil {
		b.Fatal(err)
	}
	pd := rule.(*PersonalData)
	post := &lint.Post{Text: text}
	doc := lint.NewDocument(post, &rc)
	doc.Tokens()
	found := 0
	emit := func(string, lint.Span, bool, string) { found++ }
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		pd.find(doc, &rc, emit)
	}
	b.ReportMetric(float64(found)/float64(b.N), "findings/op")
}

// BenchmarkPersonalDataClean is the rule's own cost on a clean post (the
// Document's tokens are computed once, as the Linter shares them).
func BenchmarkPersonalDataClean(b *testing.B) {
	if n := utf8.RuneCountInString(pdCleanPost); n > 290 {
		b.Fatalf("post has %d characters", n)
	}
	benchPD(b, pdCleanPost)
}

// BenchmarkPersonalDataLeaky is a post full of personal data.
func BenchmarkPersonalDataLeaky(b *testing.B) {
	id := newPDIDs(9)
	benchPD(b, "Ganadora: Ana López, CURP "+id.curp+", RFC "+id.rfc+", cel. (662) 123-45-67, correo ana.lopez@gmail.com, "+
		"domicilio Calle Rosales 123, Col. Centro; CLABE "+id.clabe+". Fecha de nacimiento: 12/03/1985.")
}

// BenchmarkPersonalDataLinter is the whole Linter with only this rule: the
// Document's views and tokens included.
func BenchmarkPersonalDataLinter(b *testing.B) {
	l := pdLinter(b, lint.Config{})
	post := lint.Post{Text: pdCleanPost}
	b.ReportAllocs()
	for range b.N {
		l.Lint(context.Background(), post)
	}
}

// BenchmarkPersonalDataLong is a long Markdown-like document (linear time).
func BenchmarkPersonalDataLong(b *testing.B) {
	benchPD(b, strings.Repeat(pdCleanPost+"\n", 200))
}
