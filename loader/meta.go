package loader

import (
	"path"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
	urlpkg "github.com/mcrepl/mcrepl/worker/url"
)

// The new module registry (new_module_registry, workerd's default from
// 2026-11-17) handles specifiers as URLs: a Worker's modules live under
// file:///bundle/, import.meta says where a module is and resolves
// specifiers against it, and import() of a module that is not there fails
// with "Module not found: URL". A bundle is one module, as a bundle that
// wrangler uploads is: every file's import.meta is the main module's.

// metaParam is the bundle function's parameter that import.meta becomes.
const metaParam = "__mcrepl_meta"

// newRegistry reports whether w has the new module registry.
func newRegistry(w *worker.Worker) bool { return w.Host().Flags.Enabled("new_module_registry") }

// moduleName is the module name workerd would give the file name (as the
// user named it, slashes, no leading slash): what legacy messages print.
func moduleName(name string) string {
	return strings.TrimPrefix(path.Clean(strings.ReplaceAll(name, "\\", "/")), "/")
}

// moduleURL is the module's URL under the new registry.
func moduleURL(name string) string { return "file:///bundle/" + moduleName(name) }

// resolveSpecifier resolves spec against the module name as the new
// registry does: a Node.js built-in's bare name is its node: URL under
// nodejs_compat_v2, any other bare name a path under the bundle; node: and
// cloudflare: specifiers are URLs of their own.
func resolveSpecifier(w *worker.Worker, name, spec string) string {
	if node.Builtin(spec) && w.Host().Flags.Enabled("nodejs_compat_v2") {
		return "node:" + spec
	}
	base := moduleURL(name)
	if href, ok := urlpkg.Parse(spec, &base); ok {
		return href
	}
	return spec
}

// importMeta is import.meta for the module name: under the new registry
// workerd's { main, url, filename, dirname, resolve } on a null prototype
// (main false for a module the shell imports), else an empty object, as
// the legacy registry's.
func importMeta(w *worker.Worker, name string, main bool) goja.Value {
	env := w.Host()
	rt := env.RT
	meta := rt.NewObject()
	if !newRegistry(w) {
		return meta
	}
	_ = meta.SetPrototype(nil)
	u := moduleURL(name)
	file := "/bundle/" + moduleName(name)
	_ = meta.Set("main", main)
	_ = meta.Set("url", u)
	_ = meta.Set("filename", file)
	_ = meta.Set("dirname", path.Dir(file))
	resolve := env.Realm.Func("", 0, func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			env.Realm.ThrowTypeError("import.meta.resolve requires a specifier argument")
		}
		return rt.ToValue(resolveSpecifier(w, name, c.Argument(0).String()))
	})
	_ = meta.Set("resolve", resolve)
	return meta
}
