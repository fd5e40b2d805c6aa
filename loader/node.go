package loader

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/node"
)

// Node.js built-in modules are not bundled: an import of "node:buffer" (or
// of a bare built-in name, "buffer") becomes a small CommonJS module that
// asks the isolate for it when the bundle runs, through the bundle
// function's second parameter. Whether the module exists depends on the
// compatibility flags of the isolate that runs the program (a Program runs
// on any worker), so an unavailable one fails there, with workerd's "No such
// module" and the list of those mcrepl has (package node).

// nodeRequire is the bundle function's second parameter.
const nodeRequire = "__mcrepl_node"

// nodeNamespace is the esbuild namespace of the stand-in modules.
const nodeNamespace = "mcrepl-node"

// nodePlugin resolves node: specifiers and bare built-in names to stand-ins.
func nodePlugin() api.Plugin {
	var bare []string
	for _, m := range node.BuiltinNames() {
		bare = append(bare, regexp.QuoteMeta(m))
	}
	filter := "^(node:.*|(" + strings.Join(bare, "|") + "))$"
	return api.Plugin{
		Name: "mcrepl-node",
		Setup: func(b api.PluginBuild) {
			// import("node:x") of a built-in module mcrepl has is left to
			// run time, as import() of a computed specifier is
			// (dynamicImportFunc): it gets the module's namespace object,
			// and one whose flag is off rejects when it runs, as in workerd.
			// One mcrepl does not have fails the bundle, as a static import
			// does.
			b.OnResolve(api.OnResolveOptions{Filter: cfResolveFilter()},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if args.Kind == api.ResolveJSDynamicImport {
						return api.OnResolveResult{Path: args.Path, External: true}, nil
					}
					return api.OnResolveResult{Path: args.Path, Namespace: nodeNamespace}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: filter},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if args.Kind == api.ResolveJSDynamicImport && node.Has(args.Path) {
						return api.OnResolveResult{Path: args.Path, External: true}, nil
					}
					if !node.Has(args.Path) {
						// Under no flags: esbuild's "Could not resolve",
						// explained by nodeReason.
						return api.OnResolveResult{}, nil
					}
					return api.OnResolveResult{Path: args.Path, Namespace: nodeNamespace}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nodeNamespace},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					if src, ok := cfStandIn(args.Path); ok {
						return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
					}
					src := "module.exports = " + nodeRequire + "(" + jsonString(args.Path) + ");\n"
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}

// nodeReason says why a Node.js built-in module cannot be imported.
func nodeReason() string {
	return "mcrepl does not have this Node.js built-in module (docs/nodejs.md lists the node: modules it has)"
}

// setNodeEnv gives process.env the Worker's vars (package node decides, by
// flag, whether it shows them). Loop goroutine only.
func setNodeEnv(w *worker.Worker, vars []host.Var) { node.SetEnv(w.Host(), vars) }

// nodeRequireFunc is the function the bundle calls for a built-in module.
func nodeRequireFunc(w *worker.Worker) goja.Value {
	env := w.Host()
	return env.Realm.Func("require", 1, func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0).String()
		switch spec {
		case cfWorkersSpec:
			return cfWorkersExports(w)
		case cfWorkersBind:
			return bindWorkers(w)
		}
		if ex, ok := cfModuleExports(w, spec); ok {
			return ex
		}
		return node.Require(env, spec)
	})
}
