package command

import (
	"runtime"
	"testing"
	"time"
)

func TestHeapFloorAfterFirstGC(t *testing.T) {
	setHeapFloorAfterFirstGC()
	deadline := time.Now().Add(10 * time.Second)
	for heapFloor.Load() == nil && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	f := heapFloor.Load()
	if f == nil || len(*f) != heapFloorSize {
		t.Fatalf("no %d-byte heap floor after collections", heapFloorSize)
	}
}
