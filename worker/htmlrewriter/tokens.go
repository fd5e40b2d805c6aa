package htmlrewriter

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/fetch"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
)

// The content tokens handlers get: Element, EndTag, Text, Comment, Doctype
// and DocumentEnd, valid only while the handlers of their token run (and
// until the promise one returned settles), as in workerd.

type refKind uint8

const (
	refElement refKind = iota
	refEndTag
	refText
	refComment
	refDoctype
	refDocEnd
)

var refClass = [...]string{"Element", "EndTag", "Text", "Comment", "Doctype", "DocumentEnd"}

type tokenRef struct {
	kind  refKind
	valid bool
	obj   *goja.Object
	run   *run

	el  *openElem
	end *endTag
	de  *docEnd

	tok     token // text, comment, doctype
	m       mut   // text, comment
	text    string
	textSet bool
}

// bind makes t's object, valid from now until its handlers are over. Its
// properties are its own, in workerd's order, as workerd's instance
// properties are (accessors here, data properties in workerd).
func (s *state) bind(t *tokenRef) {
	t.obj = s.rt.CreateObject(s.protos[refClass[t.kind]])
	t.valid = true
	s.tokens.Put(t.obj, t)
	for _, p := range s.props[t.kind] {
		var set goja.Value
		if p.set != nil {
			set = p.set
		}
		_ = t.obj.DefineAccessorProperty(p.name, p.get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// prop is an instance property of a token class.
type prop struct {
	name     string
	get, set *goja.Object
}

type attrIter struct {
	pairs [][2]string
	i     int
}

// token is the method receiver check: a token of kind, still valid.
func (s *state) token(call goja.FunctionCall, kind refKind) *tokenRef {
	t := s.tokens.Get(call.This)
	if t == nil || t.kind != kind {
		s.throw(events.IllegalInvocation)
	}
	if !t.valid {
		s.throw(invalidMsg)
	}
	return t
}

// str reads string parameter n (1-based) of method: a missing one is
// refused, another value converted, as workerd's kj::String parameters.
func (s *state) str(call goja.FunctionCall, n int, class, method string) string {
	if len(call.Arguments) < n {
		s.throw("Failed to execute '" + method + "' on '" + class + "': parameter " + string(rune('0'+n)) + " is not of type 'string'.")
	}
	return s.toString(call.Arguments[n-1])
}

// toString is ToString: a Symbol is refused as V8 refuses it.
func (s *state) toString(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		s.throw("Cannot convert a Symbol value to a string")
	}
	return v.String()
}

// propOrder is the order of workerd's instance properties.
var propOrder = [...][]string{
	refElement: {"namespaceURI", "removed", "attributes", "tagName"},
	refEndTag:  {"name"},
	refText:    {"removed", "lastInTextNode", "text"},
	refComment: {"removed", "text"},
	refDoctype: {"systemId", "publicId", "name"},
}

func (s *state) orderProps() {
	for k, names := range propOrder {
		var out []prop
		for _, n := range names {
			for _, p := range s.props[k] {
				if p.name == n {
					out = append(out, p)
				}
			}
		}
		s.props[k] = out
	}
}

// contentArgs reads (content, options) for method of class: a string, a
// ReadableStream or a Response (read to the end before the token is
// written), and {html}.
func (s *state) contentArgs(call goja.FunctionCall, t *tokenRef, class, method string) *content {
	c := &content{}
	if o, ok := call.Argument(1).(*goja.Object); ok {
		c.html = o.Get("html") != nil && o.Get("html").ToBoolean()
	} else if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.throw("Failed to execute '" + method + "' on '" + class + "': parameter 2 is not of type 'ContentOptions'.")
	}
	v := call.Argument(0)
	if goja.IsString(v) {
		c.s = v.String()
		return c
	}
	body := v
	if fetch.IsResponse(s.env, v) {
		body = v.(*goja.Object).Get("body")
		if body == nil || goja.IsNull(body) {
			return c
		}
	}
	rs := streams.ReadableOf(s.env, body)
	if rs == nil {
		s.throw("Failed to execute '" + method + "' on '" + class + "': parameter 1 is not of type 'string or JsReadableStream or Response'.")
	}
	rd, err := rs.GetReader()
	if err != nil {
		if je, ok := err.(*streams.JSError); ok {
			je.Throw()
		}
		s.throw(err.Error())
	}
	r := t.run
	r.pending++
	rd.ReadAll(func(data []byte, e goja.Value) {
		if e != nil {
			r.pending--
			r.fail(e)
			return
		}
		c.s = string(data)
		r.contentDone()
	})
	return c
}

const forbidden = " \t\n\f\r/>="

func (s *state) checkTagName(n string) {
	switch {
	case n == "":
		s.throw("Parser error: Tag name can't be empty.")
	case !isLetter(n[0]):
		s.throw("Parser error: The first character of the tag name should be an ASCII alphabetical character.")
	}
	if i := strings.IndexAny(n, forbidden); i >= 0 {
		s.throw("Parser error: `" + n[i:i+1] + "` character is forbidden in the tag name")
	}
}

func (s *state) checkAttrName(n string) {
	if n == "" {
		s.throw("Parser error: Attribute name can't be empty.")
	}
	if i := strings.IndexAny(n, forbidden); i >= 0 {
		s.throw("Parser error: `" + n[i:i+1] + "` character is forbidden in the attribute name")
	}
}

func (s *state) initTokenClasses() {
	r := s.env.Realm
	rt := s.rt
	accessor := func(kind refKind, name string, get, set func(goja.FunctionCall) goja.Value) {
		p := prop{name: name, get: r.Func("", 0, get)}
		if set != nil {
			p.set = r.Func("", 0, set)
		}
		s.props[kind] = append(s.props[kind], p)
	}
	class := func(name string) *goja.Object {
		_, proto := r.Class(name, nil, nil)
		s.protos[name] = proto
		return proto
	}

	// Element.
	el := class("Element")
	elem := func(call goja.FunctionCall) *openElem { return s.token(call, refElement).el }
	for _, m := range []struct {
		name string
		f    func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value
	}{
		{"getAttribute", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			n := strings.ToLower(s.str(call, 1, "Element", "getAttribute"))
			if v, ok := getAttr(e.attrs, n); ok {
				return rt.ToValue(v)
			}
			return goja.Null()
		}},
		{"hasAttribute", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			_, ok := getAttr(e.attrs, strings.ToLower(s.str(call, 1, "Element", "hasAttribute")))
			return rt.ToValue(ok)
		}},
		{"setAttribute", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			n := s.str(call, 1, "Element", "setAttribute")
			v := s.str(call, 2, "Element", "setAttribute")
			s.checkAttrName(n)
			n = strings.ToLower(n)
			a := attr{name: n, value: v, raw: n + `="` + escapeAttr(v) + `"`}
			e.modified = true
			for i := range e.attrs {
				if e.attrs[i].name == n {
					e.attrs[i] = a
					return call.This
				}
			}
			e.attrs = append(e.attrs, a)
			return call.This
		}},
		{"removeAttribute", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			n := strings.ToLower(s.str(call, 1, "Element", "removeAttribute"))
			for i := range e.attrs {
				if e.attrs[i].name == n {
					e.attrs = append(e.attrs[:i:i], e.attrs[i+1:]...)
					e.modified = true
					break
				}
			}
			return call.This
		}},
		{"before", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			e.m.addBefore(s.contentArgs(call, t, "Element", "before"))
			return call.This
		}},
		{"after", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			e.m.addAfter(s.contentArgs(call, t, "Element", "after"))
			e.hasEnd = true
			return call.This
		}},
		{"prepend", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			c := s.contentArgs(call, t, "Element", "prepend")
			e.startAfter = append([]*content{c}, e.startAfter...)
			return call.This
		}},
		{"append", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			e.endBefore = append(e.endBefore, s.contentArgs(call, t, "Element", "append"))
			e.hasEnd = true
			return call.This
		}},
		{"replace", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			e.m.replacement = s.contentArgs(call, t, "Element", "replace")
			e.m.removed, e.keep, e.hasEnd = true, false, true
			return call.This
		}},
		{"remove", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			e.m.removed, e.keep, e.hasEnd = true, false, true
			return call.This
		}},
		{"removeAndKeepContent", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			e.m.removed, e.keep, e.hasEnd = true, true, true
			return call.This
		}},
		{"setInnerContent", func(e *openElem, t *tokenRef, call goja.FunctionCall) goja.Value {
			c := s.contentArgs(call, t, "Element", "setInnerContent")
			if !e.void {
				e.startAfter, e.endBefore, e.inner, e.hasEnd = []*content{c}, nil, true, true
			}
			return call.This
		}},
		{"onEndTag", func(e *openElem, _ *tokenRef, call goja.FunctionCall) goja.Value {
			f, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				s.throw("Failed to execute 'onEndTag' on 'Element': parameter 1 is not of type 'function'.")
			}
			if e.void {
				s.throw("Parser error: No end tag.")
			}
			e.onEnd, e.hasEnd = f, true
			return goja.Undefined()
		}},
	} {
		r.Method(el, m.name, func(call goja.FunctionCall) goja.Value {
			t := s.token(call, refElement)
			return m.f(t.el, t, call)
		})
	}
	accessor(refElement, "tagName", func(call goja.FunctionCall) goja.Value {
		e := elem(call)
		if e.newName != "" {
			return rt.ToValue(strings.ToLower(e.newName))
		}
		return rt.ToValue(e.name)
	}, func(call goja.FunctionCall) goja.Value {
		e := elem(call)
		n := s.toString(call.Argument(0))
		s.checkTagName(n)
		e.newName, e.hasEnd = n, true
		return goja.Undefined()
	})
	accessor(refElement, "namespaceURI", func(call goja.FunctionCall) goja.Value { return rt.ToValue(elem(call).ns) }, nil)
	accessor(refElement, "removed", func(call goja.FunctionCall) goja.Value { return rt.ToValue(elem(call).m.removed) }, nil)
	accessor(refElement, "attributes", func(call goja.FunctionCall) goja.Value {
		e := elem(call)
		it := &attrIter{}
		for _, a := range e.attrs {
			it.pairs = append(it.pairs, [2]string{a.name, a.value})
		}
		o := rt.CreateObject(s.protos["AttributesIterator"])
		s.iters.Put(o, it)
		return o
	}, nil)
	r.ConstructorLast(el)

	// AttributesIterator.
	ai := class("AttributesIterator")
	_ = ai.SetPrototype(s.env.IteratorPrototype())
	r.Method(ai, "next", func(call goja.FunctionCall) goja.Value {
		it := s.iters.Get(call.This)
		if it == nil {
			s.throw(events.IllegalInvocation)
		}
		res := rt.NewObject()
		if it.i >= len(it.pairs) {
			_ = res.Set("done", true)
			_ = res.Set("value", goja.Undefined())
			return res
		}
		p := it.pairs[it.i]
		it.i++
		_ = res.Set("done", false)
		_ = res.Set("value", rt.NewArray(p[0], p[1]))
		return res
	})
	r.ConstructorLast(ai)

	// The mutations Text, Comment and EndTag share.
	mutations := func(proto *goja.Object, kind refKind, names ...string) {
		for _, n := range names {
			class := refClass[kind]
			r.Method(proto, n, func(call goja.FunctionCall) goja.Value {
				t := s.token(call, kind)
				m := &t.m
				if kind == refEndTag {
					m = &t.end.m
				}
				switch n {
				case "before":
					m.addBefore(s.contentArgs(call, t, class, n))
				case "after":
					m.addAfter(s.contentArgs(call, t, class, n))
				case "replace":
					m.replacement = s.contentArgs(call, t, class, n)
					m.removed = true
				case "remove":
					m.removed = true
				}
				return call.This
			})
		}
	}

	// EndTag.
	et := class("EndTag")
	mutations(et, refEndTag, "before", "after", "remove")
	accessor(refEndTag, "name", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(strings.ToLower(s.token(call, refEndTag).end.name))
	}, func(call goja.FunctionCall) goja.Value {
		s.token(call, refEndTag).end.name = s.toString(call.Argument(0))
		return goja.Undefined()
	})
	r.ConstructorLast(et)

	// Text.
	tx := class("Text")
	mutations(tx, refText, "before", "after", "replace", "remove")
	accessor(refText, "text", func(call goja.FunctionCall) goja.Value { return rt.ToValue(string(s.token(call, refText).tok.raw)) }, nil)
	accessor(refText, "lastInTextNode", func(call goja.FunctionCall) goja.Value { return rt.ToValue(s.token(call, refText).tok.last) }, nil)
	accessor(refText, "removed", func(call goja.FunctionCall) goja.Value { return rt.ToValue(s.token(call, refText).m.removed) }, nil)
	r.ConstructorLast(tx)

	// Comment.
	cm := class("Comment")
	mutations(cm, refComment, "before", "after", "replace", "remove")
	accessor(refComment, "text", func(call goja.FunctionCall) goja.Value { return rt.ToValue(s.token(call, refComment).text) },
		func(call goja.FunctionCall) goja.Value {
			t := s.token(call, refComment)
			v := s.toString(call.Argument(0))
			if strings.Contains(v, "-->") {
				s.throw("Parser error: Comment text shouldn't contain a comment-closing sequence.")
			}
			t.text, t.textSet = v, true
			return goja.Undefined()
		})
	accessor(refComment, "removed", func(call goja.FunctionCall) goja.Value { return rt.ToValue(s.token(call, refComment).m.removed) }, nil)
	r.ConstructorLast(cm)

	// Doctype.
	dt := class("Doctype")
	orNull := func(v string, ok bool) goja.Value {
		if !ok {
			return goja.Null()
		}
		return rt.ToValue(v)
	}
	accessor(refDoctype, "name", func(call goja.FunctionCall) goja.Value {
		t := s.token(call, refDoctype)
		return orNull(t.tok.name, t.tok.name != "")
	}, nil)
	accessor(refDoctype, "publicId", func(call goja.FunctionCall) goja.Value {
		t := s.token(call, refDoctype)
		return orNull(t.tok.publicID, t.tok.hasPublic)
	}, nil)
	accessor(refDoctype, "systemId", func(call goja.FunctionCall) goja.Value {
		t := s.token(call, refDoctype)
		return orNull(t.tok.systemID, t.tok.hasSys)
	}, nil)
	r.ConstructorLast(dt)

	// DocumentEnd.
	de := class("DocumentEnd")
	r.Method(de, "append", func(call goja.FunctionCall) goja.Value {
		t := s.token(call, refDocEnd)
		t.de.appended = append(t.de.appended, s.contentArgs(call, t, "DocumentEnd", "append"))
		return call.This
	})
	r.ConstructorLast(de)
	s.orderProps()
}

// inspectToken shows a token as workerd's console does: its class and
// its properties, in workerd's order.
func (s *state) inspectToken(t *tokenRef, recurse func(goja.Value) string) string {
	var entries []string
	if t.valid {
		for _, p := range s.props[t.kind] {
			entries = append(entries, p.name+": "+recurse(t.obj.Get(p.name)))
		}
	}
	return inspect.Braces(refClass[t.kind]+" {", entries)
}
