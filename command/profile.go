//go:build pprof

package command

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts what CPUProfileEnv and HeapProfileEnv ask for. The
// returned stop writes the profiles; a file that cannot be written is reported
// on stderr and does not change the exit code.
func (e *env) startProfiles() (stop func()) {
	cpu, heap := e.getenv(CPUProfileEnv), e.getenv(HeapProfileEnv)
	if cpu == "" && heap == "" {
		return func() {}
	}
	var cpuFile *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %s: %v\n", name, CPUProfileEnv, err)
		} else {
			cpuFile = f
		}
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			if err := cpuFile.Close(); err != nil {
				fmt.Fprintf(e.stderr, "%s: %s: %v\n", name, CPUProfileEnv, err)
			}
		}
		if heap != "" {
			runtime.GC() // the live heap as of the end of the run
			f, err := os.Create(heap)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "%s: %s: %v\n", name, HeapProfileEnv, err)
			}
		}
	}
}
