package lint

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// ConfigFileName is the name of the config file the CLI looks for.
const ConfigFileName = ".vocero.yaml"

// Defaults of the institution, used where the config leaves a key unset.
const (
	DefaultTimezone    = "America/Hermosillo"
	DefaultMaxFindings = 1000
)

// The institution's default lists. They are returned as copies by the
// functions below, so that no caller can change what a Linter sees.
var (
	defaultDomains        = []string{"ieesonora.org.mx"}
	defaultAllowedDomains = []string{"ine.mx", "te.gob.mx", "gob.mx", "dof.gob.mx", "sonora.gob.mx", "boletinoficial.sonora.gob.mx", "teesonora.org.mx", "inai.org.mx"}
	defaultHandles        = []string{"IEESonora"}
	defaultPlatforms      = []Platform{X, Facebook}
)

// DefaultDomains returns the institution's own web and e-mail domains.
func DefaultDomains() []string { return clone(defaultDomains) }

// DefaultAllowedDomains returns the other sites the institution may link to.
func DefaultAllowedDomains() []string { return clone(defaultAllowedDomains) }

// DefaultHandles returns the institution's own accounts.
func DefaultHandles() []string { return clone(defaultHandles) }

// DefaultPlatforms returns the platforms a post is meant for when neither
// the post nor the config says.
func DefaultPlatforms() []Platform { return clone(defaultPlatforms) }

// clone copies s; nil stays nil and empty stays empty (Resolve tells them
// apart).
func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// clone returns c with every slice and map copied, so that what the caller
// keeps and what a Linter keeps never share memory.
func (c Config) clone() Config {
	c.Platforms = clone(c.Platforms)
	c.Institution = Institution{
		Domains: clone(c.Institution.Domains), Phones: clone(c.Institution.Phones),
		Emails: clone(c.Institution.Emails), Addresses: clone(c.Institution.Addresses),
		Handles: clone(c.Institution.Handles),
	}
	c.AllowedDomains = clone(c.AllowedDomains)
	c.Acronyms = clone(c.Acronyms)
	c.Words = clone(c.Words)
	c.Campaigns = clone(c.Campaigns)
	for i := range c.Campaigns {
		c.Campaigns[i].Hashtags = clone(c.Campaigns[i].Hashtags)
		c.Campaigns[i].Platforms = clone(c.Campaigns[i].Platforms)
	}
	if c.Lexicons != nil {
		m := make(map[string]Lexicon, len(c.Lexicons))
		for k, v := range c.Lexicons {
			m[k] = Lexicon{Add: clone(v.Add), Remove: clone(v.Remove)}
		}
		c.Lexicons = m
	}
	if c.Rules != nil {
		m := make(map[string]RuleConfig, len(c.Rules))
		for k, v := range c.Rules {
			m[k] = v
		}
		c.Rules = m
	}
	c.Past = clone(c.Past)
	for i := range c.Past {
		p := &c.Past[i]
		p.Platforms, p.Regions, p.Switches, p.Origins = clone(p.Platforms), clone(p.Regions), clone(p.Switches), clone(p.Origins)
	}
	return c
}

// Config is everything a user sets. The zero value is the institution's
// defaults; Resolve fills them in. The CLI loads it from .vocero.yaml; a Go
// service builds it in code.
type Config struct {
	Lang           Lang        `yaml:"lang"`
	Platforms      []Platform  `yaml:"platforms"`
	Timezone       string      `yaml:"timezone"`
	Institution    Institution `yaml:"institution"`
	AllowedDomains []string    `yaml:"allowed_domains"`
	Acronyms       []string    `yaml:"acronyms"`
	Words          []string    `yaml:"words"`
	// WordsFile names a file of extra words, one per line (# comments),
	// relative to the config file's folder; the CLI reads it like --words,
	// and the editor server adds words to it.
	WordsFile string     `yaml:"words_file"`
	Campaigns []Campaign `yaml:"campaigns"`
	History   string     `yaml:"history"`
	// Ignore lists paths the CLI never lints: globs as in .gitignore,
	// relative to the config file's folder ("borradores/", "**/*.tmp.md").
	Ignore   []string              `yaml:"ignore"`
	Lexicons map[string]Lexicon    `yaml:"lexicons"`
	Rules    map[string]RuleConfig `yaml:"rules"`
	// MaxFindings caps the findings of one rule in one post (0 means
	// DefaultMaxFindings, a negative value no cap): a runaway post must
	// not take the memory of a whole machine.
	MaxFindings int `yaml:"max_findings"`

	// Path is the file the config was read from, for error messages and
	// for resolving relative paths (History).
	Path string `yaml:"-"`
	// Date is the publish time assumed for posts that carry none; zero
	// means the time of the check.
	Date time.Time `yaml:"-"`
	// Location is Timezone loaded; Resolve sets it.
	Location *time.Location `yaml:"-"`
	// Past holds published posts, for rules that compare with history
	// (callers load them; the CLI reads History).
	Past []Post `yaml:"-"`

	lines map[string]int // where ParseConfig found each key, for errors
}

