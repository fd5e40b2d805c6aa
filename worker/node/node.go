// Package node is workerd's Node.js compatibility (nodejs_compat): the
// Node.js globals at the dates and flags where workerd has them (Buffer,
// process, global, setImmediate, clearImmediate) and the node: modules that
// a bundled ES module imports (assert, async_hooks, buffer, console,
// constants, crypto, diagnostics_channel, dns, events, fs and fs/promises
// (an in-memory filesystem: /bundle, /tmp, /dev), http, https and the
// _http_* pieces, module, net, os, path, perf_hooks, process, punycode,
// querystring, stream, string_decoder, sys, timers, tls, url, util, zlib,
// the _stream_* and _tls_* pieces and their subpaths), each behind workerd's gate
// (nodejs_compat, and a flag of its own where workerd has one:
// enable_nodejs_os_module, ...), cloudflare:node's
// server handlers (CloudflareNode), and the ones whose functions do not work
// in a Worker and throw workerd's ERR_METHOD_NOT_IMPLEMENTED or return its
// fixed values (child_process, cluster, dgram, domain, http2, inspector,
// readline, repl, sqlite, trace_events, tty, v8, vm, wasi, worker_threads),
// which libraries import at their top level to feature-detect, and
// node:test's mock API.
//
// Everything is lazy: the globals are host.Register'ed lazy globals, and a
// module is compiled once per process and evaluated in an isolate the first
// time something imports or reads it. A script that names no Node.js API
// pays for nothing, not even for AsyncLocalStorage's context tracking, which
// is switched on when node:async_hooks is first loaded.
//
// Most modules are JavaScript (js/*.js, one function per module taking the
// Go binding, require and module), as workerd's own are TypeScript; the
// binding (binding.go) gives them what needs Go: string encodings, the
// inspector of console.log, timers, microtasks, the event log. Buffer is
// mcrepl's own, not goja_nodejs's: that one lacks about half of Node's
// methods (indexOf, copy, fill, compare, swap, the slice and write families),
// defines them enumerable in another order, and needs goja_nodejs's require
// registry; workerd's shape and messages are checked by cases 1618-1620.
//
// Go API, for the loader and package worker:
//
//	Require(env, "node:buffer")  // a module's exports (what `import x from` gets); throws if absent
//	Named(env, "node:timers")    // its named exports where they are not the default's properties
//	Available(env.Flags, name)   // whether workerd offers the module under the flags
//	FlagOff(env.Flags, name)     // whether its own enable_nodejs_*_module flag keeps it off
//	Builtin("events")            // whether a bare name is a Node.js built-in
//	SetEnv(env, vars)            // the Worker's vars, for process.env
//	SetHooks(Hooks{...})         // package worker's side: event log, async context
//
// All of it runs on the isolate's loop goroutine.
package node

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/host"
)

// Hooks are what package worker gives this package beyond host.Env.
type Hooks struct {
	// TraceLog returns the isolate's event log (nil when it is off).
	TraceLog func(env *host.Env) *trace.Log
	// TrackAsync makes the isolate carry t's context into promise
	// reactions, timer callbacks and Go-side microtasks (port deliveries).
	TrackAsync func(env *host.Env, t goja.AsyncContextTracker)
}

var hooks Hooks

// SetHooks sets the Hooks. Call it from an init function only.
func SetHooks(h Hooks) { hooks = h }

// compat is the gate of everything but node:async_hooks: workerd offers the
// node: modules with nodejs_compat or nodejs_compat_v2.
func compat(f *flags.Set) bool {
	return f.Enabled("nodejs_compat") || f.Enabled("nodejs_compat_v2")
}

// ownFlag is the gate of a module with a flag of its own in workerd
// (enable_nodejs_X_module, which nodejs_compat implies from a date): the
// module is there with nodejs_compat and its flag.
func ownFlag(f *flags.Set, name string) bool { return compat(f) && f.Enabled(name) }

