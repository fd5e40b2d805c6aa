package worker

import (
	"runtime"
	"runtime/metrics"
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

// heapFloorCounted is the size of the floor, set just before each part of
// it is allocated.
var heapFloorCounted atomic.Uint64

// heapFloorRest is the rest of a large floor (growFloor).
var heapFloorRest atomic.Pointer[[]byte]

// heapFloorOff is set by LimitMemory: under a memory limit, garbage must not
// be left to pile up for the floor's sake, or a script that only makes
// garbage would be stopped for it before the collector gets to it.
var heapFloorOff atomic.Bool

// The floor is heapFloorSize at first, and heapFloorLarge from the first
// collection after which the script's values live are more than
// largeLiveHeap, or the allocations since the previous one averaged more than
// largeAllocation bytes. With a small live heap and small objects (ping-pong:
// a delivered message is ~700 bytes of garbage in 13 allocations since its
// MessageEvent's fields are lazy, ~1.5 KB before), the peak RSS is about the
// live heap and one floor of garbage, and the number of collections the
// bytes allocated over the floor: 6 MiB gives ping-pong the collections that
// 16 MiB gave it before, at ~10 MiB less peak. A larger live heap makes its
// own room for garbage (the collector waits for the heap to double), so a
// larger floor costs a small share of its peak for fewer collections, each
// of which marks the whole live heap; and a script of large allocations
// (bench's 1 MiB buffers) took ~25% more CPU with a floor of 8 MiB than of 16:
// both get the large floor (bench/README.md has the figures).
const (
	heapFloorSize   = 6 << 20
	heapFloorLarge  = 16 << 20
	largeLiveHeap   = 8 << 20
	largeAllocation = 1 << 10
)

// gcSentinel is garbage as soon as it is made: its cleanup runs after the
// next collection.
type gcSentinel struct{ _ *int }

// afterGC runs f on the runtime's cleanup goroutine after the next collection.
func afterGC(f func()) {
	runtime.AddCleanup(&gcSentinel{}, func(struct{}) { f() }, struct{}{})
}

// SetHeapFloorAfterFirstGC arranges for the heap floor to be allocated after
// the first collection. mcrepl's command calls it once per process.
// LimitMemory does not count the floor.
func SetHeapFloorAfterFirstGC() {
	afterGC(func() {
		// Counted out before it exists: LimitMemory may read the heap at any
		// moment, and under-counting for one sample is harmless where
		// over-counting would stop a script for memory it does not use.
		if heapFloorOff.Load() {
			return
		}
		heapFloorCounted.Store(heapFloorSize)
		floor := make([]byte, heapFloorSize)
		heapFloor.Store(&floor)
		afterGC(watchLiveHeap)
	})
}

// heapSamples are what watchLiveHeap reads, and heapAllocated the
// allocations it read last; only the cleanup goroutine uses them.
var (
	heapSamples = []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/gc/heap/allocs:objects"},
	}
	heapAllocated heapAllocs
)

type heapAllocs struct{ bytes, objects uint64 }

// watchLiveHeap runs after every collection until the floor is large.
func watchLiveHeap() {
	if heapFloorOff.Load() {
		return
	}
	metrics.Read(heapSamples)
	for _, s := range heapSamples {
		if s.Value.Kind() != metrics.KindUint64 {
			return
		}
	}
	now := heapAllocs{heapSamples[1].Value.Uint64(), heapSamples[2].Value.Uint64()}
	since := heapAllocs{now.bytes - heapAllocated.bytes, now.objects - heapAllocated.objects}
	first := heapAllocated.objects == 0
	heapAllocated = now
	if first {
		since = heapAllocs{} // since the start: not this floor's doing
	}
	if !growFloor(heapSamples[0].Value.Uint64(), since) {
		afterGC(watchLiveHeap)
	}
}

// growFloor makes the floor large when live, the bytes the last collection
// found live (the floor included), says the script's values are over
// largeLiveHeap, or when the allocations since the previous collection
// averaged more than largeAllocation bytes; it reports whether it did.
func growFloor(live uint64, since heapAllocs) bool {
	floor := heapFloorCounted.Load()
	if floor >= heapFloorLarge {
		return false
	}
	largeLive := live > floor && live-floor > largeLiveHeap
	largeAllocs := since.objects > 0 && since.bytes/since.objects > largeAllocation
	if !largeLive && !largeAllocs {
		return false
	}
	heapFloorCounted.Store(heapFloorLarge)
	rest := make([]byte, heapFloorLarge-floor)
	heapFloorRest.Store(&rest)
	return true
}

// heapFloorBytes is the size of the heap floor once it is (being) allocated, else 0.
func heapFloorBytes() uint64 { return heapFloorCounted.Load() }
