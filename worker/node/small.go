package node

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// setSmall gives the binding what the smaller modules (js/os.js,
// js/diagnostics_channel.js, js/perf_hooks.js, ...) need from Go:
//
//	flag(name)  // whether the compatibility flag name is on
func setSmall(env *host.Env, set func(string, func(goja.FunctionCall) goja.Value)) {
	set("flag", func(call goja.FunctionCall) goja.Value {
		return env.RT.ToValue(env.Flags.Enabled(call.Argument(0).String()))
	})
}
