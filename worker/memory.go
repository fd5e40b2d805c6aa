package worker

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// ErrMemoryLimit is matched (errors.Is) by the *MemoryLimitError that
// LimitMemory reports.
var ErrMemoryLimit = errors.New("memory limit exceeded")

// MemoryLimitError says that the isolate was stopped because the Go heap
// went over the limit set with LimitMemory.
type MemoryLimitError struct {
	Limit uint64 // the limit, in bytes
	Heap  uint64 // the heap when the limit was found exceeded, in bytes
}

func (e *MemoryLimitError) Error() string {
	return "memory limit " + FormatSize(e.Limit) + " exceeded (heap " + FormatSize(e.Heap) + ")"
}

// Is makes errors.Is(err, ErrMemoryLimit) true.
func (e *MemoryLimitError) Is(target error) bool { return target == ErrMemoryLimit }

// heapMetric is the Go heap's live and not yet swept objects: cheap to read
// (no stop-the-world, unlike runtime.ReadMemStats), and goja keeps every JS
// value on the Go heap.
const heapMetric = "/memory/classes/heap/objects:bytes"

// memoryEvery is how often LimitMemory samples the heap: often enough that
// a script allocating at full speed (about 1 GiB/s in goja) overshoots the
// limit by tens of MiB at most, rarely enough to cost nothing measurable.
const memoryEvery = 20 * time.Millisecond

// LimitMemory watches the process's Go heap, which is the isolate's in
// `mcrepl run`, from a goroutine that samples it every 20 ms. When a sample
// is over limit bytes, it collects garbage and samples again (the figure
// counts dead objects not yet swept); if the heap is still over, it
// interrupts the running JS and closes the isolate, so that Run and Wait
// return. Under a limit there is no heap floor (see
// SetHeapFloorAfterFirstGC). stop ends the watch and returns the
// *MemoryLimitError if the limit was hit, else nil. Any goroutine but the
// loop's.
//
// goja checks for interrupts only between VM instructions: a Go builtin that
// runs long on a huge value (JSON.stringify, Array.prototype.join, a
// structuredClone of a big graph) is not stopped until it returns, and the
// heap may grow past the limit meanwhile.
func (w *Worker) LimitMemory(limit uint64) (stop func() error) {
	heapFloorOff.Store(true)
	done := make(chan struct{})
	var hit atomic.Pointer[MemoryLimitError]
	go func() {
		t := time.NewTicker(memoryEvery)
		defer t.Stop()
		sample := []metrics.Sample{{Name: heapMetric}}
		heap := func() uint64 {
			metrics.Read(sample)
			return scriptHeap(sample[0].Value.Uint64())
		}
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			if heap() <= limit {
				continue
			}
			runtime.GC()
			if h := heap(); h > limit {
				err := &MemoryLimitError{Limit: limit, Heap: h}
				hit.Store(err)
				w.Interrupt(err)
				w.Close()
				return
			}
		}
	}()
	var once sync.Once
	return func() error {
		once.Do(func() { close(done) })
		if err := hit.Load(); err != nil {
			return err
		}
		return nil
	}
}

// scriptHeap is the part of the Go heap's total that is the script's: all
// but the heap floor, which is address space nobody uses.
func scriptHeap(total uint64) uint64 {
	f := heapFloorBytes()
	if total < f {
		return 0 // the floor was allocated after total was read
	}
	return total - f
}

// FormatSize writes a byte count in binary units, as people write limits:
// "512 MiB", "2 GiB", "1.5 GiB", "300 KiB", "12 B".
func FormatSize(n uint64) string {
	const kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
	switch {
	case n >= gib && n%gib == 0:
		return fmt.Sprintf("%d GiB", n/gib)
	case n >= gib:
		return fmt.Sprintf("%.1f GiB", float64(n)/gib)
	case n >= mib:
		return fmt.Sprintf("%d MiB", (n+mib/2)/mib)
	case n >= kib:
		return fmt.Sprintf("%d KiB", (n+kib/2)/kib)
	}
	return fmt.Sprintf("%d B", n)
}
