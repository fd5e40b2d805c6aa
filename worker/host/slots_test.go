package host

import (
	"runtime"
	"testing"

	"github.com/dop251/goja"
)

func TestSlots(t *testing.T) {
	rt := goja.New()
	var s Slots[int]
	keep := rt.NewObject()
	one := 1
	s.Put(keep, &one)
	if v := s.Get(keep); v == nil || *v != 1 {
		t.Fatalf("Get of a put object: %v", v)
	}
	if s.Get(rt.NewObject()) != nil || s.Get(rt.ToValue(5)) != nil || s.Get(nil) != nil {
		t.Fatal("Get of an object never put is not nil")
	}
	for i := 0; i < 1000; i++ {
		n := i
		s.Put(rt.NewObject(), &n)
	}
	// The throwaway objects die; a collection lets the next puts sweep them.
	for i := 0; i < 3 && len(s.m) > 100; i++ {
		runtime.GC()
		runtime.GC()
		s.Put(rt.NewObject(), &one)
	}
	if len(s.m) > 100 {
		t.Fatalf("dead entries were not swept: %d left", len(s.m))
	}
	if v := s.Get(keep); v == nil || *v != 1 {
		t.Fatal("a live entry was swept")
	}
	runtime.KeepAlive(keep)
}
