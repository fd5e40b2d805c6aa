package fetch

import (
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/blob"
	"github.com/mcrepl/mcrepl/worker/events"
)

// guard is a Headers object's guard (Fetch §5.2): only "immutable" is
// enforced by workerd (it has no forbidden request or response headers).
type guard uint8

const (
	guardNone guard = iota
	guardImmutable
)

// header is one entry of a header list: the name lower-cased, as workerd
// compares and iterates it, and raw, as the Worker spelt it, which workerd
// keeps for the wire.
type header struct{ name, value, raw string }

// headers is the Go side of a Headers object.
type headers struct {
	list  []header
	guard guard
}

// get is the combined value of name (already lower-case): the values
// joined with ", ", and ok=false when there is none.
func (h *headers) get(name string) (string, bool) {
	var b strings.Builder
	found := false
	for _, e := range h.list {
		if e.name == name {
			if found {
				b.WriteString(", ")
			}
			b.WriteString(e.value)
			found = true
		}
	}
	return b.String(), found
}

func (h *headers) has(name string) bool {
	for _, e := range h.list {
		if e.name == name {
			return true
		}
	}
	return false
}

// append adds an entry; raw is the name as given ("" when it is name).
// workerd keeps the first spelling of a name for all its values, so an
// entry for a name already present takes that one's.
func (h *headers) append(name, value, raw string) {
	if raw == "" {
		raw = name
	}
	raw = h.spelling(name, raw)
	h.list = append(h.list, header{name, value, raw})
}

// spelling is the raw spelling of name's first entry, or raw when there is none.
func (h *headers) spelling(name, raw string) string {
	for _, e := range h.list {
		if e.name == name {
			return e.raw
		}
	}
	return raw
}

func (h *headers) delete(name string) {
	out := h.list[:0]
	for _, e := range h.list {
		if e.name != name {
			out = append(out, e)
		}
	}
	h.list = out
}

// set replaces every value of name with value, at the first one's place
// and, as in workerd, with the first one's spelling.
func (h *headers) set(name, value, raw string) {
	raw = h.spelling(name, raw)
	out := h.list[:0]
	done := false
	for _, e := range h.list {
		if e.name != name {
			out = append(out, e)
			continue
		}
		if !done {
			out = append(out, header{name, value, raw})
			done = true
		}
	}
	if !done {
		out = append(out, header{name, value, raw})
	}
	h.list = out
}

// sorted is "sort and combine" (Fetch §5.2): names in order, values of one
// name combined, except set-cookie, which is listed once per value.
func (h *headers) sorted() []header {
	names := make([]string, 0, len(h.list))
	seen := make(map[string]bool, len(h.list))
	for _, e := range h.list {
		if !seen[e.name] {
			seen[e.name] = true
			names = append(names, e.name)
		}
	}
	sort.Strings(names)
	out := make([]header, 0, len(names))
	for _, n := range names {
		if n == "set-cookie" {
			for _, e := range h.list {
				if e.name == n {
					out = append(out, e)
				}
			}
			continue
		}
		v, _ := h.get(n)
		out = append(out, header{n, v, n})
	}
	return out
}

func (h *headers) clone() *headers {
	return &headers{list: append([]header(nil), h.list...), guard: h.guard}
}

// HTTP returns the list as an http.Header whose keys are the names as
// workerd writes them, to be assigned to a header map directly. A name in
// workerd's header table (builtinNames) goes out once, in the table's
// spelling, its values joined with ", ", as kj's HttpHeaders keeps it;
// Set-Cookie's second and later values, which kj will not join, go out on
// lines of their own in the Worker's spelling. Any other name goes out as
// the Worker first spelt it, one line per value.
func (h *headers) HTTP() http.Header {
	out := make(http.Header, len(h.list))
	for _, e := range h.list {
		b, builtin := builtinNames()[e.name]
		switch {
		case !builtin:
			out[e.raw] = append(out[e.raw], e.value)
		case len(out[b]) == 0:
			out[b] = []string{e.value}
		case e.name == "set-cookie":
			out[e.raw] = append(out[e.raw], e.value)
		default:
			out[b][0] += ", " + e.value
		}
	}
	return out
}

// builtinNames are the names in the header table of workerd 2026-11-17,
// which it writes in the table's spelling whatever the Worker's: kj's
// builtin headers (KJ_HTTP_FOR_EACH_BUILTIN_HEADER), the HTTP/2 static
// table's names that capnp's http-over-capnp adds (CommonHeaderName), and
// workerd's own (ThreadContext::HeaderIdBundle, and Origin). Checked against
// `workerd serve` with curl: every name here came back so spelt when the
// Worker set it in lower or upper case, and the other names tried
// (Access-Control-Allow-Methods, CF-Connecting-IP, X-Forwarded-For, ...) came
// back as the Worker spelt them.
func builtinNames() map[string]string {
	builtinNamesOnce.Do(func() { builtinNamesValue = makeBuiltinNames() })
	return builtinNamesValue
}

