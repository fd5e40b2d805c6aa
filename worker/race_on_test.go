//go:build race

package worker

// raceEnabled is true when the tests run under the race detector, which makes
// copying hundreds of MiB too slow for the tests that do it.
const raceEnabled = true
