package builtins

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Methods of String.prototype made when something first touches them.
//
// goja's String.prototype is a templated object: each of its built-in
// methods is made by a factory the first time anything reads, writes,
// defines, deletes or lists it. The methods this package adds there
// (isWellFormed, toWellFormed) and replaces (padStart, padEnd, repeat,
// localeCompare, toLocaleUpperCase, toLocaleLowerCase) were native
// functions made at every start-up, with goja's originals made only to be
// wrapped. Instead String.prototype is given a copy of its template, made
// once per process, in which the replaced methods' factories call goja's and
// put the wrapper in place of its function, and the added ones come after
// goja's names, as a definition at start-up puts them. What a script sees is
// the same: the same keys in the same order, the same attributes (goja's
// property, or one made as goja's factories make theirs), one function per
// property on every read, and goja's original wrapped whatever a script did
// first (the factory's original is fresh; the script never saw the one
// start-up wrapped). TestStringProtoLazyMatchesEager compares the two.
// When goja's layout is not the one expected, or String.prototype was
// touched already, the methods are defined at once, as before.

// protoMethod is a method this package defines on a templated prototype.
type protoMethod struct {
	name    string
	length  int
	replace bool // wraps goja's method of that name, given to make
	make    func(b *installer, orig goja.Callable) func(goja.FunctionCall) goja.Value
}

// noLazyProtos makes install define every prototype method at once (tests
// compare).
var noLazyProtos bool

// protoTemplate is the copy of a prototype's template that the runtimes'
// prototypes get, made once per process; nil when it cannot be made.
type protoTemplate struct {
	once sync.Once
	tmpl *gojaprops.Template
	// order, when set, is the prototype's key order once the methods are
	// added (V8's, where goja's differs).
	order []unistring.String
}

var stringProtoTmpl protoTemplate

// learn copies p's template, with methods' factories (p is a fresh
// runtime's prototype, rt's).
func (pt *protoTemplate) learn(rt *goja.Runtime, p *goja.Object, methods []protoMethod) {
	t, ok := gojaprops.CopyTemplate(p)
	if !ok || gojaprops.MethodProp(goja.Undefined()) == nil {
		return
	}
	for _, m := range methods {
		name := unistring.String(m.name)
		if m.replace {
			of := t.Props[name]
			if of == nil {
				return
			}
			if slot := gojaprops.PropValue(of(rt)); slot == nil { // a specimen: goja's method property
				return
			} else if _, ok := goja.AssertFunction(*slot); !ok {
				return
			}
			t.Props[name] = func(r *goja.Runtime) goja.Value {
				v := of(r)
				if b := installerFor(r); b != nil {
					if slot := gojaprops.PropValue(v); slot != nil {
						if orig, ok := goja.AssertFunction(*slot); ok {
							*slot = b.fn(m.name, m.length, m.make(b, orig))
						}
					}
				}
				return v
			}
			continue
		}
		if !t.Add(name, func(r *goja.Runtime) goja.Value {
			b := installerFor(r)
			if b == nil {
				return nil
			}
			return gojaprops.MethodProp(b.fn(m.name, m.length, m.make(b, nil)))
		}) {
			return
		}
	}
	if pt.order != nil && !t.Order(pt.order) {
		return
	}
	pt.tmpl = t
}

// defineProtoMethods defines methods on p, the runtime's prototype, on first
// touch when it can (pt), or at once.
func (b *installer) defineProtoMethods(pt *protoTemplate, p *goja.Object, methods []protoMethod) {
	if !noLazyProtos && gojaprops.NamesUnmade(p) {
		pristine := true
		for _, m := range methods {
			if o, ok := gojaprops.Own(p, unistring.String(m.name)); !ok || !o.Builtin {
				pristine = false
				break
			}
		}
		if pristine {
			pt.once.Do(func() { pt.learn(b.rt, p, methods) })
			if pt.tmpl != nil && pt.tmpl.Install(p) {
				return
			}
		}
	}
	for _, m := range methods {
		var orig goja.Callable
		if m.replace {
			var ok bool
			if orig, ok = goja.AssertFunction(p.Get(m.name)); !ok {
				continue
			}
		}
		b.method(p, m.name, m.length, m.make(b, orig))
	}
	if pt.order != nil {
		keys := make([]string, 0, len(pt.order))
		for _, k := range pt.order[1:] {
			keys = append(keys, k.String())
		}
		NewDescriptors(b.rt).Reorder(b.rt, p, keys, func(k string) (Attrs, bool) {
			for _, m := range methods {
				if m.name == k {
					return Attrs{Writable: goja.FLAG_TRUE, Configurable: goja.FLAG_TRUE}, true
				}
			}
			return Attrs{}, false
		})
	}
}
