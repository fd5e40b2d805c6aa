package crypto

import (
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// slots maps JS objects to their Go values without keeping the objects
// alive: an entry is keyed by the object's address and confirmed by a weak
// pointer, so a dead object's entry, or one whose address was reused, never
// matches. Dead entries are dropped by a sweep once the map has doubled
// since the last one, which keeps puts amortised O(1). Loop goroutine only.
type slots[T any] struct {
	m    map[uintptr]slot[T]
	next int // sweep when len(m) reaches next
}

type slot[T any] struct {
	p weak.Pointer[goja.Object]
	v *T
}

func addressOf(o *goja.Object) uintptr { return uintptr(unsafe.Pointer(o)) }

func (s *slots[T]) put(o *goja.Object, v *T) {
	if s.m == nil {
		s.m = map[uintptr]slot[T]{}
		s.next = 64
	}
	if len(s.m) >= s.next {
		for k, e := range s.m {
			if e.p.Value() == nil {
				delete(s.m, k)
			}
		}
		s.next = max(64, 2*len(s.m))
	}
	s.m[addressOf(o)] = slot[T]{weak.Make(o), v}
}

func (s *slots[T]) get(v goja.Value) *T {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	if e, ok := s.m[addressOf(o)]; ok && e.p.Value() == o {
		return e.v
	}
	return nil
}
