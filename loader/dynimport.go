package loader

import (
	"path"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
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
			if ns := builtinNamespace(w, spec); ns != nil {
				_ = resolve(ns)
				return
			}
			// A node: module mcrepl has that its own flag keeps off:
			// Require's message, which says what turns it on.
			if node.FlagOff(env.Flags, spec) {
				node.Require(env, spec)
			}
			if newRegistry(w) {
				_ = reject(env.Realm.NewError(moduleNotFound(w, entry, spec)))
				return
			}
			_ = reject(env.Realm.NewError(noSuchModule(entry, spec)))
		}); ex != nil {
			_ = reject(ex.Value())
		}
		return rt.ToValue(p)
	})
}

// builtinNamespace is the namespace object of the built-in module spec
// (cloudflare:, or node: under the flags), made once per isolate and
// module, as a module's namespace is one object; nil for a module that is
// not built in. The cloudflare: modules have no default export.
func builtinNamespace(w *worker.Worker, spec string) *goja.Object {
	env := w.Host()
	rt := env.RT
	key := spec
	var exports *goja.Object
	skip := ""
	switch {
	case spec == cfWorkersSpec:
		skip = "default"
	case strings.HasPrefix(spec, "cloudflare:"):
		if _, ok := cfModuleExports(w, spec); !ok {
			return nil
		}
		skip = "default"
	case node.Available(env.Flags, spec):
		key = "node:" + strings.TrimPrefix(spec, "node:")
	default:
		return nil
	}
	s := cfStateOf(w)
	if ns, ok := s.namespaces[key]; ok {
		return ns
	}
	switch {
	case spec == cfWorkersSpec:
		exports = cfWorkersExports(w)
	case skip != "":
		exports, _ = cfModuleExports(w, spec)
	default:
		exports = node.Require(env, spec).ToObject(rt)
	}
	var ns *goja.Object
	if named := node.Named(env, spec); named != nil && skip == "" {
		ns = namespaceNamed(rt, exports, named)
	} else {
		ns = namespaceWithout(rt, exports, skip)
	}
	if s.namespaces == nil {
		s.namespaces = map[string]*goja.Object{}
	}
	s.namespaces[key] = ns
	return ns
}

// noSuchModule is workerd's message for import() of a module it does not
// have, spec resolved as workerd resolves it against the entry's folder.
func noSuchModule(entry, spec string) string {
	name := spec
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") {
		name = strings.TrimPrefix(path.Join(path.Dir(strings.ReplaceAll(entry, "\\", "/")), spec), "/")
	}
	msg := `No such module "` + name + `".`
	if strings.HasPrefix(name, "../") {
		msg = strings.TrimSuffix(msg, ".") // workerd's words for a path above the bundle
	}
	return msg + builtinHint(spec)
}

// moduleNotFound is the new module registry's message for import() of a
// module it does not have: the specifier resolved as a URL.
func moduleNotFound(w *worker.Worker, entry, spec string) string {
	msg := "Module not found: " + resolveSpecifier(w, entry, spec)
	if hint := builtinHint(spec); hint != "" {
		msg += "." + hint
	}
	return msg
}

// builtinHint adds, for a cloudflare: or workerd: specifier, the built-in
// modules mcrepl has.
func builtinHint(spec string) string {
	if strings.HasPrefix(spec, "cloudflare:") || strings.HasPrefix(spec, "workerd:") {
		return " Of the modules built into workerd, mcrepl has " + cfModuleList() + " only."
	}
	return ""
}

// namespaceWithout makes a module namespace object for the exports of a
// built-in module: a null prototype, its named exports and default (the
// exports themselves) but skip (for a module with no default export, as
// the cloudflare: ones), sorted, each writable, enumerable and not
// configurable, the tag "Module" (extensible: goja offers no
// preventExtensions to Go).
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

// namespaceNamed is the namespace of a node: module whose named exports are
// not its default's properties (node.Named): default and those of named.
func namespaceNamed(rt *goja.Runtime, exports goja.Value, named *goja.Object) *goja.Object {
	vals := map[string]goja.Value{"default": exports}
	for _, k := range named.Keys() {
		vals[k] = named.Get(k)
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
