package worker

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/builtins"
)

// installBuiltins adds the ES builtins goja lacks and refuses code
// generation from strings (package builtins), before any other global is
// defined. Loop goroutine.
func (w *Worker) installBuiltins() {
	builtins.Install(w.rt)
	w.installGuards() // guard.go
}

// nameHostFunctions gives the Go-made globals (setTimeout, queueMicrotask,
// structuredClone, ...) their JavaScript names, and the console methods
// workerd's empty ones, once every global is installed. Loop goroutine.
func (w *Worker) nameHostFunctions(g *goja.Object) {
	builtins.NameFunctions(w.rt, g, goGlobals, false)
	builtins.NameFunctions(w.rt, w.realm.ScopeProto, goGlobals, false)
	if c, ok := g.Get("console").(*goja.Object); ok {
		builtins.NameFunctions(w.rt, c, nil, true)
	}
}

// goGlobals are the globals this package defines from a Go func, on the
// global object or its ServiceWorkerGlobalScope prototype.
var goGlobals = []string{"setTimeout", "setInterval", "clearTimeout", "clearInterval", "queueMicrotask", "structuredClone"}
