package loader

import (
	"path"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
	"github.com/mcrepl/mcrepl/worker/sockets"
)

// import() of a computed specifier. esbuild bundles what a literal import()
// names and leaves import(expr) as it is; goja, which has no dynamic
// import, cannot parse it. Such a call becomes a call of dynamicImport, a
// parameter of the bundle's function with a name as long as "import" (the
// source map's columns stay right), which resolves the node: modules the
// flags give and rejects everything else with workerd's "No such module"
// Error when it runs, as a Worker that wrangler bundled rejects it (what the
// bundle does not hold, workerd does not have). Code that guards such an
// import with try (hono's logger, feature probes) then runs as in workerd.

// dynamicImport is the bundle's name for import() of a computed specifier.
const dynamicImport = "$mcimp"

// patchDynamicImports rewrites each import( at which goja's parser stops
// into a call of dynamicImport, and reports false when the parser stops
// elsewhere (the bundle has another problem) or never stopped.
func patchDynamicImports(name string, code []byte) ([]byte, bool) {
	out := code
	changed := false
	for range 256 {
		_, err := parseScript(name, string(out))
		if err == nil {
			return out, changed
		}
		list, ok := err.(parser.ErrorList)
		if !ok || len(list) == 0 {
			return nil, false
		}
		at := bundleOffset(out, list[0].Position.Line, list[0].Position.Column)
		if at < 0 || !dynamicImportAt(out[at:]) {
			return nil, false
		}
		if !changed {
			out = append([]byte(nil), code...)
			changed = true
		}
		copy(out[at:], dynamicImport)
	}
	return nil, false
}

// dynamicImportFunc is the function the bundle calls for import(spec) of a
// computed specifier; entry is the entry module's name, which relative
// specifiers are resolved against in the rejection's message.
func dynamicImportFunc(w *worker.Worker, entry string) goja.Value {
	env := w.Host()
	rt := env.RT
	return env.Realm.Func("import", 1, func(call goja.FunctionCall) goja.Value {
		p, resolve, reject := rt.NewPromise()
		if ex := rt.Try(func() {
			arg := call.Argument(0)
			if _, ok := arg.(*goja.Symbol); ok {
				panic(rt.NewTypeError("Cannot convert a Symbol value to a string"))
			}
			spec := arg.ToString().String() // what an object's toString throws rejects the promise
			if spec == cfWorkersSpec {
				_ = resolve(namespaceOf(rt, cfWorkersExports(w)))
				return
			}
			if spec == cfSocketsSpec {
				_ = resolve(namespaceWithout(rt, sockets.Exports(env), "default"))
				return
			}
			// A module mcrepl has: its exports, or (off by flag or date)
			// Require's message, which says what turns it on.
			if node.Has(spec) {
				exports := node.Require(env, spec)
				if named := node.Named(env, spec); named != nil {
					_ = resolve(namespaceNamed(rt, exports, named))
					return
				}
				_ = resolve(namespaceOf(rt, exports))
				return
			}
			_ = reject(env.Realm.NewError(noSuchModule(entry, spec)))
		}); ex != nil {
			_ = reject(ex.Value())
		}
		return rt.ToValue(p)
	})
}

// noSuchModule is workerd's message for import() of a module it does not
// have, spec resolved as workerd resolves it against the entry's folder.
func noSuchModule(entry, spec string) string {
	name := spec
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") {
		name = strings.TrimPrefix(path.Join(path.Dir(strings.ReplaceAll(entry, "\\", "/")), spec), "/")
	}
	msg := `No such module "` + name + `".`
	if strings.HasPrefix(spec, "cloudflare:") || strings.HasPrefix(spec, "workerd:") {
		msg += " Of the modules built into workerd, mcrepl has cloudflare:workers and cloudflare:sockets only."
	}
	return msg
}

// namespaceOf makes a module namespace object for the exports of a node:
// module: a null prototype, its named exports and default (the exports
// themselves), sorted, each writable, enumerable and not configurable, the
// tag "Module" (extensible: goja offers no preventExtensions to Go).
func namespaceOf(rt *goja.Runtime, exports goja.Value) *goja.Object {
	return namespaceWithout(rt, exports, "")
}

// namespaceNamed is the namespace of a node: module whose named exports are
// not its default's properties (node.Named): default and those of named.
func namespaceNamed(rt *goja.Runtime, exports goja.Value, named *goja.Object) *goja.Object {
	vals := map[string]goja.Value{"default": exports}
	for _, k := range named.Keys() {
		vals[k] = named.Get(k)
	}
	return namespaceFrom(rt, vals)
}

// namespaceWithout is namespaceOf without the export named skip (a module
// with no default export, as cloudflare:sockets).
func namespaceWithout(rt *goja.Runtime, exports goja.Value, skip string) *goja.Object {
	vals := map[string]goja.Value{"default": exports}
	if skip != "" {
		delete(vals, skip)
	}
	if o, ok := exports.(*goja.Object); ok {
		for _, k := range o.Keys() {
			if k != "default" && k != skip {
				vals[k] = o.Get(k)
			}
		}
	}
	return namespaceFrom(rt, vals)
}

// namespaceFrom makes the namespace object of the exports vals.
func namespaceFrom(rt *goja.Runtime, vals map[string]goja.Value) *goja.Object {
	ns := rt.NewObject()
	_ = ns.SetPrototype(nil)
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		_ = ns.DefineDataProperty(k, vals[k], goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = ns.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return ns
}
