package builtins

import (
	"slices"

	"github.com/dop251/goja"
)

// Attrs are the attributes of a non-enumerable data property.
type Attrs struct{ Writable, Configurable goja.Flag }

// CtorAttrs are the attributes ECMA-262 gives the own data properties that
// goja's builtin constructors have (length and name: configurable only;
// prototype and a typed array's BYTES_PER_ELEMENT: neither), and ProtoAttrs
// those of the error prototypes' (writable and configurable). goja keeps
// them (TestKnownAttributes), so CopyOwn copies these properties from Go,
// without a descriptor object per property. They are switches, not maps
// built at every start.
func CtorAttrs(key string) (Attrs, bool) {
	switch key {
	case "length", "name":
		return Attrs{goja.FLAG_FALSE, goja.FLAG_TRUE}, true
	case "prototype", "BYTES_PER_ELEMENT":
		return Attrs{goja.FLAG_FALSE, goja.FLAG_FALSE}, true
	}
	return Attrs{}, false
}

// ProtoAttrs: see CtorAttrs.
func ProtoAttrs(key string) (Attrs, bool) {
	switch key {
	case "constructor", "name", "message", "toString":
		return Attrs{goja.FLAG_TRUE, goja.FLAG_TRUE}, true
	}
	return Attrs{}, false
}

// The keys CtorAttrs and ProtoAttrs know.
var (
	ctorAttrKeys  = [...]string{"length", "name", "prototype", "BYTES_PER_ELEMENT"}
	protoAttrKeys = [...]string{"constructor", "name", "message", "toString"}
)

// Descriptors are Object.getOwnPropertyDescriptor and Object.defineProperty,
// as a runtime has them before any user code.
type Descriptors struct{ GOPD, DP goja.Callable }

// NewDescriptors reads rt's Object.getOwnPropertyDescriptor and
// Object.defineProperty. Call it before user code runs.
func NewDescriptors(rt *goja.Runtime) Descriptors {
	var d Descriptors
	if object, ok := rt.GlobalObject().Get("Object").(*goja.Object); ok {
		d.GOPD, _ = goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
		d.DP, _ = goja.AssertFunction(object.Get("defineProperty"))
	}
	return d
}

// Copy defines src[key] on dst with the same value and attributes, through
// the descriptor functions.
func (d Descriptors) Copy(src, dst *goja.Object, key goja.Value) {
	if d.GOPD == nil || d.DP == nil {
		return
	}
	if desc, err := d.GOPD(nil, src, key); err == nil && !goja.IsUndefined(desc) {
		_, _ = d.DP(nil, dst, key, desc)
	}
}

// CopyOwn defines on dst each own string-keyed property of src, in src's
// order, with its value and attributes: those in known from Go (they are
// data properties with known's attributes), any other through d.Copy.
func (d Descriptors) CopyOwn(rt *goja.Runtime, src, dst *goja.Object, known func(string) (Attrs, bool)) {
	for _, k := range src.GetOwnPropertyNames() {
		if a, ok := known(k); ok {
			_ = dst.DefineDataProperty(k, src.Get(k), a.Writable, a.Configurable, goja.FLAG_FALSE)
			continue
		}
		d.Copy(src, dst, rt.ToValue(k))
	}
}

// Reorder moves the own properties of o named in keys, those it has, to
// the end of its key order, in keys' order, with their values and
// attributes (those in known from Go). The first of them that are at the
// end already, in keys' order, once the others are moved, stay where they
// are (goja's Error.prototype ends with constructor, which V8's starts
// with: name, message and toString move after it, constructor stays).
func (d Descriptors) Reorder(rt *goja.Runtime, o *goja.Object, keys []string, known func(string) (Attrs, bool)) {
	own := o.GetOwnPropertyNames()
	var buf [8]string
	present := buf[:0]
	for _, k := range keys {
		if slices.Contains(own, k) {
			present = append(present, k)
		}
	}
	stay := 0
	for m := len(present); m > 0; m-- {
		if endsWith(own, present[:m], present[m:]) {
			stay = m
			break
		}
	}
	for _, k := range present[stay:] {
		if a, ok := known(k); ok {
			v := o.Get(k)
			if o.Delete(k) == nil {
				_ = o.DefineDataProperty(k, v, a.Writable, a.Configurable, goja.FLAG_FALSE)
			}
			continue
		}
		if d.GOPD == nil || d.DP == nil {
			continue
		}
		desc, err := d.GOPD(nil, o, rt.ToValue(k))
		if err != nil || goja.IsUndefined(desc) {
			continue
		}
		if o.Delete(k) == nil {
			_, _ = d.DP(nil, o, rt.ToValue(k), desc)
		}
	}
}

// endsWith reports whether own, without the keys of moved, ends with head.
func endsWith(own, head, moved []string) bool {
	i := len(head) - 1
	for j := len(own) - 1; j >= 0 && i >= 0; j-- {
		if slices.Contains(moved, own[j]) {
			continue
		}
		if own[j] != head[i] {
			return false
		}
		i--
	}
	return i < 0
}
