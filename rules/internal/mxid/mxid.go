package mxid

import "strings"

// Status is what a validator concluded about a candidate identifier.
type Status uint8

const (
	// Invalid means the text does not have the identifier's structure.
	Invalid Status = iota
	// Possible means the structure is right but the check digit is wrong.
	Possible
	// Valid means structure and check digit are right.
	Valid
)

var statusNames = [...]string{"invalid", "possible", "valid"}

// String returns the status's lower-case name.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "status"
}

// Enye is the byte that stands for Ñ in the identifiers the validators take.
const Enye = 0xD1

// Normalize upper-cases s, keeps only ASCII letters, digits, '&' and Ñ (as
// Enye) and drops everything else, so "goma-850101 hsr" becomes
// "GOMA850101HSR".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteByte(byte(r - 'a' + 'A'))
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '&':
			b.WriteByte(byte(r))
		case r == 'ñ' || r == 'Ñ':
			b.WriteByte(Enye)
		}
	}
	return b.String()
}

// Display turns an identifier that may hold Enye back into UTF-8 text.
func Display(s string) string {
	if strings.IndexByte(s, Enye) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == Enye {
			b.WriteRune('Ñ')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' }
func isVowel(c byte) bool  { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func num2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

// validDate checks a YYMMDD date. century is 1900 or 2000, or 0 when it is
// unknown (then 29 February is accepted in any year divisible by four).
func validDate(s string, century int) bool {
	if len(s) != 6 || !allDigits(s) {
		return false
	}
	yy, mm, dd := num2(s[0:2]), num2(s[2:4]), num2(s[4:6])
	if mm < 1 || mm > 12 || dd < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mm-1]
	if mm == 2 {
		y := century + yy
		if yy%4 == 0 && (century == 0 || y%100 != 0 || y%400 == 0) {
			days = 29
		}
	}
	return dd <= days
}

// curpStates are the birth-state codes of a CURP; NE is born abroad.
var curpStates = [...]string{
	"AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
	"MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE",
}

// CURPStates returns the birth-state codes a CURP may hold.
func CURPStates() []string { return append([]string(nil), curpStates[:]...) }

func curpState(s string) bool {
	for _, c := range curpStates {
		if c == s {
			return true
		}
	}
	return false
}

func isConsonant(c byte) bool { return isLetter(c) && !isVowel(c) }

// curpValue is a character's value in the CURP check-digit alphabet
// 0-9 A-N Ñ O-Z (Ñ never appears in a CURP: RENAPO writes it as X).
func curpValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c >= 'A' && c <= 'N':
		return int(c-'A') + 10
	case c >= 'O' && c <= 'Z':
		return int(c-'O') + 25
	case c == Enye:
		return 24
	}
	return 0
}

// CURPCheckDigit computes the check digit of the first 17 characters of s.
func CURPCheckDigit(s string) (byte, bool) {
	if len(s) < 17 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += curpValue(s[i]) * (18 - i)
	}
	return byte('0' + (10-sum%10)%10), true
}

// curpShape checks the structure of an 18-character CURP, check digit aside.
func curpShape(s string) bool {
	if len(s) != 18 {
		return false
	}
	if !isLetter(s[0]) || !(isVowel(s[1]) || s[1] == 'X') || !isLetter(s[2]) || !isLetter(s[3]) {
		return false
	}
	century := 1900
	switch {
	case isDigit(s[16]):
	case isLetter(s[16]):
		century = 2000
	default:
		return false
	}
	if !validDate(s[4:10], century) {
		return false
	}
	if s[10] != 'H' && s[10] != 'M' && s[10] != 'X' {
		return false
	}
	if !curpState(s[11:13]) {
		return false
	}
	for i := 13; i < 16; i++ {
		if !isConsonant(s[i]) {
			return false
		}
	}
	return isDigit(s[17])
}

// CURP validates a Clave Única de Registro de Población: initials, birth
// date, sex (H, M or X), birth state, inner consonants, the differentiator
// (a digit for births before 2000, a letter after) and the check digit.
func CURP(s string) Status {
	if !curpShape(s) {
		return Invalid
	}
	if d, _ := CURPCheckDigit(s); d != s[17] {
		return Possible
	}
	return Valid
}

// RFCKind says whose RFC a string is.
type RFCKind uint8

