package midinit

import (
	"reflect"
	"testing"
)

// TestCoreCodeEnd: the core packages' functions are together where the
// linker lays out the standard library's core, first, so that the window
// found ends after every one of them and before this package's own code.
func TestCoreCodeEnd(t *testing.T) {
	end, ok := coreCodeEnd()
	if !ok {
		t.Fatal("the runtime's and the core packages' functions are not within 2 MiB of each other")
	}
	if end%(64<<10) != 0 {
		t.Errorf("end %x is not at a 64 KiB boundary", end)
	}
	if own := reflect.ValueOf(coreCodeEnd).Pointer(); own < end {
		t.Errorf("this package's code (%x) is before the end of the kept core (%x)", own, end)
	}
}
