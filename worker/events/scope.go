package events

import "github.com/dop251/goja"

// GlobalScopeMessage is workerd's message for what a Worker's top-level
// code may not do: start I/O, set or clear a timer, generate random values.
const GlobalScopeMessage = "Disallowed operation called within global scope. Asynchronous I/O (ex: fetch() or connect()), " +
	"setting a timeout, and generating random values are not allowed within global scope. " +
	"To fix this error, perform this operation within a handler. https://developers.cloudflare.com/workers/runtime-apis/handlers/"

// SetGlobalScope says whether a Worker's top-level code is running. The
// loader sets it while it evaluates a Worker's module (the microtasks its
// top-level await drains included) or a served classic script, and clears
// it before any handler runs. The realm keeps it because every API package
// reaches the realm, this package's AbortSignal.timeout included. Loop
// goroutine only.
func (r *Realm) SetGlobalScope(on bool) { r.globalScope = on }

// InGlobalScope reports whether a Worker's top-level code is running. Loop
// goroutine only.
func (r *Realm) InGlobalScope() bool { return r.globalScope }

// GlobalScopeError is workerd's Error for an operation refused in global
// scope.
func (r *Realm) GlobalScopeError() *goja.Object { return r.NewError(GlobalScopeMessage) }

// RefuseInGlobalScope throws workerd's Error from a host function while a
// Worker's top-level code runs: every API that workerd refuses there
// synchronously (timers, random values, bodies, sockets) calls it.
func (r *Realm) RefuseInGlobalScope() {
	if r.globalScope {
		panic(r.GlobalScopeError())
	}
}

// RejectInGlobalScope is RefuseInGlobalScope for an API that returns a
// promise (fetch(), scheduler.wait()): while a Worker's top-level code runs
// it returns a promise rejected with workerd's Error and true; else nil and
// false.
func (r *Realm) RejectInGlobalScope() (goja.Value, bool) {
	if !r.globalScope {
		return nil, false
	}
	p, _, reject := r.rt.NewPromise()
	_ = reject(r.GlobalScopeError())
	return r.rt.ToValue(p), true
}
