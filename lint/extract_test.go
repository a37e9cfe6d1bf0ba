package lint

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenList renders tokens as "kind:value" for compact assertions.
func tokenList(toks []Token) []string {
	out := []string{}
	for _, t := range toks {
		out = append(out, t.Kind.String()+":"+t.Value)
	}
	return out
}

func TestExtractKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Hashtags.
		{"hashtag with accent and digits", "Vota #Elección2027.", []string{"hashtag:Elección2027", "number:2027"}[:1]},
		{"hashtag with ñ and ü", "#Ñandú y #pingüino", []string{"hashtag:Ñandú", "hashtag:pingüino"}},
		{"hashtag starting with underscore", "#_a", []string{"hashtag:_a"}},
		{"hashtag in parentheses", "(#Entre)", []string{"hashtag:Entre"}},
		{"hashtag after a hash sign", "##a", []string{"hashtag:a"}},
		{"full-width hash sign", "＃Vota", []string{"hashtag:Vota"}},
		{"hashtag after a rejected one", "#a##b", []string{"hashtag:b"}},
		{"hashtag after emoji", "🇲🇽#México", []string{"emoji:🇲🇽", "hashtag:México"}},
		{"only digits is no hashtag", "#1 y #2027", []string{"number:1", "number:2027"}},
		{"only underscores is no hashtag", "#__", []string{}},
		{"glued after a letter", "a#b hola#mundo", []string{}},
		{"glued after ampersand", "&#x", []string{}},
		{"followed by a hash sign", "#uno#dos", []string{}},
		{"followed by a scheme separator", "#web://algo", []string{}},
		{"keycap is not a hashtag", "#️⃣", []string{"emoji:#️⃣"}},

		// Mentions.
		{"mention", "Gracias @IEESonora.", []string{"mention:IEESonora"}},
		{"mention after period", ".@IEESonora", []string{"mention:IEESonora"}},
		{"retweet marker", "RT@IEESonora rt:@INEMexico", []string{"mention:IEESonora", "mention:INEMexico"}},
		{"list", "@IEESonora/consejeros-electorales", []string{"mention:IEESonora/consejeros-electorales"}},
		{"long name is cut at 20", "@abcdefghijklmnopqrstuvwxyz", []string{"mention:abcdefghijklmnopqrst"}},
		{"full-width at sign", "＠IEESonora", []string{"mention:IEESonora"}},
		{"glued after a letter", "correo@ine y x@IEESonora", []string{}},
		{"after underscore or bang", "_@IEESonora !@IEESonora", []string{}},
		{"followed by accent", "@usuarioá", []string{}},
		{"followed by scheme separator", "@user://x", []string{}},
		{"remote mastodon handle", "@IEESonora@mastodon.social", []string{}},
		{"bare at sign", "@ y @@", []string{}},

		// Cashtags.
		{"cashtag", "Tipo de cambio $MXN.", []string{"cashtag:MXN"}},
		{"cashtag with suffix", "$USD.MX", []string{"cashtag:USD.MX"}},
		{"cashtag backs off", "$ab.cde", []string{"cashtag:ab"}},
		{"too long or with digits", "$toolongcash $a1", []string{}},
		{"price is a number", "precio $100", []string{"number:100"}},

		// URLs.
		{"domain with path", "Consulta ieesonora.org.mx/prep", []string{"url:ieesonora.org.mx/prep"}},
		{"www without scheme", "Visita www.ine.mx.", []string{"url:www.ine.mx"}},
		{"bare domain", "ine.mx", []string{"url:ine.mx"}},
		{"gob.mx path", "gob.mx/x", []string{"url:gob.mx/x"}},
		{"scheme", "https://www.ine.mx/voto", []string{"url:https://www.ine.mx/voto"}},
		{"upper-case TLD", "votar.Es un derecho", []string{"url:votar.Es"}},
		{"parentheses around", "(https://ine.mx/voto)", []string{"url:https://ine.mx/voto"}},
		{"trailing period after slash", "https://ine.mx/.", []string{"url:https://ine.mx/"}},
		{"trailing comma", "ieesonora.org.mx/prep, gracias", []string{"url:ieesonora.org.mx/prep"}},
		{"balanced parentheses", "https://es.wikipedia.org/wiki/Sonora_(México).", []string{"url:https://es.wikipedia.org/wiki/Sonora_(México)"}},
		{"nested parentheses", "https://ine.mx/a_(b(c)d)", []string{"url:https://ine.mx/a_(b(c)d)"}},
		{"parentheses after a period", "ine.mx/observadores.(PREP)", []string{"url:ine.mx/observadores"}},
		{"parentheses after a slash and comma", "https://www.facebook.com/IEESonora/,(PREP)", []string{"url:https://www.facebook.com/IEESonora/"}},
		{"parentheses inside the path", "https://ine.mx/acuerdo(1).pdf", []string{"url:https://ine.mx/acuerdo(1).pdf"}},
		{"query stops at non-ASCII", "https://ine.mx/buscar?q=elección", []string{"url:https://ine.mx/buscar?q=elecci"}},
		{"schemeless query is dropped", "ine.mx?q=1", []string{"url:ine.mx", "number:1"}},
		{"port and path", "ine.mx:443/x", []string{"url:ine.mx:443/x"}},
		{"t.co keeps no path", "http://t.co/abc/def", []string{"url:http://t.co/abc"}},
		{"t.co query", "https://t.co/AbC123xyz?amp=1.", []string{"url:https://t.co/AbC123xyz?amp=1"}},
		{"subdomain with underscore", "a_b.ine.mx", []string{"url:b.ine.mx"}},
		{"hashtag inside URL", "https://ine.mx/#voto", []string{"url:https://ine.mx/#voto"}},
		{"mention inside URL", "https://mastodon.social/@IEESonora", []string{"url:https://mastodon.social/@IEESonora"}},
		{"no TLD", "archivo.pdf, nombre.apellido", []string{}},
		{"version numbers", "v1.2.3", []string{}},
		{"after slash or dash", "a/ine.mx -mal.mx", []string{}},
		{"scheme alone", "http:// www.", []string{}},

		// E-mails.
		{"e-mail", "Escribe a correo@ieesonora.org.mx.", []string{"email:correo@ieesonora.org.mx"}},
		{"e-mail with dots and plus", "nombre.apellido+prep@ine.mx", []string{"email:nombre.apellido+prep@ine.mx"}},
		{"e-mail domain backs off", "correo@ine.mx.Gracias", []string{"email:correo@ine.mx"}},
		{"e-mail without TLD", "correo@ine", []string{}},
		{"hashtag wins over e-mail", "#correo@ine.mx", []string{"hashtag:correo"}},
		{"e-mail after a hashtag", "#Vota correo@ine.mx", []string{"hashtag:Vota", "email:correo@ine.mx"}},

		// Numbers.
		{"year", "en 2027", []string{"number:2027"}},
		{"thousands", "1,234 personas", []string{"number:1,234"}},
		{"time", "de 9:00 a 15:00 h", []string{"number:9:00", "number:15:00"}},
		{"phone in groups", "662 259 4900", []string{"number:662", "number:259", "number:4900"}},
		{"trailing separator is out", "son 15.", []string{"number:15"}},
		{"glued to letters", "A4 3a COVID19", []string{}},

		// Emoji.
		{"skin tone", "👍🏽", []string{"emoji:👍🏽"}},
		{"family", "👨‍👩‍👧‍👦", []string{"emoji:👨‍👩‍👧‍👦"}},
		{"flags", "🇲🇽🇺🇸", []string{"emoji:🇲🇽", "emoji:🇺🇸"}},
		{"keycap", "1️⃣", []string{"emoji:1️⃣"}},
		{"tag sequence", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", []string{"emoji:🏴󠁧󠁢󠁥󠁮󠁧󠁿"}},
		{"newer emoji", "🫶🏽 ❤️‍🔥", []string{"emoji:🫶🏽", "emoji:❤️‍🔥"}},
		{"text presentation", "© ™ ☺︎", []string{}},
		{"stray variation selector", "a️", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tokenList(extractTokens(tc.text)))
		})
	}
}

