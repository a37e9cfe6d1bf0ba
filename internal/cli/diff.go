package cli

import (
	"bytes"
	"fmt"
	"io"
)

// diffContext is how many unchanged lines surround each change, as in
// `diff -u`.
const diffContext = 3

// maxDiffCost bounds the Myers search (the number of inserted plus deleted
// lines it explores); past it the changed block is shown as a whole,
// which is still a correct diff, only not the shortest one.
const maxDiffCost = 1000

// op is one line of an edit script.
type op struct {
	kind byte // ' ', '-', '+'
	a, b int  // line index in the old and new text (for ' ' both)
}

// unifiedDiff writes the unified diff between old and new (as `diff -u`
// prints it, with a/ and b/ labels). It writes nothing when they are equal.
func unifiedDiff(w io.Writer, label string, old, new []byte) error {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	if _, err := fmt.Fprintf(w, "--- a/%s\n+++ b/%s\n", label, label); err != nil {
		return err
	}
	for i := 0; i < len(ops); {
		// Find the next change, and the end of its hunk: changes closer
		// than 2*diffContext unchanged lines share a hunk.
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-diffContext, 0)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j + 1
				continue
			}
			if j-end >= 2*diffContext {
				break
			}
		}
		stop := min(end+diffContext, len(ops))
		if err := writeHunk(w, a, b, ops[start:stop]); err != nil {
			return err
		}
		i = stop
	}
	return nil
}

func writeHunk(w io.Writer, a, b [][]byte, ops []op) error {
	aStart, bStart, aLen, bLen := -1, -1, 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			if aStart < 0 {
				aStart = o.a
			}
			aLen++
		}
		if o.kind != '-' {
			if bStart < 0 {
				bStart = o.b
			}
			bLen++
		}
	}
	// An empty range is written as the line before it, as diff does.
	if aStart < 0 {
		aStart = ops[0].a - 1
	}
	if bStart < 0 {
		bStart = ops[0].b - 1
	}
	if _, err := fmt.Fprintf(w, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen)); err != nil {
		return err
	}
	for _, o := range ops {
		var line []byte
		if o.kind == '+' {
			line = b[o.b]
		} else {
			line = a[o.a]
		}
		if _, err := w.Write([]byte{o.kind}); err != nil {
			return err
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
		if len(line) == 0 || line[len(line)-1] != '\n' {
			if _, err := io.WriteString(w, "\n\\ No newline at end of file\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// splitLines splits s after each "\n"; the last line may lack one.
func splitLines(s []byte) [][]byte {
	var out [][]byte
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// diffLines returns an edit script from a to b: the common prefix and
// suffix are kept, and the middle is diffed with Myers' algorithm.
func diffLines(a, b [][]byte) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && bytes.Equal(a[pre], b[pre]) {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && bytes.Equal(a[len(a)-1-suf], b[len(b)-1-suf]) {
		suf++
	}
	ops := make([]op, 0, len(a)+8)
	for i := 0; i < pre; i++ {
		ops = append(ops, op{' ', i, i})
	}
	ops = append(ops, myers(a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)...)
	for i := 0; i < suf; i++ {
		ops = append(ops, op{' ', len(a) - suf + i, len(b) - suf + i})
	}
	return ops
}

// myers computes a shortest edit script between a and b (offset by a0,
// b0 in the whole texts). Past maxDiffCost it falls back to a line-by-line
// pairing when both sides have as many lines (fixes rarely add lines),
// and to deleting all of a and inserting all of b otherwise.
func myers(a, b [][]byte, a0, b0 int) []op {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return wholeBlock(n, m, a0, b0)
	}
	maxD := min(n+m, maxDiffCost)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && bytes.Equal(a[x], b[y]) {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
		// Keep the diagonals -d..d of this round for the walk back.
		snap := make([]int, 2*d+1)
		copy(snap, v[off-d:off+d+1])
		trace = append(trace, snap)
	}
	if found < 0 {
		if n == m {
			return pairwise(a, b, a0, b0)
		}
		return wholeBlock(n, m, a0, b0)
	}
	// Walk the trace back from (n, m).
	var rev []op
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1] // diagonals -(d-1)..d-1
		at := func(k int) int { return prev[k+d-1] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			rev = append(rev, op{' ', a0 + x, b0 + y})
		}
		if x == px {
			y--
			rev = append(rev, op{'+', a0 + x, b0 + y})
		} else {
			x--
			rev = append(rev, op{'-', a0 + x, b0 + y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, op{' ', a0 + x, b0 + y})
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

func wholeBlock(n, m, a0, b0 int) []op {
	ops := make([]op, 0, n+m)
	for i := 0; i < n; i++ {
		ops = append(ops, op{'-', a0 + i, b0})
	}
	for j := 0; j < m; j++ {
		ops = append(ops, op{'+', a0 + n, b0 + j})
	}
	return ops
}

// pairwise diffs two texts of as many lines line by line: each changed
// line becomes a deletion followed by an insertion.
func pairwise(a, b [][]byte, a0, b0 int) []op {
	ops := make([]op, 0, len(a))
	for i := 0; i < len(a); i++ {
		if bytes.Equal(a[i], b[i]) {
			ops = append(ops, op{' ', a0 + i, b0 + i})
			continue
		}
		j := i
		for j < len(a) && !bytes.Equal(a[j], b[j]) {
			j++
		}
		for t := i; t < j; t++ {
			ops = append(ops, op{'-', a0 + t, b0 + i})
		}
		for t := i; t < j; t++ {
			ops = append(ops, op{'+', a0 + j, b0 + t})
		}
		i = j - 1
	}
	return ops
}
