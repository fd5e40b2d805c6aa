package builtins

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// describeSource lists the own properties of globalThis[name] (and of its
// prototype) that goja's builtin has: key, data or accessor, attributes,
// and the value when it is primitive; the constructor's in its order, the
// prototype's sorted (the error prototypes get V8's order).
const describeSource = `(function (names, keys) {
	const show = (o, only, sort) => { const l = Reflect.ownKeys(o).filter(k => only === undefined || only.includes(String(k))).map(k => {
		const d = Object.getOwnPropertyDescriptor(o, k);
		const v = "value" in d ? (Object(d.value) === d.value ? typeof d.value : String(d.value)) : "accessor";
		return String(k) + "=" + v + (d.writable ? " w" : "") + (d.enumerable ? " e" : "") + (d.configurable ? " c" : "");
	}); return (sort ? l.sort() : l).join(", "); };
	return names.map(n => n + ": " + show(globalThis[n], keys && keys[n] && keys[n][0]) + " | prototype: " +
		show(globalThis[n].prototype, keys && keys[n] && keys[n][1], true)).join("\n");
})`

var attrCtors = append([]string{"ArrayBuffer", "Int8Array", "Uint8Array", "Float64Array", "BigUint64Array"}, errorCtorNames...)

func describe(t *testing.T, rt *goja.Runtime, keys goja.Value) (string, goja.Value) {
	t.Helper()
	f, err := rt.RunString(describeSource)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(f)
	names := rt.ToValue(attrCtors)
	out, err := fn(nil, names, keys)
	if err != nil {
		t.Fatal(err)
	}
	// the keys goja's originals have, for the installed runtime
	own, err := rt.RunString(`(names) => Object.fromEntries(names.map(n => [n, [Reflect.ownKeys(globalThis[n]).map(String), Reflect.ownKeys(globalThis[n].prototype).map(String)]]))`)
	if err != nil {
		t.Fatal(err)
	}
	ofn, _ := goja.AssertFunction(own)
	k, err := ofn(nil, names)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), k
}

// TestKnownAttributes: the properties that CopyOwn and Reorder copy from Go
// (CtorAttrs, ProtoAttrs) have those attributes on goja's builtins, and
// the replaced error constructors have the originals' properties, values
// and attributes, in the originals' order (the prototypes in V8's).
func TestKnownAttributes(t *testing.T) {
	raw := goja.New()
	for _, n := range attrCtors {
		c := raw.Get(n).(*goja.Object)
		for _, k := range ctorAttrKeys {
			a, _ := CtorAttrs(k)
			checkAttrs(t, raw, n, c, k, a)
		}
		p := c.Get("prototype").(*goja.Object)
		for _, k := range protoAttrKeys {
			a, _ := ProtoAttrs(k)
			checkAttrs(t, raw, n+".prototype", p, k, a)
		}
	}
	want, keys := describe(t, raw, nil)

	rt := goja.New()
	Install(rt)
	got, _ := describe(t, rt, keys)
	if got != want {
		t.Errorf("installed constructors:\n%s\ngoja's:\n%s", got, want)
	}
	order, err := rt.RunString(`[Reflect.ownKeys(Error.prototype).join(), Reflect.ownKeys(TypeError.prototype).join()].join(" | ")`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "constructor,name,message,toString | constructor,name,message"; order.String() != want {
		t.Errorf("the error prototypes' keys: %s, want V8's %s", order, want)
	}
}

// checkAttrs fails unless o[key], when o has it, is a non-enumerable data
// property with attributes a.
func checkAttrs(t *testing.T, rt *goja.Runtime, where string, o *goja.Object, key string, a Attrs) {
	t.Helper()
	if !hasOwn(o, key) {
		return
	}
	d, err := rt.RunString(`(o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return ("value" in d) + " " + d.writable + " " + d.enumerable + " " + d.configurable }`)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(d)
	v, err := fn(nil, o, rt.ToValue(key))
	if err != nil {
		t.Fatal(err)
	}
	flag := func(f goja.Flag) string {
		if f == goja.FLAG_TRUE {
			return "true"
		}
		return "false"
	}
	if want := "true " + flag(a.Writable) + " false " + flag(a.Configurable); v.String() != want {
		t.Errorf("%s.%s: data, writable, enumerable, configurable = %s, want %s", where, key, v, want)
	}
}

// TestReorderOrder: Reorder gives the keys' order whatever the start, and
// leaves in place the first keys that are where it would put them.
func TestReorderOrder(t *testing.T) {
	for _, c := range []struct{ start, want string }{
		{"message,name,toString,constructor", "constructor,name,message,toString"},
		{"constructor,name,message,toString", "constructor,name,message,toString"},
		{"x,toString,y,name", "x,y,name,toString"},
		{"a,constructor,b", "a,b,constructor"},
		{"b", "b"},
	} {
		rt := goja.New()
		o := rt.NewObject()
		for _, k := range strings.Split(c.start, ",") {
			_ = o.DefineDataProperty(k, rt.ToValue(k), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		NewDescriptors(rt).Reorder(rt, o, []string{"constructor", "name", "message", "toString"}, ProtoAttrs)
		if got := strings.Join(o.GetOwnPropertyNames(), ","); got != c.want {
			t.Errorf("%s: got %s, want %s", c.start, got, c.want)
		}
	}
}
