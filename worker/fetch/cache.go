package fetch

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The Cache API as workerd has it without a cache configured, which is
// what `workerd test` and a local workerd give: caches (a CacheStorage
// whose default is a Cache), caches.open(name), and Cache's match, put and
// delete with workerd's checks of their arguments, in its order, before
// they reject with "No Cache was configured" (match and delete of a
// request that is not a GET resolve, as workerd answers them without a
// cache; put of a 304 resolves, with workerd's warning). A put reads the
// response's body, as workerd's does before it looks for the cache. The
// methods workerd leaves unimplemented throw its error.

func init() {
	host.Register(
		host.Global{Name: "caches", Where: host.Own, Build: func(env *host.Env) goja.Value { return get(env).cacheStorage() }},
		host.Global{Name: "Cache", Build: func(env *host.Env) goja.Value { get(env).initCache(); return get(env).cacheCtor }},
		host.Global{Name: "CacheStorage", Build: func(env *host.Env) goja.Value { get(env).initCache(); return get(env).storageCtor }},
	)
}

// cacheState is the package's Cache API: the classes, made on first use,
// the Cache objects (to check a method's this) and the global caches.
type cacheState struct {
	caches *goja.Object
	marks  map[*goja.Object]bool // the Cache objects made
	stores map[*goja.Object]bool // the CacheStorage objects made
}

const noCache = "No Cache was configured"

