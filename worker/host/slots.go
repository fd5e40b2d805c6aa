package host

import (
	"runtime"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// Slots maps JS objects to Go state without keeping the objects alive (the
// brand of a host class's instances: Get(this) is nil for anything else).
// The zero value is ready to use. An entry is keyed by its object's
// address and confirmed by a weak pointer, so an address reused by a new
// object never matches a dead entry. Dead entries are swept by the first
// put after a garbage collection (a throwaway object's cleanup says that
// one ran), instead of by a cleanup per object, which costs the collector
// more than the sweep. Loop goroutine only.
//
// The values are held strongly: a value that reaches its own object (a
// promise whose reactions may close over it, a goja.Value the script
// gave) keeps that object alive for good. Such state belongs with the
// object itself (streams.Sink.Host, or an allocation with the object as
// the events and streams packages make).
type Slots[T any] struct {
	m         map[uintptr]slot[T]
	collected atomic.Bool
	armed     bool
	// live counts entries after the last sweep: a sweep runs only once the
	// map has grown past twice that, so that its cost stays proportional.
	live int
}

type slot[T any] struct {
	p weak.Pointer[goja.Object]
	v *T
}

// gcSentinel is the throwaway object whose cleanup says a collection ran.
// It holds a pointer so that it is not a tiny allocation.
type gcSentinel struct{ _ *byte }

// Put records v as o's state.
func (s *Slots[T]) Put(o *goja.Object, v *T) {
	if s.m == nil {
		s.m = map[uintptr]slot[T]{}
	}
	if s.collected.Load() && len(s.m) >= 2*s.live {
		s.collected.Store(false)
		s.armed = false
		for k, e := range s.m {
			if e.p.Value() == nil {
				delete(s.m, k)
			}
		}
		s.live = len(s.m)
	}
	if !s.armed {
		s.armed = true
		runtime.AddCleanup(&gcSentinel{}, func(f *atomic.Bool) { f.Store(true) }, &s.collected)
	}
	s.m[uintptr(unsafe.Pointer(o))] = slot[T]{weak.Make(o), v}
}

// Get returns the state of v, or nil when v is not one of the objects put.
func (s *Slots[T]) Get(v goja.Value) *T {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	if e, ok := s.m[uintptr(unsafe.Pointer(o))]; ok && e.p.Value() == o {
		return e.v
	}
	return nil
}
