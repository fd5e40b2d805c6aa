// Package htmlrewriter is workerd's HTMLRewriter: a streaming HTML rewriter
// over a Response's body, with element, comment, text, doctype and
// document-end handlers chosen by CSS selectors, as workerd's lol-html runs
// them: which tokens it reports and how text is cut into chunks (at each
// input chunk's end, at a lone "<", and an empty last chunk ending each text
// node), raw (undecoded) text and attribute values, no implied end tags (an
// end tag closes up to its element; the outermost closed element with end
// handlers gets the end tag), what its selector parser refuses and with what
// message, how inserted content is escaped, that handlers inside removed
// content still run, and that a handler's promise holds the stream until it
// settles.
//
// tokenizer.go reads the input, selector.go parses and matches selectors,
// run.go is the rewriting, tokens.go the classes handlers get (Element,
// EndTag, Text, Comment, Doctype, DocumentEnd, AttributesIterator), this
// file HTMLRewriter itself. Conformance cases 2335-2339 and 2349-2355 are
// recorded from workerd.
package htmlrewriter

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/fetch"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
)

func init() {
	host.Register(host.Global{Name: "HTMLRewriter", Build: func(env *host.Env) goja.Value { return get(env).ctor }})
}

const (
	nsHTML   = "http://www.w3.org/1999/xhtml"
	nsSVG    = "http://www.w3.org/2000/svg"
	nsMathML = "http://www.w3.org/1998/Math/MathML"

	invalidMsg = "This content token is no longer valid. Content tokens are only valid during the execution of the relevant content handler."
)

type stateKey struct{}

type state struct {
	env  *host.Env
	rt   *goja.Runtime
	ctor *goja.Object

	rewriters host.Slots[rewriter]
	protos    map[string]*goja.Object // Element, EndTag, Text, Comment, Doctype, DocumentEnd, AttributesIterator
	tokens    host.Slots[tokenRef]
	iters     host.Slots[attrIter]
	props     [6][]prop // each token class's instance properties
}

func get(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT, protos: map[string]*goja.Object{}}
		s.initClasses()
		s.registerInspect()
		return s
	})
}

// handlers are one on() or onDocument() call's functions (nil: none) and
// the object they are called on.
type handlers struct {
	this                                  goja.Value
	element, comments, text, doctype, end goja.Callable
}

type elementHandlers struct {
	sel selectorList
	h   handlers
}

type rewriter struct {
	elements []elementHandlers
	document []handlers
}

func (s *state) throw(msg string) { s.env.ThrowTypeError(msg) }

func (s *state) initClasses() {
	r := s.env.Realm
	var proto *goja.Object
	s.ctor, proto = r.Class("HTMLRewriter", nil, func(call goja.ConstructorCall) *goja.Object {
		s.rewriters.Put(call.This, &rewriter{})
		return nil
	})
	this := func(call goja.FunctionCall) *rewriter {
		w := s.rewriters.Get(call.This)
		if w == nil {
			s.throw(events.IllegalInvocation)
		}
		return w
	}
	r.Method(proto, "on", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		if len(call.Arguments) == 0 || goja.IsUndefined(call.Argument(0)) {
			s.throw("Failed to execute 'on' on 'HTMLRewriter': parameter 1 is not of type 'string'.")
		}
		sel, err := parseSelector(call.Argument(0).String())
		if err != nil {
			s.throw(err.Error())
		}
		h := s.handlersOf(call.Argument(1), "on", "ElementContentHandlers", []string{"element", "comments", "text"})
		w.elements = append(w.elements, elementHandlers{sel: sel, h: h})
		return call.This
	})
	r.Method(proto, "onDocument", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		h := s.handlersOf(call.Argument(0), "onDocument", "DocumentContentHandlers", []string{"doctype", "comments", "text", "end"})
		w.document = append(w.document, h)
		return call.This
	})
	r.Method(proto, "transform", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		if !fetch.IsResponse(s.env, call.Argument(0)) {
			s.throw("Failed to execute 'transform' on 'HTMLRewriter': parameter 1 is not of type 'Response'.")
		}
		return s.transform(w, call.Argument(0).(*goja.Object))
	})
	r.ConstructorLast(proto)
	s.initTokenClasses()
}

// handlersOf reads a handlers dictionary as workerd does: undefined and
// null are empty, another non-object is refused, each member is a
// function or absent.
func (s *state) handlersOf(v goja.Value, method, dict string, names []string) handlers {
	h := handlers{this: v}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return h
	}
	o, ok := v.(*goja.Object)
	if !ok {
		s.throw("Failed to execute '" + method + "' on 'HTMLRewriter': parameter " + map[bool]string{true: "2", false: "1"}[method == "on"] + " is not of type '" + dict + "'.")
	}
	for _, n := range names {
		m := o.Get(n)
		if m == nil || goja.IsUndefined(m) {
			continue
		}
		f, ok := goja.AssertFunction(m)
		if !ok {
			s.throw("Incorrect type for the '" + n + "' field on '" + dict + "': the provided value is not of type 'function'.")
		}
		switch n {
		case "element":
			h.element = f
		case "comments":
			h.comments = f
		case "text":
			h.text = f
		case "doctype":
			h.doctype = f
		case "end":
			h.end = f
		}
	}
	return h
}

// transform makes the rewritten Response: the same status, status text and
// headers, and a body that rewrites the original's as it is read.
func (s *state) transform(w *rewriter, res *goja.Object) goja.Value {
	ctor, _ := s.env.Builtin("Response").(*goja.Object)
	if ctor == nil {
		s.throw("Response is not available")
	}
	init := s.rt.NewObject()
	_ = init.Set("status", res.Get("status"))
	_ = init.Set("statusText", res.Get("statusText"))
	_ = init.Set("headers", res.Get("headers"))
	snapshot := &rewriter{elements: append([]elementHandlers(nil), w.elements...), document: append([]handlers(nil), w.document...)}
	var body goja.Value = goja.Null()
	if in := streams.ReadableOf(s.env, res.Get("body")); in != nil {
		if in.Locked() || in.Disturbed() {
			s.throw("The ReadableStream has been locked to a reader.")
		}
		rd, err := in.GetReader()
		if err != nil {
			s.throw("The ReadableStream has been locked to a reader.")
		}
		in.MarkDisturbed()
		run := newRun(s, snapshot, rd)
		out, ctrl := streams.NewReadable(s.env, streams.Source{
			Pull:   func(c *streams.Controller, done func()) { run.pull(c, done) },
			Cancel: func(reason goja.Value) { run.cancel(reason) },
		})
		run.ctrl = ctrl
		body = out.Value()
	}
	v, err := s.rt.New(ctor, body, init)
	if err != nil {
		panic(err)
	}
	return v
}

// content is text or HTML a handler inserts (a stream's once it is read).
type content struct {
	s    string
	html bool
}

func (c *content) bytes() string {
	if c.html {
		return c.s
	}
	return escapeText(c.s)
}

func escapeText(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return textEscaper.Replace(s)
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escapeAttr(s string) string { return strings.ReplaceAll(s, `"`, "&quot;") }

func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if t := s.tokens.Get(o); t != nil {
			return s.inspectToken(t, recurse), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}
