package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/source"
)

// job is one input to lint: a file or standard input.
type job struct {
	path  string // as shown in output
	abs   string // absolute path; "" for stdin
	stdin bool
	dir   string // stdin with --stdin-filename: the folder whose config applies
}

// nameStdin gives the stdin job the path --stdin-filename names (relative
// to cwd): its format, its folder's config and its path in the findings.
func nameStdin(jobs []job, cwd, name string) {
	if name == "" {
		return
	}
	for i := range jobs {
		if jobs[i].stdin {
			jobs[i].path = name
			jobs[i].dir = filepath.Dir(inDir(cwd, name))
		}
	}
}

// jobDir is the folder whose config applies to j.
func jobDir(j job, cwd string) string {
	switch {
	case !j.stdin:
		return filepath.Dir(j.abs)
	case j.dir != "":
		return j.dir
	}
	return cwd
}

// collect turns the command-line paths (relative to cwd) into jobs, sorted by path. Folders
// are walked: only files with a reader, no hidden files or folders, nothing
// a .gitignore excludes. A file named on the command line is always read.
// Errors (missing paths, unsupported files named explicitly) are returned
// all together, after the jobs that could be found.
func collect(cwd string, paths []string, lang lint.Lang) ([]job, []error) {
	var jobs []job
	var errs []error
	seen := map[string]bool{}
	add := func(j job) {
		key := j.abs
		if j.stdin {
			key = "-"
		}
		if !seen[key] {
			seen[key] = true
			jobs = append(jobs, j)
		}
	}
	for _, p := range paths {
		if p == "-" {
			if seen["-"] {
				errs = append(errs, errors.New(msg(lang, "err.stdin-twice")))
			}
			add(job{path: "-", stdin: true})
			continue
		}
		abs := filepath.Clean(p)
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(cwd, abs)
		}
		st, err := os.Stat(abs)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errs = append(errs, errors.New(msg(lang, "err.notfound", p)))
			continue
		case err != nil:
			errs = append(errs, errors.New(msg(lang, "err.read", p, err)))
			continue
		}
		if !st.IsDir() {
			if !source.Supported(p) {
				errs = append(errs, errors.New(msg(lang, "err.unsupported", p)))
				continue
			}
			add(job{path: p, abs: abs})
			continue
		}
		w := walker{lang: lang, add: add}
		w.walk(abs, filepath.Clean(p), ignorerFor(abs))
		errs = append(errs, w.errs...)
		if w.found == 0 && len(w.errs) == 0 {
			// An empty folder, or one with nothing vocero reads, is not
			// a success to report silently.
			errs = append(errs, errors.New(msg(lang, "err.empty", p)))
		}
	}
	sort.SliceStable(jobs, func(i, j int) bool { return pathLess(jobs[i].path, jobs[j].path) })
	return jobs, errs
}

type walker struct {
	lang  lint.Lang
	add   func(job)
	errs  []error
	found int // files found
}

// walk adds the files under dir (shown as display) in name order.
func (w *walker) walk(dir, display string, ig *ignorer) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs = append(w.errs, errors.New(msg(w.lang, "err.read", display, err)))
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		abs := filepath.Join(dir, name)
		shown := filepath.Join(display, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			// Follow links to files; links to folders are not followed,
			// so a walk cannot loop.
			st, err := os.Stat(abs)
			if err != nil || st.IsDir() {
				continue
			}
			typ = st.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if ig.ignored(abs, true) {
				continue
			}
			w.walk(abs, shown, ig.with(abs))
		case typ.IsRegular():
			if source.Supported(name) && !ig.ignored(abs, false) {
				w.found++
				w.add(job{path: shown, abs: abs})
			}
		}
	}
}

// pathLess orders paths folder by folder ("a/z" before "a-b/c"), the order
// of a tree listing: bytes compare as usual except that the separator sorts
// before everything else.
func pathLess(a, b string) bool {
	a, b = filepath.ToSlash(a), filepath.ToSlash(b)
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if x == '/' {
			return true
		}
		if y == '/' {
			return false
		}
		return x < y
	}
	return len(a) < len(b)
}
