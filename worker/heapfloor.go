package worker

import (
	"runtime"
	"sync/atomic"
)

// heapFloor is allocated after the first garbage collection and never used.
// The Go collector starts a cycle whenever the heap has grown by GOGC%
// (100%) since the last one, so with the few MiB that a script's live values
// usually take, a script that allocates steadily (every delivered message is
// garbage soon after) would be collected every few MiB: hundreds of cycles a
// second, each waking threads and stopping the world twice. Counted as live,
// heapFloor makes a cycle wait for the heap to grow by about its size. Its
// pages are never written, so the operating system does not back them; peak
// memory grows by the garbage that the rarer cycles leave for longer
// (bench/README.md has the figures). A script short enough to finish before
// its first collection, which is the usual one-liner, never allocates it.
// LimitMemory turns it off, and leaves it out of the heap it measures if it
// came first.
var heapFloor atomic.Pointer[[]byte]

// heapFloorCounted is set just before heapFloor is allocated.
var heapFloorCounted atomic.Bool

// heapFloorOff is set by LimitMemory: under a memory limit, garbage must not
// be left to pile up for the floor's sake, or a script that only makes
// garbage would be stopped for it before the collector gets to it.
var heapFloorOff atomic.Bool

// heapFloorSize is heapFloor's size. With a small live heap the peak RSS is about the live
// heap and one floor of garbage, and the number of collections the bytes allocated over the
// floor: 8 MiB gives ping-pong (a delivered message is ~700 bytes of garbage since its
// MessageEvent's fields are lazy, ~1.5 KB before) the collections that 16 MiB gave it before,
// at 7 MiB less peak; workloads with a larger live heap hardly notice (bench/README.md).
const heapFloorSize = 8 << 20

// gcSentinel is garbage as soon as it is made: its cleanup runs after the
// first collection.
type gcSentinel struct{ _ *int }

// SetHeapFloorAfterFirstGC arranges for the heap floor to be allocated after
// the first collection. mcrepl's command calls it once per process.
// LimitMemory does not count the floor.
func SetHeapFloorAfterFirstGC() {
	runtime.AddCleanup(&gcSentinel{}, func(struct{}) {
		// Counted out before it exists: LimitMemory may read the heap at any
		// moment, and under-counting for one sample is harmless where
		// over-counting would stop a script for memory it does not use.
		if heapFloorOff.Load() {
			return
		}
		heapFloorCounted.Store(true)
		floor := make([]byte, heapFloorSize)
		heapFloor.Store(&floor)
	}, struct{}{})
}

// heapFloorBytes is the size of the heap floor once it is (being) allocated, else 0.
func heapFloorBytes() uint64 {
	if heapFloorCounted.Load() {
		return heapFloorSize
	}
	return 0
}
