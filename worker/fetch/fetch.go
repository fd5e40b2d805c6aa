// Package fetch implements workerd's Fetch API for one isolate: Headers,
// Body (the mixin as workerd exposes it, an "Illegal constructor" class that
// Request and Response inherit from), Request, Response, FormData and
// fetch(), which reaches the network only when the user allowed it
// (--allow-net; host.Permissions.Net).
//
// Bodies live in Go until JavaScript asks for a stream: a string, a buffer,
// form data or a Go reader (a server's request body, a fetch() response)
// is consumed by text(), json(), arrayBuffer(), bytes(), blob() and
// formData() without any JS stream; reading .body makes a byte
// ReadableStream (the global constructor, package streams) that pulls from
// the Go source. A body given as a ReadableStream is read through its
// reader.
//
// Go API, for servers (package serve) and `mcrepl run --fetch`, each on the
// loop goroutine unless it says otherwise:
//
//	req := fetch.NewRequest(env, fetch.Incoming{Method: "GET", URL: u, Header: h, Body: r})
//	resp, err := fetch.ResponseOf(env, value)  // the handler's result
//	resp.Body.Buffered() / resp.Body.Reader() / resp.Body.Next(cb)
//
// A 101 Response carries a webSocket (package websocket's end) in
// Outgoing.WebSocket for mcrepl serve to upgrade. What workerd has that
// this package lacks: Request.fetcher is null, the cf object of an
// incoming request is a fixed local one (see Incoming.CF).
package fetch

import (
	"fmt"
	"strconv"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

func init() {
	host.Register(
		host.Global{Name: "Headers", Build: func(env *host.Env) goja.Value { return get(env).headersCtor }},
		host.Global{Name: "Body", Build: func(env *host.Env) goja.Value { return get(env).bodyCtor }},
		host.Global{Name: "Request", Build: func(env *host.Env) goja.Value { return get(env).requestCtor }},
		host.Global{Name: "Response", Build: func(env *host.Env) goja.Value { return get(env).responseCtor }},
		host.Global{Name: "FormData", Build: func(env *host.Env) goja.Value { return get(env).formDataCtor }},
		host.Global{Name: "fetch", Build: func(env *host.Env) goja.Value { return get(env).fetchFn }},
	)
}

type stateKey struct{}

// state is the package's per-isolate state: the classes and the Go side
// of every live object.
type state struct {
	env   *host.Env
	rt    *goja.Runtime
	realm *events.Realm

	headersCtor, headersProto   *goja.Object
	bodyCtor, bodyProto         *goja.Object
	requestCtor, requestProto   *goja.Object
	responseCtor, responseProto *goja.Object
	formDataCtor, formDataProto *goja.Object
	fetchFn                     *goja.Object
	// The Cache API (cache.go), made on first use.
	cacheCtor, cacheProto     *goja.Object
	storageCtor, storageProto *goja.Object
	cache                     *cacheState
	iteratorProto             *goja.Object

	headers   slots[headers]
	requests  slots[request]
	responses slots[response]
	forms     slots[formData]

	iterTags []iterTag // the iterator classes, for structuredClone's refusal

}

func get(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state { return newState(env) })
}

func newState(env *host.Env) *state {
	s := &state{env: env, rt: env.RT, realm: env.Realm}
	host.State(env, builtKey{}, func() *built { return &built{} }).s = s
	s.initHelpers()
	s.registerInspect()
	s.initHeaders()
	s.initBody()
	s.initRequest()
	s.initResponse()
	s.initFormData()
	s.initFetch()
	return s
}

// warnf writes a console warning, as workerd logs its API warnings.
func (s *state) warnf(format string, args ...any) {
	if s.env.Warn != nil {
		s.env.Warn(fmt.Sprintf(format, args...))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// promise returns a new promise and its settling functions, which turn a
// failed settle (impossible on a fresh promise) into nothing.
func (s *state) promise() (p goja.Value, resolve, reject func(goja.Value)) {
	pr, res, rej := s.rt.NewPromise()
	return s.rt.ToValue(pr), func(v goja.Value) { _ = res(v) }, func(v goja.Value) { _ = rej(v) }
}

// rejected is a promise rejected with v.
func (s *state) rejected(v goja.Value) goja.Value {
	p, _, reject := s.promise()
	reject(v)
	return p
}

// whenSettled calls onFulfilled or onRejected, from a microtask, when v (a
// promise, a thenable or a value) settles.
func (s *state) whenSettled(v goja.Value, onFulfilled, onRejected func(goja.Value)) {
	s.env.WhenSettled(v, onFulfilled, onRejected)
}

// try runs f, which may throw a JS value, and returns what it threw.
func (s *state) try(f func()) (thrown goja.Value) {
	if ex := s.rt.Try(f); ex != nil {
		return ex.Value()
	}
	return nil
}

// typeError makes a TypeError value.
func (s *state) typeError(msg string) goja.Value { return s.rt.NewTypeError("%s", msg) }

// throwTypeError throws a TypeError with msg as it is (goja's NewTypeError
// would read a % in it as a format verb).
func (s *state) throwTypeError(msg string) { panic(s.typeError(msg)) }

// global returns a global constructor by name, as the isolate builds it
// (not the script's global of that name), or nil when the isolate has none
// (another package not built in, or a gate closed).
func (s *state) global(name string) *goja.Object {
	var o *goja.Object
	s.rt.Try(func() { o, _ = s.env.Builtin(name).(*goja.Object) })
	return o
}

// instanceOf reports whether v is an instance of the global named ctor.
func (s *state) instanceOf(v goja.Value, ctor string) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	c := s.global(ctor)
	if c == nil {
		return false
	}
	res := false
	s.rt.Try(func() { res = s.rt.InstanceOf(o, c) })
	return res
}
