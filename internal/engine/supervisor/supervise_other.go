//go:build !linux && !darwin

package supervisor

// supervise is not available here: commands run in mcrepl's own process,
// and a fatal error of the engine ends it.
func supervise([]string) (int, bool) { return 0, false }
