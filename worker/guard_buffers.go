package worker

import (
	"bufio"
	"math"
	"os"
	"reflect"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/builtins"
)

// allocationLimit is the --max-memory limit in bytes (0: none), which
// buffers are checked against with the heap already in use.
var allocationLimit atomic.Uint64

// SetAllocationLimit tells the buffer guards the heap limit the run has
// (LimitMemory's), so that one buffer bigger than what is left is V8's
// "Array buffer allocation failed" rather than a Go out-of-memory. Any
// goroutine.
func SetAllocationLimit(limit uint64) { allocationLimit.Store(limit) }

// allocationFits reports whether n more bytes can be allocated: within what
// is left under the --max-memory limit, and within the memory the machine
// (or its cgroup) has available.
func allocationFits(n float64) bool {
	if n < bigAllocation {
		return true
	}
	avail := float64(availableMemory())
	if limit := allocationLimit.Load(); limit > 0 {
		left := float64(limit) - float64(heapInUse())
		avail = min(avail, max(left, 0))
	}
	return n <= avail
}

// heapInUse is the Go heap's objects, in bytes.
func heapInUse() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// availableMemory is what the system could still give the process: Linux's
// MemAvailable, or less under a cgroup memory limit; unknown is no bound.
func availableMemory() uint64 {
	avail := uint64(math.MaxUint64)
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
				kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
				if err == nil {
					avail = kb << 10
				}
				break
			}
		}
		f.Close()
	}
	if max, ok := readUint("/sys/fs/cgroup/memory.max"); ok {
		cur, _ := readUint("/sys/fs/cgroup/memory.current")
		if max > cur {
			avail = min(avail, max-cur)
		} else {
			avail = 0
		}
	}
	return avail
}

func readUint(path string) (uint64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	return n, err == nil
}

// constructorSource makes the guarded constructors: V8's TypeError when
// called without new, else new.target and the arguments handed to Go. Its
// source name starts with "mcrepl:", which keeps its frames out of stacks.
const constructorSource = `(function (construct, TypeError, msg) {
	return function () {
		if (new.target === undefined) throw new TypeError(msg);
		return construct(new.target, arguments);
	};
})`

// constructorFactory is constructorSource compiled once per process.
var constructorFactory = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("mcrepl:guards", constructorSource, true)
})

// wrapConstructor replaces the global constructor name by one that runs
// check on the arguments of new and then constructs with the original
// (new.target kept, so subclasses work). The replacement has the
// original's prototype object (instanceof is unchanged), statics,
// [[Prototype]], name, length and toString; calling it without new is V8's
// TypeError.
//
// A typed array constructor is replaced when goja makes it
// (builtins.OnFirstUse), before any code gets it: eleven wrappers were most
// of the guards' start-up (~980 of ~1200 allocations), for scripts that
// mostly use one or two of them, if any.
func (g *guards) wrapConstructor(name string, check func(args []goja.Value)) {
	rt := g.rt
	if !g.ensureFactory() {
		return
	}
	if builtins.OnFirstUse(rt, name, func(orig *goja.Object) *goja.Object { return g.wrapper(name, orig, check) }) {
		return
	}
	global := rt.GlobalObject()
	orig, ok := global.Get(name).(*goja.Object)
	if !ok {
		return
	}
	if w := g.wrapper(name, orig, check); w != orig {
		_ = global.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// ensureFactory runs constructorFactory and replaces
// Function.prototype.toString (nativeToString), once, at start-up; false
// when it cannot.
func (g *guards) ensureFactory() bool {
	if g.factory != nil {
		return true
	}
	v, err := g.rt.RunProgram(constructorFactory())
	if err != nil {
		return false
	}
	g.factory, _ = goja.AssertFunction(v)
	g.nativeToString()
	return g.factory != nil
}

// wrapper makes the replacement of orig, the constructor name (see
// wrapConstructor); orig itself when it cannot. It reads nothing a script
// could have changed: it runs at start-up or when goja makes orig.
func (g *guards) wrapper(name string, orig *goja.Object, check func(args []goja.Value)) *goja.Object {
	rt := g.rt
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return orig
	}
	var wrapper *goja.Object
	native := gojaprops.Func(rt, func(c goja.FunctionCall) goja.Value {
		nt, _ := c.Argument(0).(*goja.Object)
		var args []goja.Value
		if a, ok := c.Argument(1).(*goja.Object); ok {
			n := a.Get("length").ToInteger()
			args = make([]goja.Value, n)
			for i := range args {
				args[i] = a.Get(strconv.Itoa(i))
			}
		}
		check(args)
		if nt == wrapper {
			nt = orig
		}
		o, err := construct(nt, args...)
		if err != nil {
			panic(err)
		}
		return o
	})
	// Its frame in goja's own stack text shows its name: the
	// constructor's, not its Go name.
	gojaprops.Rename(native, rt.ToValue(name), rt.ToValue(0))
	v, err := g.factory(nil, native, g.typeErrorCtor, rt.ToValue("Constructor "+name+" requires 'new'"))
	if err != nil {
		return orig
	}
	wrapper = v.(*goja.Object)
	// The statics, in their order, with their attributes (prototype
	// included: new.target's prototype is the original's).
	g.desc.CopyOwn(rt, orig, wrapper, builtins.CtorAttrs)
	// goja's Symbols lists the enumerable symbol keys only; ArrayBuffer's
	// Symbol.species getter is not one.
	g.desc.Copy(orig, wrapper, goja.SymSpecies)
	for _, s := range orig.Symbols() {
		if s != goja.SymSpecies {
			g.desc.Copy(orig, wrapper, s)
		}
	}
	_ = wrapper.SetPrototype(orig.Prototype())
	if proto, ok := orig.Get("prototype").(*goja.Object); ok {
		_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	g.native[wrapper] = name
	return wrapper
}

// nativeToString makes Function.prototype.toString say
// "function Uint8Array() { [native code] }" for the guarded constructors,
// as for the originals.
func (g *guards) nativeToString() {
	g.native = map[*goja.Object]string{}
	fp := g.proto("Function")
	g.replaceMethod(fp, "toString", func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			if o, ok := c.This.(*goja.Object); ok {
				if name, ok := g.native[o]; ok {
					return g.rt.ToValue("function " + name + "() { [native code] }")
				}
			}
			return call(orig, c.This, c.Arguments)
		}
	})
}

