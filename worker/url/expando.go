package url

import (
	"reflect"

	"github.com/dop251/goja"
)

// URL instances are goja dynamic objects whose Go side
// is the instance's state: no map from objects to state, no weak pointer
// per object, nothing for the collector to track but the object itself
// (new URL() in a loop was spending most of its time in the collector).
// Their own properties are what a script adds, which expando keeps: data
// properties, writable, enumerable and configurable (goja's dynamic objects
// have no symbol-keyed, read-only or accessor own properties: a script
// that defines one on a URL gets a TypeError, a symbol-keyed one is not
// kept). A URL's searchParams object is one too (urlParams); the
// URLSearchParams that scripts construct are ordinary objects (WPT sets
// their Symbol.iterator) found through slots.
type expando struct {
	props map[string]goja.Value
	keys  []string
}

func (e *expando) Get(k string) goja.Value {
	if e.props == nil {
		return nil
	}
	return e.props[k]
}

func (e *expando) Set(k string, v goja.Value) bool {
	if e.props == nil {
		e.props = map[string]goja.Value{}
	}
	if _, ok := e.props[k]; !ok {
		e.keys = append(e.keys, k)
	}
	e.props[k] = v
	return true
}

func (e *expando) Has(k string) bool {
	_, ok := e.props[k]
	return ok
}

func (e *expando) Delete(k string) bool {
	if _, ok := e.props[k]; ok {
		delete(e.props, k)
		for i, x := range e.keys {
			if x == k {
				e.keys = append(e.keys[:i], e.keys[i+1:]...)
				break
			}
		}
	}
	return true
}

func (e *expando) Keys() []string { return e.keys }

// urlParams is a URL's searchParams object, a dynamic object as the URL
// is: reading searchParams of each new URL, in a loop, made an ordinary
// object and its slot (a weak pointer, which the collector tracks) per URL.
// Standalone URLSearchParams objects stay ordinary.
type urlParams struct {
	expando
	p *params
}

var (
	_ goja.DynamicObject = (*urlObj)(nil)
	_ goja.DynamicObject = (*urlParams)(nil)
)

// urlObjType and urlParamsType are the export types of the package's
// objects: functions, as reflect.TypeOf of a static type is two constants
// where a variable would be set at every start.
func urlObjType() reflect.Type    { return reflect.TypeOf((*urlObj)(nil)) }
func urlParamsType() reflect.Type { return reflect.TypeOf((*urlParams)(nil)) }

// paramsOf returns the state of a URLSearchParams object, nil for any other
// value.
func (s *state) paramsOf(v goja.Value) *params {
	if o, ok := v.(*goja.Object); ok && o.ExportType() == urlParamsType() {
		return o.Export().(*urlParams).p
	}
	return s.params.Get(v)
}

// newInstance makes the JS object of state d with prototype proto.
func (s *state) newInstance(d goja.DynamicObject, proto *goja.Object) *goja.Object {
	o := s.rt.NewDynamicObject(d)
	_ = o.SetPrototype(proto)
	return o
}

// urlOf returns the state of a URL instance, nil for any other value.
func urlOf(v goja.Value) *urlObj {
	if o, ok := v.(*goja.Object); ok && o.ExportType() == urlObjType() {
		return o.Export().(*urlObj)
	}
	return nil
}