// Kinds of RFC.
const (
	NotRFC  RFCKind = iota
	Person          // persona física: 13 characters
	Company         // persona moral: 12 characters
	Generic         // XAXX010101000 (general public) and XEXX010101000 (foreigners)
)

var rfcKindNames = [...]string{"not-rfc", "person", "company", "generic"}

// String returns the kind's lower-case name.
func (k RFCKind) String() string {
	if int(k) < len(rfcKindNames) {
		return rfcKindNames[k]
	}
	return "rfc-kind"
}

func rfcValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c >= 'A' && c <= 'N':
		return int(c-'A') + 10
	case c == '&':
		return 24
	case c >= 'O' && c <= 'Z':
		return int(c-'O') + 25
	case c == ' ':
		return 37
	case c == Enye:
		return 38
	}
	return 0
}

// RFCCheckDigit computes the check digit of an RFC from its characters
// before the check digit (11 for a company, 12 for a person).
func RFCCheckDigit(s string) (byte, bool) {
	switch len(s) {
	case 11:
		s = " " + s
	case 12:
	default:
		return 0, false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += rfcValue(s[i]) * (13 - i)
	}
	switch r := (11 - sum%11) % 11; r {
	case 10:
		return 'A', true
	default:
		return byte('0' + r), true
	}
}

func rfcLetter(c byte) bool { return isLetter(c) || c == Enye || c == '&' }

// RFC validates a Registro Federal de Contribuyentes and says whose it is.
// Generic RFCs are Valid with kind Generic.
func RFC(s string) (Status, RFCKind) {
	n := len(s)
	if n != 12 && n != 13 {
		return Invalid, NotRFC
	}
	if s == "XAXX010101000" || s == "XEXX010101000" {
		return Valid, Generic
	}
	kind := Person
	if n == 12 {
		kind = Company
	}
	letters := n - 9
	for i := 0; i < letters; i++ {
		if !rfcLetter(s[i]) {
			return Invalid, NotRFC
		}
	}
	if !validDate(s[letters:letters+6], 0) {
		return Invalid, NotRFC
	}
	for i := n - 3; i < n-1; i++ {
		// The homoclave uses 1-9 and A-Z without O.
		if !(isLetter(s[i]) || isDigit(s[i])) {
			return Invalid, NotRFC
		}
	}
	last := s[n-1]
	if !isDigit(last) && last != 'A' {
		return Invalid, NotRFC
	}
	if d, _ := RFCCheckDigit(s[:n-1]); d != last {
		return Possible, kind
	}
	return Valid, kind
}

// RFCBase reports whether s is the first ten characters of a person's
// RFC: four letters and a valid date (YYMMDD), as people often write it
// without the three-character homoclave.
func RFCBase(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !rfcLetter(s[i]) {
			return false
		}
	}
	return validDate(s[4:], 0)
}

// ClaveElector validates the structure of the clave de elector of an INE
// voter credential: six letters from the names, the birth date (YYMMDD),
// the birth state (01-32), sex (H, M or X) and a three-digit homonym key.
// It has no check digit, so the answer is Valid or Invalid.
func ClaveElector(s string) Status {
	if len(s) != 18 {
		return Invalid
	}
	for i := 0; i < 6; i++ {
		if !isLetter(s[i]) {
			return Invalid
		}
	}
	if !validDate(s[6:12], 0) || !allDigits(s[12:14]) || !allDigits(s[15:18]) {
		return Invalid
	}
	if st := num2(s[12:14]); st < 1 || st > 32 {
		return Invalid
	}
	if s[14] != 'H' && s[14] != 'M' && s[14] != 'X' {
		return Invalid
	}
	return Valid
}

// bankCodes are the bank codes that open a CLABE (Banxico's catalogue,
// cross-checked with the clabe-validator package's list).
var bankCodes = [...]uint16{
	1, 2, 6, 9, 12, 14, 19, 21, 22, 30, 32, 36, 37, 42, 44, 58, 59, 60, 62, 72,
	102, 103, 106, 108, 110, 112, 113, 116, 124, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136,
	137, 138, 139, 140, 141, 143, 145, 147, 148, 150, 151, 152, 154, 155, 156, 157, 158, 159, 160, 166,
	167, 168, 600, 601, 602, 604, 605, 606, 607, 608, 610, 611, 613, 614, 615, 616, 617, 618, 619, 620,
	621, 622, 623, 624, 626, 627, 628, 629, 630, 631, 632, 633, 634, 636, 637, 638, 640, 642, 646, 647,
	648, 649, 651, 652, 653, 655, 656, 659, 661, 670, 674, 677, 679, 680, 683, 684, 685, 686, 688, 689,
	699, 703, 706, 710, 721, 722, 723, 728, 732, 734, 812, 814, 821, 846, 901, 902, 903, 999,
}

