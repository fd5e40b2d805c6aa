package streams

import (
	"github.com/dop251/goja"

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
		host.Register(host.Global{Name: name, Build: func(env *host.Env) goja.Value {
			return get(env).ctors[name]
		}})
	}
}
