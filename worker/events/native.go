package events

import "github.com/dop251/goja"

// ShowAsNative makes Function.prototype.toString print c as
// "function name() { [native code] }", as it prints Class's constructors:
// for a constructor a package builds itself (worker/url's URL, a Proxy
// around a native constructor, which goja's toString prints without its
// name).
func (r *Realm) ShowAsNative(c *goja.Object, name string) { r.nativeLooking[c] = name }

// NativeName is the name of c when it is one of the realm's host
// constructors (Class's, or ShowAsNative's), for messages that name an
// object's class as workerd does.
func (r *Realm) NativeName(c *goja.Object) (string, bool) {
	name, ok := r.nativeLooking[c]
	return name, ok
}

// ScriptClass builds a constructor as Class does, for a class that workerd
// implements in JavaScript (MessageChannel and MessagePort since workerd
// 2026-11-23), so that it has a class's surface: a call without new throws
// V8's "Class constructor NAME cannot be invoked without 'new'", its
// prototype property is read-only, the prototype lists constructor first,
// and parent (a constructor, or nil) is what it extends: its prototype and
// the prototype of its prototype property. A nil ctor makes `new` throw
// "Illegal constructor". Function.prototype.toString shows it as
// "class NAME extends PARENT { [native code] }": a class, as workerd's is,
// without workerd's source, which mcrepl does not copy.
func (r *Realm) ScriptClass(name string, parent *goja.Object, ctor func(goja.ConstructorCall) *goja.Object) (c, proto *goja.Object) {
	msg := "Class constructor " + name + " cannot be invoked without 'new'"
	nameV := r.rt.ToValue(name)
	c = r.newClass(nameV, msg, ctor)
	proto = c.Get("prototype").(*goja.Object)
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	sc := scriptClass{c: c, name: name}
	if parent != nil {
		if pp, ok := parent.Get("prototype").(*goja.Object); ok {
			_ = proto.SetPrototype(pp)
		}
		_ = c.SetPrototype(parent)
		sc.parent = parent.Get("name").String()
	}
	r.scriptClasses = append(r.scriptClasses, sc)
	r.tagV(proto, nameV)
	r.ctors[name] = c
	return c, proto
}

// scriptClass is a constructor of ScriptClass's, and the names its toString
// shows.
type scriptClass struct {
	c            *goja.Object
	name, parent string
}

// classSourceText is what Function.prototype.toString shows for o when it
// is a ScriptClass constructor.
func (r *Realm) classSourceText(o *goja.Object) (string, bool) {
	for _, sc := range r.scriptClasses {
		if sc.c == o {
			if sc.parent != "" {
				return "class " + sc.name + " extends " + sc.parent + " { [native code] }", true
			}
			return "class " + sc.name + " { [native code] }", true
		}
	}
	return "", false
}
