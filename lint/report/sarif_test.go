package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

// sarifDoc is the part of a SARIF log the tests read back.
type sarifDoc struct {
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID                   string `json:"id"`
					Name                 string `json:"name"`
					ShortDescription     struct{ Text string }
					DefaultConfiguration struct{ Level string }
					Properties           struct{ Criteria []string }
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string
					}
					Region struct {
						StartLine, StartColumn, EndLine, EndColumn int
						ByteOffset, ByteLength                     *int
						Snippet                                    struct{ Text string }
					}
				}
			}
			PartialFingerprints map[string]string
			Fixes               []struct {
				Description     struct{ Text string }
				ArtifactChanges []struct {
					ArtifactLocation struct{ URI string }
					Replacements     []struct {
						DeletedRegion   struct{ ByteOffset, ByteLength int }
						InsertedContent *struct{ Text string }
					}
				}
			}
			Properties struct {
				Criteria []string
				Kind     string
			}
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIFStructure(t *testing.T) {
	var b bytes.Buffer
	r := fixture()
	require.NoError(t, encodeSARIF(&b, r))
	var doc sarifDoc
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	require.Equal(t, "2.1.0", doc.Version)
	require.Len(t, doc.Runs, 1)
	run := doc.Runs[0]
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	assert.Equal(t, "vocero", run.Tool.Driver.Name)

	rules := run.Tool.Driver.Rules
	require.Len(t, rules, 5, "the four rules and the engine's inline-switch")
	assert.Equal(t, "AllCaps", rules[0].Name)
	assert.Empty(t, rules[2].Name, "spelling: a name equal to the ID is left out")
	assert.Equal(t, []string{"6.III", "5.2 b"}, rules[1].Properties.Criteria)
	assert.Equal(t, "note", rules[3].DefaultConfiguration.Level)
	assert.Equal(t, "inline-switch", rules[4].ID)
	assert.Equal(t, "Interruptor en línea que nombra una regla que no existe", rules[4].ShortDescription.Text)

	require.Len(t, run.Results, 6)
	for _, res := range run.Results {
		assert.Equal(t, res.RuleID, rules[res.RuleIndex].ID, "ruleIndex points at the rule")
		assert.Contains(t, []string{"error", "warning", "note"}, res.Level)
		assert.NotEmpty(t, res.Message.Text)
		assert.Len(t, res.PartialFingerprints["voceroFinding/v1"], 32)
	}
	// A record (csv) has no byte offsets; a whole-file post (md) has them.
	csv := run.Results[0].Locations[0].PhysicalLocation
	assert.Equal(t, "agenda.csv", csv.ArtifactLocation.URI)
	assert.Nil(t, csv.Region.ByteOffset)
	assert.Equal(t, "note", run.Results[0].Level)
	md := run.Results[3]
	loc := md.Locations[0].PhysicalLocation
	assert.Equal(t, "posts/jornada,%20final.md", loc.ArtifactLocation.URI)
	assert.Equal(t, 25, *loc.Region.ByteOffset)
	assert.Equal(t, 12, *loc.Region.ByteLength)
	assert.Equal(t, []int{4, 3, 4, 13}, []int{loc.Region.StartLine, loc.Region.StartColumn, loc.Region.EndLine, loc.Region.EndColumn})
	assert.Equal(t, "ÚLTIMO DÍA", loc.Region.Snippet.Text)
	require.Len(t, md.Fixes, 1)
	rep := md.Fixes[0].ArtifactChanges[0].Replacements[0]
	assert.Equal(t, 25, rep.DeletedRegion.ByteOffset)
	assert.Equal(t, 12, rep.DeletedRegion.ByteLength)
	assert.Equal(t, "Último día", rep.InsertedContent.Text)
	del := run.Results[4].Fixes[0].ArtifactChanges[0].Replacements[0]
	assert.Nil(t, del.InsertedContent, "a deletion inserts nothing")
	assert.Empty(t, run.Results[2].Fixes, "suggestions without a fix are not fixes")

	// The stdin post's broken rule is a notification, and the run failed.
	require.Len(t, run.Invocations, 1)
	assert.False(t, run.Invocations[0].ExecutionSuccessful)
	require.Len(t, run.Invocations[0].Notifications, 1)
	assert.Contains(t, run.Invocations[0].Notifications[0].Message.Text, "diccionario")
}

func TestSARIFFingerprintsStable(t *testing.T) {
	// Moving a finding to another line keeps its fingerprint; two equal
	// findings in one file get different ones.
	mk := func(line int) *Report {
		p := &lint.Post{Path: "a.txt", Text: "x"}
		f := lint.Finding{Rule: "r", Severity: lint.Warning, Message: "m", Text: "MAL", Line: line, Column: 1, EndLine: line, EndColumn: 4}
		return &Report{Results: []lint.Result{{Post: p, Findings: []lint.Finding{f, f}}}}
	}
	fps := func(r *Report) []string {
		var b bytes.Buffer
		require.NoError(t, encodeSARIF(&b, r))
		var doc sarifDoc
		require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
		var out []string
		for _, res := range doc.Runs[0].Results {
			out = append(out, res.PartialFingerprints["voceroFinding/v1"])
		}
		return out
	}
	a, b := fps(mk(1)), fps(mk(7))
	assert.Equal(t, a, b)
	assert.NotEqual(t, a[0], a[1])
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"a.md": "a.md", "./posts/a b.md": "posts/a%20b.md", "/abs/dir/a.md": "file:///abs/dir/a.md",
		"-": "stdin", "": "stdin", "posts/año#1.md": "posts/a%C3%B1o%231.md", "dir/50%.txt": "dir/50%25.txt",
	} {
		assert.Equal(t, want, sarifURI(in), in)
	}
}

func TestSARIFEmpty(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, encodeSARIF(&b, &Report{}))
	var doc sarifDoc
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.Empty(t, doc.Runs[0].Results)
	assert.Contains(t, b.String(), `"results": []`)
	assert.Contains(t, b.String(), `"rules": []`)
	assert.True(t, doc.Runs[0].Invocations[0].ExecutionSuccessful)
}

func TestPascal(t *testing.T) {
	assert.Equal(t, "PersonalData", pascal("personal-data"))
	assert.Equal(t, "Length", pascal("length"))
	assert.Equal(t, "A1B", pascal("a1-b"))
}

func TestToolVersions(t *testing.T) {
	for _, tc := range []struct{ in, num, sem string }{
		{"1.2.3", "1.2.3", "1.2.3"}, {"v1.2.3", "1.2.3", "1.2.3"}, {"1.2.3-rc.1", "1.2.3-rc.1", "1.2.3-rc.1"},
		{"v0.0.0-20261204150405-abcdef123456", "0.0.0-20261204150405-abcdef123456", "0.0.0-20261204150405-abcdef123456"},
		{"v0.1.1-0.20261204150405-abcdef123456+dirty", "0.1.1-0.20261204150405-abcdef123456+dirty", "0.1.1-0.20261204150405-abcdef123456+dirty"},
		{"devel-abcdef123456", "devel-abcdef123456", ""}, {"devel", "devel", ""}, {"", "", ""},
		{"1.", "1.", ""}, {"01.2.3", "01.2.3", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			num, sem := toolVersions(tc.in)
			assert.Equal(t, tc.num, num)
			assert.Equal(t, tc.sem, sem)
		})
	}
}