func childProcessOn(f *flags.Set) bool  { return ownFlag(f, "enable_nodejs_child_process_module") }
func consoleOn(f *flags.Set) bool       { return ownFlag(f, "enable_nodejs_console_module") }
func fsOn(f *flags.Set) bool            { return ownFlag(f, "enable_nodejs_fs_module") }
func osOn(f *flags.Set) bool            { return ownFlag(f, "enable_nodejs_os_module") }
func perfHooksOn(f *flags.Set) bool     { return ownFlag(f, "enable_nodejs_perf_hooks_module") }
func punycodeOn(f *flags.Set) bool      { return ownFlag(f, "enable_nodejs_punycode_module") }
func clusterOn(f *flags.Set) bool       { return ownFlag(f, "enable_nodejs_cluster_module") }
func dgramOn(f *flags.Set) bool         { return ownFlag(f, "enable_nodejs_dgram_module") }
func domainOn(f *flags.Set) bool        { return ownFlag(f, "enable_nodejs_domain_module") }
func http2On(f *flags.Set) bool         { return ownFlag(f, "enable_nodejs_http2_module") }
func inspectorOn(f *flags.Set) bool     { return ownFlag(f, "enable_nodejs_inspector_module") }
func readlineOn(f *flags.Set) bool      { return ownFlag(f, "enable_nodejs_readline_module") }
func replOn(f *flags.Set) bool          { return ownFlag(f, "enable_nodejs_repl_module") }
func sqliteOn(f *flags.Set) bool        { return ownFlag(f, "enable_nodejs_sqlite_module") }
func traceEventsOn(f *flags.Set) bool   { return ownFlag(f, "enable_nodejs_trace_events_module") }
func ttyOn(f *flags.Set) bool           { return ownFlag(f, "enable_nodejs_tty_module") }
func v8On(f *flags.Set) bool            { return ownFlag(f, "enable_nodejs_v8_module") }
func vmOn(f *flags.Set) bool            { return ownFlag(f, "enable_nodejs_vm_module") }
func wasiOn(f *flags.Set) bool          { return ownFlag(f, "enable_nodejs_wasi_module") }
func workerThreadsOn(f *flags.Set) bool { return ownFlag(f, "enable_nodejs_worker_threads_module") }

// globalsOn is the gate of the Node.js globals: nodejs_compat_v2 (which
// nodejs_compat implies from 2024-09-23, and the date turns on from
// 2026-08-04).
func globalsOn(f *flags.Set) bool { return f.Enabled("nodejs_compat_v2") }

// globalTimersOn is the gate of node:timers' setTimeout family on globalThis
// (enable_nodejs_global_timers, which needs nodejs_compat or v2).
func globalTimersOn(f *flags.Set) bool { return f.Enabled("enable_nodejs_global_timers") && compat(f) }

// nodeTimer is one of them: node:timers' Go function (timeout.go), which
// loads no JavaScript (the isolate reads these globals when it starts).
func nodeTimer(name string) host.Global {
	return host.Global{Name: name, On: globalTimersOn, Where: host.Own, Build: func(env *host.Env) goja.Value {
		return timerFuncs(env)[name]
	}}
}

func init() {
	host.Register(nodeTimer("setTimeout"), nodeTimer("setInterval"), nodeTimer("clearTimeout"), nodeTimer("clearInterval"))
	host.Register(
		host.Global{Name: "setImmediate", On: globalsOn, Build: buildSetImmediate},
		host.Global{Name: "clearImmediate", On: globalsOn, Build: buildClearImmediate},
		host.Global{Name: "process", On: globalsOn, Where: host.Own, Build: func(env *host.Env) goja.Value {
			return Require(env, "node:process")
		}},
		host.Global{Name: "Buffer", On: globalsOn, Where: host.Own, Build: func(env *host.Env) goja.Value {
			return Require(env, "node:buffer").ToObject(env.RT).Get("Buffer")
		}},
		host.Global{Name: "global", On: globalsOn, Where: host.Own, Build: func(env *host.Env) goja.Value {
			return env.Global
		}},
	)
}

// module is one node: module mcrepl has.
type module struct {
	file  string // js/<file>.js
	alias string // another module whose exports this one's are ("" for none)
	on    func(*flags.Set) bool
	// prefixOnly: only "node:<name>" names it, never the bare name
	// (node:test, as in Node and workerd).
	prefixOnly bool
}

