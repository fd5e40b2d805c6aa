package streams

import (
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The package's objects cannot be cloned: structuredClone and postMessage
// throw workerd's DataCloneError for each (conformance case 2306), where the
// clone would otherwise copy them as empty plain objects.
func init() {
	host.RegisterSerializer(host.Serializer{
		Serialize:   refuseClone,
		Deserialize: func(*host.Env, any) *goja.Object { return nil },
	})
}

// builtKey finds the realm without building it: a clone in an isolate that
// made no stream asks nothing of the package.
type builtKey struct{}

type built struct{ r *realm }

// inPropertyUsed is set once own kept a state in a property (the fallback).
var inPropertyUsed atomic.Bool

func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	var v any
	if gojaprops.Tagged(o, &ownedTag) {
		v = (*ownedObj)(unsafe.Pointer(o)).v
	} else if !inPropertyUsed.Load() {
		return nil, false // the usual object a clone meets: no lookup
	} else if b := host.State(env, builtKey{}, func() *built { return &built{} }); b.r != nil {
		v = b.r.slotOf(o) // the fallback: the state in a property
	}
	if v == nil {
		return nil, false
	}
	// A ReadableStream or WritableStream (a script's subclass included) is
	// refused as workerd refuses it outside RPC; a host subclass
	// (crypto.DigestStream) and the other classes by their name.
	name := className(env, o)
	msg := `Could not serialize object of type "` + name + `". This type does not support serialization.`
	switch v.(type) {
	case *readableStream, *writableStream:
		if name == "ReadableStream" || name == "WritableStream" {
			msg = name + " can only be serialized for RPC."
		}
	}
	env.ThrowDOMException(msg, "DataCloneError")
	return nil, false
}

// className is the name of the host class o is an instance of (a script's
// subclass is named by the class it extends).
func className(env *host.Env, o *goja.Object) string {
	r := host.State(env, builtKey{}, func() *built { return &built{} }).r
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if r != nil {
			for name, q := range r.protos {
				if q == p {
					return name // a class of the package's (some have no constructor)
				}
			}
		}
		if c, ok := p.Get("constructor").(*goja.Object); ok {
			if name, ok := env.Realm.NativeName(c); ok {
				return name
			}
		}
	}
	return "Object"
}
