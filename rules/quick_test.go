package rules

import (
	"testing"
	"time"
)

// assertQuick fails when work that began at start took longer than limit.
// It guards against hangs and quadratic blow-ups on huge inputs, not speed
// targets (those are benchmarks): the race detector slows code tenfold and
// a busy machine more, so the bound is loose and dropped under -race.
func assertQuick(t *testing.T, start time.Time, limit time.Duration) {
	t.Helper()
	if raceEnabled {
		return
	}
	if d := time.Since(start); d > 3*limit {
		t.Errorf("took %v, more than %v: not linear?", d, 3*limit)
	}
}
