package command

// Profiling variables, for mcrepl's developers: in a build with `-tags pprof`
// they profile a whole run the way `go test -cpuprofile` profiles a benchmark
// (see bench/README.md). runtime/pprof is left out of other builds: linking it
// costs every start-up about 0.1 MiB of memory.
const (
	CPUProfileEnv  = "MCREPL_CPUPROFILE"  // write a CPU profile of the run to this file
	HeapProfileEnv = "MCREPL_HEAPPROFILE" // write a heap profile (allocations, live heap) at exit
)
