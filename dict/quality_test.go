package dict

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// evalPair is a misspelling and its correction from testdata.
type evalPair struct {
	wrong, right, kind string
}

func loadEval(t testing.TB) []evalPair {
	t.Helper()
	data, err := os.ReadFile("testdata/misspellings_eval.tsv")
	require.NoError(t, err)
	var out []evalPair
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 3, "line %q", line)
		if f[2] == "-" {
			continue // a correct word or a real-word error: not a spelling test
		}
		out = append(out, evalPair{f[0], f[1], f[2]})
	}
	return out
}

// verdict is what the engine says about one word, the way the spelling
// rule uses it: flagged or not, and the corrections in order.
func verdict(d *Dictionary, w string) (bool, []string) {
	if fix, ok := CommonMisspellings().Fix(w); ok {
		return true, []string{fix}
	}
	if fix, ok := ProbableAccents().Fix(w); ok {
		return true, []string{fix}
	}
	if d.Contains(w) {
		return false, nil
	}
	return true, d.Suggest(w, 5)
}

type scores struct {
	n, detected, top1, top5 int
}

func (s scores) rates() (det, top1, top5 float64) {
	return float64(s.detected) / float64(s.n), float64(s.top1) / float64(s.n), float64(s.top5) / float64(s.n)
}

// TestQualityMisspellings measures detection and correction on the
// hand-made set and fails below the measured level (with a margin).
func TestQualityMisspellings(t *testing.T) {
	d := Default()
	pairs := loadEval(t)
	require.GreaterOrEqual(t, len(pairs), 300)
	var s scores
	for _, p := range pairs {
		s.n++
		flagged, sugg := verdict(d, p.wrong)
		if !flagged {
			t.Logf("not detected: %s (%s)", p.wrong, p.kind)
			continue
		}
		s.detected++
		for i, c := range sugg {
			if c == p.right {
				if i == 0 {
					s.top1++
				}
				if i < 5 {
					s.top5++
				}
			}
		}
		if len(sugg) == 0 || sugg[0] != p.right {
			t.Logf("%s -> want %s, got %v (%s)", p.wrong, p.right, sugg, p.kind)
		}
	}
	det, top1, top5 := s.rates()
	t.Logf("vocero: %d pairs, detected %.1f%%, top-1 %.1f%%, top-5 %.1f%%", s.n, 100*det, 100*top1, 100*top5)
	require.GreaterOrEqual(t, det, 0.99, "detection rate")
	require.GreaterOrEqual(t, top1, 0.95, "top-1 correction rate")
	require.GreaterOrEqual(t, top5, 0.98, "top-5 correction rate")
}

// cleanWords returns the words of the clean institutional texts: the
// criteria and the synthetic corpus, without URLs, handles and hashtags.
func cleanWords(t testing.TB) []string {
	t.Helper()
	var texts []string
	if data, err := os.ReadFile("../testdata/corpus/clean.jsonl"); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts = append(texts, rec.Text)
			}
		}
	}
	if data, err := os.ReadFile("testdata/criterios.txt"); err == nil {
		texts = append(texts, string(data))
	}
	var out []string
	for _, text := range texts {
		for _, f := range strings.Fields(text) {
			if strings.Contains(f, "://") || strings.Contains(f, "www.") || strings.Contains(f, ".mx") || strings.Contains(f, ".org") ||
				strings.HasPrefix(f, "@") || strings.HasPrefix(f, "#") || strings.Contains(f, "@") {
				continue
			}
			out = append(out, strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })...)
		}
	}
	return out
}

// isChecked mirrors what the rule checks: words of two letters or more,
// without digits, not acronyms in capitals up to six letters (Roman
// numerals and unknown acronyms).
func isChecked(w string) bool {
	if len([]rune(w)) < 2 || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return false
	}
	return !(CasingOf(w) == Upper && len([]rune(w)) <= 6)
}

// TestQualityClean measures false alarms on clean institutional Spanish.
func TestQualityClean(t *testing.T) {
	d := Default()
	words := cleanWords(t)
	if len(words) < 1000 {
		t.Skip("clean corpus not available")
	}
	alarms := 0
	for i, w := range words {
		if !isChecked(w) {
			continue
		}
		flagged, sugg := verdict(d, w)
		// Capitalised words inside a sentence are names the rule leaves
		// alone unless an accent is clearly missing.
		if flagged && CasingOf(w) == Title && i > 0 && !strings.HasSuffix(words[i-1], ".") {
			if len(sugg) == 0 || StripAccents(sugg[0]) != StripAccents(w) {
				continue
			}
		}
		if flagged {
			alarms++
			t.Logf("false alarm: %s %v", w, sugg)
		}
	}
	per1000 := 1000 * float64(alarms) / float64(len(words))
	t.Logf("vocero: %d clean words, %d false alarms, %.2f per 1,000 words", len(words), alarms, per1000)
	require.Less(t, per1000, 0.7)
}

// TestQualityHunspell runs hunspell -d es_MX -a on the same sets, for the
// report. It takes a while, so it runs only with VOCERO_HUNSPELL=1 and
// where hunspell is installed.
func TestQualityHunspell(t *testing.T) {
	if os.Getenv("VOCERO_HUNSPELL") == "" {
		t.Skip("set VOCERO_HUNSPELL=1 to compare with hunspell")
	}
	if _, err := exec.LookPath("hunspell"); err != nil {
		t.Skip("hunspell not installed")
	}
	if _, err := os.Stat("/usr/share/hunspell/es_MX.dic"); err != nil {
		t.Skip("hunspell-es not installed")
	}
	pairs := loadEval(t)
	var in bytes.Buffer
	for _, p := range pairs {
		in.WriteString("^" + p.wrong + "\n")
	}
	out := runHunspell(t, in.Bytes())
	require.Len(t, out, len(pairs))
	var s scores
	for i, p := range pairs {
		s.n++
		line := out[i]
		if line == "*" || line == "+" || strings.HasPrefix(line, "+ ") || line == "-" {
			continue
		}
		s.detected++
		if _, list, ok := strings.Cut(line, ": "); ok {
			sugg := strings.Split(list, ", ")
			for j, c := range sugg {
				if c == p.right {
					if j == 0 {
						s.top1++
					}
					if j < 5 {
						s.top5++
					}
				}
			}
		}
	}
	det, top1, top5 := s.rates()
	t.Logf("hunspell: %d pairs, detected %.1f%%, top-1 %.1f%%, top-5 %.1f%%", s.n, 100*det, 100*top1, 100*top5)
	words := cleanWords(t)
	in.Reset()
	n := 0
	for _, w := range words {
		if isChecked(w) {
			in.WriteString("^" + w + "\n")
			n++
		}
	}
	alarms := 0
	for _, line := range runHunspell(t, in.Bytes()) {
		if strings.HasPrefix(line, "&") || strings.HasPrefix(line, "#") {
			alarms++
		}
	}
	t.Logf("hunspell: %d clean words, %d false alarms, %.2f per 1,000 words", len(words), alarms, 1000*float64(alarms)/float64(len(words)))
	_ = n
}

// runHunspell returns one result line per input line.
func runHunspell(t testing.TB, in []byte) []string {
	cmd := exec.Command("hunspell", "-d", "es_MX", "-a")
	cmd.Stdin = bytes.NewReader(in)
	raw, err := cmd.Output()
	require.NoError(t, err)
	var out []string
	for i, line := range strings.Split(string(raw), "\n") {
		if i == 0 || line == "" {
			continue
		}
		out = append(out, line)
	}
	return out
}
