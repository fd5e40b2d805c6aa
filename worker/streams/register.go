package streams

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"

	"github.com/mcrepl/mcrepl/worker/host"
)

// classes are the globals of the package, all on the
// ServiceWorkerGlobalScope prototype as in workerd.
var classes = []string{
	"ByteLengthQueuingStrategy", "CountQueuingStrategy",
	"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
	"ReadableStreamBYOBRequest", "ReadableStreamDefaultController", "ReadableByteStreamController",
	"WritableStream", "WritableStreamDefaultWriter", "WritableStreamDefaultController",
	"TransformStream", "TransformStreamDefaultController",
	"CompressionStream", "DecompressionStream", "IdentityTransformStream", "FixedLengthStream",
}

func init() {
	for _, name := range classes {
		name := name
		var on func(*flags.Set) bool
		if strings.HasSuffix(name, "Controller") || name == "ReadableStreamBYOBRequest" {
			on = constructorsOn
		}
		host.Register(host.Global{Name: name, On: on, Build: func(env *host.Env) goja.Value {
			return get(env).ctors[name]
		}})
	}
}

// constructorsOn: before 2022-11-30 (streams_enable_constructors) workerd's
// ReadableStream and WritableStream cannot be constructed by script, and
// the controllers are not globals.
func constructorsOn(f *flags.Set) bool { return f == nil || f.Enabled("streams_enable_constructors") }

// standardTransformOn: before 2022-11-30 a TransformStream is an identity
// byte stream (transformstream_enable_standard_constructor, which needs
// streams_enable_constructors as well).
func standardTransformOn(f *flags.Set) bool {
	return constructorsOn(f) && (f == nil || f.Enabled("transformstream_enable_standard_constructor"))
}

// constructorMsg is workerd's Error for new ReadableStream() or new
// WritableStream() without streams_enable_constructors.
func constructorMsg(class string) string {
	return "To use the new " + class + "() constructor, enable the streams_enable_constructors compatibility flag. Refer to the docs for more information: https://developers.cloudflare.com/workers/platform/compatibility-dates/#compatibility-flags"
}

// transformWarning is what workerd prints, once per isolate, when a
// TransformStream is given a transformer it will not run.
const transformWarning = "To use the new TransformStream() constructor with a custom transformer, enable the transformstream_enable_standard_constructor compatibility flag. Refer to the docs for more information: https://developers.cloudflare.com/workers/platform/compatibility-dates/#compatibility-flags"
