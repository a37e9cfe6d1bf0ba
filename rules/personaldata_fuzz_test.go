package rules

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

// FuzzPersonalData checks the rule's invariants on arbitrary text: spans
// inside the text and on character boundaries, masks that never grow the
// text, and masked text that no longer shows the data.
func FuzzPersonalData(f *testing.F) {
	id := newPDIDs(11)
	for _, s := range []string{
		"Mi CURP es " + id.curp + " y mi cel (662) 123-45-67",
		"correo ana.lopez arroba gmail punto com, RFC " + id.rfc,
		"Vive en Calle Rosales 123, Col. Centro, C.P. 83000. Nací el 3 de mayo de 1990.",
		"CLABE " + id.clabe + " tarjeta " + id.card + " NSS " + id.nss,
		"+52 1 662 123 4567 \u200b６６２\u00a0１２３ ４５６７ tel6621234567",
		"$1,250,000.00 IEEyPC/CG/123/2027 https://ieesonora.org.mx/6621234567 #Voto6621234567",
		"\xff\xfe@\x00curp",
		"calle pino 12 int. 3 fraccionamiento villa de seris c.p. 83280, Hermosillo, Son.",
		"Vive en Privada Los Álamos Mz. 3 Lt. 12, Fracc. Las Lomas; av. de los maestros s/n, col. centro",
		"F/N: 3/5/90 · naciste el doce de marzo del 85 · F. de nacimiento: 1o. de mayo",
		"Pasaporte G 1234 5678, número N87654321, RFC: goma-850101",
		"juan punto perez arroba gmail punto com, juan [at] gmail [dot] com",
		"Teléfonos de los consejos:\nHermosillo: 662 123 4567\nCajeme: 644 123 4567\nCoordinadora: 662 555 0142",
		"https://wa.me/5216625550142 y api.whatsapp.com/send?phone=526625550142 00 1 520 555 0142",
	} {
		f.Add(s)
	}
	l := pdLinter(f, lint.Config{})
	f.Fuzz(func(t *testing.T, text string) {
		res := l.Lint(context.Background(), lint.Post{Text: text})
		if res.Err != nil {
			t.Fatalf("rule error: %v", res.Err)
		}
		for _, fd := range res.Findings {
			if fd.Span.Start < 0 || fd.Span.End > len(text) || fd.Span.Start > fd.Span.End {
				t.Fatalf("span %v outside text of %d bytes", fd.Span, len(text))
			}
			if !boundary(text, fd.Span.Start) || !boundary(text, fd.Span.End) {
				t.Fatalf("span %v splits a character", fd.Span)
			}
			for _, e := range fixEdits(fd) {
				if e.Start < 0 || e.End > len(text) || e.Start > e.End {
					t.Fatalf("edit %v outside the text", e)
				}
				if len(e.New) > e.End-e.Start {
					t.Fatalf("mask %q is longer than %q", e.New, text[e.Start:e.End])
				}
			}
		}
		fixed, _, err := l.Fix(context.Background(), lint.Post{Text: text}, bestFix)
		if err != nil {
			t.Fatal(err)
		}
		if len(fixed) > len(text) {
			t.Fatalf("fixing grew the text from %d to %d bytes", len(text), len(fixed))
		}
		again := l.Lint(context.Background(), lint.Post{Text: fixed})
		for _, fd := range again.Findings {
			if fd.Severity == lint.Error && fd.Kind != KindAddress && fd.Kind != KindBirthdate {
				t.Fatalf("masked text %q still shows %s %q", fixed, fd.Kind, fd.Text)
			}
		}
	})
}

// boundary reports whether i starts a character of s as Go decodes it
// (an invalid byte counts as a character of its own).
func boundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return i == len(s)
}
