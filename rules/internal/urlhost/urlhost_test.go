package urlhost

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, raw           string
		scheme, host, port  string
		userinfo, query     string
		ip, idnErr, noQuery bool
		display             string
	}{
		{name: "https", raw: "https://www.ieesonora.org.mx/prep", scheme: "https", host: "www.ieesonora.org.mx", noQuery: true},
		{name: "schemeless", raw: "ieesonora.org.mx/casillas", host: "ieesonora.org.mx", noQuery: true},
		{name: "upper case", raw: "HTTPS://WWW.IEESonora.ORG.MX", scheme: "https", host: "www.ieesonora.org.mx", noQuery: true},
		{name: "trailing dot", raw: "https://ieesonora.org.mx./x", scheme: "https", host: "ieesonora.org.mx", noQuery: true},
		{name: "port", raw: "http://ine.mx:8080/a", scheme: "http", host: "ine.mx", port: "8080", noQuery: true},
		{name: "userinfo", raw: "https://ieesonora.org.mx@evil.example/login", scheme: "https", host: "evil.example", userinfo: "ieesonora.org.mx", noQuery: true},
		{name: "userinfo with password", raw: "https://a:b@ine.mx", scheme: "https", host: "ine.mx", userinfo: "a:b", noQuery: true},
		{name: "query", raw: "https://ine.mx/x?utm_source=fb&id=3#top", scheme: "https", host: "ine.mx", query: "utm_source=fb&id=3"},
		{name: "question in fragment", raw: "https://ine.mx/x#a?b", scheme: "https", host: "ine.mx", noQuery: true},
		{name: "backslash ends host", raw: `https://evil.example\@ine.mx`, scheme: "https", host: "evil.example", noQuery: true},
		{name: "idn", raw: "https://elección.mx/", scheme: "https", host: "xn--eleccin-q0a.mx", display: "elección.mx", noQuery: true},
		{name: "punycode input", raw: "xn--eleccin-q0a.mx", host: "xn--eleccin-q0a.mx", display: "elección.mx", noQuery: true},
		{name: "full-width dot", raw: "https://ine。mx", scheme: "https", host: "ine.mx", noQuery: true},
		{name: "percent in host", raw: "https://in%65.mx", scheme: "https", host: "ine.mx", noQuery: true},
		{name: "underscore", raw: "https://my_host.example.com", scheme: "https", host: "my_host.example.com", noQuery: true},
		{name: "ipv4", raw: "http://192.168.0.1/admin", scheme: "http", host: "192.168.0.1", ip: true, noQuery: true},
		{name: "ipv4 decimal", raw: "http://3232235521/", scheme: "http", host: "192.168.0.1", ip: true, noQuery: true},
		{name: "ipv4 hex", raw: "http://0xC0.0xA8.0.1", scheme: "http", host: "192.168.0.1", ip: true, noQuery: true},
		{name: "ipv4 short", raw: "http://127.1", scheme: "http", host: "127.0.0.1", ip: true, noQuery: true},
		{name: "ipv6", raw: "http://[2001:DB8::1]:443/x", scheme: "http", host: "[2001:db8::1]", port: "443", ip: true, noQuery: true},
		{name: "numeric label not last", raw: "https://2027.ieesonora.org.mx", scheme: "https", host: "2027.ieesonora.org.mx", noQuery: true},
		{name: "protocol relative", raw: "//ine.mx/a", host: "ine.mx", noQuery: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, ok := Parse(tc.raw)
			require.True(t, ok)
			assert.Equal(t, tc.scheme, u.Scheme)
			assert.Equal(t, tc.host, u.Host)
			assert.Equal(t, tc.port, u.Port)
			assert.Equal(t, tc.userinfo, u.Userinfo)
			assert.Equal(t, tc.ip, u.IP)
			if tc.noQuery {
				assert.Equal(t, -1, u.QueryStart)
			} else {
				assert.Equal(t, tc.query, u.Query)
				assert.Equal(t, tc.query, tc.raw[u.QueryStart:u.QueryEnd])
			}
			if tc.display != "" {
				assert.Equal(t, tc.display, u.Display)
			}
			assert.Equal(t, u.RawHost, tc.raw[u.HostStart:u.HostEnd])
		})
	}
}

