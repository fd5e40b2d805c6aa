package streams

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// promise is a spec promise held in Go. Most of the promises the Streams
// standard creates are only ever reacted to by other stream algorithms
// (a pipe's reads, a Go reader's chunks), so a promise is a Go value with Go
// reactions, and its JavaScript Promise is made only when script asks for it
// (reader.closed, a read() result). Reactions run as microtasks, queued when
// the promise settles, as a then() on a JavaScript promise would.
type promise struct {
	r         *realm
	state     goja.PromiseState
	value     goja.Value
	handled   bool // [[PromiseIsHandled]]: a rejection is never reported
	sync      bool // reactions run at once (see syncResolved)
	js        *goja.Promise
	res, rej  func(any) error
	first     func()     // the first reaction: most promises have one
	reactions []func()   // the others, in order
	followers []*promise // settled with p, at once (see follow)
}

func (r *realm) newPromise() *promise { return &promise{r: r} }

func (r *realm) resolvedPromise(v goja.Value) *promise {
	return &promise{r: r, state: goja.PromiseStateFulfilled, value: v}
}

func (r *realm) rejectedPromise(e goja.Value) *promise {
	return &promise{r: r, state: goja.PromiseStateRejected, value: e}
}

// syncResolved is the outcome of an algorithm the underlying source or
// sink does not define: workerd runs what follows it synchronously instead
// of in a microtask (maybeRunAlgorithm in its standard.c++).
func (r *realm) syncResolved() *promise {
	return &promise{r: r, state: goja.PromiseStateFulfilled, value: goja.Undefined(), sync: true}
}

func (p *promise) pending() bool { return p.state == goja.PromiseStatePending }

// resolve fulfills p with v (never a thenable: the values stream algorithms
// resolve with are their own).
func (p *promise) resolve(v goja.Value) {
	if !p.pending() {
		return
	}
	if v == nil {
		v = goja.Undefined()
	}
	p.state, p.value = goja.PromiseStateFulfilled, v
	p.settle()
}

func (p *promise) reject(e goja.Value) {
	if !p.pending() {
		return
	}
	if e == nil {
		e = goja.Undefined()
	}
	p.state, p.value = goja.PromiseStateRejected, e
	p.settle()
}

func (p *promise) settle() {
	for _, q := range p.followers {
		if p.state == goja.PromiseStateFulfilled {
			q.resolve(p.value)
		} else {
			q.reject(p.value)
		}
	}
	p.followers = nil
	if f := p.first; f != nil {
		p.first = nil
		p.r.env.Loop.QueueMicrotask(f)
	}
	for _, f := range p.reactions {
		p.r.env.Loop.QueueMicrotask(f)
	}
	p.reactions = nil
	if p.js != nil {
		if p.state == goja.PromiseStateFulfilled {
			p.r.check(p.res(p.value))
		} else {
			if p.handled {
				markHandled(p.js)
			}
			p.r.check(p.rej(p.value))
		}
	}
}

// setHandled sets [[PromiseIsHandled]].
func (p *promise) setHandled() {
	p.handled = true
	if p.js != nil {
		markHandled(p.js)
	}
}

// then registers Go reactions (either may be nil); they run as microtasks.
func (p *promise) then(onF, onR func(goja.Value)) {
	f := func() {
		if p.state == goja.PromiseStateFulfilled {
			if onF != nil {
				onF(p.value)
			}
		} else if onR != nil {
			onR(p.value)
		}
	}
	p.react(f)
}

// react runs f as a microtask once p settles (at once when p is sync).
func (p *promise) react(f func()) {
	if p.pending() {
		if p.first == nil && len(p.reactions) == 0 {
			p.first = f
		} else {
			p.reactions = append(p.reactions, f)
		}
		return
	}
	if p.sync {
		f()
		return
	}
	p.r.env.Loop.QueueMicrotask(f)
}

// forward settles out as p settles, in a reaction: then(out.resolve,
// out.reject) with one closure instead of three.
func (p *promise) forward(out *promise) {
	p.react(func() {
		if p.state == goja.PromiseStateFulfilled {
			out.resolve(p.value)
		} else {
			out.reject(p.value)
		}
	})
}

// JS returns the JavaScript Promise of p, making it on first use.
func (p *promise) JS() goja.Value {
	if p.js == nil {
		p.js, p.res, p.rej = p.r.rt.NewPromise()
		switch p.state {
		case goja.PromiseStateFulfilled:
			p.r.check(p.res(p.value))
		case goja.PromiseStateRejected:
			if p.handled {
				markHandled(p.js)
			}
			p.r.check(p.rej(p.value))
		}
	}
	return p.r.rt.ToValue(p.js)
}

