package fetch

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show the package's objects as workerd
// does: a Headers and a FormData as maps of their entries (a Headers with
// its [immutable] guard), a Request and a Response with their getters'
// values (the body's stream is shown by package streams).
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if out, ok := s.inspect(o, recurse); ok {
			return out, true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

func (s *state) inspect(o *goja.Object, recurse func(goja.Value) string) (string, bool) {
	rt := s.rt
	str := func(v string) string { return recurse(rt.ToValue(v)) }
	val := func(v any) string { return recurse(rt.ToValue(v)) }
	if h := s.headers.get(o); h != nil {
		list := h.sorted()
		entries := make([]string, 0, len(list)+1)
		for _, e := range list {
			entries = append(entries, str(e.name)+" => "+str(e.value))
		}
		entries = append(entries, "[immutable]: "+val(h.guard == guardImmutable))
		return inspect.Braces(className(o, "Headers")+"("+strconv.Itoa(len(list))+") {", entries), true
	}
	if f := s.forms.get(o); f != nil {
		entries := make([]string, 0, len(f.entries))
		for _, e := range f.entries {
			v := rt.ToValue(decodeEntry(e.str))
			if e.value != nil {
				v = e.value
			}
			entries = append(entries, recurse(rt.ToValue(decodeEntry(e.name)))+" => "+recurse(v))
		}
		return inspect.Braces(className(o, "FormData")+"("+strconv.Itoa(len(f.entries))+") {", entries), true
	}
	bodyOf := func(b *body) string {
		if b == nil {
			return "null"
		}
		return recurse(s.streamOf(b))
	}
	if q := s.requests.get(o); q != nil {
		return lines(className(o, "Request"), []string{
			"method: " + str(q.method),
			"url: " + str(q.url),
			"headers: " + recurse(q.headersObj),
			"redirect: " + str(q.redirect),
			"fetcher: null",
			"signal: " + recurse(q.signalObj(s)),
			"cf: " + recurse(q.cf),
			"integrity: " + str(""),
			"keepalive: " + val(false),
			"cache: " + recurse(q.cache),
			"body: " + bodyOf(q.body),
			"bodyUsed: " + val(q.body.disturbed(s)),
		}), true
	}
	if p := s.responses.get(o); p != nil {
		return lines(className(o, "Response"), []string{
			"status: " + val(p.status),
			"statusText: " + str(p.statusText),
			"headers: " + recurse(p.headersObj),
			"ok: " + val(p.status >= 200 && p.status <= 299),
			"redirected: " + val(p.redirected),
			"url: " + str(p.url),
			"webSocket: null",
			"cf: " + recurse(p.cf),
			"type: " + str(p.typ),
			"body: " + bodyOf(p.body),
			"bodyUsed: " + val(p.body.disturbed(s)),
		}), true
	}
	return "", false
}

// lines is an object shown one entry per line (a Request's or a Response's
// entries never fit in one).
func lines(name string, entries []string) string {
	return name + " {\n  " + strings.Join(entries, ",\n  ") + "\n}"
}

// className is the name inspect shows for o: that of the constructor its
// prototype holds as a data property (a subclass's own name), else def.
func className(o *goja.Object, def string) string {
	p := o.Prototype()
	if p == nil {
		return def
	}
	c, ok := p.Get("constructor").(*goja.Object)
	if !ok {
		return def
	}
	if n, ok := c.Get("name").Export().(string); ok && n != "" {
		return n
	}
	return def
}