func TestParseNoHost(t *testing.T) {
	for _, raw := range []string{"", "https://", "https:///path", "https://user@", "http://[::1", "...", "https://[zz]"} {
		t.Run(raw, func(t *testing.T) {
			_, ok := Parse(raw)
			assert.False(t, ok)
		})
	}
}

func TestUnder(t *testing.T) {
	tests := []struct {
		host, domain string
		want         bool
	}{
		{"ieesonora.org.mx", "ieesonora.org.mx", true},
		{"www.ieesonora.org.mx", "ieesonora.org.mx", true},
		{"a.b.ieesonora.org.mx", "ieesonora.org.mx", true},
		{"www.sonora.gob.mx", "gob.mx", true},
		{"fake-ieesonora.org.mx", "ieesonora.org.mx", false},
		{"ieesonora.org.mx.evil.example", "ieesonora.org.mx", false},
		{"mine.mx", "ine.mx", false},
		{"ine.mx", "www.ine.mx", false},
		{"xieesonora.org.mx", "ieesonora.org.mx", false},
		{"ine.mx", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.host+"/"+tc.domain, func(t *testing.T) {
			assert.Equal(t, tc.want, Under(tc.host, tc.domain))
		})
	}
}

func TestDomain(t *testing.T) {
	assert.Equal(t, "ieesonora.org.mx", Domain(" IEESonora.org.mx. "))
	assert.Equal(t, "ine.mx", Domain("https://ine.mx/"))
	assert.Equal(t, "xn--eleccin-q0a.mx", Domain("elección.mx"))
	assert.Equal(t, "gob.mx", Domain("*.gob.mx"))
	assert.Equal(t, "", Domain(""))
}

func protectedList() []Protected {
	return []Protected{
		NewProtected("ieesonora.org.mx", true, 5),
		NewProtected("ine.mx", true, 7),
		NewProtected("gob.mx", true, 7),
		NewProtected("te.gob.mx", true, 7),
		NewProtected("teesonora.org.mx", true, 7),
		NewProtected("sonora.gob.mx", true, 7),
	}
}

func TestLookalike(t *testing.T) {
	prot := protectedList()
	tests := []struct {
		raw    string
		reason Reason
		domain string
	}{
		{"https://ieesonora.org.mx.evil.example/", Embedded, "ieesonora.org.mx"},
		{"https://ieesonora.org.mx-login.com", Embedded, "ieesonora.org.mx"},
		{"https://ine.mx.verifica.example", Embedded, "ine.mx"},
		{"https://fake-ieesonora.org.mx", NearName, "ieesonora.org.mx"},
		{"https://ieesonora-mx.com", NearName, "ieesonora.org.mx"},
		{"https://iesonora.org.mx", NearName, "ieesonora.org.mx"},
		{"https://ieesonorra.org.mx", NearName, "ieesonora.org.mx"},
		{"https://ieesnoora.org.mx", NearName, "ieesonora.org.mx"},
		{"https://ieesonora.com", NearName, "ieesonora.org.mx"},
		{"https://ieesonora.evil.example", NearName, "ieesonora.org.mx"},
		{"https://ieeson0ra.org.mx", Homograph, "ieesonora.org.mx"},
		{"https://leesonora.org.mx", Homograph, "ieesonora.org.mx"},
		{"https://1ne.mx", Homograph, "ine.mx"},
		{"https://ieesónora.org.mx", Homograph, "ieesonora.org.mx"},
		{"https://іееѕоnоrа.org.mx", MixedScript, "ieesonora.org.mx"},
		{"https://іпе.mx", Homograph, "ine.mx"},
		{"https://xn--80ak6aa92e.com", NotLookalike, ""},
		{"https://ejemplo.com", NotLookalike, ""},
		{"https://www.dof.gob.mx.example.org", Embedded, "gob.mx"},
		{"https://sonora.quadratin.com.mx", NotLookalike, ""},
		{"https://www.elimparcial.com/sonora", NotLookalike, ""},
		{"https://twitter.com", NotLookalike, ""},
		{"https://inegi.org.mx", NotLookalike, ""},
		{"https://youtube.com/@IEESonora", NotLookalike, ""},
		{"https://ieem.org.mx", NotLookalike, ""},
		{"https://sonora.com", NotLookalike, ""},
		{"https://192.168.0.1", NotLookalike, ""},
	}
	for _, tc := range tests {
		t.Run(tc.raw, func(t *testing.T) {
			u, ok := Parse(tc.raw)
			require.True(t, ok)
			r, p := Lookalike(u, prot)
			assert.Equal(t, tc.reason, r, "host %s display %s", u.Host, u.Display)
			if tc.domain != "" {
				require.NotNil(t, p)
				assert.Equal(t, tc.domain, p.Domain)
			}
		})
	}
}

