package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/vocero/vocero/lint"
)

// SARIF 2.1.0 (OASIS), the subset vocero writes. Positions: lines and
// columns are 1-based, columns count Unicode code points (columnKind), and
// endColumn is the column after the last character, as in lint.Finding.
// Byte offsets and fixes are only written for posts whose text is the whole
// file (.txt, .md): a record's offsets are into its decoded text, which a
// SARIF viewer cannot map to the file.

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/vocero/vocero"
)

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	SemVer         string      `json:"semanticVersion,omitempty"`
	InformationURI string      `json:"informationUri"`
	Language       string      `json:"language"`
	Rules          []sarifRule `json:"rules"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name,omitempty"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Criteria        []string `json:"criteria"`
	DefaultSeverity string   `json:"defaultSeverity"`
	Tags            []string `json:"tags"`
}

// sarifArtifactLocation names a file by URI. The run lists no artifacts:
// they would only repeat the URIs (and a CSV file's encoding may be
// Windows-1252, see lint/source).
type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Criteria []string `json:"criteria"`
	Kind     string   `json:"kind,omitempty"`
	PostID   string   `json:"postId,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine,omitempty"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	ByteOffset  *int       `json:"byteOffset,omitempty"`
	ByteLength  *int       `json:"byteLength,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifFix is one alternative fix; SARIF applies none by itself, so the
// property "safe" says which one `vocero lint --fix` would apply.
type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	Properties      sarifFixProps         `json:"properties"`
}

type sarifFixProps struct {
	Safe bool `json:"safe"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	case lint.Info:
		return "note"
	}
	return "none"
}

// sarifURI turns a path into a URI reference: relative paths stay
// relative (to the folder vocero ran in), absolute ones become file URIs.
func sarifURI(path string) string {
	if path == "" || path == "-" {
		return "stdin"
	}
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive letter
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: strings.TrimPrefix(p, "./")}).String()
}

// ruleDescriptor describes a rule from its metadata, in lang.
func ruleDescriptor(m lint.Meta, lang lint.Lang) sarifRule {
	short := m.Summary.In(lang)
	full := m.Doc.In(lang)
	if full == "" {
		full = short
	}
	help := []string{full}
	if len(m.Criteria) > 0 {
		help = append(help, t(lang, "criteria", strings.Join(m.Criteria, ", ")))
	}
	if m.Bad != "" {
		help = append(help, t(lang, "example.bad", oneLine(m.Bad)))
	}
	if m.Good != "" {
		help = append(help, t(lang, "example.good", oneLine(m.Good)))
	}
	crit := m.Criteria
	if crit == nil {
		crit = []string{}
	}
	tags := []string{"vocero"}
	for _, c := range m.Criteria {
		tags = append(tags, "criterio-"+strings.ReplaceAll(c, " ", ""))
	}
	// SARIF wants a name that differs from the ID, or none.
	name := pascal(m.ID)
	if strings.EqualFold(name, m.ID) {
		name = ""
	}
	return sarifRule{
		ID: m.ID, Name: name,
		ShortDescription:     sarifText{Text: short},
		FullDescription:      sarifText{Text: full},
		Help:                 sarifText{Text: strings.Join(help, "\n\n")},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(m.Severity)},
		Properties:           sarifRuleProps{Criteria: crit, DefaultSeverity: m.Severity.String(), Tags: tags},
	}
}

// switchMeta describes the findings the engine itself reports about
// inline switches, which belong to no rule.
func switchMeta() lint.Meta {
	return lint.Meta{
		ID: lint.SwitchRuleID, Criteria: []string{"1"}, Severity: lint.Warning,
		Summary: catalog["switch.summary"], Doc: catalog["switch.doc"],
	}
}

