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
