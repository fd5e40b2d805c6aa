package htmlrewriter

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/streams"
)

// The rewriting of one transform()'s body, driven by the reads of the
// output stream: each pull reads input until it has output (or the input
// ends), tokenizes it and runs the handlers of each token in order. A
// handler that returns a promise holds everything after it until the
// promise settles; a rejected promise or a throw errors the output stream
// with that value, as workerd does.

// mut is what before/after/replace/remove did to a token.
type mut struct {
	before      []*content // in call order
	after       []*content // each call inserts first
	replacement *content
	removed     bool
}

func (m *mut) addBefore(c *content) { m.before = append(m.before, c) }
func (m *mut) addAfter(c *content)  { m.after = append([]*content{c}, m.after...) }

// openElem is an element whose start tag was read and whose end tag was
// not (or a void element while its handlers run).
type openElem struct {
	elem
	ns       string
	tok      token
	newName  string // set through tagName; "" unchanged
	modified bool   // attributes changed: the start tag is serialized anew
	void     bool

	m          mut
	startAfter []*content // prepend and inner content: after the start tag
	endBefore  []*content // append: before the end tag
	keep       bool       // removeAndKeepContent: the tags go, the content stays
	inner      bool       // setInnerContent: the content goes
	onEnd      goja.Callable
	hasEnd     bool // any of the above needs the end tag

	matched    []int // the registrations (rewriter.elements) whose selectors match it
	suppressed bool  // it holds the output of its content back
	children   int
	typed      map[string]int
}

// endTag is an end tag while its handler runs.
type endTag struct {
	name string // as it will be written
	m    mut
}

// docEnd is the end of the document while its handlers run.
type docEnd struct{ appended []*content }

type run struct {
	s    *state
	w    *rewriter
	rd   *streams.Reader
	ctrl *streams.Controller

	z     tokenizer
	root  openElem // the document: its children counts
	stack []*openElem
	out   []byte
	quiet int // > 0: output is dropped (removed content)

	eof, ended, failed, closed bool
	pullDone                   func()
	reading                    bool

	// The token whose handlers run: its calls, the next one, what it is.
	calls   []call
	next    int
	current *tokenRef
	finish  func()
	waiting bool // on a handler's promise or a content stream
	pending int  // content streams being read
}

type call struct {
	fn   goja.Callable
	this goja.Value
}

func newRun(s *state, w *rewriter, rd *streams.Reader) *run {
	return &run{s: s, w: w, rd: rd}
}

func (r *run) emit(b string) {
	if r.quiet == 0 {
		r.out = append(r.out, b...)
	}
}

func (r *run) emitAll(cs []*content) {
	for _, c := range cs {
		r.emit(c.bytes())
	}
}

func (r *run) pull(c *streams.Controller, done func()) {
	r.ctrl = c
	r.pullDone = done
	r.advance()
}

func (r *run) cancel(reason goja.Value) {
	r.failed = true
	r.rd.Cancel(reason)
}

// release ends the pull in progress.
func (r *run) release() {
	if d := r.pullDone; d != nil {
		r.pullDone = nil
		d()
	}
}

// fail errors the output with v.
func (r *run) fail(v goja.Value) {
	if r.failed {
		return
	}
	r.failed = true
	if r.current != nil {
		r.current.valid = false
	}
	r.ctrl.Error(v)
	r.rd.Cancel(v)
	r.release()
}

func (r *run) flush() {
	if len(r.out) > 0 && r.ctrl.CanEnqueue() {
		_ = r.ctrl.Enqueue(r.out)
	}
	r.out = nil
}

// advance processes tokens until it must wait: for input, for a promise,
// or for the next pull.
func (r *run) advance() {
	for !r.failed && !r.waiting {
		if r.current != nil {
			if !r.runCalls() {
				return
			}
			continue
		}
		if r.ended {
			if !r.closed {
				r.closed = true
				r.flush()
				r.ctrl.Close()
			}
			r.release()
			return
		}
		if r.pullDone == nil {
			return
		}
		if t, ok := r.z.next(r.eof); ok {
			r.token(t)
			continue
		}
		if r.eof {
			r.documentEnd()
			continue
		}
		if len(r.out) > 0 {
			r.flush()
			r.release()
			return
		}
		if !r.read() {
			return
		}
	}
}

// read reads the next input chunk; false: it will arrive later.
func (r *run) read() bool {
	if r.reading {
		return false
	}
	r.reading = true
	sync, arrived := true, false
	r.rd.Read(func(c streams.Chunk, done bool, err goja.Value) {
		r.reading = false
		switch {
		case err != nil:
			r.fail(err)
			return
		case done:
			r.eof = true
		default:
			b, ok := c.Data(r.s.env)
			if !ok && c.Value != nil && goja.IsString(c.Value) {
				b, ok = []byte(c.Value.String()), true // a string chunk is its UTF-8
			}
			if !ok {
				r.fail(r.s.rt.NewTypeError("Draining read encountered a value that cannot be converted to bytes"))
				return
			}
			r.z.feed(b)
		}
		if sync {
			arrived = true
		} else {
			r.advance()
		}
	})
	sync = false
	return arrived
}

