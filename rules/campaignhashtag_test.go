package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/dict"
	"github.com/vocero/vocero/lint"
)

func TestCampaignHashtagTestdata(t *testing.T) {
	runTestdata(t, "campaign-hashtag", campaignHashtagFromConfig)
}

func campaignTestConfig() lint.Config {
	return lint.Config{Campaigns: []lint.Campaign{
		{Name: "Voto Informado", Hashtags: []string{"#VotoInformado2027"}, Start: lint.Date{Year: 2027, Month: 1, Day: 15}, End: lint.Date{Year: 2027, Month: 6, Day: 6}},
		{Hashtags: []string{"Elección2027"}, Start: lint.Date{Year: 2027, Month: 2, Day: 1}, End: lint.Date{Year: 2027, Month: 6, Day: 7}, Platforms: []lint.Platform{lint.X}},
		{Name: "Año Electoral", Hashtags: []string{"#AñoElectoral"}, Start: lint.Date{Year: 2026, Month: 1, Day: 1}, End: lint.Date{Year: 2026, Month: 12, Day: 31}},
	}}
}

func TestCampaignHashtag(t *testing.T) {
	hermosillo := time.FixedZone("MST", -7*3600)
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, hermosillo) }
	cases := []struct {
		name  string
		text  string
		when  time.Time
		pl    []lint.Platform
		reply bool
		kinds []string
		fixed string
	}{
		// Positive cases.
		{name: "missing", text: "Consulta tu casilla.", when: at(2027, 3, 1, 10), kinds: []string{"missing"}},
		{name: "missing names only campaigns on the platform", text: "Consulta tu casilla.", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.Facebook}, kinds: []string{"missing"}},
		{name: "case only", text: "Vota #votoinformado2027", when: at(2027, 3, 1, 10), kinds: []string{"case"}, fixed: "Vota #VotoInformado2027"},
		{name: "accent differs", text: "Vota #Eleccion2027", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X}, kinds: []string{"spelling"}, fixed: "Vota #Elección2027"},
		{name: "accent and case", text: "Vota #ELECCION2027", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X}, kinds: []string{"spelling"}, fixed: "Vota #Elección2027"},
		{name: "full-width sign", text: "Vota ＃votoinformado2027", when: at(2027, 3, 1, 10), kinds: []string{"case"}, fixed: "Vota ＃VotoInformado2027"},
		{name: "ended", text: "Vota #VotoInformado2027", when: at(2027, 6, 7, 0), pl: []lint.Platform{lint.Facebook}, kinds: []string{"ended"}},
		{name: "not started", text: "Vota #Elección2027 #VotoInformado2027", when: at(2027, 1, 20, 10), pl: []lint.Platform{lint.X}, kinds: []string{"not-started"}},
		{name: "ended last year and missing", text: "Feliz año #AñoElectoral", when: at(2027, 1, 20, 10), kinds: []string{"missing", "ended"}},
		{name: "ñ is not n", text: "Vota #AnoElectoral", when: at(2026, 3, 1, 10), kinds: []string{"missing"}},
		{name: "too many on x", text: "Vota #VotoInformado2027 #a1 #b2 #c3", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X}, kinds: []string{"too-many"}},
		{name: "too many on x and bluesky share one finding", text: "Vota #VotoInformado2027 #a1 #b2 #c3", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X, lint.Bluesky}, kinds: []string{"too-many"}},
		{name: "lower-case compound", text: "Vota #VotoInformado2027 #yovoto", when: at(2027, 3, 1, 10), kinds: []string{"camel-case"}, fixed: "Vota #VotoInformado2027 #YoVoto"},
		{name: "lower-case compound of three words", text: "Vota #VotoInformado2027 #credencialparavotar", when: at(2027, 3, 1, 10), kinds: []string{"camel-case"}, fixed: "Vota #VotoInformado2027 #CredencialParaVotar"},
		{name: "lower-case compound with year", text: "Vota #VotoInformado2027 #sonoradecide2027", when: at(2027, 3, 1, 10), kinds: []string{"camel-case"}, fixed: "Vota #VotoInformado2027 #SonoraDecide2027"},
		// Negative cases.
		{name: "a repeated hashtag is repetition's", text: "Vota. #VotoInformado2027 #Sonora #votoinformado2027", when: at(2027, 3, 1, 10)},
		{name: "a repeated campaign hashtag in the sentence", text: "Vota con #Sonora. #VotoInformado2027 y #sonora decide.", when: at(2027, 3, 1, 10)},
		{name: "carries a running campaign", text: "Vota #VotoInformado2027", when: at(2027, 3, 1, 10)},
		{name: "first day inclusive", text: "Vota #VotoInformado2027", when: at(2027, 1, 15, 0)},
		{name: "last day inclusive in Hermosillo", text: "Vota #VotoInformado2027", when: time.Date(2027, 6, 7, 6, 59, 0, 0, time.UTC), pl: []lint.Platform{lint.Facebook}},
		{name: "reply needs no campaign", text: "Gracias por escribirnos.", when: at(2027, 3, 1, 10), reply: true},
		{name: "no campaign running", text: "Felices fiestas.", when: at(2027, 12, 25, 10)},
		{name: "campaign on another platform", text: "Vota #VotoInformado2027 #Elección2027", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.Facebook}},
		{name: "three hashtags on x", text: "Vota #VotoInformado2027 #a1 #b2", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X}},
		{name: "many hashtags on facebook", text: "Vota #VotoInformado2027 #a1 #b2 #c3 #d4 #e5", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.Facebook}},
		{name: "camel case already", text: "Vota #VotoInformado2027 #YoVoto", when: at(2027, 3, 1, 10)},
		{name: "short lower-case hashtag", text: "Vota #VotoInformado2027 #sonora", when: at(2027, 3, 1, 10)},
		{name: "word without its accent is not a compound", text: "Vota #VotoInformado2027 #ciudadania", when: at(2027, 3, 1, 10)},
		{name: "word without its accent is not a compound (2)", text: "Vota #VotoInformado2027 #sesion #inclusion", when: at(2027, 3, 1, 10)},
		{name: "unsplittable lower-case hashtag", text: "Vota #VotoInformado2027 #xqzwvbnmk", when: at(2027, 3, 1, 10)},
		{name: "ñ hashtag matches without accent or case", text: "Vota #añoelectoral", when: at(2026, 3, 1, 10), kinds: []string{"case"}, fixed: "Vota #AñoElectoral"},
		{name: "hashtag in url fragment", text: "Lee https://ieesonora.org.mx/guia#AñoElectoral #VotoInformado2027", when: at(2027, 3, 1, 10)},
		{name: "empty", text: "", when: at(2026, 3, 1, 10)},
		{name: "underscored hashtag is not camel-cased", text: "Vota #VotoInformado2027 #voto_informado", when: at(2027, 3, 1, 10)},
		{name: "mention with a campaign's name", text: "@VotoInformado2027 te invita. #VotoInformado2027", when: at(2027, 3, 1, 10)},
		{name: "one of two running campaigns is enough", text: "Vota #Elección2027", when: at(2027, 3, 1, 10), pl: []lint.Platform{lint.X}},
		{name: "hashtag with digits only after a letter", text: "Vota #VotoInformado2027 #2027", when: at(2027, 3, 1, 10)},
	}
	cfg := campaignTestConfig()
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r := NewCampaignHashtag(rc.Campaigns, CampaignHashtagOptions{}, campaignSplitter(&rc))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			post := lint.Post{Text: tc.text, PublishAt: tc.when, Platforms: tc.pl, Reply: tc.reply}
			fs := formLint(t, cfg, r, post)
			var kinds []string
			for _, f := range fs {
				kinds = append(kinds, f.Kind)
				assert.Equal(t, []string{"6.XXIII"}, f.Criteria)
			}
			assert.Equal(t, tc.kinds, kinds, "%v", fs)
			want := tc.fixed
			if want == "" {
				want = tc.text
			}
			assert.Equal(t, want, formFix(t, cfg, r, post))
		})
	}
}

