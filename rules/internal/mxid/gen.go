package mxid

import (
	"math/rand/v2"
	"strconv"
)

const (
	upper      = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	vowels     = "AEIOU"
	consonants = "BCDFGHJKLMNPQRSTVWXYZ"
	homoclave  = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
)

func pick(r *rand.Rand, set string) byte { return set[r.IntN(len(set))] }

// date returns a random valid date as YYMMDD and its four-digit year.
func date(r *rand.Rand, from, to int) (string, int) {
	y := from + r.IntN(to-from+1)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	return pad(y%100, 2) + pad(m, 2) + pad(d, 2), y
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// NewCURP returns a synthetic CURP that passes every check.
func NewCURP(r *rand.Rand) string {
	b := make([]byte, 0, 18)
	b = append(b, pick(r, consonants), pick(r, vowels), pick(r, upper), pick(r, upper))
	d, y := date(r, 1940, 2012)
	b = append(b, d...)
	b = append(b, "HM"[r.IntN(2)])
	b = append(b, curpStates[r.IntN(len(curpStates))]...)
	b = append(b, pick(r, consonants), pick(r, consonants), pick(r, consonants))
	if y < 2000 {
		b = append(b, byte('0'+r.IntN(10)))
	} else {
		b = append(b, pick(r, upper))
	}
	c, _ := CURPCheckDigit(string(b))
	return string(append(b, c))
}

// NewRFC returns a synthetic RFC of a persona física that passes every check.
func NewRFC(r *rand.Rand) string {
	b := make([]byte, 0, 13)
	b = append(b, pick(r, consonants), pick(r, vowels), pick(r, upper), pick(r, upper))
	d, _ := date(r, 1940, 2008)
	b = append(b, d...)
	b = append(b, pick(r, homoclave), pick(r, homoclave))
	c, _ := RFCCheckDigit(string(b))
	return string(append(b, c))
}

// NewCompanyRFC returns a synthetic RFC of a persona moral.
func NewCompanyRFC(r *rand.Rand) string {
	b := make([]byte, 0, 12)
	b = append(b, pick(r, upper), pick(r, upper), pick(r, upper))
	d, _ := date(r, 1950, 2025)
	b = append(b, d...)
	b = append(b, pick(r, homoclave), pick(r, homoclave))
	c, _ := RFCCheckDigit(string(b))
	return string(append(b, c))
}

// NewClaveElector returns a synthetic clave de elector.
func NewClaveElector(r *rand.Rand) string {
	b := make([]byte, 0, 18)
	for range 3 {
		b = append(b, pick(r, consonants), pick(r, vowels))
	}
	d, _ := date(r, 1940, 2008)
	b = append(b, d...)
	b = append(b, pad(1+r.IntN(32), 2)...)
	b = append(b, "HM"[r.IntN(2)])
	b = append(b, digits(r, 3)...)
	return string(b)
}

// NewCLABE returns a synthetic CLABE of a known bank with a valid check digit.
func NewCLABE(r *rand.Rand) string {
	s := pad(int(bankCodes[r.IntN(len(bankCodes))]), 3) + digits(r, 14)
	c, _ := CLABECheckDigit(s)
	return s + string(c)
}

// NewCard returns a synthetic card number (Visa, Mastercard or American
// Express) that passes the Luhn check.
func NewCard(r *rand.Rand) string {
	var s string
	switch r.IntN(3) {
	case 0:
		s = "4" + digits(r, 14)
	case 1:
		s = strconv.Itoa(51+r.IntN(5)) + digits(r, 13)
	default:
		s = []string{"34", "37"}[r.IntN(2)] + digits(r, 12)
	}
	return s + string(LuhnCheckDigit(s))
}

// NewNSS returns a synthetic IMSS social security number.
func NewNSS(r *rand.Rand) string {
	s := pad(1+r.IntN(98), 2) + digits(r, 8)
	return s + string(LuhnCheckDigit(s))
}

// BreakCheck returns s with its last character changed so that its check
// digit is wrong (digits step by one, the RFC's A becomes 1).
func BreakCheck(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	c := &b[len(b)-1]
	switch {
	case isDigit(*c):
		*c = '0' + (*c-'0'+1)%10
	default:
		*c = '1'
	}
	return string(b)
}