// runCalls calls the current token's handlers in order; false: one is
// pending.
func (r *run) runCalls() bool {
	for r.next < len(r.calls) {
		c := r.calls[r.next]
		r.next++
		v, err := c.fn(c.this, r.current.obj)
		if err != nil {
			r.fail(errorValue(r.s.rt, err))
			return false
		}
		if o, ok := v.(*goja.Object); ok {
			if _, ok := goja.AssertFunction(o.Get("then")); ok {
				r.waiting = true
				r.s.env.WhenSettled(v, func(goja.Value) {
					r.waiting = false
					r.advance()
				}, r.fail)
				return false
			}
		}
	}
	if r.pending > 0 {
		r.waiting = true
		return false
	}
	r.current.valid = false
	r.current, r.calls, r.next = nil, nil, 0
	if f := r.finish; f != nil {
		r.finish = nil
		f()
	}
	return true
}

func errorValue(rt *goja.Runtime, err error) goja.Value {
	if ex, ok := err.(*goja.Exception); ok {
		return ex.Value()
	}
	return rt.NewGoError(err)
}

// begin makes t the current token with its handlers' calls; finish runs
// once they are over.
func (r *run) begin(t *tokenRef, calls []call, finish func()) {
	if len(calls) == 0 {
		finish()
		return
	}
	t.run = r
	r.s.bind(t)
	r.current, r.calls, r.next, r.finish = t, calls, 0, finish
}

// contentDone is called when a content stream has been read.
func (r *run) contentDone() {
	r.pending--
	if r.pending == 0 && r.waiting && r.current != nil && r.next >= len(r.calls) {
		r.waiting = false
		r.s.env.Loop.QueueMicrotask(r.advance)
	}
}

// inScope reports whether an open element matches registration i.
func (r *run) inScope(i int) bool {
	for _, e := range r.stack {
		for _, m := range e.matched {
			if m == i {
				return true
			}
		}
	}
	return false
}

// contentCalls are the text or comment handlers for a token: the
// registrations whose selectors match an open element, in registration
// order, then the document's.
func (r *run) contentCalls(text bool) []call {
	var calls []call
	for i, eh := range r.w.elements {
		f := eh.h.comments
		if text {
			f = eh.h.text
		}
		if f != nil && r.inScope(i) {
			calls = append(calls, call{f, eh.h.this})
		}
	}
	for _, h := range r.w.document {
		f := h.comments
		if text {
			f = h.text
		}
		if f != nil {
			calls = append(calls, call{f, h.this})
		}
	}
	return calls
}

func (r *run) token(t token) {
	switch t.kind {
	case kText:
		tr := &tokenRef{kind: refText, tok: t}
		r.begin(tr, r.contentCalls(true), func() { r.writeMut(&tr.m, string(t.raw)) })
	case kComment:
		tr := &tokenRef{kind: refComment, tok: t, text: t.text}
		r.begin(tr, r.contentCalls(false), func() {
			raw := string(t.raw)
			if tr.textSet {
				raw = "<!--" + tr.text + "-->"
			}
			r.writeMut(&tr.m, raw)
		})
	case kDoctype:
		tr := &tokenRef{kind: refDoctype, tok: t}
		var calls []call
		for _, h := range r.w.document {
			if h.doctype != nil {
				calls = append(calls, call{h.doctype, h.this})
			}
		}
		r.begin(tr, calls, func() { r.emit(string(t.raw)) })
	case kStartTag:
		r.startTag(t)
	case kEndTag:
		r.endTag(t)
	default:
		r.emit(string(t.raw))
	}
}

// writeMut writes a text or comment token with its mutations.
func (r *run) writeMut(m *mut, raw string) {
	r.emitAll(m.before)
	switch {
	case m.replacement != nil:
		r.emit(m.replacement.bytes())
	case !m.removed:
		r.emit(raw)
	}
	r.emitAll(m.after)
}

var voidElements = map[string]bool{
	"area": true, "base": true, "basefont": true, "bgsound": true, "br": true, "col": true,
	"embed": true, "frame": true, "hr": true, "image": true, "img": true, "input": true,
	"keygen": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// rawText are the HTML elements whose content is text up to their end tag.
var rawText = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true,
}

// breakout are the HTML elements that leave SVG and MathML content.
var breakout = map[string]bool{}

func init() {
	for _, n := range strings.Fields("b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var") {
		breakout[n] = true
	}
}

func (r *run) parent() *openElem {
	if len(r.stack) == 0 {
		return &r.root
	}
	return r.stack[len(r.stack)-1]
}

