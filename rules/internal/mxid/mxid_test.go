package mxid

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withCheck completes a CURP body of 17 characters with its check digit.
func withCheck(body string) string {
	d, _ := CURPCheckDigit(body)
	return body + string(d)
}

func TestCURP(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Status
	}{
		{"valid born 1990", withCheck("PEGA900101HSRRRN0"), Valid},
		{"valid born 2005 with letter differentiator", withCheck("PEGA050101MSRRRNA"), Valid},
		{"valid born abroad", withCheck("PEGA900101HNERRN0"), Valid},
		{"valid non-binary marker", withCheck("PEGA900101XSRRRN0"), Valid},
		{"valid leap day 2000", withCheck("PEGA000229HSRRRNA"), Valid},
		{"wrong check digit", BreakCheck(withCheck("PEGA900101HSRRRN0")), Possible},
		{"leap day 1900 is not a date", withCheck("PEGA000229HSRRRN0"), Invalid},
		{"month 13", withCheck("PEGA901301HSRRRN0"), Invalid},
		{"day 31 of April", withCheck("PEGA900431HSRRRN0"), Invalid},
		{"sex Z", withCheck("PEGA900101ZSRRRN0"), Invalid},
		{"unknown state", withCheck("PEGA900101HXXRRN0"), Invalid},
		{"vowel among inner consonants", withCheck("PEGA900101HSRARN0"), Invalid},
		{"second letter not a vowel", withCheck("PBGA900101HSRRRN0"), Invalid},
		{"digit where letters go", withCheck("P3GA900101HSRRRN0"), Invalid},
		{"placeholder", "AAAA000000HAAAAA00", Invalid},
		{"too short", "PEGA900101HSRRRN0", Invalid},
		{"empty", "", Invalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, CURP(tc.in), tc.in)
		})
	}
}

func TestRFC(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	person, company := NewRFC(r), NewCompanyRFC(r)
	for _, tc := range []struct {
		name   string
		in     string
		status Status
		kind   RFCKind
	}{
		{"person", person, Valid, Person},
		{"company", company, Valid, Company},
		{"generic", "XAXX010101000", Valid, Generic},
		{"foreign generic", "XEXX010101000", Valid, Generic},
		{"person wrong check", BreakCheck(person), Possible, Person},
		{"company wrong check", BreakCheck(company), Possible, Company},
		{"invalid date", "GOMA851301AB1", Invalid, NotRFC},
		{"check must be digit or A", person[:12] + "B", Invalid, NotRFC},
		{"digits where letters go", "G0MA850101AB1", Invalid, NotRFC},
		{"wrong length", person[:11], Invalid, NotRFC},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, k := RFC(tc.in)
			assert.Equal(t, tc.status, s, tc.in)
			assert.Equal(t, tc.kind, k, tc.in)
		})
	}
}

func TestRFCBase(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"GOMA850101", true},
		{"ÑAND991231", false},  // Normalize turns Ñ into Enye first
		{"GOMA851301", false},  // month 13
		{"GOMA850230", false},  // 30 February
		{"GOM8850101", false},  // a digit among the letters
		{"GOMA85010", false},   // too short
		{"GOMA850101A", false}, // too long
		{"IEE9601011", false},  // a company's three letters
	} {
		assert.Equal(t, tc.want, RFCBase(tc.in), tc.in)
	}
	assert.True(t, RFCBase(Normalize("ñand991231")))
}

func TestRFCWithEnye(t *testing.T) {
	body := "MU" + string([]byte{Enye}) + "O850101AB"
	require.Len(t, body, 12)
	d, ok := RFCCheckDigit(body)
	require.True(t, ok)
	s, k := RFC(body + string(d))
	assert.Equal(t, Valid, s)
	assert.Equal(t, Person, k)
	assert.Equal(t, "MUÑO850101AB"+string(d), Display(body+string(d)))
	assert.Equal(t, body+string(d), Normalize("muño-850101-ab"+string(d)))
}

func TestClaveElector(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Status
	}{
		{"GOMRAN85010126H400", Valid},
		{"GOMRAN85010126M400", Valid},
		{"GOMRAN85010133H400", Invalid}, // state 33
		{"GOMRAN85010100H400", Invalid}, // state 00
		{"GOMRAN85023026H400", Invalid}, // 30 February
		{"GOMRAN85010126Z400", Invalid},
		{"GOMRA185010126H400", Invalid},
		{"GOMRAN85010126H40", Invalid},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, ClaveElector(tc.in))
		})
	}
}

func TestCLABE(t *testing.T) {
	valid := "002" + "180" + "00000000000"
	c, ok := CLABECheckDigit(valid)
	require.True(t, ok)
	valid += string(c)
	for _, tc := range []struct {
		name string
		in   string
		want Status
	}{
		{"valid", valid, Valid},
		{"wrong check", BreakCheck(valid), Possible},
		{"unknown bank", "555" + valid[3:], Invalid},
		{"letters", valid[:17] + "X", Invalid},
		{"17 digits", valid[:17], Invalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, CLABE(tc.in))
		})
	}
	assert.True(t, KnownBank(12))
	assert.False(t, KnownBank(3))
}