func TestExtractFields(t *testing.T) {
	text := "Ver HTTPS://WWW.INE.MX:443/Voto y correo@IEESonora.org.mx o www.IEESonora.org.mx/prep #Vota @IEE"
	at := func(sub string) Span {
		i := strings.Index(text, sub)
		require.GreaterOrEqual(t, i, 0, sub)
		return Span{i, i + len(sub)}
	}
	toks := extractTokens(text)
	require.Len(t, toks, 5)
	assert.Equal(t, Token{Kind: URL, Span: at("HTTPS://WWW.INE.MX:443/Voto"), Text: "HTTPS://WWW.INE.MX:443/Voto", Value: "HTTPS://WWW.INE.MX:443/Voto", Host: "www.ine.mx", Scheme: "https"}, toks[0])
	assert.Equal(t, Token{Kind: Email, Span: at("correo@IEESonora.org.mx"), Text: "correo@IEESonora.org.mx", Value: "correo@IEESonora.org.mx", Host: "ieesonora.org.mx"}, toks[1])
	assert.Equal(t, Token{Kind: URL, Span: at("www.IEESonora.org.mx/prep"), Text: "www.IEESonora.org.mx/prep", Value: "www.IEESonora.org.mx/prep", Host: "www.ieesonora.org.mx"}, toks[2])
	assert.Equal(t, Token{Kind: Hashtag, Span: at("#Vota"), Text: "#Vota", Value: "Vota"}, toks[3])
	assert.Equal(t, Token{Kind: Mention, Span: Span{len(text) - 4, len(text)}, Text: "@IEE", Value: "IEE"}, toks[4])
}

