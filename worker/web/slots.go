package web

import (
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// slots maps JS objects to Go state without keeping the objects alive (the
// brand of a host class's instances). An entry is keyed by its object's
// address and confirmed by a weak pointer, so an address reused by a new
// object never matches a dead entry. A collected object's cleanup records
// its address; the next put drops the entry. Loop goroutine only, except
// the cleanups, which take mu.
type slots[T any] struct {
	m    map[uintptr]slot[T]
	mu   sync.Mutex
	dead []uintptr
}

type slot[T any] struct {
	p weak.Pointer[goja.Object]
	v *T
}

func (s *slots[T]) put(o *goja.Object, v *T) {
	if s.m == nil {
		s.m = map[uintptr]slot[T]{}
	}
	s.mu.Lock()
	for _, a := range s.dead {
		if e, ok := s.m[a]; ok && e.p.Value() == nil {
			delete(s.m, a)
		}
	}
	s.dead = s.dead[:0]
	s.mu.Unlock()
	addr := uintptr(unsafe.Pointer(o))
	s.m[addr] = slot[T]{weak.Make(o), v}
	runtime.AddCleanup(o, s.collected, addr)
}

func (s *slots[T]) collected(addr uintptr) {
	s.mu.Lock()
	s.dead = append(s.dead, addr)
	s.mu.Unlock()
}

// get returns the state of v, or nil when v is not one of the objects put.
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
