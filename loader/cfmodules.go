package loader

import (
	"embed"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
	"github.com/mcrepl/mcrepl/worker/sockets"
)

// The cloudflare: modules mcrepl has besides cloudflare:workers
// (cfworkers.go), in the order the messages list them. Each has named
// exports only (no default), as workerd's.
var cfModules = [...]struct {
	spec    string
	names   []string // the exports, for the bundle's stand-in module
	exports func(w *worker.Worker) *goja.Object
}{
	{cfSocketsSpec, []string{"connect"}, func(w *worker.Worker) *goja.Object { return sockets.Exports(w.Host()) }},
	{"cloudflare:workflows", []string{"NonRetryableError"}, jsModule("workflows")},
	{"cloudflare:pipelines", []string{"PipelineTransformationEntrypoint"}, jsModule("pipelines")},
	{"cloudflare:vectorize", []string{"DistanceMetric", "KnownModel", "MetadataRetrievalLevel"}, jsModule("vectorize")},
	// node:http's servers behind a fetch handler (worker/node); workerd's
	// connectHandler and handleAsNodeConnection, node:net's, are not here.
	{"cloudflare:node", []string{"handleAsNodeRequest", "httpServerHandler"}, func(w *worker.Worker) *goja.Object {
		return node.CloudflareNode(w.Host()).ToObject(w.Host().RT)
	}},
}

// cfWorkersNames are cloudflare:workers' exports but env and exports, which
// the stand-in binds so that withEnv can change them.
var cfWorkersNames = []string{"DurableObject", "RpcPromise", "RpcProperty", "RpcStub", "RpcTarget", "ServiceStub",
	"WorkerEntrypoint", "WorkflowEntrypoint", "abortIsolate", "cache", "restore", "tracing", "waitUntil", "withEnv",
	"withEnvAndExports", "withExports"}

// cfWorkersBind is the specifier the stand-in asks for its binder.
const cfWorkersBind = "cloudflare:workers#bind"

// cfStandIn is the bundle's module for the cloudflare: module spec: an ES
// module whose named exports are the real module's, so that, as in workerd,
// it has no default export, `import * as m` lists only its names, and an
// import of a name it lacks fails when the bundle is built. ok is false for
// a module mcrepl does not have.
func cfStandIn(spec string) (src string, ok bool) {
	names := cfWorkersNames
	if spec != cfWorkersSpec {
		ok = false
		for _, m := range cfModules {
			if m.spec == spec {
				names, ok = m.names, true
			}
		}
		if !ok {
			return "", false
		}
	}
	// Each export is read through a call marked pure, so that esbuild
	// drops the ones the bundle does not use: what they are made of (the
	// RPC classes, tracing: js/workers.js) is then never built.
	var b strings.Builder
	b.WriteString("const m = " + nodeRequire + "(" + jsonString(spec) + "), g = (k) => m[k];\n")
	if spec == cfWorkersSpec {
		b.WriteString("export let env = m.env, exports = m.exports;\n" +
			nodeRequire + "(" + jsonString(cfWorkersBind) + ")((e, x) => { env = e; exports = x; });\n")
	}
	b.WriteString("export const ")
	for i, n := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n + " = /* @__PURE__ */ g(" + jsonString(n) + ")")
	}
	b.WriteString(";\n")
	return b.String(), true
}

// cfModuleExports returns the exports of the cloudflare: module spec, other
// than cloudflare:workers, if mcrepl has it. Loop goroutine only.
func cfModuleExports(w *worker.Worker, spec string) (*goja.Object, bool) {
	for _, m := range cfModules {
		if m.spec == spec {
			return m.exports(w), true
		}
	}
	return nil, false
}

// cfModuleNames lists the cloudflare: modules mcrepl has, cloudflare:workers
// first.
func cfModuleNames() []string {
	names := []string{cfWorkersSpec}
	for _, m := range cfModules {
		names = append(names, m.spec)
	}
	return names
}

// cfModuleList is cfModuleNames for a message: "a, b and c".
func cfModuleList() string {
	n := cfModuleNames()
	return strings.Join(n[:len(n)-1], ", ") + " and " + n[len(n)-1]
}

// cfResolveFilter is the bundler's filter for the cloudflare: modules mcrepl
// has.
func cfResolveFilter() string {
	var alts []string
	for _, n := range cfModuleNames() {
		alts = append(alts, strings.TrimPrefix(n, "cloudflare:"))
	}
	return "^cloudflare:(" + strings.Join(alts, "|") + ")$"
}

//go:embed js/*.js
var cfSources embed.FS

var (
	cfProgMu sync.Mutex
	cfProgs  = map[string]*goja.Program{}
)

// cfProgram compiles js/<file>.js once per process, named cloudflare:<file>
// (mcrepl:<file> for loopback, whose frames, mcrepl's machinery, stacks
// leave out).
func cfProgram(file string) *goja.Program {
	cfProgMu.Lock()
	defer cfProgMu.Unlock()
	if p, ok := cfProgs[file]; ok {
		return p
	}
	src, err := cfSources.ReadFile("js/" + file + ".js")
	if err != nil {
		panic(err)
	}
	name := "cloudflare:" + file
	if file == "loopback" {
		name = "mcrepl:" + file
	}
	p := goja.MustCompile(name, string(src), true)
	cfProgs[file] = p
	return p
}

// jsModule is a cloudflare: module written in JavaScript (js/<file>.js: a
// function of cloudflare:workers' exports that returns the module's), run
// once per isolate on first import.
func jsModule(file string) func(w *worker.Worker) *goja.Object {
	return func(w *worker.Worker) *goja.Object {
		s := cfStateOf(w)
		if ex, ok := s.modules[file]; ok {
			return ex
		}
		rt := w.Host().RT
		fn, err := rt.RunProgram(cfProgram(file))
		if err != nil {
			panic(err)
		}
		call, _ := goja.AssertFunction(fn)
		v, err := call(goja.Undefined(), cfWorkersExports(w))
		if err != nil {
			panic(err)
		}
		ex := v.ToObject(rt)
		if s.modules == nil {
			s.modules = map[string]*goja.Object{}
		}
		s.modules[file] = ex
		return ex
	}
}
