package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEntitiesAreThePlatforms(t *testing.T) {
	cases := []struct {
		text string
		want []string // Kind:Value
	}{
		{"Vota #VotoInformado\u200b2027 hoy", []string{"hashtag:VotoInformado"}},
		{"#メ～テレ ハッシュタグ", []string{"hashtag:メ～テレ"}},
		{"Sigue a @IEE\u200bSonora", []string{"mention:IEE"}},
		{"Escribe a @ＩＥＥＳｏｎｏｒａ", nil},
		{"＃Vota y ＠IEESonora", []string{"hashtag:Vota", "mention:IEESonora"}},
		{"Ve a ieesonora.org.mx/convo\u200bcatoria", []string{"url:ieesonora.org.mx/convo"}},
	}
	for _, tc := range cases {
		d := NewDocument(&Post{Text: tc.text}, nil)
		var got []string
		for _, e := range d.Entities() {
			got = append(got, e.Kind.String()+":"+e.Value)
			a, b := d.OrigSpan(e.Span)
			assert.Equal(t, e.Text, tc.text[a:b], "%q: the span covers the entity as written", tc.text)
		}
		assert.Equal(t, tc.want, got, "%q", tc.text)
	}
}

func TestDivergences(t *testing.T) {
	cases := []struct {
		name, text   string
		kind         TokenKind
		seen, linked string
		fullWidth    bool
		fixed        string // the text after the fix; "" for no fix
	}{
		{"zero-width space splits a hashtag", "Vota #VotoInformado\u200b2027 hoy", Hashtag, "#VotoInformado2027", "#VotoInformado", false, "Vota #VotoInformado2027 hoy"},
		{"soft hyphen splits a hashtag", "#Elección\u00ad2027", Hashtag, "#Elección2027", "#Elección", false, "#Elección2027"},
		{"word joiner before the tag's letters", "#\u2060Vota hoy", Hashtag, "#Vota", "", false, "#Vota hoy"},
		{"zero-width space splits a mention", "Sigue a @IEE\u200bSonora", Mention, "@IEESonora", "@IEE", false, "Sigue a @IEESonora"},
		{"full-width letters make no mention", "Escribe a @ＩＥＥＳｏｎｏｒａ", Mention, "@IEESonora", "", false, "Escribe a @IEESonora"},
		{"full-width letters make another hashtag", "Vota #ＶｏｔｏＩｎｆｏｒｍａｄｏ", Hashtag, "#VotoInformado", "#ＶｏｔｏＩｎｆｏｒｍａｄｏ", true, "Vota #VotoInformado"},
		{"zero-width space cuts a link", "Ve a ieesonora.org.mx/convo\u200bcatoria hoy", URL, "ieesonora.org.mx/convocatoria", "ieesonora.org.mx/convo", false, "Ve a ieesonora.org.mx/convocatoria hoy"},
		{"full-width tilde changes a hashtag; folding it would cut it", "#メ～テレ ハッシュタグ", Hashtag, "#メ", "#メ～テレ", true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDocument(&Post{Text: tc.text}, nil)
			dv := d.Divergences()
			require.Len(t, dv, 1, "%+v", dv)
			assert.Equal(t, tc.kind, dv[0].Kind)
			assert.Equal(t, tc.seen, dv[0].Seen)
			assert.Equal(t, tc.linked, dv[0].Linked)
			assert.Equal(t, tc.fullWidth, dv[0].FullWidth)
			if tc.fixed == "" {
				assert.Nil(t, dv[0].Fix)
				return
			}
			require.NotNil(t, dv[0].Fix)
			a, b := d.OrigSpan(Span{dv[0].Fix.Start, dv[0].Fix.End})
			assert.Equal(t, tc.fixed, tc.text[:a]+dv[0].Fix.New+tc.text[b:])
		})
	}
	for _, text := range []string{
		"", "#VotoInformado2027 y @IEESonora en ieesonora.org.mx",
		"#Vota\u200b hoy", "\u200b#Vota", "#می\u200cخواهم", "＃Vota y ＠IEESonora", "Hola\u200bmundo",
		"🏳️\u200d🌈 #Orgullo", "Vota\u3000hoy #Sonora", "\u2066\u202Atest abcdef.com\u202C\u2069",
	} {
		assert.Empty(t, NewDocument(&Post{Text: text}, nil).Divergences(), "%q", text)
	}
}
