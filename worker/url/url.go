// Package url implements workerd's URL, URLSearchParams and URLPattern for
// one isolate: the WHATWG URL standard's parser and serializer (written
// here, whatwg.go and host.go, IDNA through golang.org/x/net/idna) and the
// URL Pattern standard of github.com/dunglas/go-urlpattern, with workerd's
// property shapes, error messages and live searchParams.
//
// The globals register themselves with package host; package worker
// installs them (worker/register_url.go). Go API, for other packages (the
// loop goroutine only):
//
//   - Parse(input, base) parses as new URL(input, base) does and returns
//     the serialized URL (href), or ok false where the constructor throws
//     "Invalid URL string." (Request, Response.redirect, fetch);
//   - ParseURLEncoded and SerializeURLEncoded are the
//     application/x-www-form-urlencoded parser and serializer that
//     URLSearchParams uses (Request.formData, a URLSearchParams body).
package url

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

func init() {
	host.Register(
		host.Global{Name: "URL", Build: func(env *host.Env) goja.Value { return st(env).urlCtor }},
		host.Global{Name: "URLSearchParams", Build: func(env *host.Env) goja.Value { return st(env).paramsCtor }},
		host.Global{Name: "URLPattern", Build: func(env *host.Env) goja.Value { return st(env).patternCtor }},
	)
}

type stateKey struct{}

// built holds the isolate's state once it exists, so that the clone's
// question about every object does not build it.
type built struct{ s *state }

type builtKey struct{}

func init() {
	host.RegisterSerializer(host.Serializer{Serialize: refuseClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: builtKey{}})
}

// refuseClone throws workerd's DataCloneError for the package's objects,
// which workerd does not serialize.
func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	s := host.State(env, builtKey{}, func() *built { return &built{} }).s
	if s == nil {
		return nil, false
	}
	if name := s.typeOf(o); name != "" {
		env.ThrowDOMException(`Could not serialize object of type "`+name+`". This type does not support serialization.`, "DataCloneError")
	}
	return nil, false
}

// typeOf names o's class when it is one of the package's objects.
func (s *state) typeOf(o *goja.Object) string {
	if urlOf(o) != nil {
		return "URL"
	}
	if s.paramsOf(o) != nil {
		return "URLSearchParams"
	}
	if s.patterns.Get(o) != nil {
		return "URLPattern"
	}
	for i, name := range []string{"EntryIterator", "KeyIterator", "ValueIterator"} {
		if it := s.iters.Get(o); it != nil && it.kind == i {
			return name
		}
	}
	return ""
}

type state struct {
	env *host.Env
	rt  *goja.Runtime

	urlCtor, urlProto         *goja.Object
	paramsCtor, paramsProto   *goja.Object
	patternCtor, patternProto *goja.Object
	iterProtos                [3]*goja.Object // EntryIterator, KeyIterator, ValueIterator

	params   host.Slots[params]
	iters    host.Slots[paramsIter]
	patterns host.Slots[pattern]

	internalClass *goja.Symbol
	recordEntries goja.Callable

	lastBaseInput string
	lastBase      *record
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT}
		host.State(env, builtKey{}, func() *built { return &built{} }).s = s
		s.internalClass = env.SymbolFor("cloudflare:internal-class")
		f, err := s.rt.RunString(recordSource)
		if err != nil {
			panic(err)
		}
		in := env.Intrinsics()
		outer, _ := goja.AssertFunction(f)
		if r, err := outer(goja.Undefined(), in.ReflectOwnKeysValue(), in.GetOwnPropertyDescriptorValue()); err == nil {
			s.recordEntries, _ = goja.AssertFunction(r)
		}
		s.initURL()
		s.initParams()
		s.initPattern()
		s.registerInspect()
		return s
	})
}

// Parse parses input against base (no base when base is nil) as the URL
// constructor does and returns the URL's href.
func Parse(input string, base *string) (href string, ok bool) {
	u, ok := parse(input, base)
	if !ok {
		return "", false
	}
	return u.href(), true
}

// HostAndPort parses input as the URL constructor does and returns its
// hostname and port getters' values (workerd's connect() finds a
// "host:port" string's parts by parsing "fake://" + it).
func HostAndPort(input string) (hostname, port string, ok bool) {
	u, ok := parseURL(input, nil)
	if !ok {
		return "", "", false
	}
	return u.hostname(), u.portString(), true
}