// jsLater makes p's JavaScript Promise now, pending, and settles it as p is
// settled a microtask later: how workerd's C++ promises reach script (a
// resolved one reads as pending until the next microtask). p is settled.
func (p *promise) jsLater() {
	if p.js != nil || p.pending() {
		return
	}
	p.js, p.res, p.rej = p.r.rt.NewPromise()
	state, value := p.state, p.value
	if state == goja.PromiseStateRejected && p.handled {
		markHandled(p.js)
	}
	p.r.env.Loop.QueueMicrotask(func() {
		if state == goja.PromiseStateFulfilled {
			p.r.check(p.res(value))
		} else {
			p.r.check(p.rej(value))
		}
	})
}

// handledOffset is the offset of goja.Promise's unexported handled field,
// learnt through reflect on first use, or -1 when goja's layout changed
// (then a no-op reaction marks the promise handled instead).
func handledOffset() uintptr {
	handledOffsetOnce.Do(func() { handledOffsetValue = makeHandledOffset() })
	return handledOffsetValue
}

// A sync.Once and a function rather than a package-level sync.OnceValue,
// whose call would be code in the package's init function at every start.
var (
	handledOffsetOnce  sync.Once
	handledOffsetValue uintptr
)

func makeHandledOffset() uintptr {
	f, ok := reflect.TypeOf(goja.Promise{}).FieldByName("handled")
	if !ok || f.Type.Kind() != reflect.Bool {
		return ^uintptr(0)
	}
	return f.Offset
}

// markHandled sets a goja promise's [[PromiseIsHandled]] before it is
// rejected, so that goja's rejection tracker never hears of it.
func markHandled(p *goja.Promise) {
	if off := handledOffset(); off != ^uintptr(0) {
		*(*bool)(unsafe.Add(unsafe.Pointer(p), off)) = true
	}
}

// check re-panics an uncatchable error (an interrupt) from a goja call.
func (r *realm) check(err error) {
	if err != nil {
		panic(err)
	}
}

// promiseOf is "a promise resolved with v" for a value returned by script
// (an underlying source's start or pull): a Go promise that adopts v's
// state. A non-thenable settles it at once; a native promise is reacted to
// with the original Promise.prototype.then; any other thenable goes through
// a JavaScript promise, which calls its then in a job.
func (r *realm) promiseOf(v goja.Value) *promise {
	o, ok := v.(*goja.Object)
	if !ok {
		return r.resolvedPromise(v)
	}
	if gojaprops.Exports[*goja.Promise](o) {
		jp := o.Export().(*goja.Promise)
		p := r.newPromise()
		r.thenJS(o, jp, p.resolve, p.reject)
		return p
	}
	var then goja.Value
	if ex := r.try(func() { then = o.Get("then") }); ex != nil {
		return r.rejectedPromise(ex)
	}
	if _, ok := goja.AssertFunction(then); !ok {
		return r.resolvedPromise(v)
	}
	jp, res, _ := r.rt.NewPromise()
	r.check(res(v))
	p := r.newPromise()
	r.thenJS(r.rt.ToValue(jp).(*goja.Object), jp, p.resolve, p.reject)
	return p
}

// thenJS reacts to a JavaScript promise through the original then.
func (r *realm) thenJS(o *goja.Object, _ *goja.Promise, onF, onR func(goja.Value)) {
	f := r.rt.ToValue(func(call goja.FunctionCall) goja.Value { onF(call.Argument(0)); return goja.Undefined() })
	j := r.rt.ToValue(func(call goja.FunctionCall) goja.Value { onR(call.Argument(0)); return goja.Undefined() })
	_, err := r.then(o, f, j)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			onR(ex.Value())
			return
		}
		panic(err)
	}
}

// try runs f, returning the value it threw (nil when it did not throw),
// through goja's Runtime.Try, which restores the VM's stacks.
func (r *realm) try(f func()) (thrown goja.Value) {
	if ex := r.rt.Try(f); ex != nil {
		return ex.Value()
	}
	return nil
}

// call calls fn and returns its result or the value it threw.
func (r *realm) call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, goja.Value) {
	v, err := fn(this, args...)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			return nil, ex.Value()
		}
		panic(err)
	}
	return v, nil
}

// callPromise calls a method of an underlying source, sink or transformer
// and returns "a promise resolved with" its result, or rejected with what it
// threw (the spec's "invoke ... with rethrow" turned into a promise).
func (r *realm) callPromise(fn goja.Callable, this goja.Value, args ...goja.Value) *promise {
	v, thrown := r.call(fn, this, args...)
	if thrown != nil {
		return r.rejectedPromise(thrown)
	}
	return r.promiseOf(v)
}

// chain is "reacting to" p with steps that return promises: the result
// adopts the promise the step returns. A nil step passes the outcome on.
func (p *promise) chain(onF func(goja.Value) *promise, onR func(goja.Value) *promise) *promise {
	out := p.r.newPromise()
	p.react(func() {
		v := p.value
		if p.state == goja.PromiseStateFulfilled {
			if onF == nil {
				out.resolve(v)
				return
			}
			onF(v).forward(out)
		} else {
			if onR == nil {
				out.reject(v)
				return
			}
			onR(v).forward(out)
		}
	})
	return out
}
