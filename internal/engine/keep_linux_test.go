package engine

import (
	"debug/elf"
	"os"
	"reflect"
	"testing"

	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// keepEnd is where the tests keep the test binary's code up to (Trim finds
// its ranges once, so every test sees them): os.Open, in the standard
// library's core, which the linker lays out first.
var keepEnd = reflect.ValueOf(os.Open).Pointer()

func TestMain(m *testing.M) {
	KeepCodeBelow(keepEnd)
	os.Exit(m.Run())
}

// TestKeepCodeBelow: neither path's ranges reach into the code below
// KeepCodeBelow's address, and both still drop the code after it (this
// test's own, which the linker lays out after the standard library's).
func TestKeepCodeBelow(t *testing.T) {
	_, f := openSelf(t)
	var code [2]uintptr
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && p.Flags&elf.PF_X != 0 {
			code = [2]uintptr{uintptr(p.Vaddr), uintptr(p.Vaddr + p.Memsz)}
		}
	}
	if code[1] == 0 || keepEnd < code[0] || keepEnd >= code[1] {
		t.Skipf("os.Open at %x, not in the code segment %x", keepEnd, code)
	}
	kept := [2]uintptr{code[0], (keepEnd + 4095) &^ 4095}
	own := reflect.ValueOf(TestKeepCodeBelow).Pointer() &^ 4095
	if own < kept[1] {
		t.Skipf("this test's code (%x) is laid out before os.Open (%x)", own, keepEnd)
	}
	paths := map[string][][2]uintptr{"Go": trimRanges()}
	if got, ok := early.TrimRanges(); ok {
		paths["C"] = got
	}
	for name, ranges := range paths {
		drops := false
		for _, r := range ranges {
			if r[0] < kept[1] && kept[0] < r[1] {
				t.Errorf("%s path: range %x overlaps the kept code %x", name, r, kept)
			}
			drops = drops || r[0] <= own && own < r[1]
		}
		if !drops {
			t.Errorf("%s path: no range holds this test's code at %x: %x", name, own, ranges)
		}
	}
}