// KnownBank reports whether code opens CLABEs.
func KnownBank(code int) bool {
	for _, c := range bankCodes {
		if int(c) == code {
			return true
		}
	}
	return false
}

// CLABECheckDigit computes the check digit of the first 17 digits of s:
// weights 3, 7, 1 repeated, each product taken modulo 10.
func CLABECheckDigit(s string) (byte, bool) {
	if len(s) < 17 || !allDigits(s[:17]) {
		return 0, false
	}
	w := [3]int{3, 7, 1}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i%3] % 10
	}
	return byte('0' + (10-sum%10)%10), true
}

// CLABE validates an 18-digit interbank account number: a known bank code
// and the weighted check digit.
func CLABE(s string) Status {
	if len(s) != 18 || !allDigits(s) {
		return Invalid
	}
	bank := int(s[0]-'0')*100 + num2(s[1:3])
	if !KnownBank(bank) {
		return Invalid
	}
	if d, _ := CLABECheckDigit(s); d != s[17] {
		return Possible
	}
	return Valid
}

// Luhn reports whether the digits of s pass the Luhn (mod 10) check.
func Luhn(s string) bool {
	if !allDigits(s) || len(s) < 2 {
		return false
	}
	return luhnSum(s)%10 == 0
}

func luhnSum(s string) int {
	sum, double := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum
}

// LuhnCheckDigit returns the digit that, appended to s, passes Luhn.
func LuhnCheckDigit(s string) byte {
	return byte('0' + (10-luhnSum(s+"0")%10)%10)
}

// issuer is a card brand: prefixes (as a range of the first digits) and
// the lengths it issues.
type issuer struct {
	name         string
	lo, hi       int // prefix range, inclusive, over the first `digits` digits
	digits       int
	minLen, maxL int
}

var issuers = [...]issuer{
	{"visa", 4, 4, 1, 13, 19},
	{"mastercard", 51, 55, 2, 16, 16},
	{"mastercard", 2221, 2720, 4, 16, 16},
	{"amex", 34, 34, 2, 15, 15},
	{"amex", 37, 37, 2, 15, 15},
	{"discover", 6011, 6011, 4, 16, 19},
	{"discover", 644, 649, 3, 16, 19},
	{"discover", 65, 65, 2, 16, 19},
	{"jcb", 3528, 3589, 4, 16, 19},
	{"diners", 300, 305, 3, 14, 19},
	{"diners", 36, 36, 2, 14, 19},
	{"diners", 38, 39, 2, 16, 19},
	{"unionpay", 62, 62, 2, 16, 19},
	{"carnet", 5062, 5064, 4, 16, 16},
	{"carnet", 6363, 6363, 4, 16, 16},
	{"carnet", 6393, 6394, 4, 16, 16},
}

// CardIssuer returns the brand of a card number by its prefix and length,
// or "" when no known issuer uses them.
func CardIssuer(s string) string {
	if !allDigits(s) {
		return ""
	}
	for _, is := range issuers {
		if len(s) < is.minLen || len(s) > is.maxL || len(s) < is.digits {
			continue
		}
		p := 0
		for i := 0; i < is.digits; i++ {
			p = p*10 + int(s[i]-'0')
		}
		if p >= is.lo && p <= is.hi {
			return is.name
		}
	}
	return ""
}

// Card validates a payment card number: a known issuer's prefix and
// length, and the Luhn check.
func Card(s string) Status {
	if CardIssuer(s) == "" {
		return Invalid
	}
	if !Luhn(s) {
		return Possible
	}
	return Valid
}

// NSS validates an IMSS social security number: 11 digits (sub-delegation,
// year of registration, year of birth, serial) whose last is a Luhn check
// digit over the first ten.
func NSS(s string) Status {
	if len(s) != 11 || !allDigits(s) || strings.Count(s, s[:1]) == len(s) {
		return Invalid
	}
	if !Luhn(s) {
		return Possible
	}
	return Valid
}