func (r *run) startTag(t token) {
	p := r.parent()
	ns := nsHTML
	if len(r.stack) > 0 {
		ns = p.ns
		if p.ns == nsSVG && p.name == "foreignobject" {
			ns = nsHTML
		}
	}
	switch {
	case t.name == "svg":
		ns = nsSVG
	case t.name == "math":
		ns = nsMathML
	case ns != nsHTML && breakout[t.name]:
		ns = nsHTML
	}
	p.children++
	if p.typed == nil {
		p.typed = map[string]int{}
	}
	p.typed[t.name]++
	e := &openElem{elem: elem{name: t.name, attrs: append([]attr(nil), t.attrs...), index: p.children, typed: p.typed[t.name]}, ns: ns, tok: t}
	e.void = ns == nsHTML && voidElements[t.name] || ns != nsHTML && t.selfClosing
	// Match with the element on top of its ancestors.
	chain := make([]*elem, 0, len(r.stack)+1)
	for _, a := range r.stack {
		chain = append(chain, &a.elem)
	}
	chain = append(chain, &e.elem)
	var calls []call
	for i, eh := range r.w.elements {
		if eh.sel.matches(chain) {
			e.matched = append(e.matched, i)
			if eh.h.element != nil {
				calls = append(calls, call{eh.h.element, eh.h.this})
			}
		}
	}
	tr := &tokenRef{kind: refElement, el: e}
	r.begin(tr, calls, func() { r.writeStart(e) })
}

func (r *run) writeStart(e *openElem) {
	r.emitAll(e.m.before)
	switch {
	case e.m.replacement != nil:
		r.emit(e.m.replacement.bytes())
	case e.m.removed && !e.keep:
	default:
		if !e.keep {
			r.emit(r.serializeStart(e))
		}
		if !e.void {
			r.emitAll(e.startAfter)
		}
	}
	if e.void {
		r.emitAll(e.m.after)
		return
	}
	if e.m.replacement != nil || e.m.removed && !e.keep || e.inner {
		e.suppressed = true
		r.quiet++
	}
	r.stack = append(r.stack, e)
	if e.ns == nsHTML {
		switch {
		case e.name == "plaintext":
			r.z.plain = true
		case rawText[e.name]:
			r.z.end = e.name
		}
	}
	r.z.foreign = e.ns != nsHTML
}

// serializeStart writes a start tag: as it was read, or anew (with single
// spaces, changed attributes quoted) once a handler changed it.
func (r *run) serializeStart(e *openElem) string {
	if e.newName == "" && !e.modified {
		return string(e.tok.raw)
	}
	var b strings.Builder
	b.WriteByte('<')
	if e.newName != "" {
		b.WriteString(e.newName)
	} else {
		b.WriteString(string(e.tok.raw[1 : 1+len(e.tok.name)]))
	}
	for _, a := range e.attrs {
		b.WriteByte(' ')
		b.WriteString(a.raw)
	}
	if e.tok.selfClosing {
		b.WriteByte('/')
	}
	b.WriteByte('>')
	return b.String()
}

func (r *run) endTag(t token) {
	k := -1
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].name == t.name {
			k = i
			break
		}
	}
	if k < 0 {
		r.emit(string(t.raw))
		return
	}
	popped := r.stack[k:]
	r.stack = r.stack[:k]
	// The end tag's handlers are the outermost popped element's that has
	// any, as lol-html's element stack leaves them.
	var owner *openElem
	for i := len(popped) - 1; i >= 0; i-- {
		if e := popped[i]; e.suppressed {
			r.quiet--
		}
	}
	for _, e := range popped {
		if e.hasEnd {
			owner = e
			break
		}
	}
	if p := r.parent(); len(r.stack) > 0 {
		r.z.foreign = p.ns != nsHTML
	} else {
		r.z.foreign = false
	}
	if owner == nil {
		r.emit(string(t.raw))
		return
	}
	name := string(t.raw[2 : 2+len(t.name)])
	if owner.newName != "" {
		name = owner.newName
	}
	et := &endTag{name: name}
	write := func() {
		e := owner
		dropped := e.m.replacement != nil || e.m.removed && !e.keep
		if !dropped {
			r.emitAll(e.endBefore)
		}
		r.emitAll(et.m.before)
		if !dropped && !e.keep && !et.m.removed {
			if et.name == string(t.raw[2:2+len(t.name)]) {
				r.emit(string(t.raw))
			} else {
				r.emit("</" + et.name + ">")
			}
		}
		r.emitAll(et.m.after)
		r.emitAll(e.m.after)
	}
	var calls []call
	if owner.onEnd != nil {
		calls = []call{{owner.onEnd, goja.Undefined()}}
	}
	r.begin(&tokenRef{kind: refEndTag, end: et}, calls, write)
}

func (r *run) documentEnd() {
	de := &docEnd{}
	var calls []call
	for _, h := range r.w.document {
		if h.end != nil {
			calls = append(calls, call{h.end, h.this})
		}
	}
	r.ended = true
	r.begin(&tokenRef{kind: refDocEnd, de: de}, calls, func() { r.emitAll(de.appended) })
}
