//go:build !pprof

package command

import "fmt"

// startProfiles, in a build without profiling, says in one line how to get
// one when a profiling variable is set, and the run goes on unprofiled.
func (e *env) startProfiles() (stop func()) {
	for _, v := range [...]string{CPUProfileEnv, HeapProfileEnv} {
		if e.getenv(v) != "" {
			fmt.Fprintf(e.stderr, "%s: %s is ignored: profiling needs a build with it (go build -tags pprof)\n", name, v)
		}
	}
	return func() {}
}
