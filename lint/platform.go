package lint

import (
	"fmt"
	"strings"
)

// Platform names a social network the post is meant for.
type Platform string

// Known platforms.
const (
	X         Platform = "x"
	Bluesky   Platform = "bluesky"
	Mastodon  Platform = "mastodon"
	Threads   Platform = "threads"
	Instagram Platform = "instagram"
	Facebook  Platform = "facebook"
	LinkedIn  Platform = "linkedin"
)

// PlatformSpec holds the limits of one platform. Limits change: they are data,
// kept in one table (see Platforms) so that an update is a one-line change.
type PlatformSpec struct {
	Name        Platform
	Title       string  // how people write the name
	MaxLength   int     // in the platform's own unit (see Counting)
	MaxBytes    int     // 0 when the platform sets no byte limit
	MaxHashtags int     // hard or recommended cap; 0 = none
	MaxLinks    int     // 0 = none
	Counting    Message // how the platform counts length, for messages and docs
}

// Platforms returns every known platform and its limits, in a new slice:
// changing it changes nothing else, so a built Linter keeps reporting what
// it reported.
func Platforms() []PlatformSpec {
	return append([]PlatformSpec(nil), platformTable[:]...)
}

// platformTable is the one table of platforms; nothing outside this file
// may change it.
var platformTable = [...]PlatformSpec{
	{Name: X, Title: "X", MaxLength: 280, MaxHashtags: 3, Counting: Message{ES: "X cuenta cada enlace como 23 y los emoji y caracteres CJK como 2", EN: "X counts each link as 23 and emoji and CJK characters as 2"}},
	{Name: Bluesky, Title: "Bluesky", MaxLength: 300, MaxBytes: 3000, MaxHashtags: 3, Counting: Message{ES: "Bluesky cuenta grafemas: una secuencia de emoji es uno", EN: "Bluesky counts graphemes: an emoji sequence is one"}},
	{Name: Mastodon, Title: "Mastodon", MaxLength: 500, Counting: Message{ES: "Mastodon cuenta cada enlace http(s) como 23", EN: "Mastodon counts each http(s) link as 23"}},
	{Name: Threads, Title: "Threads", MaxLength: 500, MaxHashtags: 3, MaxLinks: 5, Counting: Message{ES: "Threads cuenta caracteres", EN: "Threads counts characters"}},
	{Name: Instagram, Title: "Instagram", MaxLength: 2200, MaxHashtags: 5, Counting: Message{ES: "Instagram cuenta caracteres", EN: "Instagram counts characters"}},
	{Name: Facebook, Title: "Facebook", MaxLength: 63206, Counting: Message{ES: "Facebook cuenta caracteres", EN: "Facebook counts characters"}},
	{Name: LinkedIn, Title: "LinkedIn", MaxLength: 3000, Counting: Message{ES: "LinkedIn cuenta caracteres", EN: "LinkedIn counts characters"}},
}

// Spec returns the limits of p.
func (p Platform) Spec() (PlatformSpec, bool) {
	for _, s := range platformTable {
		if s.Name == p {
			return s, true
		}
	}
	return PlatformSpec{}, false
}

// ParsePlatform accepts a platform name in any case; "twitter" means X.
func ParsePlatform(s string) (Platform, error) {
	name := Platform(strings.ToLower(strings.TrimSpace(s)))
	if name == "twitter" {
		name = X
	}
	if _, ok := name.Spec(); !ok {
		return "", fmt.Errorf("unknown platform %q (want one of %s)", s, platformList())
	}
	return name, nil
}

func platformList() string {
	names := make([]string, len(platformTable))
	for i, p := range platformTable {
		names[i] = string(p.Name)
	}
	return strings.Join(names, ", ")
}
