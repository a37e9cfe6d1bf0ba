//go:build !race

package dict

// raceEnabled reports a build with the race detector.
const raceEnabled = false
