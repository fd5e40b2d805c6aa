package node

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// bundleFile is the one module node:fs shows under /bundle.
type bundleFile struct {
	name string
	data string
	// endScope empties node:fs' /tmp (set once node:fs is loaded).
	endScope goja.Callable
}

type bundleKey struct{}

// SetBundle gives node:fs the Worker's module, which it shows as
// /bundle/<name> (read-only): workerd's /bundle holds the Worker's modules
// by their names, and mcrepl's Worker is one module, the entry file. Call it
// before the module runs. Loop goroutine only.
func SetBundle(env *host.Env, name string, src string) {
	f := host.State(env, bundleKey{}, func() *bundleFile { return &bundleFile{} })
	f.name, f.data = name, src
}

// EndScope ends the scope of node:fs' /tmp: workerd's /tmp belongs to the
// request (its IoContext), and what the module's top level writes there is
// gone once the top level has run. Call it when the module's evaluation has
// finished. Loop goroutine only.
func EndScope(env *host.Env) {
	f := host.State(env, bundleKey{}, func() *bundleFile { return &bundleFile{} })
	if f.endScope != nil {
		_, _ = f.endScope(goja.Undefined())
	}
}

// installFs gives node:fs binding.fsBundle(): { name, data } of the
// module SetBundle gave, or null; and binding.fsScope(fn), which makes fn
// what EndScope calls.
func installFs(s *state, b *goja.Object) {
	env := s.env
	_ = b.Set("fsScope", env.Realm.Func("fsScope", 1, func(call goja.FunctionCall) goja.Value {
		f := host.State(env, bundleKey{}, func() *bundleFile { return &bundleFile{} })
		f.endScope, _ = goja.AssertFunction(call.Argument(0))
		return goja.Undefined()
	}))
	_ = b.Set("fsBundle", env.Realm.Func("fsBundle", 0, func(goja.FunctionCall) goja.Value {
		f := host.State(env, bundleKey{}, func() *bundleFile { return &bundleFile{} })
		if f.name == "" {
			return goja.Null()
		}
		o := env.RT.NewObject()
		_ = o.Set("name", f.name)
		_ = o.Set("data", env.RT.NewArrayBuffer([]byte(f.data)))
		return o
	}))
}