// fingerprint identifies a finding across runs without its position, so
// that code-scanning tools can follow it when lines move.
func fingerprint(path string, f *lint.Finding, nth int) string {
	h := sha256.New()
	for _, s := range []string{path, f.Rule, f.Kind, f.Text} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	h.Write([]byte{byte(nth), byte(nth >> 8), byte(nth >> 16)})
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// encodeSARIF writes one SARIF log with one run. Rules, artifacts and
// notifications are gathered first (they are small); results are then
// written one at a time, so memory does not grow with the findings.
func encodeSARIF(w io.Writer, r *Report) error {
	lang := r.Lang
	driver := sarifDriver{
		Name: "vocero", InformationURI: toolURI, Language: string(orSpanish(lang)),
		Rules: []sarifRule{},
	}
	driver.Version, driver.SemVer = toolVersions(r.Version)
	index := map[string]int{}
	addRule := func(m lint.Meta) {
		if _, ok := index[m.ID]; !ok {
			index[m.ID] = len(driver.Rules)
			driver.Rules = append(driver.Rules, ruleDescriptor(m, lang))
		}
	}
	for _, m := range r.Rules {
		addRule(m)
	}
	inv := sarifInvocation{}
	for _, res := range r.Results {
		if res.Post == nil {
			continue
		}
		uri := sarifURI(res.Post.Path)
		if res.Err != nil {
			inv.Notifications = append(inv.Notifications, sarifNotification{
				Level:   "error",
				Message: sarifText{Text: t(lang, "broken", displayPath(res.Post), oneLine(res.Err.Error()))},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifactLocation{URI: uri}}}},
			})
		}
		for i := range res.Findings {
			f := &res.Findings[i]
			if _, ok := index[f.Rule]; ok {
				continue
			}
			m := lint.Meta{ID: f.Rule, Criteria: f.Criteria, Severity: f.Severity,
				Summary: lint.Message{ES: f.Rule, EN: f.Rule}}
			if f.Rule == lint.SwitchRuleID {
				m = switchMeta()
			}
			addRule(m)
		}
	}
	inv.ExecutionSuccessful = len(inv.Notifications) == 0

	bw := bufio.NewWriter(w)
	var werr error
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	put := func(prefix string, v any) {
		if werr != nil {
			return
		}
		buf.Reset()
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			werr = err
			return
		}
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	fmt.Fprintf(bw, "{\n  \"$schema\": %q,\n  \"version\": %q,\n  \"runs\": [\n    {\n      \"tool\": ", sarifSchema, sarifVersion)
	put("      ", sarifTool{Driver: driver})
	bw.WriteString(",\n      \"invocations\": ")
	put("      ", []sarifInvocation{inv})
	bw.WriteString(",\n      \"results\": [")
	first := true
	for _, res := range r.Results {
		if res.Post == nil {
			continue
		}
		p := res.Post
		uri := sarifURI(p.Path)
		loc := sarifArtifactLocation{URI: uri}
		whole := p.Line == 0
		seenFP := map[string]int{}
		for i := range res.Findings {
			f := &res.Findings[i]
			key := f.Rule + "\x00" + f.Kind + "\x00" + f.Text
			nth := seenFP[key]
			seenFP[key]++
			if first {
				bw.WriteString("\n        ")
				first = false
			} else {
				bw.WriteString(",\n        ")
			}
			put("        ", sarifResultOf(f, p, loc, index[f.Rule], whole, fingerprint(uri, f, nth)))
		}
	}
	if !first {
		bw.WriteString("\n      ")
	}
	bw.WriteString("],\n      \"columnKind\": \"unicodeCodePoints\"\n    }\n  ]\n}\n")
	if werr != nil {
		return werr
	}
	return bw.Flush()
}

// sarifResultOf turns one finding into a SARIF result.
func sarifResultOf(f *lint.Finding, p *lint.Post, loc sarifArtifactLocation, ruleIndex int, whole bool, fp string) sarifResult {
	region := &sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn}
	if whole {
		region.ByteOffset, region.ByteLength = intp(f.Span.Start), intp(f.Span.Len())
	}
	if f.Text != "" {
		region.Snippet = &sarifText{Text: f.Text}
	}
	crit := f.Criteria
	if crit == nil {
		crit = []string{}
	}
	sr := sarifResult{
		RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message:             sarifText{Text: f.Message},
		Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: region}}},
		PartialFingerprints: map[string]string{"voceroFinding/v1": fp},
		Properties:          sarifResultProps{Criteria: crit, Kind: f.Kind, PostID: p.ID},
	}
	// Byte offsets are file offsets only when the post is the whole file;
	// a record's fix would need the record re-encoded (see lint/source).
	if whole {
		for _, fx := range f.Fixes {
			if len(fx.Edits) == 0 {
				continue
			}
			ch := sarifArtifactChange{ArtifactLocation: loc}
			for _, e := range fx.Edits {
				rep := sarifReplacement{DeletedRegion: sarifRegion{ByteOffset: intp(e.Start), ByteLength: intp(e.End - e.Start)}}
				if e.New != "" {
					rep.InsertedContent = &sarifText{Text: e.New}
				}
				ch.Replacements = append(ch.Replacements, rep)
			}
			desc := fx.Message
			if desc == "" {
				desc = f.Message
			}
			sr.Fixes = append(sr.Fixes, sarifFix{Description: sarifText{Text: desc},
				ArtifactChanges: []sarifArtifactChange{ch}, Properties: sarifFixProps{Safe: fx.Safe}})
		}
	}
	return sr
}

func intp(n int) *int { return &n }

// toolVersions turns a version as the CLI reports it ("v1.2.3", a Go
// pseudo-version "v0.0.0-20261204150405-abcdef123456", "devel-abcdef123456")
// into SARIF's version, shown as is, and semantic version, given only when
// the version is one.
func toolVersions(v string) (version, semantic string) {
	v = strings.TrimSpace(v)
	if semverRE().MatchString(strings.TrimPrefix(v, "v")) {
		v = strings.TrimPrefix(v, "v")
		return v, v
	}
	return v, ""
}

// semverRE is compiled when a SARIF log is written, not at start-up.
var semverRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
})

// pascal turns a kebab-case rule ID into the PascalCase name SARIF
// viewers show ("all-caps" → "AllCaps").
func pascal(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

func orSpanish(l lint.Lang) lint.Lang {
	if l == "" {
		return lint.Spanish
	}
	return l
}
