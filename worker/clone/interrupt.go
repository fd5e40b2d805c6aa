package clone

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"
)

// A clone is Go code, which goja's Interrupt does not stop (it is checked between the
// instructions of JavaScript code only), and a large value takes seconds to clone. The
// serializer and the deserializer therefore look at the runtime's interrupt flag as they go
// (one atomic load per container), and when it is set they run a tiny script, which raises
// goja's own InterruptedError, uncatchable, as JavaScript would have.
//
// The flag is goja's vm.interrupted (Runtime.vm, then a uint32), found with reflect once per
// process and only ever read. If a goja upgrade renames or retypes it, interruptFlag is nil
// and a clone is stopped only when it next runs user code (a getter), as before.

var interruptPath = func() (vmOff, flagOff uintptr, ok bool) {
	f, found := reflect.TypeFor[goja.Runtime]().FieldByName("vm")
	if !found || len(f.Index) != 1 || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
		return 0, 0, false
	}
	g, found := f.Type.Elem().FieldByName("interrupted")
	if !found || len(g.Index) != 1 || g.Type.Kind() != reflect.Uint32 {
		return 0, 0, false
	}
	return f.Offset, g.Offset, true
}

// interruptFlag returns the address of rt's interrupt flag, or nil.
func interruptFlag(rt *goja.Runtime) *uint32 {
	vmOff, flagOff, ok := interruptPath()
	if !ok {
		return nil
	}
	vm := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(rt), vmOff))
	if vm == nil {
		return nil
	}
	return (*uint32)(unsafe.Add(vm, flagOff))
}

// noop is the script run to raise an interrupt, compiled on first need (a
// compilation at package init cost every start-up ~45 µs).
var noop = sync.OnceValue(func() *goja.Program { return goja.MustCompile("", "0", true) })

// checkInterrupt raises goja's InterruptedError when the runtime has been interrupted.
func (c *Cloner) checkInterrupt() {
	if c.interrupted == nil || atomic.LoadUint32(c.interrupted) == 0 {
		return
	}
	if _, err := c.rt.RunProgram(noop()); err != nil {
		panic(err)
	}
}