func TestDocumentTokensUseView(t *testing.T) {
	// The view folds the full-width sign and drops the zero-width space.
	d := NewDocument(&Post{Text: "＃Vo\u200Bta en ine.mx"}, nil)
	assert.Equal(t, []string{"hashtag:Vota", "url:ine.mx"}, tokenList(d.Tokens()))
	assert.Equal(t, []string{"url:ine.mx"}, tokenList(d.TokensOf(URL)))
	tok, ok := d.TokenAt(3)
	require.True(t, ok)
	assert.Equal(t, Hashtag, tok.Kind)
	_, ok = d.TokenAt(6)
	assert.False(t, ok)
}

func TestExtractInvariantsOnConformanceCases(t *testing.T) {
	for _, text := range readJSONL[string](t, "testdata/twittertext/cases.jsonl") {
		checkTokens(t, text, extractTokens(text))
	}
}

// checkTokens asserts what every token list must satisfy.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	end, valid := 0, utf8.ValidString(s)
	for _, tk := range toks {
		if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("%q: token %+v out of order or bounds (previous end %d)", s, tk, end)
		}
		// Boundaries are checked on valid UTF-8, what the analysis view
		// always is; on invalid bytes only the other invariants hold.
		if valid && (!utf8.RuneStart(s[tk.Start]) || (tk.End < len(s) && !utf8.RuneStart(s[tk.End]))) {
			t.Fatalf("%q: token %+v not on character boundaries", s, tk)
		}
		if tk.Text != s[tk.Start:tk.End] {
			t.Fatalf("%q: token text %q != %q", s, tk.Text, s[tk.Start:tk.End])
		}
		if tk.Kind < Hashtag || tk.Kind > Emoji || tk.Value == "" {
			t.Fatalf("%q: bad token %+v", s, tk)
		}
		end = tk.End
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{benchPost, "#a##b", "＃Vota ＠IEE", "a_b.ine.mx/x?q=1#f", "https://t.co/x", "xn--caf-dma.mx",
		"correo@ine.mx", "1️⃣🇲🇽👨‍👩‍👧", "$ab.cd", "(https://ine.mx/a_(b(c)d))", "ÿ#\x00@.mx", "ñ.ñ.com", "пример.рф"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s, extractTokens(s))
		checkTokens(t, s, ttEntities(s))
		urls := ttURLs(s, nil, false)
		checkTokens(t, s, urls)
		w, _ := xWeighted(s, urls)
		if w < 0 || w > 2*utf8.RuneCountInString(s)+23*len(urls) {
			t.Fatalf("%q: weighted length %d", s, w)
		}
	})
}

