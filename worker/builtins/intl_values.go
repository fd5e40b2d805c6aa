package builtins

import (
	_ "embed"
	"encoding/json"

	"github.com/dop251/goja"
)

// Intl.supportedValuesOf. data/supportedvalues.json holds, per key, the
// list workerd's V8 (ICU) returns, as it prints it (re-record with
// Intl.supportedValuesOf(key) in workerd). It is parsed on first use.

//go:embed data/supportedvalues.json
var supportedValuesJSON []byte

var supportedValuesLazy = lazyValue[map[string][]string]{f: func() map[string][]string {
	var m map[string][]string
	if err := json.Unmarshal(supportedValuesJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	return m
}}

func supportedValues() map[string][]string { return supportedValuesLazy.get() }

// supportedValuesOf is Intl.supportedValuesOf(key): a new array each call.
func (b *installer) supportedValuesOf(intl *goja.Object) {
	b.method(intl, "supportedValuesOf", 1, func(call goja.FunctionCall) goja.Value {
		key := b.toString(call.Argument(0)).String()
		list, ok := supportedValues()[key]
		if !ok {
			b.rangeError("Invalid key : " + key)
		}
		out := make([]any, len(list))
		for i, v := range list {
			out[i] = v
		}
		return b.rt.NewArray(out...)
	})
}