// A sync.Once and a function rather than a package-level sync.OnceValue,
// whose call would be code in the package's init function at every start.
var (
	builtinNamesOnce  sync.Once
	builtinNamesValue map[string]string
)

func makeBuiltinNames() map[string]string {
	m := map[string]string{}
	for _, n := range []string{
		// kj
		"Connection", "Keep-Alive", "TE", "Trailer", "Upgrade", "Content-Length", "Transfer-Encoding",
		"Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Accept", "Sec-WebSocket-Extensions",
		"Host", "Date", "Location", "Content-Type",
		// capnp's common header names
		"Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges", "Accept",
		"Access-Control-Allow-Origin", "Age", "Allow", "Authorization", "Cache-Control",
		"Content-Disposition", "Content-Encoding", "Content-Language", "Content-Location",
		"Content-Range", "Cookie", "ETag", "Expect", "Expires", "From", "If-Match",
		"If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Last-Modified",
		"Link", "Max-Forwards", "Proxy-Authenticate", "Proxy-Authorization", "Range", "Referer",
		"Refresh", "Retry-After", "Server", "Set-Cookie", "Strict-Transport-Security", "User-Agent",
		"Vary", "Via", "WWW-Authenticate",
		// workerd
		"CF-Cache-Status", "Pragma", "CF-Cache-Namespace", "CF-KV-Metadata", "CF-R2-Error",
		"CF-R2-Metadata-Size", "CF-R2-Request", "Sec-WebSocket-Protocol", "CF-Ray", "Origin",
	} {
		m[strings.ToLower(n)] = n
	}
	return m
}

// WireName is how workerd writes a header whose lower-case name is name and
// which the Worker spelt raw.
func WireName(name, raw string) string {
	if b, ok := builtinNames()[name]; ok {
		return b
	}
	return raw
}