func TestCampaignHashtagMessages(t *testing.T) {
	cfg := campaignTestConfig()
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r := NewCampaignHashtag(rc.Campaigns, CampaignHashtagOptions{}, nil)
	post := lint.Post{Text: "Consulta tu casilla.", PublishAt: time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC), Platforms: []lint.Platform{lint.X}}
	fs := formLint(t, cfg, r, post)
	require.Len(t, fs, 1)
	assert.Equal(t, "La publicación no lleva el hashtag de ninguna campaña en curso: #VotoInformado2027 (Voto Informado); #Elección2027; agrega el que corresponda (criterio 6.XXIII)", fs[0].Message)
	require.Len(t, fs[0].Fixes, 2, "one fix per running campaign's hashtag")
	for i, h := range []string{"#VotoInformado2027", "#Elección2027"} {
		fx := fs[0].Fixes[i]
		assert.False(t, fx.Safe, "adding a hashtag is the author's choice")
		assert.Equal(t, "Añadir "+h+" al final", fx.Message)
		out, err := fx.Apply(post.Text)
		require.NoError(t, err)
		assert.Equal(t, "Consulta tu casilla. "+h, out)
	}
	assert.Equal(t, lint.Warning, fs[0].Severity)

	cfg.Lang = lint.English
	post.Text = "Vota #VotoInformado2027"
	post.PublishAt = time.Date(2027, 7, 1, 18, 0, 0, 0, time.UTC)
	fs = formLint(t, cfg, r, post)
	require.Len(t, fs, 1)
	assert.Equal(t, `The hashtag #VotoInformado2027 belongs to the campaign "Voto Informado", which ended on June 6, 2027; remove it or use one of a running campaign (criterion 6.XXIII)`, fs[0].Message)
}

