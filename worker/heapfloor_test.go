package worker

import (
	"runtime"
	"testing"
	"time"
)

func TestHeapFloorAfterFirstGC(t *testing.T) {
	heapFloorOff.Store(false) // another test's LimitMemory may have turned it off
	SetHeapFloorAfterFirstGC()
	deadline := time.Now().Add(10 * time.Second)
	for heapFloor.Load() == nil && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	f := heapFloor.Load()
	if f == nil || len(*f) != heapFloorSize {
		t.Fatalf("no %d-byte heap floor after collections", heapFloorSize)
	}
	// --max-memory measures the script's heap, not the floor.
	if got := scriptHeap(heapFloorSize + 1000); got != 1000 {
		t.Errorf("scriptHeap(floor + 1000) = %d, want 1000", got)
	}
	if got := scriptHeap(1000); got != 0 {
		t.Errorf("scriptHeap(1000) = %d, want 0 (read before the floor existed)", got)
	}
}

// The floor grows to heapFloorLarge once, when a collection finds more than
// largeLiveHeap of the script's values live, and counts as grown at once.
func TestGrowFloor(t *testing.T) {
	prevCounted, prevRest := heapFloorCounted.Load(), heapFloorRest.Load()
	defer func() { heapFloorCounted.Store(prevCounted); heapFloorRest.Store(prevRest) }()
	heapFloorCounted.Store(heapFloorSize)
	heapFloorRest.Store(nil)
	small := heapAllocs{bytes: 700 << 10, objects: 13 << 10}
	if growFloor(heapFloorSize+largeLiveHeap, small) || heapFloorBytes() != heapFloorSize {
		t.Fatal("grew for a live heap of largeLiveHeap")
	}
	if growFloor(heapFloorSize/2, heapAllocs{}) {
		t.Fatal("grew for a live heap under the floor")
	}
	if growFloor(heapFloorSize, heapAllocs{bytes: largeAllocation * 10, objects: 10}) {
		t.Fatal("grew for allocations of largeAllocation bytes")
	}
	if !growFloor(heapFloorSize+largeLiveHeap+1, small) {
		t.Fatal("did not grow for a live heap over largeLiveHeap")
	}
	if heapFloorBytes() != heapFloorLarge {
		t.Errorf("counted %d, want %d", heapFloorBytes(), heapFloorLarge)
	}
	if r := heapFloorRest.Load(); r == nil || len(*r) != heapFloorLarge-heapFloorSize {
		t.Error("no rest of the floor")
	}
	if growFloor(heapFloorLarge+10*largeLiveHeap, heapAllocs{bytes: 1 << 30, objects: 1}) {
		t.Error("grew twice")
	}
	// Large allocations alone make it grow.
	heapFloorCounted.Store(heapFloorSize)
	if !growFloor(heapFloorSize, heapAllocs{bytes: 100 << 20, objects: 200}) || heapFloorBytes() != heapFloorLarge {
		t.Error("did not grow for 512 KiB allocations")
	}
	if got := scriptHeap(heapFloorLarge + 1000); got != 1000 {
		t.Errorf("scriptHeap(large floor + 1000) = %d, want 1000", got)
	}
}