// modules are mcrepl's node: modules, by name without the prefix: a table
// the compiler lays out as data (a map would be built by the package's
// init function at every start), which moduleNamed searches.
var modules = [...]struct {
	name string
	module
}{
	{"_tls_common", module{file: "tls_common", on: compat}},
	{"_tls_wrap", module{file: "tls_wrap", on: compat}},
	{"assert", module{file: "assert", on: compat}},
	{"assert/strict", module{alias: "assert", on: compat}},
	{"async_hooks", module{file: "async_hooks", on: func(f *flags.Set) bool { return compat(f) || f.Enabled("nodejs_als") }}},
	{"buffer", module{file: "buffer", on: compat}},
	{"child_process", module{file: "child_process", on: childProcessOn}},
	{"cluster", module{file: "cluster", on: clusterOn}},
	{"console", module{file: "console", on: consoleOn}},
	{"constants", module{file: "constants", on: compat}},
	{"crypto", module{file: "crypto", on: compat}},
	{"dgram", module{file: "dgram", on: dgramOn}},
	{"dns", module{file: "dns", on: compat}},
	{"dns/promises", module{file: "dns_promises", on: compat}},
	{"diagnostics_channel", module{file: "diagnostics_channel", on: compat}},
	{"domain", module{file: "domain", on: domainOn}},
	{"events", module{file: "events", on: compat}},
	{"fs", module{file: "fs", on: fsOn}},
	{"fs/promises", module{file: "fs_promises", on: fsOn}},
	{"http", module{file: "http", on: httpOn}},
	{"https", module{file: "https", on: httpOn}},
	{"http2", module{file: "http2", on: http2On}},
	{"inspector", module{file: "inspector", on: inspectorOn}},
	{"inspector/promises", module{file: "inspector_promises", on: inspectorOn}},
	{"module", module{file: "module", on: compat}},
	{"net", module{file: "net", on: compat}},
	{"os", module{file: "os", on: osOn}},
	{"path", module{file: "path", on: compat}},
	{"path/posix", module{alias: "path", on: compat}},
	{"path/win32", module{file: "path_win32", on: compat}},
	{"perf_hooks", module{file: "perf_hooks", on: perfHooksOn}},
	{"process", module{file: "process", on: compat}},
	{"punycode", module{file: "punycode", on: punycodeOn}},
	{"querystring", module{file: "querystring", on: compat}},
	{"readline", module{file: "readline", on: readlineOn}},
	{"readline/promises", module{file: "readline_promises", on: readlineOn}},
	{"repl", module{file: "repl", on: replOn}},
	{"sqlite", module{file: "sqlite", on: sqliteOn}},
	{"stream", module{file: "stream", on: compat}},
	{"stream/consumers", module{file: "stream_consumers", on: compat}},
	{"stream/promises", module{file: "stream_promises", on: compat}},
	{"stream/web", module{file: "stream_web", on: compat}},
	{"string_decoder", module{file: "string_decoder", on: compat}},
	{"sys", module{alias: "util", on: compat}},
	{"test", module{file: "test", on: compat, prefixOnly: true}},
	{"timers", module{file: "timers", on: compat}},
	{"tls", module{file: "tls", on: compat}},
	{"timers/promises", module{file: "timers_promises", on: compat}},
	{"trace_events", module{file: "trace_events", on: traceEventsOn}},
	{"tty", module{file: "tty", on: ttyOn}},
	{"url", module{file: "url", on: compat}},
	{"util", module{file: "util", on: compat}},
	{"util/types", module{file: "util_types", on: compat}},
	{"v8", module{file: "v8", on: v8On}},
	{"vm", module{file: "vm", on: vmOn}},
	{"wasi", module{file: "wasi", on: wasiOn}},
	{"worker_threads", module{file: "worker_threads", on: workerThreadsOn}},
	{"zlib", module{file: "zlib", on: compat}},
	{"_http_agent", module{file: "http_agent", on: httpOn}},
	{"_http_client", module{file: "http_client", on: httpOn}},
	{"_http_common", module{file: "http_common", on: httpOn}},
	{"_http_incoming", module{file: "http_incoming", on: httpOn}},
	{"_http_outgoing", module{file: "http_outgoing", on: httpOn}},
	{"_http_server", module{file: "http_server", on: httpServerOn}},
	{"_stream_duplex", module{file: "_stream_duplex", on: compat}},
	{"_stream_passthrough", module{file: "_stream_passthrough", on: compat}},
	{"_stream_readable", module{file: "_stream_readable", on: compat}},
	{"_stream_transform", module{file: "_stream_transform", on: compat}},
	{"_stream_writable", module{file: "_stream_writable", on: compat}},
	{"internal/errors", module{file: "errors"}},
	{"internal/http", module{file: "http_internal"}},
	{"internal/cloudflare_node", module{file: "cloudflare_node"}},
	{"internal/dns", module{file: "dns_internal"}},
	{"internal/inspector", module{file: "inspector_shared"}},
	{"internal/stubs", module{file: "stubs"}},
	{"internal/util", module{file: "util_internal"}},
}