// Institution lists what is the institution's own, public data.
type Institution struct {
	Domains   []string `yaml:"domains"`
	Phones    []string `yaml:"phones"`
	Emails    []string `yaml:"emails"`
	Addresses []string `yaml:"addresses"`
	Handles   []string `yaml:"handles"`
}

// Campaign is a communication campaign with its hashtags and dates.
type Campaign struct {
	Name      string     `yaml:"name"`
	Hashtags  []string   `yaml:"hashtags"`
	Start     Date       `yaml:"start"`
	End       Date       `yaml:"end"`
	Platforms []Platform `yaml:"platforms"`
}

// Lexicon extends or trims a built-in lexicon: entries use the lexicon
// file's own line format.
type Lexicon struct {
	Add    []string `yaml:"add"`
	Remove []string `yaml:"remove"`
}

// RuleConfig is the config of one rule: a severity and the rule's own
// options.
//
// Severity Info, Warning or Error overrides the severity of the rule's
// findings. Off disables the rule, unless Options are given: then Off (the
// zero value) keeps the rule's default severity. So
// RuleConfig{Severity: lint.Off} turns a rule off, and
// RuleConfig{Options: lint.Options(...)} configures it. In a config file,
// `rule: off` and `rule: {severity: off, ...}` turn it off.
type RuleConfig struct {
	Severity Severity
	// Options are the rule's own settings, decoded by the rule.
	Options RuleOptions
	line    int
	set     bool // the file names a severity
	keep    bool // the file gives a map without a severity
}

// Disabled reports whether the entry, present in Config.Rules, turns its
// rule off.
func (rc RuleConfig) Disabled() bool {
	return rc.Severity == Off && (rc.set || rc.Options.Empty() && !rc.keep)
}

// UnmarshalYAML accepts `off|error|warning|info` or a map with an optional
// severity key and the rule's options.
func (rc *RuleConfig) UnmarshalYAML(n *yaml.Node) error {
	rc.line = n.Line
	switch n.Kind {
	case yaml.ScalarNode:
		s, err := ParseSeverity(n.Value)
		if err != nil {
			return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
		}
		rc.Severity, rc.set = s, true
		return nil
	case yaml.MappingNode:
		opts := &yaml.Node{Kind: yaml.MappingNode, Tag: n.Tag, Line: n.Line, Column: n.Column}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "severity" {
				s, err := ParseSeverity(v.Value)
				if err != nil {
					return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", v.Line, err)}}
				}
				rc.Severity, rc.set = s, true
				continue
			}
			opts.Content = append(opts.Content, k, v)
		}
		if len(opts.Content) > 0 {
			rc.Options = RuleOptions{node: opts}
		}
		rc.keep = !rc.set
		return nil
	}
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: a rule takes a severity or a map of options", n.Line)}}
}

// RuleOptions holds a rule's options: as written in the config file, or
// as a typed value given in Go (see Options).
type RuleOptions struct {
	node  *yaml.Node
	value any
	path  string
	rule  string
}

// Options returns the typed options v (a rule's options struct, such as
// rules.PunctuationOptions) as RuleOptions, for a Config built in Go:
//
//	cfg.Rules = map[string]lint.RuleConfig{
//		"punctuation": {Options: lint.Options(rules.PunctuationOptions{Disable: []string{"double-space"}})},
//	}
//
// The rule checks them as it checks options from a file; options of the
// wrong type are an error naming the rule.
func Options(v any) RuleOptions {
	if reflect.TypeOf(v) != nil && reflect.TypeOf(v).Kind() == reflect.Pointer {
		v = reflect.ValueOf(v).Elem().Interface()
	}
	return RuleOptions{value: v}
}

// Empty reports whether no option was given.
func (o RuleOptions) Empty() bool { return o.node == nil && o.value == nil }

