package node

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/sockets"
)

// setSmall gives the binding what the smaller modules (js/os.js,
// js/diagnostics_channel.js, js/module.js, ...) need from Go:
//
//	flag(name)            // whether the compatibility flag name is on
//	isBuiltin(spec)       // node:module's isBuiltin
//	requireBuiltin(spec)  // what node:module's createRequire() function returns
func setSmall(env *host.Env, set func(string, func(goja.FunctionCall) goja.Value)) {
	rt := env.RT
	set("flag", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(env.Flags.Enabled(call.Argument(0).String()))
	})
	set("isBuiltin", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(isBuiltin(call.Argument(0)))
	})
	set("requireBuiltin", func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0).String()
		switch {
		case spec == "cloudflare:sockets":
			return sockets.Exports(env)
		case Available(env.Flags, spec):
			return Require(env, spec)
		case Builtin(strings.TrimPrefix(spec, "node:")) && compat(env.Flags):
			panic(env.Realm.NewError(missing(env.Flags, spec)))
		}
		panic(env.Realm.NewError("Module not found: " + spec))
	})
}

// isBuiltin is workerd's module.isBuiltin: any name with the node: prefix,
// and the bare names of its Node.js modules but test (node:test only).
func isBuiltin(v goja.Value) bool {
	s, ok := v.Export().(string)
	if !ok {
		return false
	}
	if strings.HasPrefix(s, "node:") {
		return true
	}
	return s != "test" && Builtin(s)
}
