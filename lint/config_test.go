package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fullConfig = `lang: en
platforms: [x, facebook]
timezone: America/Hermosillo
institution:
  domains: [ieesonora.org.mx]
  phones: ["662 000 0000"]
  emails: []
  addresses: []
  handles: [IEESonora]
allowed_domains: [ine.mx, te.gob.mx, gob.mx]
acronyms: [IEE, IEEyPC, INE, PREP]
words: [Huépac, consejería]
campaigns:
  - hashtags: ["#VotoInformado2027"]
    start: 2027-01-15
    end: 2027-06-06
    platforms: [x, facebook]
history: publicadas.jsonl
lexicons:
  courtesy: {add: ["menso|insulto|error"]}
rules:
  plain-language: off
  repetition: {severity: warning, window: 7d, threshold: 0.8}
`

func TestParseFullConfig(t *testing.T) {
	c, err := ParseConfig([]byte(fullConfig), ".vocero.yaml")
	require.NoError(t, err)
	assert.Equal(t, English, c.Lang)
	assert.Equal(t, []Platform{X, Facebook}, c.Platforms)
	assert.Equal(t, []string{"662 000 0000"}, c.Institution.Phones)
	require.Len(t, c.Campaigns, 1)
	assert.Equal(t, Date{2027, time.January, 15}, c.Campaigns[0].Start)
	assert.Equal(t, "2027-06-06", c.Campaigns[0].End.String())
	assert.Equal(t, []string{"menso|insulto|error"}, c.Lexicons["courtesy"].Add)
	pl := c.Rule("plain-language")
	assert.True(t, pl.Disabled())
	assert.Equal(t, Off, pl.Severity)
	rep := c.Rule("repetition")
	assert.Equal(t, Warning, rep.Severity)
	var opts struct {
		Window    Duration `yaml:"window"`
		Threshold float64  `yaml:"threshold"`
	}
	require.NoError(t, rep.Options.Decode(&opts))
	assert.Equal(t, Duration(7*24*time.Hour), opts.Window)
	assert.Equal(t, 0.8, opts.Threshold)
	r, err := c.Resolve()
	require.NoError(t, err)
	assert.NotNil(t, r.Location)
}

func TestConfigErrorsNameFileLineAndKey(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "lang: es\nplatfroms: [x]\n", `c.yaml:2: unknown key "platfroms"`},
		{"nested unknown key", "institution:\n  domain: [a]\n", `c.yaml:2: unknown key "domain"`},
		{"wrong type", "platforms: x\n", `c.yaml:1: wrong type`},
		{"unknown platform", "platforms: [tiktok]\n", `unknown platform "tiktok"`},
		{"bad severity", "rules:\n  a: loud\n", `c.yaml:2: unknown severity "loud"`},
		{"bad date", "campaigns:\n  - hashtags: [\"#a\"]\n    start: 2027-13-01\n", `c.yaml:3: invalid date`},
		{"bad lang", "lang: fr\n", `unknown language "fr"`},
		{"syntax", "lang: [\n", `c.yaml:`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.yaml), "c.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestRuleOptionsDecodeErrors(t *testing.T) {
	c, err := ParseConfig([]byte("rules:\n  repetition:\n    window: 7d\n    treshold: 0.8\n"), "c.yaml")
	require.NoError(t, err)
	var opts struct {
		Window    Duration `yaml:"window"`
		Threshold float64  `yaml:"threshold"`
	}
	err = c.Rule("repetition").Options.Decode(&opts)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `c.yaml:4: rules.repetition: unknown option "treshold"`)

	c, err = ParseConfig([]byte("rules:\n  repetition:\n    threshold: alto\n"), "c.yaml")
	require.NoError(t, err)
	err = c.Rule("repetition").Options.Decode(&opts)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "c.yaml:3")
}

func TestResolveDefaults(t *testing.T) {
	c, err := Config{}.Resolve()
	require.NoError(t, err)
	assert.Equal(t, Spanish, c.Lang)
	assert.Equal(t, DefaultDomains(), c.Institution.Domains)
	assert.Equal(t, DefaultAllowedDomains(), c.AllowedDomains)
	assert.Equal(t, DefaultPlatforms(), c.Platforms)
	_, err = Config{Campaigns: []Campaign{{Hashtags: []string{"#a"}, Start: Date{2027, 5, 1}, End: Date{2027, 4, 1}}}}.Resolve()
	assert.ErrorContains(t, err, "before start")
}

func TestDateContainsIsInclusiveInZone(t *testing.T) {
	loc := time.FixedZone("MST", -7*3600)
	start, end := Date{2027, 1, 15}, Date{2027, 6, 6}
	// 06:30 UTC on June 7 is still June 6 in Hermosillo.
	assert.True(t, Contains(start, end, time.Date(2027, 6, 7, 6, 30, 0, 0, time.UTC), loc))
	assert.False(t, Contains(start, end, time.Date(2027, 6, 7, 7, 30, 0, 0, time.UTC), loc))
	assert.True(t, Contains(start, end, time.Date(2027, 1, 15, 7, 0, 0, 0, time.UTC), loc))
	assert.False(t, Contains(start, end, time.Date(2027, 1, 15, 6, 59, 0, 0, time.UTC), loc))
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"7d": 7 * 24 * time.Hour, "36h": 36 * time.Hour, "1d12h": 36 * time.Hour} {
		got, err := ParseDuration(in)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for _, bad := range []string{"", "d", "-1d", "7x"} {
		_, err := ParseDuration(bad)
		assert.Error(t, err, bad)
	}
}

func TestFindConfigWalksUp(t *testing.T) {
	dir := t.TempDir()
	deep := filepath.Join(dir, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	p, err := FindConfig(deep)
	require.NoError(t, err)
	if p != "" {
		// A config above the temp dir belongs to the machine; only check ours wins.
		assert.NotContains(t, p, dir)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a", ConfigFileName), []byte("lang: en\n"), 0o644))
	p, err = FindConfig(deep)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "a", ConfigFileName), p)
}

func TestResolveErrorsNameTheLine(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"lang: es\ntimezone: America/Hermosilo\n", "x.yaml:2: timezone: unknown time zone"},
		{"campaigns:\n  - hashtags: [\"#A\"]\n  - name: sin\n    hashtags: []\n", "x.yaml:3: campaigns[1]: a campaign needs at least one hashtag"},
		{"platforms: [x]\ncampaigns:\n  - hashtags: [\"#A\"]\n    start: 2027-02-01\n    end: 2027-01-01\n", "x.yaml:3: campaigns[0]: end 2027-01-01 is before start 2027-02-01"},
	}
	for _, tt := range tests {
		c, err := ParseConfig([]byte(tt.yaml), "x.yaml")
		if err != nil {
			t.Fatalf("%q: %v", tt.yaml, err)
		}
		_, err = c.Resolve()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %q", tt.yaml, err, tt.want)
		}
	}
}