// Decode fills the struct pointed to by v from the options. Keys are
// matched against the struct's yaml tags; an unknown key or a wrong type
// is an error that names the file, line and key.
func (o RuleOptions) Decode(v any) error {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("RuleOptions.Decode needs a pointer to a struct, got %T", v)
	}
	if o.value != nil {
		if reflect.TypeOf(o.value) != t.Elem() {
			return fmt.Errorf("%s: rules.%s: options of type %T, want %s", o.where(), o.rule, o.value, t.Elem())
		}
		reflect.ValueOf(v).Elem().Set(reflect.ValueOf(o.value))
		return nil
	}
	if o.node == nil {
		return nil
	}
	known := map[string]bool{}
	for i := 0; i < t.Elem().NumField(); i++ {
		name, _, _ := strings.Cut(t.Elem().Field(i).Tag.Get("yaml"), ",")
		if name == "" {
			name = strings.ToLower(t.Elem().Field(i).Name)
		}
		known[name] = true
	}
	for i := 0; i+1 < len(o.node.Content); i += 2 {
		k := o.node.Content[i]
		if !known[k.Value] {
			names := make([]string, 0, len(known))
			for n := range known {
				if n != "-" {
					names = append(names, n)
				}
			}
			sort.Strings(names)
			return fmt.Errorf("%s:%d: rules.%s: unknown option %q (known: severity, %s)", o.where(), k.Line, o.rule, k.Value, strings.Join(names, ", "))
		}
	}
	if err := o.node.Decode(v); err != nil {
		return fmt.Errorf("%s: rules.%s: %w", o.where(), o.rule, cleanYAMLError(o.where(), err))
	}
	return nil
}

func (o RuleOptions) where() string {
	if o.path == "" {
		return "config"
	}
	return o.path
}

// Date is a calendar day, as written in the config (2027-06-06).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// In returns the start of the day in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Contains reports whether t falls on a day from start to end, inclusive,
// in loc. A zero start or end leaves that side open.
func Contains(start, end Date, t time.Time, loc *time.Location) bool {
	t = t.In(loc)
	day := Date{t.Year(), t.Month(), t.Day()}
	if !start.IsZero() && day.before(start) {
		return false
	}
	if !end.IsZero() && end.before(day) {
		return false
	}
	return true
}

func (d Date) before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q (want YYYY-MM-DD)", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// UnmarshalYAML accepts dates with or without a time of day.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	s := n.Value
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	v, err := ParseDate(s)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
	}
	*d = v
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Duration is a time span written as Go durations or with a day unit (7d).
type Duration time.Duration

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// ParseDuration parses "7d", "36h", "1d12h" or any time.ParseDuration form.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var total time.Duration
	if i := strings.IndexByte(s, 'd'); i > 0 {
		n, err := strconv.Atoi(s[:i])
		if err != nil || n < 0 {
			return 0, fmt.Errorf("invalid duration %q (want e.g. 7d or 36h)", s)
		}
		total = time.Duration(n) * 24 * time.Hour
		s = s[i+1:]
		if s == "" {
			return total, nil
		}
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q (want e.g. 7d or 36h)", s)
	}
	return total + v, nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Platform) UnmarshalText(b []byte) error {
	v, err := ParsePlatform(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := ParseLang(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseConfig reads a config from YAML. path is used in error messages and
// to resolve relative paths. Unknown keys and wrong types are errors that
// name the file, line and key.
func ParseConfig(data []byte, path string) (Config, error) {
	var c Config
	if len(bytes.TrimSpace(data)) == 0 {
		c.Path = path
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return Config{}, cleanYAMLError(path, err)
	}
	c.Path = path
	var root yaml.Node
	if yaml.Unmarshal(data, &root) == nil {
		c.lines = keyLines(&root)
	}
	for id, rc := range c.Rules {
		rc.Options.path, rc.Options.rule = path, id
		c.Rules[id] = rc
	}
	return c, nil
}

// LoadConfig reads the config file at path.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("reading config: %w", err)
	}
	return ParseConfig(data, path)
}

// FindConfig walks up from dir to the root and returns the path of the first
// .vocero.yaml found, or "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigFileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// The patterns of yaml's messages, compiled when an error needs them.
var (
	yamlLine     = lazyRegexp(`^line (\d+): (.*)$`)
	yamlNotFound = lazyRegexp(`^field (\S+) not found in type \S+$`)
	yamlCannot   = lazyRegexp("^cannot unmarshal !!(\\w+) `([^`]*)` into (.*)$")
)

// lazyRegexp compiles a regular expression on first use rather than at
// start-up.
func lazyRegexp(pat string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pat) })
}

