package fetch

import (
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// slots maps JS objects to their Go state without keeping the objects
// alive: a `mcrepl serve` isolate makes a Request, a Response and their
// Headers per request, and a strong map would hold every one of them
// forever. An entry is keyed by its object's address and holds a weak
// pointer that confirms the match (a dead object's entry, or one whose
// address was reused, never matches). Dead entries are swept whenever the
// map has doubled since the last sweep, so sweeping costs O(1) per put.
// The state must not refer to its own object. Loop goroutine only.
type slots[T any] struct {
	m         map[uintptr]slot[T]
	nextSweep int
}

type slot[T any] struct {
	p weak.Pointer[goja.Object]
	v *T
}

func (s *slots[T]) put(o *goja.Object, v *T) {
	if s.m == nil {
		s.m = map[uintptr]slot[T]{}
		s.nextSweep = 1024
	}
	s.m[uintptr(unsafe.Pointer(o))] = slot[T]{weak.Make(o), v}
	if len(s.m) >= s.nextSweep {
		for k, e := range s.m {
			if e.p.Value() == nil {
				delete(s.m, k)
			}
		}
		s.nextSweep = max(1024, 2*len(s.m))
	}
}

func (s *slots[T]) get(v goja.Value) *T {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	if e, ok := s.m[uintptr(unsafe.Pointer(o))]; ok && e.p.Value() == o {
		return e.v
	}
	return nil
}