func TestCards(t *testing.T) {
	for _, tc := range []struct {
		in     string
		issuer string
		want   Status
	}{
		{"4111111111111111", "visa", Valid},
		{"5555555555554444", "mastercard", Valid},
		{"2223000048400011", "mastercard", Valid},
		{"378282246310005", "amex", Valid},
		{"6011111111111117", "discover", Valid},
		{"4111111111111112", "visa", Possible},
		{"1234567812345670", "", Invalid},
		{"411111111111", "", Invalid},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.issuer, CardIssuer(tc.in))
			assert.Equal(t, tc.want, Card(tc.in))
		})
	}
}

func TestNSS(t *testing.T) {
	body := "1234567890"
	valid := body + string(LuhnCheckDigit(body))
	assert.Equal(t, Valid, NSS(valid))
	assert.Equal(t, Possible, NSS(BreakCheck(valid)))
	assert.Equal(t, Invalid, NSS("00000000000"))
	assert.Equal(t, Invalid, NSS(valid[:10]))
	assert.Equal(t, Invalid, NSS("1234567890A"))
}

func TestGeneratorsMakeValidIdentifiers(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 7))
	for i := 0; i < 2000; i++ {
		c := NewCURP(r)
		require.Equal(t, Valid, CURP(c), c)
		require.Equal(t, Possible, CURP(BreakCheck(c)), c)
		f := NewRFC(r)
		s, k := RFC(f)
		require.Equal(t, Valid, s, f)
		require.Equal(t, Person, k, f)
		m := NewCompanyRFC(r)
		s, k = RFC(m)
		require.Equal(t, Valid, s, m)
		require.Equal(t, Company, k, m)
		require.Equal(t, Valid, ClaveElector(NewClaveElector(r)))
		require.Equal(t, Valid, CLABE(NewCLABE(r)))
		require.Equal(t, Valid, Card(NewCard(r)))
		require.Equal(t, Valid, NSS(NewNSS(r)))
	}
}

func TestNormalize(t *testing.T) {
	assert.Equal(t, "GOMA850101", Normalize("goma 85.01-01"))
	assert.Equal(t, "", Normalize("¿?¡!"))
	assert.Equal(t, "A&B", Normalize("a&b"))
	assert.Equal(t, "valid", Valid.String())
	assert.Equal(t, "possible", Possible.String())
	assert.Len(t, CURPStates(), 33)
}

func FuzzValidators(f *testing.F) {
	for _, s := range []string{"PEGA900101HSRRRN05", "XAXX010101000", "002180000000000000", "4111111111111111", "12345678901", "GOMRAN85010126H400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(Display(n)) != n {
			t.Fatalf("Normalize is not stable on %q", n)
		}
		for _, x := range []string{s, n} {
			_ = CURP(x)
			_, _ = RFC(x)
			_ = ClaveElector(x)
			_ = CLABE(x)
			_ = Card(x)
			_ = NSS(x)
		}
		if CURP(n) == Valid && CURP(BreakCheck(n)) != Possible {
			t.Fatalf("breaking the check digit of %q did not make it Possible", n)
		}
	})
}

func Example() {
	r := rand.New(rand.NewPCG(1, 1))
	curp := NewCURP(r)
	fmt.Println(len(curp), CURP(curp), CURP(BreakCheck(curp)))
	fmt.Println(CURP(Normalize(strings.ToLower(curp[:4]) + " " + curp[4:])))
	fmt.Println(RFC("XAXX010101000"))
	fmt.Println(Card("4111 1111 1111 1111"), Card(Normalize("4111 1111 1111 1111")))
	// Output:
	// 18 valid possible
	// valid
	// valid generic
	// invalid valid
}

// TestDumpForCrossCheck writes generated identifiers, with this package's
// verdict, to the file named by MXID_DUMP, for comparing with independent
// implementations (npm validate-curp, curp, validate-rfc, clabe-validator,
// installed outside the repository). Each line is "kind id valid".
func TestDumpForCrossCheck(t *testing.T) {
	path := os.Getenv("MXID_DUMP")
	if path == "" {
		t.Skip("set MXID_DUMP to a file to write identifiers for cross-checking")
	}
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	r := rand.New(rand.NewPCG(7, 9))
	for i := 0; i < 300; i++ {
		c := NewCURP(r)
		rfc, moral, clabe := NewRFC(r), NewCompanyRFC(r), NewCLABE(r)
		for _, id := range []string{c, BreakCheck(c)} {
			fmt.Fprintf(f, "curp %s %v\n", id, CURP(id) == Valid)
		}
		for _, id := range []string{rfc, BreakCheck(rfc), moral} {
			s, _ := RFC(id)
			fmt.Fprintf(f, "rfc %s %v\n", id, s == Valid)
		}
		for _, id := range []string{clabe, BreakCheck(clabe)} {
			fmt.Fprintf(f, "clabe %s %v\n", id, CLABE(id) == Valid)
		}
	}
}