// length is ToIndex-like for a number argument: its integer value, and
// false for anything that is not a number (left to the original).
func lengthArg(args []goja.Value) (float64, bool) {
	if len(args) == 0 {
		return 0, false
	}
	return integer(args[0])
}

// guardArrayBuffer makes new ArrayBuffer(n) throw V8's RangeError for a
// length that is no index, or more bytes than the machine or --max-memory
// has left.
func (g *guards) guardArrayBuffer(name string) {
	g.wrapConstructor(name, func(args []goja.Value) {
		n, ok := lengthArg(args)
		if !ok {
			return
		}
		if n < 0 || n > maxSafeIndex {
			g.throw(g.rangeError, "Invalid array buffer length")
		}
		if !allocationFits(n) {
			g.throw(g.rangeError, "Array buffer allocation failed")
		}
	})
}

// elementSizes are the typed arrays' BYTES_PER_ELEMENT.
var elementSizes = map[string]float64{
	"Int8Array": 1, "Uint8Array": 1, "Uint8ClampedArray": 1, "Int16Array": 2, "Uint16Array": 2,
	"Int32Array": 4, "Uint32Array": 4, "Float32Array": 4, "Float64Array": 8, "BigInt64Array": 8, "BigUint64Array": 8,
}

// guardTypedArray makes new Uint8Array(n) (and the others) throw V8's
// RangeError for a length that is no index, or a buffer bigger than what is
// left; and new Uint8Array({length: n}) for such an array-like.
func (g *guards) guardTypedArray(name string) {
	size := elementSizes[name]
	g.wrapConstructor(name, func(args []goja.Value) {
		n, ok := lengthArg(args)
		if !ok {
			n, ok = g.arrayLikeLength(args)
			if !ok {
				return
			}
		}
		if n < 0 || n > maxSafeIndex {
			g.throw(g.rangeError, "Invalid typed array length: "+strconv.FormatFloat(n, 'f', -1, 64))
		}
		if !allocationFits(n * size) {
			g.throw(g.rangeError, "Array buffer allocation failed")
		}
	})
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// arrayLikeLength is the length of a plain array-like first argument (an
// object that is no buffer, typed array or iterable), which the typed array
// will be as long as.
func (g *guards) arrayLikeLength(args []goja.Value) (float64, bool) {
	if len(args) == 0 {
		return 0, false
	}
	o, ok := args[0].(*goja.Object)
	if !ok {
		return 0, false
	}
	switch o.ClassName() {
	case "ArrayBuffer", "SharedArrayBuffer", "Array":
		return 0, false
	}
	// A buffer or a typed array, told by its export type: exporting it would
	// read its bytes (and a typed array over a detached buffer panics there).
	if t := o.ExportType(); t == arrayBufferType || t != nil && t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Interface {
		return 0, false
	}
	if it := o.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) && !goja.IsNull(it) {
		return 0, false
	}
	l := o.Get("length")
	if l == nil {
		return 0, false
	}
	n, ok := integer(l)
	if !ok {
		return 0, false
	}
	return max(n, 0), true
}