// cleanYAMLError turns yaml's messages into "path:line: message" lines.
func cleanYAMLError(path string, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine().FindStringSubmatch(msg); m != nil {
			return fmt.Errorf("%s:%s: %s", path, m[1], m[2])
		}
		return fmt.Errorf("%s: %s", path, msg)
	}
	lines := make([]string, 0, len(te.Errors))
	for _, e := range te.Errors {
		m := yamlLine().FindStringSubmatch(strings.TrimSpace(e))
		if m == nil {
			lines = append(lines, fmt.Sprintf("%s: %s", path, e))
			continue
		}
		msg := m[2]
		if f := yamlNotFound().FindStringSubmatch(msg); f != nil {
			msg = fmt.Sprintf("unknown key %q", f[1])
		} else if f := yamlCannot().FindStringSubmatch(msg); f != nil {
			msg = fmt.Sprintf("wrong type: %q is a %s, want %s", f[2], f[1], friendlyType(f[3]))
		}
		lines = append(lines, fmt.Sprintf("%s:%s: %s", path, m[1], msg))
	}
	return errors.New(strings.Join(lines, "\n"))
}

func friendlyType(t string) string {
	switch {
	case strings.HasPrefix(t, "[]"):
		return "a list"
	case strings.HasPrefix(t, "map["), strings.HasPrefix(t, "lint."):
		return "a map"
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "float"):
		return "a number"
	}
	return t
}

// Resolve returns a copy of c with the defaults filled in and Location
// loaded. It fails on an unknown time zone.
func (c Config) Resolve() (Config, error) {
	c = c.clone()
	if c.Lang == "" {
		c.Lang = Spanish
	}
	if c.MaxFindings == 0 {
		c.MaxFindings = DefaultMaxFindings
	}
	if len(c.Platforms) == 0 {
		c.Platforms = DefaultPlatforms()
	}
	if c.Timezone == "" {
		c.Timezone = DefaultTimezone
	}
	if c.Location == nil {
		loc, err := time.LoadLocation(c.Timezone)
		if err != nil {
			// Hermosillo keeps UTC-7 all year; tzdata may be missing.
			if c.Timezone == DefaultTimezone {
				loc = time.FixedZone("MST", -7*3600)
			} else {
				return c, fmt.Errorf("%s: timezone: unknown time zone %q", c.at("timezone"), c.Timezone)
			}
		}
		c.Location = loc
	}
	if len(c.Institution.Domains) == 0 {
		c.Institution.Domains = DefaultDomains()
	}
	if len(c.Institution.Handles) == 0 {
		c.Institution.Handles = DefaultHandles()
	}
	if c.AllowedDomains == nil {
		c.AllowedDomains = DefaultAllowedDomains()
	}
	for i, camp := range c.Campaigns {
		if len(camp.Hashtags) == 0 {
			return c, fmt.Errorf("%s: campaigns[%d]: a campaign needs at least one hashtag", c.at(fmt.Sprintf("campaigns[%d]", i)), i)
		}
		if !camp.Start.IsZero() && !camp.End.IsZero() && camp.End.before(camp.Start) {
			return c, fmt.Errorf("%s: campaigns[%d]: end %s is before start %s", c.at(fmt.Sprintf("campaigns[%d]", i)), i, camp.End, camp.Start)
		}
	}
	return c, nil
}

func (c Config) where() string {
	if c.Path == "" {
		return "config"
	}
	return c.Path
}

// at names where key was written: "path:line" when the file gave it.
func (c Config) at(key string) string {
	if n := c.lines[key]; n > 0 && c.Path != "" {
		return fmt.Sprintf("%s:%d", c.Path, n)
	}
	return c.where()
}

// keyLines finds the lines of the top-level keys of a config document, and
// of each campaign ("campaigns[0]"), for errors found after decoding.
func keyLines(root *yaml.Node) map[string]int {
	lines := map[string]int{}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return lines
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		lines[k.Value] = k.Line
		if k.Value == "campaigns" && v.Kind == yaml.SequenceNode {
			for j, item := range v.Content {
				lines[fmt.Sprintf("campaigns[%d]", j)] = item.Line
			}
		}
	}
	return lines
}

// Rule returns the config of the rule with the given ID.
func (c Config) Rule(id string) RuleConfig {
	rc := c.Rules[id]
	if rc.Options.rule == "" {
		rc.Options.rule, rc.Options.path = id, c.Path
	}
	return rc
}