func parse(input string, base *string) (*record, bool) {
	if base == nil {
		return parseURL(input, nil)
	}
	b, ok := parseURL(*base, nil)
	if !ok {
		return nil, false
	}
	return parseURL(input, b)
}

// urlObj is one URL instance: the parsed URL and its URLSearchParams
// object, made on first read of searchParams.
type urlObj struct {
	expando
	u         *record
	paramsObj *goja.Object
	params    *params
}

func (s *state) throwTypeError(msg string) { panic(s.rt.NewTypeError("%s", msg)) }

// usv converts v to a USVString (lone surrogates become U+FFFD, as goja's
// conversion to a Go string makes them).
func (s *state) usv(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		s.throwTypeError("Cannot convert a Symbol value to a string")
	}
	return v.String()
}

// finishProto gives a class prototype workerd's layout after its members:
// the constructor after them, then the two symbols of every workerd
// resource type.
func (s *state) finishProto(proto *goja.Object) {
	c := proto.Get("constructor")
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(s.internalClass, s.internalClass, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(resourceTypeInspect.Get(), s.rt.NewObject(), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// resourceTypeInspect is the package's kResourceTypeInspect symbol.
var resourceTypeInspect = gojaprops.LazySymbol{Name: "kResourceTypeInspect"}

func (s *state) staticMethod(c *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	_ = c.DefineDataProperty(name, s.env.Realm.Func(name, 0, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// URL's surface, as workerd declares it (url-standard.h): the static
// canParse, parse, createObjectURL and revokeObjectURL; origin, href and
// the component accessors, searchParams, toJSON and toString.
func (s *state) initURL() {
	r := s.env.Realm
	s.urlCtor, s.urlProto = s.class("URL", func(args []goja.Value, proto *goja.Object) *goja.Object {
		if len(args) < 1 {
			s.throwTypeError("Failed to construct 'URL': constructor parameter 1 is not of type 'USVString'.")
		}
		var base goja.Value = goja.Undefined()
		if len(args) > 1 {
			base = args[1]
		}
		u, ok := s.parseArgs(args[0], base)
		if !ok {
			s.throwTypeError("Invalid URL string.")
		}
		return s.newInstance(&urlObj{u: u}, proto)
	})
	c, p := s.urlCtor, s.urlProto
	s.staticMethod(c, "canParse", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 1 {
			typeErrorExecute(s, "canParse", "URL", 1, "USVString")
		}
		_, ok := s.parseArgs(call.Arguments[0], call.Argument(1))
		return s.rt.ToValue(ok)
	})
	s.staticMethod(c, "parse", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 1 {
			typeErrorExecute(s, "parse", "URL", 1, "USVString")
		}
		u, ok := s.parseArgs(call.Arguments[0], call.Argument(1))
		if !ok {
			return goja.Null()
		}
		return s.newInstance(&urlObj{u: u}, s.urlProto)
	})
	s.staticMethod(c, "createObjectURL", func(call goja.FunctionCall) goja.Value {
		if !s.isBlob(call.Argument(0)) {
			typeErrorExecute(s, "createObjectURL", "URL", 1, "File or Blob")
		}
		panic(s.env.Realm.NewError("URL.createObjectURL() is not implemented"))
	})
	s.staticMethod(c, "revokeObjectURL", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			typeErrorExecute(s, "revokeObjectURL", "URL", 1, "USVString")
		}
		s.usv(call.Arguments[0]) // converted first, as workerd does (a Symbol is refused)
		panic(s.env.Realm.NewError("URL.revokeObjectURL() is not implemented"))
	})

	for _, a := range urlAccessors {
		a := a
		var set func(goja.FunctionCall) goja.Value
		if a.set != nil {
			set = func(call goja.FunctionCall) goja.Value {
				o := s.thisURL(call)
				if !a.set(o, s.usv(call.Argument(0))) {
					s.throwTypeError("Failed to set the '" + a.name + "' property on 'URL': the provided value is not of type 'valid URL string'.")
				}
				return goja.Undefined()
			}
		}
		r.Accessor(p, a.name, func(call goja.FunctionCall) goja.Value {
			return s.rt.ToValue(a.get(s.thisURL(call).u))
		}, set)
	}
	r.Accessor(p, "searchParams", func(call goja.FunctionCall) goja.Value {
		o := s.thisURL(call)
		if o.paramsObj == nil {
			o.params = &params{url: o, list: ParseURLEncoded(o.u.query)}
			o.paramsObj = s.newInstance(&urlParams{p: o.params}, s.paramsProto)
		}
		return o.paramsObj
	}, nil)
	href := func(call goja.FunctionCall) goja.Value { return s.rt.ToValue(s.thisURL(call).u.href()) }
	r.Method(p, "toJSON", href)
	r.Method(p, "toString", href)
	s.finishProto(p)
}

// urlAccessors are URL's string accessors in workerd's order, each getter
// and setter as the URL standard's API section defines them (section 6.1).
// A setter returns false to throw (only href's does).
var urlAccessors = []struct {
	name string
	get  func(*record) string
	set  func(*urlObj, string) bool
}{
	{"origin", origin, nil},
	{"href", (*record).href, func(o *urlObj, v string) bool {
		u, ok := parseURL(v, nil)
		if !ok {
			return false
		}
		o.u = u
		o.queryChanged()
		return true
	}},
	{"protocol", func(u *record) string { return u.scheme + ":" }, func(o *urlObj, v string) bool {
		return o.set(v+":", schemeStartState)
	}},
	{"username", func(u *record) string { return u.username }, func(o *urlObj, v string) bool {
		if !o.u.cannotHaveUsernamePasswordPort() {
			o.u.username = percentEncodeString(v, userinfoSet)
		}
		return true
	}},
	{"password", func(u *record) string { return u.password }, func(o *urlObj, v string) bool {
		if !o.u.cannotHaveUsernamePasswordPort() {
			o.u.password = percentEncodeString(v, userinfoSet)
		}
		return true
	}},
	{"host", (*record).hostPort, func(o *urlObj, v string) bool {
		if !o.u.opaque {
			o.set(v, hostState)
		}
		return true
	}},
	{"hostname", (*record).hostname, func(o *urlObj, v string) bool {
		if !o.u.opaque {
			o.set(v, hostnameState)
		}
		return true
	}},
	{"port", (*record).portString, func(o *urlObj, v string) bool {
		if o.u.cannotHaveUsernamePasswordPort() {
			return true
		}
		if v == "" {
			o.u.port = -1
			return true
		}
		return o.set(v, portState)
	}},
	{"pathname", func(u *record) string { return u.path }, func(o *urlObj, v string) bool {
		if !o.u.opaque {
			o.u.path = ""
			o.set(v, pathStartState)
		}
		return true
	}},
	{"search", (*record).search, func(o *urlObj, v string) bool {
		if v == "" {
			o.u.query, o.u.hasQuery = "", false
		} else {
			o.u.query, o.u.hasQuery = "", true
			o.set(strings.TrimPrefix(v, "?"), queryState)
		}
		o.queryChanged()
		return true
	}},
	{"hash", (*record).hash, func(o *urlObj, v string) bool {
		if v == "" {
			o.u.fragment, o.u.hasFrag = "", false
			return true
		}
		o.u.fragment, o.u.hasFrag = "", true
		o.set(strings.TrimPrefix(v, "#"), fragmentState)
		return true
	}},
}

// set runs the basic URL parser on the URL with a state override. As in
// the standard, the URL keeps what the parser changed before a failure
// (host = "example.com:65536" sets the host).
// The setters ignore a failure, so set reports success (true) always.
func (o *urlObj) set(v string, st parseState) bool {
	basicParse(v, nil, o.u, st)
	return true
}

// queryChanged refreshes the URL's URLSearchParams list after its query
// changed through href or search.
func (o *urlObj) queryChanged() {
	if o.params != nil {
		o.params.list = ParseURLEncoded(o.u.query)
	}
}

func (s *state) thisURL(call goja.FunctionCall) *urlObj {
	o := urlOf(call.This)
	if o == nil {
		s.throwTypeError(events.IllegalInvocation)
	}
	return o
}

// parseArgs is the URL constructor's argument handling: a base that is not
// undefined is converted and parsed first.
func (s *state) parseArgs(input, base goja.Value) (*record, bool) {
	in := s.usv(input)
	if goja.IsUndefined(base) {
		return parseURL(in, nil)
	}
	// The last base is kept parsed: code that resolves many URLs against
	// one base parses it once. A parsed record is never changed once it
	// serves as a base (the parser copies from it).
	bs := s.usv(base)
	if s.lastBase == nil || s.lastBaseInput != bs {
		b, ok := parseURL(bs, nil)
		if !ok {
			return nil, false
		}
		s.lastBase, s.lastBaseInput = b, bs
	}
	return parseURL(in, s.lastBase)
}

// isBlob says whether v is a Blob (or File), by its prototype chain.
func (s *state) isBlob(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	c, ok := s.env.Builtin("Blob").(*goja.Object) // the isolate's, not the script's global
	return ok && s.rt.InstanceOf(o, c)
}

// origin is the URL standard's origin serialized (section 4.7): a tuple
// origin for the special schemes but file, a blob: URL's inner http(s)
// URL's, "null" otherwise.
func origin(u *record) string {
	switch u.scheme {
	case "ftp", "http", "https", "ws", "wss":
		return u.scheme + "://" + u.hostPort()
	case "blob":
		inner, ok := parseURL(u.path, nil)
		if ok && (inner.scheme == "http" || inner.scheme == "https") {
			return origin(inner)
		}
	}
	return "null"
}

// class makes a constructor with the shape events.Realm.Class gives
// (length 0, name, a prototype whose constructor it is; shown as native
// code; a call without new throws workerd's TypeError), for the one class
// scripts construct in loops. Class's constructor is a JS function around a
// native one, and its this, arguments object and the native side's reading
// of them cost more than parsing the URL; goja's native constructors cannot
// tell a call from new (both reach them without a new.target). So this one
// is a Proxy of a native constructor whose Go traps do: apply throws,
// construct gets the arguments and new.target as they are. ctor makes the
// instance with proto, new.target's prototype (a subclass's for super()).
func (s *state) class(name string, ctor func(args []goja.Value, proto *goja.Object) *goja.Object) (c, proto *goja.Object) {
	msg := "Failed to construct '" + name + "': Please use the 'new' operator, this object constructor cannot be called as a function."
	target := s.rt.ToValue(func(goja.ConstructorCall) *goja.Object { return nil }).(*goja.Object)
	hasInstance := s.env.Realm.Func("[Symbol.hasInstance]", 1, func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return s.rt.ToValue(false)
		}
		p, ok := c.Get("prototype").(*goja.Object)
		if !ok {
			s.throwTypeError("Function has non-object prototype '" + c.Get("prototype").String() + "' in instanceof check")
		}
		for q := o.Prototype(); q != nil; q = q.Prototype() {
			if q == p {
				return s.rt.ToValue(true)
			}
		}
		return s.rt.ToValue(false)
	})
	_ = target.DefineDataProperty("name", s.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto = target.Get("prototype").(*goja.Object)
	c = s.rt.ToValue(s.rt.NewProxy(target, &goja.ProxyTrapConfig{
		Apply: func(*goja.Object, goja.Value, []goja.Value) goja.Value {
			s.throwTypeError(msg)
			return nil
		},
		// goja's Function.prototype[Symbol.hasInstance] refuses a Proxy,
		// so instanceof finds this one instead: the same ordinary
		// prototype-chain walk.
		GetSym: func(target *goja.Object, sym *goja.Symbol, _ goja.Value) goja.Value {
			if sym == goja.SymHasInstance {
				return hasInstance
			}
			return target.GetSymbol(sym)
		},
		Construct: func(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
			p := proto
			if np, ok := newTarget.Get("prototype").(*goja.Object); ok {
				p = np // as in workerd, also URL's own after URL.prototype = {...}
			}
			return ctor(args, p)
		},
	})).(*goja.Object)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	s.env.Realm.ShowAsNative(c, name)
	s.env.Realm.Tag(proto, name)
	inspect.RegisterTransparent(s.rt, c) // console.log(URL): a function, as in workerd
	return c, proto
}

// typeErrorExecute is WebIDL's conversion failure, in V8's words as workerd
// prints them.
func typeErrorExecute(s *state, method, iface string, param int, typ string) {
	s.throwTypeError("Failed to execute '" + method + "' on '" + iface + "': parameter " + string(rune('0'+param)) + " is not of type '" + typ + "'.")
}
