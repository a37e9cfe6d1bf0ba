package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/minhash"
)

// checkHistory reports a post that nearly repeats one published within the
// window. The LSH index yields a few candidates; each is compared exactly.
func (r *Repetition) checkHistory(p *lint.Pass) {
	if len(r.past) == 0 || p.Doc.Post.Reply && !r.o.CompareReplies {
		return
	}
	s := r.bufs.Get().(*repetitionScratch)
	defer r.bufs.Put(s)
	s.fold = minhash.Fold(s.fold[:0], p.Doc.Text)
	if letters(s.fold) < r.o.MinChars {
		return
	}
	s.set = minhash.Shingles(s.set[:0], s.fold)
	sig, ok := minhash.Sign(s.set)
	if !ok {
		return
	}
	at := p.Doc.PublishTime()
	t := at.Unix()
	w := int64(r.o.Window / time.Second)
	lo := sort.Search(len(r.times), func(i int) bool { return r.times[i] >= t-w })
	hi := sort.Search(len(r.times), func(i int) bool { return r.times[i] > t+w })
	best, bestSim := -1, 0.0
	s.seen = r.index.Candidates(&sig, int32(lo), int32(hi), maxCandidates, s.seen, func(id int32) bool {
		pp := &r.past[id]
		if pp.id != "" && pp.id == p.Doc.Post.ID || pp.at == t && pp.text == p.Doc.Post.Text {
			return true // the post itself, as found in the history
		}
		// The signature estimate rules out most candidates; a margin of
		// four standard errors keeps every real match for the exact test.
		if r.index.Estimate(id, &sig) < r.o.Threshold-0.16 {
			return true
		}
		s.fold = minhash.Fold(s.fold[:0], pp.text)
		s.other = minhash.Shingles(s.other[:0], s.fold)
		sim := minhash.Jaccard(s.set, s.other)
		if sim > bestSim || sim == bestSim && best >= 0 && pp.at > r.past[best].at {
			best, bestSim = int(id), sim
		}
		return true
	})
	if best < 0 || bestSim < r.o.Threshold {
		return
	}
	pp := &r.past[best]
	loc := p.Config.Location
	if loc == nil {
		loc = time.UTC
	}
	when := time.Unix(pp.at, 0).In(loc).Format("2006-01-02 15:04")
	p.Report(lint.Finding{
		Kind: "near-duplicate", Span: trimmedSpan(p.Doc.Text),
		Message: p.Msgf("near-duplicate", int(bestSim*100), postName(p.Lang, pp), when, windowText(p.Lang, r.o.Window)),
	})
}

// trimmedSpan is the whole text without leading and trailing blanks.
func trimmedSpan(s string) lint.Span {
	start, end := 0, len(s)
	for start < end && unicode.IsSpace(rune(s[start])) {
		start++
	}
	for end > start && unicode.IsSpace(rune(s[end-1])) {
		end--
	}
	return lint.Span{Start: start, End: end}
}

// postName names an earlier post by its ID or, without one, by its first
// words.
func postName(lang lint.Lang, pp *pastPost) string {
	if pp.id != "" {
		if lang == lint.English {
			return "the post «" + pp.id + "»"
		}
		return "la publicación «" + pp.id + "»"
	}
	ex := strings.Join(strings.Fields(pp.text), " ")
	if utf8.RuneCountInString(ex) > 50 {
		n := 0
		for i := range ex {
			if n == 50 {
				// Cut at the last word boundary within 50 characters.
				cut := ex[:i]
				if ex[i] != ' ' {
					if sp := strings.LastIndexByte(cut, ' '); sp > 0 {
						cut = cut[:sp]
					}
				}
				ex = strings.TrimSpace(cut) + "…"
				break
			}
			n++
		}
	}
	if lang == lint.English {
		return "the post «" + ex + "»"
	}
	return "la publicación «" + ex + "»"
}

// windowText writes the window in days or hours.
func windowText(lang lint.Lang, d time.Duration) string {
	day := 24 * time.Hour
	en := lang == lint.English
	switch {
	case d%day == 0 && d/day == 1:
		return map[bool]string{false: "1 día", true: "1 day"}[en]
	case d%day == 0:
		return fmt.Sprintf(map[bool]string{false: "%d días", true: "%d days"}[en], d/day)
	}
	return fmt.Sprintf("%d h", int(d.Hours()+0.5))
}