// httpOn is the gate of node:http, node:https and node:_http_* but
// _http_server: enable_nodejs_http_modules (implied by nodejs_compat from
// 2025-08-15).
func httpOn(f *flags.Set) bool { return compat(f) && f.Enabled("enable_nodejs_http_modules") }

// httpServerOn is node:_http_server's gate, and that of node:http's
// createServer, Server and ServerResponse (which throw without it):
// enable_nodejs_http_server_modules (implied by enable_nodejs_http_modules
// from 2025-09-01).
func httpServerOn(f *flags.Set) bool {
	return compat(f) && f.Enabled("enable_nodejs_http_server_modules")
}

// moduleNamed is the module name (without the prefix), if mcrepl has it.
func moduleNamed(name string) (module, bool) {
	for i := range modules {
		if modules[i].name == name {
			return modules[i].module, true
		}
	}
	return module{}, false
}

// workerdModules are the node: modules of workerd 2026-11-17 at its newest
// date (process.getBuiltinModule of every Node.js built-in name), for the
// message about one that mcrepl lacks.
var workerdModules = []string{
	"assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
	"constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events",
	"fs", "fs/promises", "http", "http2", "https", "inspector", "inspector/promises", "module", "net",
	"os", "path", "path/posix", "path/win32", "perf_hooks", "process", "punycode", "querystring",
	"readline", "readline/promises", "repl", "sqlite", "stream", "stream/consumers",
	"stream/promises", "stream/web", "string_decoder", "sys", "test", "timers", "timers/promises",
	"tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads",
	"zlib", "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform",
	"_stream_writable", "_stream_wrap", "_http_agent", "_http_client", "_http_common",
	"_http_incoming", "_http_outgoing", "_http_server", "_tls_common", "_tls_wrap",
}

// Builtin reports whether name, without the node: prefix, is a Node.js
// built-in module of workerd's (the bare names a bundle leaves to the
// runtime).
func Builtin(name string) bool {
	for _, m := range workerdModules {
		if m == name {
			return true
		}
	}
	return false
}

// BuiltinNames lists the Node.js built-in module names of workerd's, without
// the node: prefix.
func BuiltinNames() []string { return append([]string(nil), workerdModules...) }

// Available reports whether workerd offers the module spec ("node:buffer",
// or a bare "buffer") under f and mcrepl has it.
func Available(f *flags.Set, spec string) bool {
	name, prefixed := strings.CutPrefix(spec, "node:")
	m, ok := moduleNamed(name)
	if !ok || m.on == nil || !m.on(f) {
		return false
	}
	// Bare names are nodejs_compat_v2's.
	return prefixed || (f.Enabled("nodejs_compat_v2") && !m.prefixOnly)
}

// Has reports whether mcrepl has the module spec (with or without the
// node: prefix) under some flags.
func Has(spec string) bool {
	m, ok := moduleNamed(strings.TrimPrefix(spec, "node:"))
	return ok && m.on != nil
}

// Names lists the modules Available under f (every one mcrepl has when f is
// nil), with the node: prefix, sorted.
func Names(f *flags.Set) []string {
	var out []string
	for _, m := range modules {
		if m.on != nil && (f == nil || m.on(f)) {
			out = append(out, "node:"+m.name)
		}
	}
	sort.Strings(out)
	return out
}

// prefixOnly reports whether mcrepl's module name is one that only its
// node: name imports.
func prefixOnly(name string) bool {
	m, ok := moduleNamed(name)
	return ok && m.prefixOnly
}

