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
