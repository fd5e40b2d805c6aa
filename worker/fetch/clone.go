package fetch

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// structuredClone and postMessage of the package's objects, as workerd
// serializes them: a Headers keeps its list and guard (a subclass comes
// back a Headers); a Request keeps method, URL, headers, redirect, cache
// and cf, a Response status, statusText, headers, type, URL and cf (their
// Headers come back mutable). A Request or Response with a body (even a
// used or empty one) is refused as its stream would be, and a Request
// given a signal as the signal would be. FormData and the iterators are
// refused like any type without serialization.

func init() {
	host.RegisterSerializer(host.Serializer{Serialize: serialize, Deserialize: deserialize, Key: builtKey{}})
}

type builtKey struct{}

// built holds the isolate's state once the package was built, so that a
// clone of an isolate that never named a fetch class builds nothing.
type built struct{ s *state }

// iterTag names an iterator class and recognises its objects.
type iterTag struct {
	name string
	is   func(*goja.Object) bool
}

type clonedHeaders struct {
	list  []header
	guard guard
}

type clonedRequest struct {
	method, url, redirect string
	cache                 string // "" for none
	cf                    *string
	headers               []header
}

type clonedResponse struct {
	status          int
	statusText, url string
	typ             string
	redirected      bool
	cf              *string
	headers         []header
}

func serialize(env *host.Env, o *goja.Object) (any, bool) {
	s := host.State(env, builtKey{}, func() *built { return &built{} }).s
	if s == nil {
		return nil, false
	}
	if h := s.headers.get(o); h != nil {
		return clonedHeaders{append([]header(nil), h.list...), h.guard}, true
	}
	if q := s.requests.get(o); q != nil {
		if q.body != nil {
			s.refuse("ReadableStream can only be serialized for RPC.")
		}
		if q.signal != nil && !q.defaultSignal {
			s.refuse("AbortSignal serialization is not enabled.")
		}
		c := clonedRequest{method: q.method, url: q.url, redirect: q.redirect, cf: s.cfText(q.cf), headers: append([]header(nil), q.headers.list...)}
		if !goja.IsUndefined(q.cache) {
			c.cache = q.cache.String()
		}
		return c, true
	}
	if p := s.responses.get(o); p != nil {
		if p.body != nil {
			s.refuse("ReadableStream can only be serialized for RPC.")
		}
		return clonedResponse{status: p.status, statusText: p.statusText, url: p.url, typ: p.typ, redirected: p.redirected,
			cf: s.cfText(p.cf), headers: append([]header(nil), p.headers.list...)}, true
	}
	name := ""
	if s.forms.get(o) != nil {
		name = "FormData"
	}
	for _, it := range s.iterTags {
		if name == "" && it.is(o) {
			name = it.name
		}
	}
	if name != "" {
		s.refuse(`Could not serialize object of type "` + name + `". This type does not support serialization.`)
	}
	return nil, false
}

func (s *state) refuse(msg string) { s.env.ThrowDOMException(msg, "DataCloneError") }

// cfText is a held cf as JSON, nil for none.
func (s *state) cfText(v goja.Value) *string {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	t := s.jsonString(v)
	return &t
}

// cfValue reads a cfText back.
func (s *state) cfValue(t *string) goja.Value {
	if t == nil {
		return goja.Undefined()
	}
	parse := s.env.Intrinsics().JSONParse
	if parse == nil {
		panic(s.typeError("JSON.parse is not available"))
	}
	v, err := parse(goja.Undefined(), s.rt.ToValue(*t))
	if err != nil {
		panic(err)
	}
	return v
}

func deserialize(env *host.Env, v any) *goja.Object {
	s := get(env)
	switch c := v.(type) {
	case clonedHeaders:
		return s.newHeadersObject(&headers{list: append([]header(nil), c.list...), guard: c.guard})
	case clonedRequest:
		q := &request{method: c.method, url: c.url, redirect: c.redirect, cf: s.cfValue(c.cf), cache: goja.Undefined(),
			headers: &headers{list: append([]header(nil), c.headers...)}}
		if c.cache != "" {
			q.cache = s.rt.ToValue(c.cache)
		}
		q.headersObj = s.newHeadersObject(q.headers)
		o := s.rt.CreateObject(s.requestProto)
		s.requests.put(o, q)
		return o
	case clonedResponse:
		return s.wrapResponse(&response{status: c.status, statusText: c.statusText, url: c.url, typ: c.typ, redirected: c.redirected,
			cf: s.cfValue(c.cf), headers: &headers{list: append([]header(nil), c.headers...)}})
	}
	return nil
}