// missing is the one-line message for a module that is not available.
func missing(f *flags.Set, spec string) string {
	name, prefixed := strings.CutPrefix(spec, "node:")
	var msg string
	switch {
	case !prefixed && Builtin(name) && compat(f) && !f.Enabled("nodejs_compat_v2"):
		msg = fmt.Sprintf("No such module %q: without nodejs_compat_v2, import it as \"node:%s\"", spec, name)
	case !prefixed && prefixOnly(name) && compat(f):
		msg = fmt.Sprintf("No such module %q: import it as \"node:%s\"", spec, name)
	case FlagOff(f, spec):
		// Its own enable_nodejs_*_module flag is off: workerd's message,
		// word for word (a script may print it); Require adds to the
		// error's stack which flag turns the module on.
		if f.Enabled("new_module_registry") {
			return "Module not found: node:" + name
		}
		return fmt.Sprintf("No such module \"node:%s\".", name)
	case Has(name) && compat(f):
		msg = fmt.Sprintf("No such module %q: its compatibility flag is off (mcrepl flags lists the enable_nodejs_*_module flags)", spec)
	case Builtin(name) && compat(f):
		msg = fmt.Sprintf("No such module %q: workerd has node:%s, mcrepl does not", spec, name)
	default:
		msg = fmt.Sprintf("No such module %q.", spec)
		if !compat(f) && Builtin(name) {
			msg = fmt.Sprintf("No such module %q: workerd's node: modules need the nodejs_compat flag (or a compatibility date from 2026-08-04)", spec)
		}
	}
	if names := Names(f); len(names) > 0 {
		msg += "; mcrepl has " + strings.Join(names, ", ")
	}
	return msg
}

// moduleFlag is workerd's enable_nodejs_X_module flag of the module name
// (node:X or node:X/sub), or "" for one that has none.
func moduleFlag(name string) string {
	top, _, _ := strings.Cut(name, "/")
	flag := "enable_nodejs_" + top + "_module"
	if _, enable, ok := flags.Lookup(flag); ok && enable {
		return flag
	}
	return ""
}

// flagHint says which flag turns on the module spec that FlagOff keeps off,
// and from which date nodejs_compat implies it.
func flagHint(f *flags.Set, spec string) string {
	name := strings.TrimPrefix(spec, "node:")
	flag := moduleFlag(name)
	hint := fmt.Sprintf("mcrepl: workerd offers node:%s with the %s flag, which nodejs_compat implies from %s", name, flag, impliedFrom(flag))
	if by, ok := strings.CutPrefix(f.Reason(flag), "by flag "); ok {
		hint += "; " + by + " turned it off"
	}
	return hint
}

// FlagOff reports whether spec (with or without the node: prefix, as
// workerd resolves it under f) names a module mcrepl has that its own
// enable_nodejs_*_module flag keeps off, with nodejs_compat on.
func FlagOff(f *flags.Set, spec string) bool {
	name, prefixed := strings.CutPrefix(spec, "node:")
	if !Has(name) || !compat(f) || (!prefixed && !f.Enabled("nodejs_compat_v2")) {
		return false
	}
	flag := moduleFlag(name)
	return flag != "" && !f.Enabled(flag)
}

// impliedFrom is the compatibility date from which nodejs_compat implies
// the flag.
func impliedFrom(flag string) string {
	for _, im := range flags.Implied {
		if im.Flag == flag {
			return im.Date
		}
	}
	return "no date"
}

// state is one isolate's modules.
type state struct {
	env     *host.Env
	binding *goja.Object
	require goja.Value
	cache   map[string]goja.Value
	named   map[string]*goja.Object // module.named, by module name

	bufferProto *goja.Object // Buffer.prototype, once node:buffer is loaded
	inspectMax  int          // buffer.INSPECT_MAX_BYTES

	vars       []host.Var   // the Worker's bindings as process.env shows them (strings)
	processEnv *goja.Object // process.env, once made
}

// SetEnv gives the isolate its Worker's bindings (a wrangler
// configuration's vars): with nodejs_compat_populate_process_env, process.env
// holds each of them as a string, as workerd fills it with its text bindings
// (and JSON bindings as their JSON text). Call it before the module runs.
// Loop goroutine only.
func SetEnv(env *host.Env, vars []host.Var) {
	s := stateOf(env)
	s.vars = nil
	for _, v := range vars {
		if str, ok := v.Value.(string); ok {
			s.vars = append(s.vars, host.Var{Name: v.Name, Value: str})
		} else if b, err := json.Marshal(v.Value); err == nil {
			s.vars = append(s.vars, host.Var{Name: v.Name, Value: string(b)})
		}
	}
	if s.processEnv != nil {
		s.fillEnv()
	}
}

