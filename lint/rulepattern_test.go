package lint

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	idPattern        = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	criterionPattern = regexp.MustCompile(`^([1-8](\.[1-9])?( ?[a-g]\)?)?|[1-8]\.[IVXL]+)$`)
)

func TestValidIDAndCriterion(t *testing.T) {
	for _, s := range []string{"", "a", "all-caps", "a1-b2", "-a", "a-", "a--b", "A", "1a", "a_b", "a-B", "z9",
		"6", "6.1", "6.9", "6.0", "4 b)", "4b", "4.1 c)", "4.1c", "9", "0", "6.XIX", "6.", "6.x", "6 ", "6 h", "6a))",
		"6.IVXL", "6.1I", "6 a", "6.1 g)", "6.II a", "8.L"} {
		assert.Equal(t, idPattern.MatchString(s), validID(s), "id %q", s)
		assert.Equal(t, criterionPattern.MatchString(s), validCriterion(s), "criterion %q", s)
	}
}

func FuzzValidIDAndCriterion(f *testing.F) {
	for _, s := range []string{"all-caps", "6.XIX", "4.1 c)", "a--b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if idPattern.MatchString(s) != validID(s) {
			t.Errorf("id %q: regexp %v", s, idPattern.MatchString(s))
		}
		if criterionPattern.MatchString(s) != validCriterion(s) {
			t.Errorf("criterion %q: regexp %v", s, criterionPattern.MatchString(s))
		}
	})
}
