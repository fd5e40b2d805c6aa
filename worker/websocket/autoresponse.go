package websocket

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

// WebSocketRequestResponsePair: the request a hibernatable WebSocket
// answers with a fixed response (a Durable Object's
// setWebSocketAutoResponse). mcrepl has no Durable Objects; the class is
// workerd's, so code that builds one runs: two strings, read-only,
// refused by structured clone (case 2330).

type autoKey struct{}

type autoPair struct{ request, response string }

type autoState struct {
	ctor  *goja.Object
	pairs host.Slots[autoPair]
}

// autoHeld finds the state without making it (the clone asks of every object).
type autoHolder struct{ s *autoState }

type autoHolderKey struct{}

func autoHeld(env *host.Env) *autoHolder {
	return host.State(env, autoHolderKey{}, func() *autoHolder { return &autoHolder{} })
}

func autoOf(env *host.Env) *autoState {
	return host.State(env, autoKey{}, func() *autoState {
		s := &autoState{}
		autoHeld(env).s = s
		r := env.Realm
		const name = "WebSocketRequestResponsePair"
		var proto *goja.Object
		s.ctor, proto = r.Class(name, nil, func(call goja.ConstructorCall) *goja.Object {
			// A missing argument is refused; an undefined one is "undefined",
			// as workerd converts a string parameter.
			var strs [2]string
			for i := range strs {
				if i >= len(call.Arguments) {
					env.ThrowTypeError("Failed to construct '" + name + "': constructor parameter " + string(rune('1'+i)) + " is not of type 'string'.")
				}
				if _, ok := call.Arguments[i].(*goja.Symbol); ok {
					env.ThrowTypeError("Cannot convert a Symbol value to a string")
				}
				strs[i] = call.Arguments[i].String()
			}
			p := &autoPair{request: strs[0], response: strs[1]}
			s.pairs.Put(call.This, p)
			return nil
		})
		this := func(call goja.FunctionCall) *autoPair {
			p := s.pairs.Get(call.This)
			if p == nil {
				env.ThrowTypeError(events.IllegalInvocation)
			}
			return p
		}
		r.Accessor(proto, "request", func(call goja.FunctionCall) goja.Value { return env.RT.ToValue(this(call).request) }, nil)
		r.Accessor(proto, "response", func(call goja.FunctionCall) goja.Value { return env.RT.ToValue(this(call).response) }, nil)
		r.ConstructorLast(proto)
		prev := inspect.Custom(env.RT)
		inspect.RegisterCustom(env.RT, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
			if p := s.pairs.Get(o); p != nil {
				return inspect.Braces(name+" {", []string{
					"request: " + recurse(env.RT.ToValue(p.request)),
					"response: " + recurse(env.RT.ToValue(p.response)),
				}), true
			}
			if prev != nil {
				return prev(o, opts, recurse)
			}
			return "", false
		})
		return s
	})
}

// refuseAutoClone throws workerd's DataCloneError for a pair.
func refuseAutoClone(env *host.Env, o *goja.Object) (any, bool) {
	if s := autoHeld(env).s; s != nil && s.pairs.Get(o) != nil {
		env.ThrowDOMException(`Could not serialize object of type "WebSocketRequestResponsePair". This type does not support serialization.`, "DataCloneError")
	}
	return nil, false
}
