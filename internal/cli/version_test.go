package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVersionOf(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	rev := "0123456789abcdef0123456789abcdef01234567"
	for _, tc := range []struct {
		name     string
		main     string
		settings []debug.BuildSetting
		want     string
	}{
		{"tagged module", "v1.2.3", nil, "v1.2.3"},
		{"pseudo-version carries the revision", "v0.0.0-20261204150405-0123456789ab", vcs(rev, "false"), "v0.0.0-20261204150405-0123456789ab"},
		{"pseudo-version of modified files", "v0.0.0-20261204150405-0123456789ab+dirty", vcs(rev, "true"), "v0.0.0-20261204150405-0123456789ab+dirty"},
		{"tag with another revision", "v1.2.3", vcs(rev, "false"), "v1.2.3+0123456789ab"},
		{"devel with revision", "(devel)", vcs(rev, "false"), "0.0.0-devel+0123456789ab"},
		{"devel, modified", "(devel)", vcs(rev, "true"), "0.0.0-devel+0123456789ab.dirty"},
		{"nothing stamped", "(devel)", nil, "0.0.0-devel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/vocero/vocero", Version: tc.main}, Settings: tc.settings}
			got := versionOf(bi)
			assert.Equal(t, tc.want, got)
			assert.NotEqual(t, "dev", got)
		})
	}
}

// TestPreCommitRevisionExists: the pre-commit examples name a revision of
// this repository that exists.
func TestPreCommitRevisionExists(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not installed")
	}
	root := filepath.Join("..", "..")
	if out, err := exec.Command(git, "-C", root, "rev-parse", "--is-shallow-repository").Output(); err != nil || strings.TrimSpace(string(out)) != "false" {
		t.Skip("not a full git clone")
	}
	re := regexp.MustCompile(`(?m)^\s*rev:\s*(\S+)`)
	for _, name := range []string{"README.md", "examples/contenido/.pre-commit-config.yaml"} {
		data, err := os.ReadFile(filepath.Join(root, name))
		require.NoError(t, err)
		ms := re.FindAllStringSubmatch(string(data), -1)
		require.NotEmpty(t, ms, name)
		for _, m := range ms {
			err := exec.Command(git, "-C", root, "cat-file", "-e", m[1]+"^{commit}").Run()
			assert.NoError(t, err, "%s names rev %s, which is not a commit of this repository", name, m[1])
		}
	}
}