func TestCampaignHashtagOptions(t *testing.T) {
	yaml := "platforms: [x]\nrules:\n  campaign-hashtag: {max_hashtags: {x: 2, instagram: 0}, replies: true}\ncampaigns:\n  - hashtags: ['#VotoInformado2027']\n    start: 2027-01-01\n    end: 2027-12-31\n"
	cfg, err := lint.ParseConfig([]byte(yaml), "t.yaml")
	require.NoError(t, err)
	rc, err := cfg.Resolve()
	require.NoError(t, err)
	r, err := campaignHashtagFromConfig(&rc)
	require.NoError(t, err)
	when := time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC)

	fs := formLint(t, cfg, r, lint.Post{Text: "Vota #VotoInformado2027 #Sonora #Vota", PublishAt: when})
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "en X el máximo es 2")
	assert.Equal(t, "#Vota", fs[0].Text)

	fs = formLint(t, cfg, r, lint.Post{Text: "Vota #VotoInformado2027 #a1 #b1 #c1 #d1 #e1 #f1", PublishAt: when, Platforms: []lint.Platform{lint.Instagram}})
	assert.Empty(t, fs, "instagram cap removed")

	fs = formLint(t, cfg, r, lint.Post{Text: "Gracias por escribirnos.", PublishAt: when, Reply: true})
	require.Len(t, fs, 1, "replies: true asks replies for the hashtag too")

	for _, bad := range []string{
		"rules:\n  campaign-hashtag: {max_hashtags: {orkut: 2}}\n",
		"rules:\n  campaign-hashtag: {max_hashtags: {x: -1}}\n",
		"rules:\n  campaign-hashtag: {maximo: 2}\n",
	} {
		cfg, err := lint.ParseConfig([]byte(bad), "t.yaml")
		require.NoError(t, err)
		_, err = campaignHashtagFromConfig(&cfg)
		assert.Error(t, err, bad)
	}
}

func TestHashtagKey(t *testing.T) {
	same := [][2]string{{"Elección2027", "eleccion2027"}, {"#VotoInformado", "votoinformado"}, {"ＣＡＦÉ", "ｃａｆｅ"}, {"Pingüino", "PINGUINO"}, {"e\u0301xito", "éxito"}}
	for _, p := range same {
		assert.Equal(t, hashtagKey(p[0]), hashtagKey(p[1]), p)
	}
	differ := [][2]string{{"Año", "Ano"}, {"año2027", "ano2027"}, {"voto_informado", "votoinformado"}, {"Sonora", "Sonoras"}}
	for _, p := range differ {
		assert.NotEqual(t, hashtagKey(p[0]), hashtagKey(p[1]), p)
	}
}

func BenchmarkCampaignHashtag(b *testing.B) {
	cfg := campaignTestConfig()
	rc, _ := cfg.Resolve()
	r := NewCampaignHashtag(rc.Campaigns, CampaignHashtagOptions{}, dict.Default().SplitCompound)
	cfg.Date = time.Date(2027, 3, 1, 18, 0, 0, 0, time.UTC)
	l, err := lint.New(cfg, r)
	require.NoError(b, err)
	posts := []lint.Post{
		{Text: "¿Sabes dónde te toca votar? Consulta la ubicación de tu casilla en ieesonora.org.mx/casillas. #VotoInformado2027 #Elección2027"},
		{Text: "Gracias por participar en el foro. " + strings.Repeat("#votoinformado ", 3) + "#Eleccion2027 #Sonora"},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(benchCtx, posts[i%len(posts)])
	}
}
