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
// kept in one table (Platforms) so that an update is a one-line change.
type PlatformSpec struct {
	Name        Platform
	Title       string // how people write the name
	MaxLength   int    // in the platform's own unit (see Counting)
	MaxBytes    int    // 0 when the platform sets no byte limit
	MaxHashtags int    // hard or recommended cap; 0 = none
	MaxLinks    int    // 0 = none
	Counting    string // how length is counted, for messages and docs
}

// Platforms lists every known platform and its limits.
var Platforms = []PlatformSpec{
	{Name: X, Title: "X", MaxLength: 280, MaxHashtags: 3, Counting: "longitud ponderada de X: enlaces 23, CJK y emoji 2"},
	{Name: Bluesky, Title: "Bluesky", MaxLength: 300, MaxBytes: 3000, MaxHashtags: 3, Counting: "grafemas"},
	{Name: Mastodon, Title: "Mastodon", MaxLength: 500, Counting: "grafemas; enlaces http(s) 23; @usuario@dominio cuenta como @usuario"},
	{Name: Threads, Title: "Threads", MaxLength: 500, MaxHashtags: 3, MaxLinks: 5, Counting: "caracteres"},
	{Name: Instagram, Title: "Instagram", MaxLength: 2200, MaxHashtags: 5, Counting: "caracteres"},
	{Name: Facebook, Title: "Facebook", MaxLength: 63206, Counting: "caracteres"},
	{Name: LinkedIn, Title: "LinkedIn", MaxLength: 3000, Counting: "caracteres"},
}

// Spec returns the limits of p.
func (p Platform) Spec() (PlatformSpec, bool) {
	for _, s := range Platforms {
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
	names := make([]string, len(Platforms))
	for i, p := range Platforms {
		names[i] = string(p.Name)
	}
	return strings.Join(names, ", ")
}