// fromHTTP builds a header list from net/http's, in sorted key order (Go's
// map loses the order of arrival).
func fromHTTP(hd http.Header) *headers {
	keys := make([]string, 0, len(hd))
	for k := range hd {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := &headers{}
	for _, k := range keys {
		lk := strings.ToLower(k)
		for _, v := range hd[k] {
			h.append(lk, v, k)
		}
	}
	return h
}

// tokenChar is RFC 9110's tchar. workerd also accepts bytes from 0x80 up
// (a name with "é" is valid there) and the empty name.
func validHeaderName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			continue
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

// normalizeValue strips leading and trailing HTTP whitespace (Fetch §2.2)
// and reports whether what is left is valid for workerd: no NUL, CR or LF.
func normalizeValue(s string) (string, bool) {
	s = strings.Trim(s, " \t\r\n")
	if strings.ContainsAny(s, "\x00\r\n") {
		return s, false
	}
	return s, true
}

// headersClass builds Headers and its iterators.
func (s *state) initHeaders() {
	r, rt := s.realm, s.rt
	ctor, proto := r.Class("Headers", nil, func(call goja.ConstructorCall) *goja.Object {
		h := &headers{}
		s.fillHeaders(h, call.Argument(0), "Failed to construct 'Headers': constructor parameter 1 is not of type 'Headers or Sequence or object'.")
		s.headers.put(call.This, h)
		return nil
	})
	s.headersCtor, s.headersProto = ctor, proto

	this := func(call goja.FunctionCall) *headers {
		o, _ := call.This.(*goja.Object)
		h := s.headers.get(o)
		if h == nil {
			s.throwTypeError(events.IllegalInvocation)
		}
		return h
	}
	name := func(call goja.FunctionCall, method string, i int) string {
		v := call.Argument(i)
		if i >= len(call.Arguments) {
			s.throwTypeError("Failed to execute '" + method + "' on 'Headers': parameter " + itoa(i+1) + " is not of type 'string'.")
		}
		n := s.byteString(v)
		if !validHeaderName(n) {
			s.throwTypeError("Invalid header name.")
		}
		return n
	}
	value := func(call goja.FunctionCall, method, n string, i int) string {
		if i >= len(call.Arguments) {
			s.throwTypeError("Failed to execute '" + method + "' on 'Headers': parameter " + itoa(i+1) + " is not of type 'string'.")
		}
		return s.headerValue(n, call.Argument(i))
	}
	// mutable checks the guard once the arguments are there, before the
	// name or value is validated, as workerd does.
	mutable := func(h *headers, call goja.FunctionCall, method string, args int) {
		// The arguments there are converted first, in order: a Symbol's
		// refusal comes before a missing one.
		for i := 0; i < args && i < len(call.Arguments); i++ {
			if _, ok := call.Arguments[i].(*goja.Symbol); ok {
				s.throwTypeError("Cannot convert a Symbol value to a string")
			}
		}
		if len(call.Arguments) < args {
			s.throwTypeError("Failed to execute '" + method + "' on 'Headers': parameter " + itoa(len(call.Arguments)+1) + " is not of type 'string'.")
		}
		if h.guard == guardImmutable {
			s.throwTypeError("Can't modify immutable headers.")
		}
	}
	method := func(n string, length int, f func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineDataProperty(n, r.Func(n, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	method("get", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		v, ok := h.get(strings.ToLower(name(call, "get", 0)))
		if !ok {
			return goja.Null()
		}
		return rt.ToValue(v)
	})
	method("getAll", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		n := strings.ToLower(name(call, "getAll", 0))
		if n != "set-cookie" {
			s.throwTypeError(`getAll() can only be used with the header name "Set-Cookie".`)
		}
		return s.cookies(h)
	})
	method("getSetCookie", 0, func(call goja.FunctionCall) goja.Value { return s.cookies(this(call)) })
	method("has", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		return rt.ToValue(h.has(strings.ToLower(name(call, "has", 0))))
	})
	method("set", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		mutable(h, call, "set", 2)
		raw := name(call, "set", 0)
		n := strings.ToLower(raw)
		v := value(call, "set", n, 1)
		h.set(n, v, raw)
		return goja.Undefined()
	})
	method("append", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		mutable(h, call, "append", 2)
		raw := name(call, "append", 0)
		n := strings.ToLower(raw)
		v := value(call, "append", n, 1)
		h.append(n, v, raw)
		return goja.Undefined()
	})
	method("delete", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		mutable(h, call, "delete", 1)
		n := strings.ToLower(name(call, "delete", 0))
		h.delete(n)
		return goja.Undefined()
	})
	method("forEach", 0, func(call goja.FunctionCall) goja.Value {
		h := this(call)
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			s.throwTypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'function'.")
		}
		for _, e := range h.sorted() {
			if _, err := fn(call.Argument(1), rt.ToValue(e.value), rt.ToValue(e.name), call.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	entries := iteratorKind(s, "EntryIterator", func(e header) goja.Value {
		return rt.NewArray(e.name, e.value)
	})
	keys := iteratorKind(s, "KeyIterator", func(e header) goja.Value { return rt.ToValue(e.name) })
	values := iteratorKind(s, "ValueIterator", func(e header) goja.Value { return rt.ToValue(e.value) })
	// A Headers iterator walks a snapshot taken when it is made.
	snapshot := func(h *headers) func() []header {
		list := h.sorted()
		return func() []header { return list }
	}
	method("entries", 0, func(call goja.FunctionCall) goja.Value { return entries(snapshot(this(call))) })
	method("keys", 0, func(call goja.FunctionCall) goja.Value { return keys(snapshot(this(call))) })
	method("values", 0, func(call goja.FunctionCall) goja.Value { return values(snapshot(this(call))) })
	_ = proto.DefineDataPropertySymbol(goja.SymIterator, r.Func("", 0, func(call goja.FunctionCall) goja.Value {
		return entries(snapshot(this(call)))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	constructorLast(proto)
}

// constructorLast moves proto's constructor after its members, where V8
// puts it for workerd's classes (Object.getOwnPropertyNames order).
func constructorLast(proto *goja.Object) {
	c := proto.Get("constructor")
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (s *state) cookies(h *headers) goja.Value {
	var out []any
	for _, e := range h.list {
		if e.name == "set-cookie" {
			out = append(out, e.value)
		}
	}
	return s.rt.NewArray(out...)
}

// headerValue converts v to a ByteString-like header value for name, as
// workerd does: whitespace trimmed, NUL/CR/LF refused, characters above
// U+00FF accepted as UTF-8 with a warning.
func (s *state) headerValue(name string, v goja.Value) string {
	// workerd keeps the value's bytes as V8 writes them (a lone surrogate
	// as WTF-8, which its warning shows raw) and reads them back as UTF-8.
	str := blob.WTF8(s.toStrValue(v))
	val, ok := normalizeValue(str)
	if !ok {
		s.throwTypeError("Invalid header value.")
	}
	for _, c := range val {
		if c > 0x7f {
			var raw strings.Builder
			for i := 0; i < len(val); i++ { // workerd escapes every byte, ASCII too
				raw.WriteString(`\x` + hex2(val[i]))
			}
			s.warnf("A header value for \"%s\" contains non-ASCII characters: \"%s\" (raw bytes: \"%s\"). As a quirk to support Unicode, we are encoding values as UTF-8 in the header, but in a browser this would likely result in a TypeError exception. Consider encoding this string in ASCII for compatibility with browser implementations of the Fetch specification.",
				name, val, raw.String())
			break
		}
	}
	return blob.DecodeUTF8([]byte(val))
}

// byteString is a header name as a string (names above U+00FF would be
// refused by validHeaderName's callers through their UTF-8 bytes).
func (s *state) byteString(v goja.Value) string { return s.toStrValue(v).String() }

// fillHeaders fills h from a HeadersInit: a Headers, a sequence of pairs or
// a record. errMsg is the message for any other type.
func (s *state) fillHeaders(h *headers, init goja.Value, errMsg string) {
	if init == nil || goja.IsUndefined(init) {
		return
	}
	o, ok := init.(*goja.Object)
	if !ok || goja.IsNull(init) {
		s.throwTypeError(errMsg)
	}
	if src := s.headers.get(o); src != nil {
		h.list = append(h.list, src.list...)
		return
	}
	add := func(n, v goja.Value) {
		name := s.byteString(n)
		if !validHeaderName(name) {
			s.throwTypeError("Invalid header name.")
		}
		lower := strings.ToLower(name)
		h.append(lower, s.headerValue(lower, v), name)
	}
	// A sequence when @@iterator is callable, else a record (as workerd's
	// union conversion has it: a non-callable @@iterator makes a record).
	if iterable(o) {
		var pairs [][]goja.Value
		s.rt.ForOf(o, func(item goja.Value) bool {
			io, ok := item.(*goja.Object)
			if !ok || !iterable(io) {
				s.throwTypeError("Incorrect type: the provided value is not of type 'Sequence'.")
			}
			var pair []goja.Value
			s.rt.ForOf(io, func(v goja.Value) bool { pair = append(pair, v); return true })
			if len(pair) != 2 {
				s.throwTypeError("To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.")
			}
			pairs = append(pairs, pair)
			return true
		})
		for _, p := range pairs {
			add(p[0], p[1])
		}
		return
	}
	// A record<ByteString, ByteString>: own enumerable string keys, in order.
	for _, k := range o.Keys() {
		add(s.rt.ToValue(k), o.Get(k))
	}
}

// iterable reports whether o's @@iterator is a function.
func iterable(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
	return ok
}

// newHeadersObject wraps h in a new Headers object.
func (s *state) newHeadersObject(h *headers) *goja.Object {
	o := s.rt.CreateObject(s.headersProto)
	s.headers.put(o, h)
	return o
}

// iteratorKind builds an iterator class (workerd's EntryIterator,
// KeyIterator, ValueIterator: a prototype with next(), inheriting from
// %IteratorPrototype%) over the list that list returns at each step.
func iteratorKind[E any](s *state, tag string, item func(E) goja.Value) func(list func() []E) goja.Value {
	r, rt := s.realm, s.rt
	proto := rt.NewObject()
	_ = proto.SetPrototype(s.iteratorProto)
	type iter struct {
		list func() []E // read at each step
		i    int
	}
	var its slots[iter]
	s.iterTags = append(s.iterTags, iterTag{tag, func(o *goja.Object) bool { return its.get(o) != nil }})
	_ = proto.DefineDataProperty("next", r.Func("next", 0, func(call goja.FunctionCall) goja.Value {
		o, _ := call.This.(*goja.Object)
		it := its.get(o)
		if it == nil {
			s.throwTypeError(events.IllegalInvocation)
		}
		res := rt.NewObject()
		list := it.list()
		if it.i >= len(list) {
			_ = res.Set("done", true)
			_ = res.Set("value", goja.Undefined())
			return res
		}
		e := list[it.i]
		it.i++
		_ = res.Set("done", false)
		_ = res.Set("value", item(e))
		return res
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	ctor := r.Func(tag, 0, func(goja.FunctionCall) goja.Value {
		s.throwTypeError("Illegal constructor")
		return nil
	})
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.Tag(proto, tag)
	return func(list func() []E) goja.Value {
		o := rt.CreateObject(proto)
		its.put(o, &iter{list: list})
		return o
	}
}
