package server

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/vocero/vocero/lint"
)

// AuditLog is the activity log of criterion 8.III: one JSON line per
// check, appended and synced to disk before the answer goes out. A crash
// in the middle of a write can leave only the last line torn; opening the
// log again ends that line so that later records stay readable, and
// ReadAudit skips it.
type AuditLog struct {
	mu       sync.Mutex
	f        *os.File
	withText bool
}

// AuditRecord is one line of the activity log.
type AuditRecord struct {
	Time time.Time `json:"time"`
	// Draft is the hex SHA-256 of the draft's text.
	Draft string `json:"draft_sha256"`
	// Text is the draft itself, only when the log was opened with text.
	Text      string          `json:"text,omitempty"`
	ID        string          `json:"id,omitempty"`
	Platforms []lint.Platform `json:"platforms"`
	// Findings counts the findings by rule, then by severity.
	Findings map[string]map[string]int `json:"findings"`
	Errors   int                       `json:"errors"`
	Warnings int                       `json:"warnings"`
	Infos    int                       `json:"infos"`
	// Verdict is "ready" when nothing at error level remains, else
	// "blocked".
	Verdict string `json:"verdict"`
}

// OpenAudit opens (or creates, mode 0600) the log at path for appending.
// withText keeps each draft's text in the log; by default only its hash.
func OpenAudit(path string, withText bool) (*AuditLog, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := endTornLine(f, path); err != nil {
		f.Close()
		return nil, err
	}
	return &AuditLog{f: f, withText: withText}, nil
}

// endTornLine appends a newline when the file does not end with one: the
// last write of an earlier run was cut short.
func endTornLine(f *os.File, path string) error {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return err
	}
	r, err := os.Open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	last := make([]byte, 1)
	if _, err := r.ReadAt(last, st.Size()-1); err != nil {
		return err
	}
	if last[0] == '\n' {
		return nil
	}
	if _, err := f.Write([]byte("\n")); err != nil {
		return err
	}
	return f.Sync()
}

// Record appends rec as one line and syncs it to disk.
func (a *AuditLog) Record(rec AuditRecord) error {
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return errors.New("audit log closed")
	}
	// One write per record: with O_APPEND the line lands whole after the
	// others, or (on a crash) torn at the end only.
	if _, err := a.f.Write(line); err != nil {
		return err
	}
	return a.f.Sync()
}

// Close closes the log.
func (a *AuditLog) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return nil
	}
	err := a.f.Close()
	a.f = nil
	return err
}

// auditRecord summarises one check.
func auditRecord(now time.Time, p *lint.Post, res lint.Result, withText bool) AuditRecord {
	rec := AuditRecord{
		Time:      now.UTC(),
		Draft:     draftHash(p.Text),
		ID:        p.ID,
		Platforms: p.Platforms,
		Findings:  map[string]map[string]int{},
	}
	if rec.Platforms == nil {
		rec.Platforms = []lint.Platform{}
	}
	if withText {
		rec.Text = p.Text
	}
	for _, f := range res.Findings {
		bySev := rec.Findings[f.Rule]
		if bySev == nil {
			bySev = map[string]int{}
			rec.Findings[f.Rule] = bySev
		}
		bySev[f.Severity.String()]++
	}
	rec.Errors, rec.Warnings, rec.Infos = res.Count()
	rec.Verdict = "ready"
	if rec.Errors > 0 || res.Err != nil {
		rec.Verdict = "blocked"
	}
	return rec
}

// AuditSummary is what ReadAudit makes of a log.
type AuditSummary struct {
	Checks int `json:"checks"`
	// Damaged counts lines that could not be read (a torn last write).
	Damaged int             `json:"damaged"`
	Days    []AuditDay      `json:"days"`
	Rules   []AuditRuleStat `json:"rules"`
	// Verdicts counts checks by verdict.
	Verdicts map[string]int `json:"verdicts"`
}

// AuditDay counts one day's checks by verdict.
type AuditDay struct {
	Day      string         `json:"day"`
	Checks   int            `json:"checks"`
	Verdicts map[string]int `json:"verdicts"`
}

// AuditRuleStat counts one rule's findings by severity, and the checks in
// which it reported something.
type AuditRuleStat struct {
	Rule     string         `json:"rule"`
	Checks   int            `json:"checks"`
	Severity map[string]int `json:"severity"`
}

// ReadAudit summarises a log by day (in loc), rule and verdict. Lines
// that are not records are counted as damaged, not fatal.
func ReadAudit(r io.Reader, loc *time.Location) (AuditSummary, error) {
	if loc == nil {
		loc = time.Local
	}
	s := AuditSummary{Days: []AuditDay{}, Rules: []AuditRuleStat{}, Verdicts: map[string]int{}}
	days := map[string]*AuditDay{}
	rules := map[string]*AuditRuleStat{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var rec AuditRecord
		if err := json.Unmarshal(line, &rec); err != nil || rec.Time.IsZero() || rec.Verdict == "" {
			s.Damaged++
			continue
		}
		s.Checks++
		s.Verdicts[rec.Verdict]++
		day := rec.Time.In(loc).Format("2006-01-02")
		d := days[day]
		if d == nil {
			d = &AuditDay{Day: day, Verdicts: map[string]int{}}
			days[day] = d
		}
		d.Checks++
		d.Verdicts[rec.Verdict]++
		for rule, bySev := range rec.Findings {
			st := rules[rule]
			if st == nil {
				st = &AuditRuleStat{Rule: rule, Severity: map[string]int{}}
				rules[rule] = st
			}
			st.Checks++
			for sev, n := range bySev {
				st.Severity[sev] += n
			}
		}
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("reading the activity log: %w", err)
	}
	for _, d := range days {
		s.Days = append(s.Days, *d)
	}
	sort.Slice(s.Days, func(i, j int) bool { return s.Days[i].Day < s.Days[j].Day })
	for _, st := range rules {
		s.Rules = append(s.Rules, *st)
	}
	sort.Slice(s.Rules, func(i, j int) bool {
		if s.Rules[i].Checks != s.Rules[j].Checks {
			return s.Rules[i].Checks > s.Rules[j].Checks
		}
		return s.Rules[i].Rule < s.Rules[j].Rule
	})
	return s, nil
}