func TestMixedScripts(t *testing.T) {
	assert.True(t, MixedScripts("іeesonora.org.mx"))
	assert.True(t, MixedScripts("pаypal.com"))
	assert.False(t, MixedScripts("ieesonora.org.mx"))
	assert.False(t, MixedScripts("elección.mx"))
	assert.False(t, MixedScripts("пример.рф"))
	assert.False(t, MixedScripts("東京タワー.jp"))
	assert.False(t, MixedScripts("2027-ine.mx"))
	assert.False(t, MixedScripts("пример.com"), "scripts may differ between labels")
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ieesonora", "iesonora", true},
		{"ieesonora", "ieesonoras", true},
		{"ieesonora", "ieesonoro", true},
		{"ieesonora", "ieesnoora", true},
		{"ieesonora", "ieesonora", false},
		{"ieesonora", "iesonoras", false},
		{"ieesonora", "sonora", false},
		{"abc", "", false},
		{"ñandú", "ñandu", true},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.want, oneEdit(tc.a, tc.b))
			assert.Equal(t, tc.want, oneEdit(tc.b, tc.a))
		})
	}
}

func ExampleParse() {
	u, _ := Parse("https://IEESonora.org.mx@evil.example:8443/login?utm_source=x")
	fmt.Println(u.Host, u.Userinfo, u.Port, u.Query)
	u, _ = Parse("www.elección.mx.")
	fmt.Println(u.Host, u.Display)
	// Output:
	// evil.example IEESonora.org.mx 8443 utm_source=x
	// www.xn--eleccin-q0a.mx www.elección.mx
}

func ExampleSkeleton() {
	fmt.Println(Skeleton("іееѕоnоrа.org.mx"), Skeleton("ieeson0ra.org.mx") == Skeleton("ieesonora.org.mx"))
	// Output: leesonora.org.mx true
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"https://ine.mx/a?b=c#d", "ieesonora.org.mx", "http://[::1]:80", "a@b@c", "http://0x7f.1", "https://%zz", "ｈｔｔｐ://ｉｎｅ。ｍｘ", "\x00", "https://\xff"} {
		f.Add(s)
	}
	prot := protectedList()
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 4096 {
			return
		}
		u, ok := Parse(raw)
		if u.HostStart > u.HostEnd || u.HostEnd > len(raw) {
			t.Fatalf("host span %d..%d out of %d", u.HostStart, u.HostEnd, len(raw))
		}
		if u.QueryStart >= 0 && (u.QueryStart > u.QueryEnd || u.QueryEnd > len(raw) || raw[u.QueryStart-1] != '?') {
			t.Fatalf("query span %d..%d", u.QueryStart, u.QueryEnd)
		}
		if !ok {
			return
		}
		if u.Host == "" || strings.HasSuffix(u.Host, ".") && !u.IP {
			t.Fatalf("host %q", u.Host)
		}
		if !u.IDNError && !u.IP && !isASCII(u.Host) {
			t.Fatalf("host %q not ASCII", u.Host)
		}
		if !utf8.ValidString(u.Display) && utf8.ValidString(raw) {
			t.Fatalf("display %q", u.Display)
		}
		Lookalike(u, prot)
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		Parse("https://www.ieesonora.org.mx/convocatorias?utm_source=facebook&id=7")
	}
}

func BenchmarkLookalike(b *testing.B) {
	prot := protectedList()
	u, _ := Parse("https://www.periodico-ejemplo.com.mx/notas/2027/consejo")
	b.ReportAllocs()
	for range b.N {
		Lookalike(u, prot)
	}
}
