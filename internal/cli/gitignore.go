package cli

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

// ignorePattern is one line of a .gitignore file.
type ignorePattern struct {
	segs     []string // pattern split on "/"; "**" is a segment of its own
	negate   bool     // "!pattern" re-includes
	dirOnly  bool     // "pattern/" matches directories only
	anchored bool     // a slash at the start or middle: relative to the file's folder
}

// ignoreFile holds the patterns of one .gitignore, with the folder they are
// relative to.
type ignoreFile struct {
	base     string // absolute, cleaned folder of the .gitignore
	patterns []ignorePattern
}

// parseGitignore reads the patterns of a .gitignore file as git does:
// blank lines and # comments are skipped, trailing unescaped spaces are
// dropped, "!" negates, "\" escapes a leading "#" or "!", a trailing "/"
// restricts the pattern to directories, and a "/" at the start or in the
// middle anchors it to the file's folder.
func parseGitignore(base string, data []byte) ignoreFile {
	f := ignoreFile{base: base}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		line = trimTrailingSpaces(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var p ignorePattern
		switch {
		case line[0] == '!':
			p.negate = true
			line = line[1:]
		case strings.HasPrefix(line, `\!`), strings.HasPrefix(line, `\#`):
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			p.dirOnly = true
			line = strings.TrimRight(line, "/")
		}
		if line == "" {
			continue
		}
		if strings.Contains(line, "/") {
			p.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		for _, s := range strings.Split(line, "/") {
			if s == "" {
				continue // "a//b" is "a/b"
			}
			p.segs = append(p.segs, s)
		}
		if len(p.segs) == 0 {
			continue
		}
		if !p.anchored && p.segs[0] != "**" {
			// "foo" matches at any depth: the same as "**/foo".
			p.segs = append([]string{"**"}, p.segs...)
		}
		if n := len(p.segs); n > 1 && p.segs[n-1] == "**" {
			// "foo/**" matches what is inside foo, not foo itself.
			p.segs = append(p.segs, "*")
		}
		f.patterns = append(f.patterns, p)
	}
	return f
}

// trimTrailingSpaces drops trailing spaces unless escaped with a backslash.
func trimTrailingSpaces(s string) string {
	for strings.HasSuffix(s, " ") {
		if strings.HasSuffix(s, `\ `) {
			return s[:len(s)-2] + " "
		}
		s = s[:len(s)-1]
	}
	return s
}

// match reports whether p matches the path rel (slash-separated, relative to
// the pattern's folder).
func (p *ignorePattern) match(rel []string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	return matchSegments(p.segs, rel)
}

// matchSegments matches pattern segments against path segments, where a
// "**" segment matches any number of path segments (zero included). It uses
// the greedy algorithm with one backtrack point, linear in practice.
func matchSegments(pat, path []string) bool {
	pi, si := 0, 0
	starP, starS := -1, 0
	for si < len(path) {
		switch {
		case pi < len(pat) && pat[pi] == "**":
			starP, starS = pi, si
			pi++
		case pi < len(pat) && wildMatch(pat[pi], path[si]):
			pi++
			si++
		case starP >= 0:
			starS++
			pi, si = starP+1, starS
		default:
			return false
		}
	}
	for pi < len(pat) && pat[pi] == "**" {
		pi++
	}
	return pi == len(pat)
}

// wildMatch matches one path segment against a glob segment: "*" is any run
// of characters, "?" one character, "[...]" a class (with "!" or "^" to
// negate and "a-z" ranges), and "\" escapes the next character. A malformed
// class matches nothing.
func wildMatch(pat, name string) bool {
	p, n := []rune(pat), []rune(name)
	pi, ni := 0, 0
	starP, starN := -1, 0
	for ni < len(n) {
		if pi < len(p) {
			switch p[pi] {
			case '*':
				starP, starN = pi, ni
				pi++
				continue
			case '?':
				pi++
				ni++
				continue
			case '[':
				ok, next, valid := matchClass(p, pi, n[ni])
				if !valid {
					return false
				}
				if ok {
					pi, ni = next, ni+1
					continue
				}
			case '\\':
				if pi+1 < len(p) && p[pi+1] == n[ni] {
					pi += 2
					ni++
					continue
				}
			default:
				if p[pi] == n[ni] {
					pi++
					ni++
					continue
				}
			}
		}
		if starP < 0 {
			return false
		}
		starN++
		pi, ni = starP+1, starN
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// matchClass matches r against the class starting at p[i] == '['. It
// returns whether r is in the class, the index after the class, and whether
// the class is well formed.
func matchClass(p []rune, i int, r rune) (ok bool, next int, valid bool) {
	j := i + 1
	neg := false
	if j < len(p) && (p[j] == '!' || p[j] == '^') {
		neg = true
		j++
	}
	first := true
	for j < len(p) {
		if p[j] == ']' && !first {
			return ok != neg, j + 1, true
		}
		first = false
		lo := p[j]
		if lo == '\\' && j+1 < len(p) {
			j++
			lo = p[j]
		}
		hi := lo
		if j+2 < len(p) && p[j+1] == '-' && p[j+2] != ']' {
			hi = p[j+2]
			if hi == '\\' && j+3 < len(p) {
				j++
				hi = p[j+2]
			}
			j += 2
		}
		if lo <= r && r <= hi {
			ok = true
		}
		j++
	}
	return false, 0, false
}

// ignorer answers whether a path is ignored by the .gitignore files that
// apply to it, from the outermost folder inwards; the last matching pattern
// wins, so a deeper file can re-include what an outer one excluded.
type ignorer struct {
	files []ignoreFile
}

// ignored reports whether abs (an absolute, cleaned path) is ignored.
func (ig *ignorer) ignored(abs string, isDir bool) bool {
	ignored := false
	for i := range ig.files {
		f := &ig.files[i]
		rel, err := filepath.Rel(f.base, abs)
		if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
			continue
		}
		segs := strings.Split(filepath.ToSlash(rel), "/")
		for j := range f.patterns {
			p := &f.patterns[j]
			if p.negate == ignored && p.match(segs, isDir) {
				ignored = !p.negate
			}
		}
	}
	return ignored
}

// with returns an ignorer that also applies the .gitignore of dir, if any.
// The receiver is not changed, so siblings share their parent's list.
func (ig *ignorer) with(dir string) *ignorer {
	data, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if err != nil || len(data) == 0 {
		return ig
	}
	f := parseGitignore(dir, data)
	if len(f.patterns) == 0 {
		return ig
	}
	files := make([]ignoreFile, len(ig.files), len(ig.files)+1)
	copy(files, ig.files)
	return &ignorer{files: append(files, f)}
}

// ignorerFor builds the ignorer that applies inside dir: the repository's
// .git/info/exclude and every .gitignore from the repository root (the
// nearest folder above with a .git entry) down to dir. Outside a
// repository only dir's own .gitignore applies.
func ignorerFor(dir string) *ignorer {
	root := ""
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			root = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	ig := &ignorer{}
	if root == "" {
		return ig.with(dir)
	}
	if data, err := os.ReadFile(filepath.Join(root, ".git", "info", "exclude")); err == nil {
		if f := parseGitignore(root, data); len(f.patterns) > 0 {
			ig.files = append(ig.files, f)
		}
	}
	var chain []string
	for d := dir; ; d = filepath.Dir(d) {
		chain = append(chain, d)
		if d == root || filepath.Dir(d) == d {
			break
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		ig = ig.with(chain[i])
	}
	return ig
}
