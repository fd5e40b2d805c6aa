package node

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// bundleFile is the one module node:fs shows under /bundle.
type bundleFile struct {
	name string
	data string
}

type bundleKey struct{}

// SetBundle gives node:fs the Worker's module, which it shows as
// /bundle/<name> (read-only): workerd's /bundle holds the Worker's modules
// by their names, and mcrepl's Worker is one module, the entry file. Call it
// before the module runs. Loop goroutine only.
func SetBundle(env *host.Env, name string, src string) {
	*host.State(env, bundleKey{}, func() *bundleFile { return &bundleFile{} }) = bundleFile{name: name, data: src}
}

// installFs gives node:fs binding.fsBundle(): { name, data } of the
// module SetBundle gave, or null.
func installFs(s *state, b *goja.Object) {
	env := s.env
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