// fillEnv copies the bindings into process.env, in their order.
func (s *state) fillEnv() {
	if !s.env.Flags.Enabled("nodejs_compat_populate_process_env") {
		return
	}
	for _, v := range s.vars {
		_ = s.processEnv.Set(v.Name, v.Value)
	}
}

type stateKey struct{}

func stateOf(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, cache: map[string]goja.Value{}}
		s.binding = newBinding(s)
		s.require = env.RT.ToValue(func(call goja.FunctionCall) goja.Value {
			return s.load(call.Argument(0).String(), true)
		})
		return s
	})
}

// Require returns the exports of the node: module spec (with or without the
// prefix, as workerd resolves it under env's flags), loading it on first
// use. It throws workerd's "No such module" Error, with the modules mcrepl
// has, when the module is not available. Loop goroutine only.
func Require(env *host.Env, spec string) goja.Value {
	s := stateOf(env)
	if !Available(env.Flags, spec) {
		e := env.Realm.NewError(missing(env.Flags, spec))
		if FlagOff(env.Flags, spec) {
			// The message is workerd's; the stack, which an uncaught
			// error's report shows, says what turns the module on.
			head, frames, _ := strings.Cut(e.Get("stack").String(), "\n")
			_ = e.Set("stack", head+"\n    ("+flagHint(env.Flags, spec)+")\n"+frames)
		}
		panic(e)
	}
	return s.load(strings.TrimPrefix(spec, "node:"), false)
}

// load evaluates the module name (no prefix) once per isolate. Internal
// requires (from the modules themselves) skip the flag check.
func (s *state) load(name string, internal bool) goja.Value {
	name = strings.TrimPrefix(name, "node:")
	if v, ok := s.cache[name]; ok {
		return v
	}
	m, ok := moduleNamed(name)
	if !ok {
		panic(s.env.RT.NewTypeError("mcrepl: no internal module " + name))
	}
	if m.alias != "" {
		v := s.load(m.alias, internal)
		s.cache[name] = v
		return v
	}
	rt := s.env.RT
	fn, err := rt.RunProgram(program(name, m.file))
	if err != nil {
		panic(err)
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		panic(rt.NewTypeError("mcrepl: module " + name + " is not a function"))
	}
	mod := rt.NewObject()
	exports := rt.NewObject()
	_ = mod.Set("exports", exports)
	// A cycle gets the exports object as it is so far, as in Node.
	s.cache[name] = exports
	if _, err := call(goja.Undefined(), s.binding, s.require, mod); err != nil {
		delete(s.cache, name)
		panic(err)
	}
	v := mod.Get("exports")
	s.cache[name] = v
	if named, ok := mod.Get("named").(*goja.Object); ok {
		if s.named == nil {
			s.named = map[string]*goja.Object{}
		}
		s.named[name] = named
	}
	return v
}

// Named returns the named exports of the node: module spec (loaded by
// Require) where they are not its default export's enumerable properties:
// the module's module.named, an object of all of them (workerd's
// node:timers exports Timeout, which its default does not have, and its
// node:console does not export the default's _times). Nil for the others.
// Loop goroutine only.
func Named(env *host.Env, spec string) *goja.Object {
	name := strings.TrimPrefix(spec, "node:")
	if m, ok := moduleNamed(name); ok && m.alias != "" {
		name = m.alias
	}
	return stateOf(env).named[name]
}

//go:embed js/*.js
var sources embed.FS

var (
	progMu   sync.Mutex
	programs map[string]*goja.Program // made by the first program call
)

// program compiles js/<file>.js, the module name, once per process (a
// goja.Program runs in any number of runtimes).
func program(name, file string) *goja.Program {
	progMu.Lock()
	defer progMu.Unlock()
	if p, ok := programs[file]; ok {
		return p
	}
	src, err := sources.ReadFile("js/" + file + ".js")
	if err != nil {
		panic(err)
	}
	p := goja.MustCompile("node:"+name, string(src), true)
	if programs == nil {
		programs = map[string]*goja.Program{}
	}
	programs[file] = p
	return p
}