// initCache makes Cache and CacheStorage, once.
func (s *state) initCache() {
	if s.cacheCtor != nil {
		return
	}
	s.cache = &cacheState{marks: map[*goja.Object]bool{}, stores: map[*goja.Object]bool{}}
	r := s.realm
	s.cacheCtor, s.cacheProto = r.Class("Cache", nil, nil)
	s.storageCtor, s.storageProto = r.Class("CacheStorage", nil, nil)
	unimplemented := func(proto *goja.Object, class, name string) {
		_ = proto.DefineDataProperty(name, r.Func(name, 0, func(call goja.FunctionCall) goja.Value {
			// this first, as workerd checks it before it finds the method missing.
			o, _ := call.This.(*goja.Object)
			if o == nil || class == "Cache" && !s.cache.marks[o] || class == "CacheStorage" && !s.cache.stores[o] {
				s.throwTypeError(events.IllegalInvocation)
			}
			panic(s.realm.NewError("Failed to execute '" + name + "' on '" + class + "': the method is not implemented."))
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	// A method of Cache: this must be a Cache (a TypeError thrown at once,
	// as workerd's); params checks the arguments' types, whose errors
	// reject the promise at once, as workerd's argument conversion does;
	// what f throws rejects it a step later, as an error from the method's
	// body does in workerd (the order in which the rejections arrive).
	method := func(name string, params func(call goja.FunctionCall), f func(call goja.FunctionCall) goja.Value) {
		_ = s.cacheProto.DefineDataProperty(name, r.Func(name, 0, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); !ok || !s.cache.marks[o] {
				s.throwTypeError(events.IllegalInvocation)
			}
			if ex := s.try(func() { params(call) }); ex != nil {
				return s.rejected(ex)
			}
			if v, refused := s.env.RejectInGlobalScope(); refused {
				return v
			}
			var out goja.Value
			if ex := s.try(func() { out = f(call) }); ex != nil {
				return s.resolvedValue(s.rejected(ex))
			}
			return out
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	requestParam := func(method string) func(goja.FunctionCall) {
		return func(call goja.FunctionCall) {
			if len(call.Arguments) == 0 {
				s.throwTypeError("Failed to execute '" + method + "' on 'Cache': parameter 1 is not of type 'Request or string'.")
			}
		}
	}
	unimplemented(s.cacheProto, "Cache", "add")
	unimplemented(s.cacheProto, "Cache", "addAll")
	method("delete", requestParam("delete"), func(call goja.FunctionCall) goja.Value {
		if !s.cacheRequestIsGet(call, "delete") {
			return s.resolvedValue(s.rt.ToValue(false))
		}
		return s.rejected(s.realm.NewError(noCache))
	})
	method("match", requestParam("match"), func(call goja.FunctionCall) goja.Value {
		if !s.cacheRequestIsGet(call, "match") {
			return s.resolvedValue(goja.Undefined())
		}
		return s.rejected(s.realm.NewError(noCache))
	})
	method("put", func(call goja.FunctionCall) {
		requestParam("put")(call)
		if s.responses.get(call.Argument(1)) == nil {
			s.throwTypeError("Failed to execute 'put' on 'Cache': parameter 2 is not of type 'Response'.")
		}
	}, s.cachePut)
	unimplemented(s.cacheProto, "Cache", "matchAll")
	unimplemented(s.cacheProto, "Cache", "keys")

	_ = s.storageProto.DefineDataProperty("open", r.Func("open", 0, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); !ok || !s.cache.stores[o] {
			s.throwTypeError(events.IllegalInvocation)
		}
		if len(call.Arguments) == 0 {
			return s.rejected(s.typeError("Failed to execute 'open' on 'CacheStorage': parameter 1 is not of type 'string'."))
		}
		var name string
		if ex := s.try(func() { name = s.toStr(call.Argument(0)) }); ex != nil {
			return s.rejected(ex)
		}
		if len(name) >= 1024 {
			return s.resolvedValue(s.rejected(s.typeError("Cache name is too long.")))
		}
		return s.resolvedValue(s.newCache())
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	for _, name := range []string{"delete", "match", "has", "keys"} {
		unimplemented(s.storageProto, "CacheStorage", name)
	}
	// constructor last, as in workerd's prototypes.
	for _, c := range [][2]*goja.Object{{s.cacheCtor, s.cacheProto}, {s.storageCtor, s.storageProto}} {
		_ = c[1].Delete("constructor")
		_ = c[1].DefineDataProperty("constructor", c[0], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// newCache makes a Cache object.
func (s *state) newCache() *goja.Object {
	o := s.rt.CreateObject(s.cacheProto)
	s.cache.marks[o] = true
	return o
}

// cacheStorage is the global caches, made on first use: a CacheStorage
// whose own default (read-only, enumerable) is a Cache.
func (s *state) cacheStorage() goja.Value {
	s.initCache()
	if s.cache.caches == nil {
		o := s.rt.CreateObject(s.storageProto)
		s.cache.stores[o] = true
		_ = o.DefineDataProperty("default", s.newCache(), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		s.cache.caches = o
	}
	return s.cache.caches
}

// cacheRequest is a Cache method's first argument (present: params
// checked it) as workerd coerces it: a Request, or a URL string (a relative
// or malformed one is workerd's TypeError).
func (s *state) cacheRequest(call goja.FunctionCall, method string) *request {
	return s.newRequest(call.Argument(0), goja.Undefined(), "Failed to execute '"+method+"' on 'Cache': parameter 2")
}

// cacheRequestIsGet coerces match's or delete's request and reports
// whether the cache is asked: a GET, or any method with ignoreMethod.
func (s *state) cacheRequestIsGet(call goja.FunctionCall, method string) bool {
	q := s.cacheRequest(call, method)
	if o, ok := call.Argument(1).(*goja.Object); ok {
		if v := o.Get("ignoreMethod"); v != nil && v.ToBoolean() {
			return true
		}
	}
	return q.method == "GET"
}

// cachePut is Cache.prototype.put: workerd's checks, in its order, then the
// body read, then the missing cache.
func (s *state) cachePut(call goja.FunctionCall) goja.Value {
	q := s.cacheRequest(call, "put")
	p := s.responses.get(call.Argument(1))
	if q.method != "GET" {
		s.throwTypeError("Cannot cache response to non-GET request.")
	}
	if p.status == 206 {
		s.throwTypeError("Cannot cache response to a range request (206 Partial Content).")
	}
	if v, ok := p.headers.get("vary"); ok && strings.ContainsRune(v, '*') {
		s.throwTypeError("Cannot cache response with 'Vary: *' header.")
	}
	if p.status == 304 {
		s.warnf("Ignoring attempt to Cache.put() a 304 status response. 304 responses are not meaningful to cache, and a potential source of bugs. Consider validating that the response status is meaningful to cache before calling Cache.put().")
		return s.resolvedValue(goja.Undefined())
	}
	if p.body != nil && p.body.disturbed(s) {
		s.throwTypeError(bodyUsedMessage)
	}
	if p.body != nil && p.body.stream != nil && s.locked(p.body.stream) {
		s.throwTypeError("The ReadableStream has been locked to a reader.")
	}
	read := s.consume(p.body, func([]byte) goja.Value { return goja.Undefined() })
	out, _, reject := s.promise()
	s.whenSettled(read, func(goja.Value) { reject(s.realm.NewError(noCache)) }, reject)
	return out
}

// resolvedValue is a promise fulfilled with v.
func (s *state) resolvedValue(v goja.Value) goja.Value {
	p, resolve, _ := s.promise()
	resolve(v)
	return p
}
