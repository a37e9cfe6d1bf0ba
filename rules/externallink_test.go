package rules

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestExternalLinkTestdata(t *testing.T) {
	runTestdata(t, "external-link", externalLinkFromConfig)
}

func lintWith(t testing.TB, cfg lint.Config, r lint.Rule, text string) []lint.Finding {
	t.Helper()
	l, err := lint.New(cfg, r)
	require.NoError(t, err)
	res := l.Lint(context.Background(), lint.Post{Text: text})
	require.NoError(t, res.Err)
	return res.Findings
}

func kinds(fs []lint.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Kind + ":" + f.Text
	}
	return out
}

func TestExternalLink(t *testing.T) {
	rule := NewExternalLink(ExternalLinkOptions{})
	tests := []struct {
		name, text string
		want       []string // kind:text
		sev        []lint.Severity
	}{
		{name: "outside site", text: "Nota en https://www.periodico-ejemplo.com.mx/nota", want: []string{"external:https://www.periodico-ejemplo.com.mx/nota"}, sev: []lint.Severity{lint.Warning}},
		{name: "shortener", text: "Mira https://bit.ly/xyz", want: []string{"shortener:https://bit.ly/xyz"}, sev: []lint.Severity{lint.Warning}},
		{name: "shortener subdomain", text: "Mira https://www.tinyurl.com/xyz", want: []string{"shortener:https://www.tinyurl.com/xyz"}},
		{name: "ip", text: "Entra a http://8.8.4.4:8080/x", want: []string{"ip:http://8.8.4.4:8080/x"}, sev: []lint.Severity{lint.Error}},
		{name: "private ip", text: "Entra a http://10.0.0.5:8080/x", want: []string{"internal:http://10.0.0.5:8080/x"}, sev: []lint.Severity{lint.Error}},
		{name: "localhost", text: "Prueba en http://localhost:3000/prep", want: []string{"internal:http://localhost:3000/prep"}},
		{name: "userinfo", text: "Entra a https://ine.mx@evil.example/x", want: []string{"lookalike:https://ine.mx@evil.example/x"}, sev: []lint.Severity{lint.Error}},
		{name: "embedded domain", text: "https://ieesonora.org.mx.evil.example", want: []string{"lookalike:https://ieesonora.org.mx.evil.example"}, sev: []lint.Severity{lint.Error}},
		{name: "embedded with a real TLD", text: "https://ieesonora.org.mx.evil.com/x", want: []string{"lookalike:https://ieesonora.org.mx.evil.com/x"}, sev: []lint.Severity{lint.Error}},
		{name: "idn outside", text: "https://elección-sonora.example/", want: []string{"external:https://elección-sonora.example/"}},
		{name: "schemeless embedded", text: "Entra a ieesonora.org.mx.evil.example/login", want: []string{"lookalike:ieesonora.org.mx.evil.example/login"}},
		{name: "schemeless embedded real TLD", text: "Entra a ieesonora.org.mx.evil.com", want: []string{"lookalike:ieesonora.org.mx.evil.com"}},
		{name: "schemeless hyphenated", text: "Entra a fake-ieesonora.org.mx/registro", want: []string{"lookalike:fake-ieesonora.org.mx/registro"}},
		{name: "schemeless tracking", text: "Ve ine.mx/a?utm_source=x&b=2", want: []string{"tracking:?utm_source=x&b=2"}},
		{name: "cyrillic o inside", text: "https://ieesоnora.org.mx/prep", want: []string{"lookalike:https://ieesоnora.org.mx/prep"}, sev: []lint.Severity{lint.Error}},
		{name: "hyphenated", text: "https://fake-ieesonora.org.mx/", want: []string{"lookalike:https://fake-ieesonora.org.mx/"}},
		{name: "insecure allowed", text: "http://ine.mx/x", want: []string{"insecure:http://ine.mx/x"}, sev: []lint.Severity{lint.Info}},
		{name: "tracking", text: "https://ine.mx/x?utm_source=a", want: []string{"tracking:?utm_source=a"}, sev: []lint.Severity{lint.Info}},
		{name: "youtu.be is youtube", text: "https://youtu.be/abc", want: []string{"external:https://youtu.be/abc"}},
		{name: "own domain", text: "https://www.ieesonora.org.mx/prep"},
		{name: "own domain upper case and dot", text: "https://WWW.IEESONORA.ORG.MX./prep"},
		{name: "allowed subdomain", text: "https://listanominal.ine.mx/consulta"},
		{name: "public-suffix allowed", text: "https://www.sonora.gob.mx/"},
		{name: "own facebook", text: "https://facebook.com/IEESonora"},
		{name: "own youtube channel", text: "https://www.youtube.com/c/ieesonora/videos"},
		{name: "own bluesky", text: "https://bsky.app/profile/ieesonora.bsky.social"},
		{name: "other facebook", text: "https://facebook.com/OtraCuenta", want: []string{"external:https://facebook.com/OtraCuenta"}},
		{name: "handle as a later segment", text: "https://facebook.com/groups/IEESonora", want: []string{"external:https://facebook.com/groups/IEESonora"}},
		{name: "email is not a link", text: "Escribe a contacto@ieesonora.org.mx"},
		{name: "sentence glued after a link", text: "Consulta www.ine.mx.La credencial es gratuita."},
		{name: "link ends a sentence", text: "Consulta https://ine.mx. Gracias."},
		{name: "glued sentence is not a site", text: "Recuerda votar.Es tu derecho."},
		{name: "plain text", text: "La jornada electoral es el domingo 6 de junio."},
		{name: "tracking-free query", text: "https://ine.mx/x?id=3&page=2#top"},
		{name: "non-http scheme not checked", text: "ftp://files.example/x"},
		{name: "own site with port", text: "https://www.ieesonora.org.mx:443/prep"},
		{name: "own site schemeless", text: "Consulta ieesonora.org.mx/casillas."},
		{name: "allowed with harmless query", text: "https://www.dof.gob.mx/nota_detalle.php?codigo=5&fecha=01/03/2027"},
		{name: "own instagram", text: "Síguenos en https://www.instagram.com/ieesonora/"},
		{name: "own x status", text: "https://x.com/IEESonora/status/123456"},
		{name: "decimals and times", text: "El 6.5 % de las actas; a las 10.30 h; numeral 6.IX."},
		{name: "abbreviations", text: "Lic. Ana y el Ing. Luis, de la Of. de Partes."},
		{name: "mention and hashtag", text: "@IEESonora #ine.mx"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := lintWith(t, lint.Config{}, rule, tc.text)
			assert.Equal(t, tc.want, nilIfEmpty(kinds(fs)))
			for i, s := range tc.sev {
				assert.Equal(t, s, fs[i].Severity)
			}
			for _, f := range fs {
				assert.NotEmpty(t, f.Criteria)
				assert.True(t, strings.HasSuffix(f.Message, ")"), "message names the criterion: %s", f.Message)
			}
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestExternalLinkEnglishAndDomainForms(t *testing.T) {
	r := NewExternalLink(ExternalLinkOptions{Domains: []string{"https://WWW.MiInstituto.org.mx/"}, Allowed: []string{"*.gob.mx", "www.ejemplo.org"}})
	cfg := lint.Config{Lang: lint.English}
	assert.Empty(t, lintWith(t, cfg, r, "https://miinstituto.org.mx https://www.sonora.gob.mx https://ejemplo.org/a"))
	fs := lintWith(t, cfg, r, "https://bit.ly/x https://otro.example")
	require.Len(t, fs, 2)
	assert.Equal(t, "Link shortened with «bit.ly»: it hides the destination; write the full address (criteria 6.VI and 6.IX)", fs[0].Message)
	assert.Contains(t, fs[1].Message, "Link to a site outside the Institute: «otro.example»")
}

func TestExternalLinkConfig(t *testing.T) {
	cfg, err := lint.ParseConfig([]byte(`
institution:
  domains: [miinstituto.org.mx]
  handles: [MiInstituto]
allowed_domains: [ejemplo.org]
rules:
  external-link:
    shorteners: [acorta.example]
    tracking_params: [ref, "trk_*"]
`), "vocero.yaml")
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := externalLinkFromConfig(&rc)
	require.NoError(t, err)
	tests := []struct {
		text string
		want []string
	}{
		{"https://miinstituto.org.mx/a", nil},
		{"https://www.ejemplo.org/a", nil},
		{"https://ieesonora.org.mx/a", []string{"external:https://ieesonora.org.mx/a"}},
		{"https://acorta.example/z", []string{"shortener:https://acorta.example/z"}},
		{"https://ejemplo.org/a?ref=tw&trk_id=1&x=2", []string{"tracking:?ref=tw&trk_id=1&x=2"}},
		{"https://x.com/MiInstituto", nil},
		{"https://mi-instituto.org.mx", []string{"lookalike:https://mi-instituto.org.mx"}},
		{"https://otro-instituto.org.mx", []string{"external:https://otro-instituto.org.mx"}},
		{"https://miinstituto.org.mx.evil.example", []string{"lookalike:https://miinstituto.org.mx.evil.example"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, nilIfEmpty(kinds(lintWith(t, cfg, r, tc.text))))
		})
	}

	bad, err := lint.ParseConfig([]byte("rules:\n  external-link:\n    shortners: [x]\n"), "vocero.yaml")
	require.NoError(t, err)
	rc, err = bad.Resolve()
	require.NoError(t, err)
	_, err = externalLinkFromConfig(&rc)
	require.ErrorContains(t, err, `vocero.yaml:3: rules.external-link: unknown option "shortners"`)
}

func TestExternalLinkFixes(t *testing.T) {
	rule := NewExternalLink(ExternalLinkOptions{})
	l, err := lint.New(lint.Config{}, rule)
	require.NoError(t, err)
	tests := []struct{ in, want string }{
		{"Ver http://ine.mx/a", "Ver https://ine.mx/a"},
		{"Ver https://ine.mx/a?utm_source=fb", "Ver https://ine.mx/a"},
		{"Ver https://ine.mx/a?id=1&utm_source=fb&n=2#s", "Ver https://ine.mx/a?id=1&n=2#s"},
		{"Ver https://ine.mx/a?utm_source=fb&&fbclid=3#s.", "Ver https://ine.mx/a#s."},
		{"Ver http://ieesonora.org.mx/?gclid=1 ya", "Ver https://ieesonora.org.mx/ ya"},
		{"Ver https://bit.ly/x", "Ver https://bit.ly/x"},
		{"Ver https://www.youtube.com/watch?v=abc&si=XyZ", "Ver https://www.youtube.com/watch?v=abc"},
		{"Ver https://youtu.be/abc?si=XyZ", "Ver https://youtu.be/abc"},
		{"Ver https://x.com/IEESonora/status/1?s=20&t=abc", "Ver https://x.com/IEESonora/status/1"},
		{"Ver https://www.ieesonora.org.mx/buscar?s=20&t=casillas&si=1", "Ver https://www.ieesonora.org.mx/buscar?s=20&t=casillas&si=1"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, _, err := l.Fix(context.Background(), lint.Post{Text: tc.in}, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// markdownPost marks the [label](destination) links of text the way the
// Markdown reader does: brackets as Markup, destinations as Link.
func markdownPost(text string) lint.Post {
	p := lint.Post{Text: text}
	for i := 0; i < len(text); {
		open := strings.Index(text[i:], "[")
		if open < 0 {
			break
		}
		open += i
		mid := strings.Index(text[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.Index(text[mid:], ")")
		if end < 0 {
			break
		}
		end += mid
		p.Regions = append(p.Regions,
			lint.Region{Start: open, End: open + 1, Kind: lint.Markup},
			lint.Region{Start: mid, End: mid + 2, Kind: lint.Markup},
			lint.Region{Start: mid + 2, End: end, Kind: lint.Link},
			lint.Region{Start: end, End: end + 1, Kind: lint.Markup})
		i = end + 1
	}
	return p
}

func TestExternalLinkMarkdown(t *testing.T) {
	l, err := lint.New(lint.Config{}, NewExternalLink(ExternalLinkOptions{}))
	require.NoError(t, err)
	tests := []struct {
		name, text string
		want       []string
		fixed      string
	}{
		{"masked destination", "Consulta [www.ieesonora.org.mx](https://evil.example/x) hoy.", []string{"lookalike:https://evil.example/x"}, ""},
		{"label and destination agree", "Consulta [ieesonora.org.mx](https://ieesonora.org.mx/) hoy.", nil, ""},
		{"outside destination", "Lee [la nota](https://www.periodico-ejemplo.com.mx/nota) hoy.", []string{"external:https://www.periodico-ejemplo.com.mx/nota"}, ""},
		{"insecure destination", "Lee [el acuerdo](http://ieesonora.org.mx/a).", []string{"insecure:http://ieesonora.org.mx/a"}, "Lee [el acuerdo](https://ieesonora.org.mx/a)."},
		{"tracking in destination", "Lee [el acuerdo](https://ine.mx/a?utm_source=x).", []string{"tracking:?utm_source=x"}, "Lee [el acuerdo](https://ine.mx/a)."},
		{"relative and anchors", "Ve [arriba](#inicio), [acuerdos](/acuerdos) y [correo](mailto:contacto@ieesonora.org.mx).", nil, ""},
		{"shortener label to own site", "Ve [bit.ly/x](https://ieesonora.org.mx/x).", []string{"shortener:bit.ly/x"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			post := markdownPost(tc.text)
			res := l.Lint(context.Background(), post)
			require.NoError(t, res.Err)
			assert.Equal(t, tc.want, nilIfEmpty(kinds(res.Findings)))
			if tc.fixed != "" {
				got, _, err := l.Fix(context.Background(), post, nil)
				require.NoError(t, err)
				assert.Equal(t, tc.fixed, got)
			}
		})
	}
}

func ExampleNewExternalLink() {
	l, _ := lint.New(lint.Config{}, NewExternalLink(ExternalLinkOptions{}))
	res := l.Lint(context.Background(), lint.Post{Text: "Resultados en https://bit.ly/prep2027 y https://ieesonora.org.mx.resultados.example"})
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Kind, f.Text)
	}
	// Output:
	// warning shortener https://bit.ly/prep2027
	// error lookalike https://ieesonora.org.mx.resultados.example
}

func FuzzExternalLink(f *testing.F) {
	for _, s := range []string{
		"https://ine.mx/a?utm_source=x&b=1", "http://[::1]:80/", "https://a@b.example", "https://ieesonora.org.mx@", "http://0x7f.1/?fbclid",
		"https://%zz.example", "https://\xffa.example", "https://ine.mx/?utm_x=1&&&", "http://http://", "votar.Es", "a://b",
		"[ine.mx](https://evil.example)", "[a](http://ine.mx/?fbclid=1) [b](/x)", "[](", "[x](https://a.b)(",
	} {
		f.Add(s)
	}
	l, err := lint.New(lint.Config{}, NewExternalLink(ExternalLinkOptions{}))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		res := l.Lint(context.Background(), lint.Post{Text: text})
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start <= fd.Span.End && fd.Span.End <= len(text))
			require.True(t, utf8.ValidString(text[fd.Span.Start:fd.Span.End]) || !utf8.ValidString(text))
		}
		fixed, _, err := l.Fix(context.Background(), lint.Post{Text: text}, nil)
		require.NoError(t, err)
		again, _, err := l.Fix(context.Background(), lint.Post{Text: fixed}, nil)
		require.NoError(t, err)
		require.Equal(t, fixed, again, "fixing twice changed the text")
		// The same text read as Markdown: destinations are checked whole.
		md := markdownPost(text)
		res = l.Lint(context.Background(), md)
		require.NoError(t, res.Err)
		for _, fd := range res.Findings {
			require.True(t, fd.Span.Start <= fd.Span.End && fd.Span.End <= len(text))
		}
	})
}

func BenchmarkExternalLink(b *testing.B) {
	l, err := lint.New(lint.Config{}, NewExternalLink(ExternalLinkOptions{}))
	require.NoError(b, err)
	post := lint.Post{Text: "El Consejo General aprobó el calendario electoral 2026-2027. Consulta el acuerdo en https://www.ieesonora.org.mx/acuerdos?utm_source=x, la nota en https://www.periodico-ejemplo.com.mx/nota y el video en https://youtu.be/abc123 #VotoInformado"}
	b.ReportAllocs()
	for range b.N {
		l.Lint(context.Background(), post)
	}
}

func BenchmarkExternalLinkNoLinks(b *testing.B) {
	l, err := lint.New(lint.Config{}, NewExternalLink(ExternalLinkOptions{}))
	require.NoError(b, err)
	post := lint.Post{Text: "Te invitamos a la sesión ordinaria del Consejo General este jueves a las 11:00 horas. Síguela en vivo por nuestras redes sociales."}
	b.ReportAllocs()
	for range b.N {
		l.Lint(context.Background(), post)
	}
}

// The documented examples hold: the bad one is reported, the good one not.
func TestExternalLinkAndRepetitionExamples(t *testing.T) {
	for _, r := range []lint.Rule{NewExternalLink(ExternalLinkOptions{}), NewRepetition(RepetitionOptions{})} {
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			require.NoError(t, m.Validate())
			assert.NotEmpty(t, lintWith(t, lint.Config{}, r, m.Bad))
			assert.Empty(t, lintWith(t, lint.Config{}, r, m.Good))
			for key, msg := range m.Messages {
				if strings.HasPrefix(key, "fix-") || strings.HasSuffix(key, "-fix") {
					continue
				}
				assert.Regexp(t, `\(criterios? [0-9.IVX, y]+\)$`, msg.ES, key)
				assert.Regexp(t, `\(criteri(on|a) [0-9.IVX, and]+\)$`, msg.EN, key)
			}
		})
	}
}
