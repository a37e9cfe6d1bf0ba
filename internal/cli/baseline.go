package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/vocero/vocero/lint"
)

// A baseline records the findings a repository already has, so that a
// linter adopted late reports only new ones. A finding is known by what
// does not move when lines do: its file, its post (the post's id, or a
// hash of a record's text; a .txt or .md file is one post), its rule and
// kind, and the text it points at. Counts make it a multiset: two equal
// findings in the baseline hide two, not three.

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// baselineFile is the JSON a baseline is written as.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry is one known finding and how many times it occurs.
type baselineEntry struct {
	Path  string `json:"path"`
	Post  string `json:"post,omitempty"`
	Rule  string `json:"rule"`
	Kind  string `json:"kind,omitempty"`
	Text  string `json:"text"`
	Count int    `json:"count"`
}

type baselineKey struct{ path, post, rule, kind, text string }

// baselineKeyOf returns the key of f, a finding of post p; base is the
// folder of the baseline file, cwd the folder paths are relative to.
func baselineKeyOf(p *lint.Post, f *lint.Finding, base, cwd string) baselineKey {
	path := p.Path
	if path != "-" {
		if rel, err := filepath.Rel(base, inDir(cwd, path)); err == nil {
			path = rel
		}
	}
	post := p.ID
	if post == "" && p.Line > 0 {
		// A record without id: its text, wherever the line moves.
		sum := sha256.Sum256([]byte(p.Text))
		post = "sha256:" + hex.EncodeToString(sum[:8])
	}
	return baselineKey{filepath.ToSlash(path), post, f.Rule, f.Kind, f.Text}
}

// writeBaseline writes the findings of results to path, atomically.
func writeBaseline(path, cwd string, results []lint.Result) (int, error) {
	base := filepath.Dir(path)
	counts := map[baselineKey]int{}
	n := 0
	for _, r := range results {
		if r.Post == nil {
			continue
		}
		for i := range r.Findings {
			counts[baselineKeyOf(r.Post, &r.Findings[i], base, cwd)]++
			n++
		}
	}
	out := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for k, c := range counts {
		out.Findings = append(out.Findings, baselineEntry{Path: k.path, Post: k.post, Rule: k.rule, Kind: k.kind, Text: k.text, Count: c})
	}
	sort.Slice(out.Findings, func(i, j int) bool {
		a, b := out.Findings[i], out.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Post != b.Post {
			return a.Post < b.Post
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Text < b.Text
	})
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return 0, err
	}
	data = append(data, '\n')
	old, info, err := readFile(path)
	if os.IsNotExist(err) {
		return n, writeNew(path, data)
	}
	if err != nil {
		return 0, err
	}
	return n, writeFixed(path, old, data, info)
}

// writeNew creates path with data through a temporary file in the same
// folder, synced and renamed, so that a reader never sees half a file.
func writeNew(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".vocero-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// baseline holds the findings to hide, by key, with their counts left.
type baseline struct {
	base   string
	counts map[baselineKey]int
}

// readBaseline reads a baseline file.
func readBaseline(path string) (*baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f baselineFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("not a vocero baseline: %v", err)
	}
	if f.Version != baselineVersion {
		return nil, fmt.Errorf("baseline version %d, want %d", f.Version, baselineVersion)
	}
	b := &baseline{base: filepath.Dir(path), counts: map[baselineKey]int{}}
	for _, e := range f.Findings {
		b.counts[baselineKey{e.Path, e.Post, e.Rule, e.Kind, e.Text}] += max(e.Count, 1)
	}
	return b, nil
}

// filter drops from results the findings the baseline knows, and returns
// how many it dropped.
func (b *baseline) filter(results []lint.Result, cwd string) int {
	dropped := 0
	for i := range results {
		r := &results[i]
		if r.Post == nil || len(r.Findings) == 0 {
			continue
		}
		kept := r.Findings[:0:0]
		for j := range r.Findings {
			k := baselineKeyOf(r.Post, &r.Findings[j], b.base, cwd)
			if b.counts[k] > 0 {
				b.counts[k]--
				dropped++
				continue
			}
			kept = append(kept, r.Findings[j])
		}
		r.Findings = kept
	}
	return dropped
}
