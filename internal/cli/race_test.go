//go:build race

package cli

// raceEnabled is true under -race, which makes large inputs too slow to
// run in a test.
const raceEnabled = true