func TestExtractHostileInputsStayFast(t *testing.T) {
	for _, in := range []struct{ name, text string }{
		{"hashes", strings.Repeat("#", 1<<20)},
		{"full-width hashes", strings.Repeat("＃", 1<<18)},
		{"ats", strings.Repeat("@", 1<<20)},
		{"dots", strings.Repeat(".", 1<<20)},
		{"labels", strings.Repeat("a.", 1<<19)},
		{"accented labels", strings.Repeat("ñ.", 1<<18)},
		{"underscore labels", strings.Repeat("a_", 1<<18) + ".mx"},
		{"path", "https://ine.mx/" + strings.Repeat("(a", 1<<18)},
		{"query", "https://ine.mx/?" + strings.Repeat(".", 1<<20)},
		{"digits", strings.Repeat("1.", 1<<19)},
		{"keycaps", strings.Repeat("1️", 1<<18)},
		{"dollars", strings.Repeat("$a ", 1<<18)},
		{"hashtags and e-mails", strings.Repeat("#a a@b.mx ", 1<<16)},
		{"e-mail domains", strings.Repeat("a@b.", 1<<18) + "mx"},
		{"parenthesised path", "https://ine.mx/" + strings.Repeat("(a)", 1<<18) + "."},
		{"open parentheses path", "https://ine.mx/a" + strings.Repeat("((a)", 1<<18)},
	} {
		t.Run(in.name, func(t *testing.T) {
			start := time.Now()
			toks := extractTokens(in.text)
			checkTokens(t, in.text, toks)
			// Linear scanners take milliseconds here; a quadratic one
			// would take hours. The bound is loose for loaded machines.
			assert.Less(t, time.Since(start), 20*time.Second)
		})
	}
}

// benchPost is a realistic post of about 280 characters.
const benchPost = "📢 ¡Participa en la #Elección2027! El Consejo General del @IEESonora aprobó los lineamientos del PREP. " +
	"Consulta tu casilla en ieesonora.org.mx/prep o en https://www.ine.mx/voto. Dudas: correo@ieesonora.org.mx, " +
	"tel. 662 259 4900, de 9:00 a 15:00 h. 🇲🇽👍🏽 #VotoInformado"

func BenchmarkExtract(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for range b.N {
		extractTokens(benchPost)
	}
}

func BenchmarkExtractNoTokens(b *testing.B) {
	text := "La participación ciudadana fortalece la democracia en Sonora y en todo el país, con información clara"
	b.ReportAllocs()
	for range b.N {
		if extractTokens(text) != nil {
			b.Fatal("tokens")
		}
	}
}

func BenchmarkXLength(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for range b.N {
		d := NewDocument(&Post{Text: benchPost}, nil)
		d.XLength()
	}
}

// BenchmarkUnisegFloor is the floor the extractor is compared with: uniseg
// alone segmenting the same post into graphemes and words.
func BenchmarkUnisegFloor(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for range b.N {
		n := 0
		s, state := benchPost, -1
		for len(s) > 0 {
			_, s, _, state = uniseg.StepString(s, state)
			n++
		}
		s, state = benchPost, -1
		for len(s) > 0 {
			_, s, state = uniseg.FirstWordInString(s, state)
			n++
		}
		if n == 0 {
			b.Fatal("no segments")
		}
	}
}

func BenchmarkExtractHostile(b *testing.B) {
	for _, in := range []struct{ name, text string }{
		{"hashes", strings.Repeat("#", 1<<20)},
		{"dots", strings.Repeat(".", 1<<20)},
		{"labels", strings.Repeat("a.", 1<<19)},
		{"accents", strings.Repeat("ñ.", 1<<19)},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.text)))
			for range b.N {
				extractTokens(in.text)
			}
		})
	}
}

func ExampleDocument_Tokens() {
	d := NewDocument(&Post{Text: "¡Vota! #Elección2027 @IEESonora ieesonora.org.mx/prep correo@ieesonora.org.mx 6 de junio 🗳️"}, nil)
	for _, t := range d.Tokens() {
		fmt.Printf("%s %q host=%q\n", t.Kind, t.Value, t.Host)
	}
	// Output:
	// hashtag "Elección2027" host=""
	// mention "IEESonora" host=""
	// url "ieesonora.org.mx/prep" host="ieesonora.org.mx"
	// email "correo@ieesonora.org.mx" host="ieesonora.org.mx"
	// number "6" host=""
	// emoji "🗳️" host=""
}
