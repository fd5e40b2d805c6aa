package gojaprops

import (
	"testing"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// TestAddLazyAsDefine: an ordinary object and the global object given lazy accessors
// (AddLazy) show a script what the same accessors defined at once (DefineAccessorProperty)
// show: keys and their order, descriptors and identity, in, hasOwnProperty, delete, define,
// freeze; and a factory runs only when its name is touched.
func TestAddLazyAsDefine(t *testing.T) {
	if !LazyAvailable() {
		t.Fatal("AddLazy cannot work with this goja's layout (a goja upgrade?)")
	}
	const probe = `((o, g) => {
		const d = (x, k) => { const a = Object.getOwnPropertyDescriptor(x, k); return a ? ('get' in a ? 'A' + a.get.name + a.enumerable + a.configurable + (a.get === Object.getOwnPropertyDescriptor(x, k).get) : 'D' + a.value) : 'none' };
		const out = [('p' in o) + o.hasOwnProperty('q') + ('zz:own' in g), Reflect.ownKeys(o).join(), Object.keys(o).join(), Reflect.ownKeys(g).filter(k => typeof k === 'string').join()];
		const fi = []; for (const k in o) fi.push(k); out.push(fi.join());
		out.push(d(o, 'p'), d(o, 'q'), d(g, 'zz:own'), o.p, o.q, d(o, 'p'));
		out.push(delete o.q, 'q' in o, Reflect.ownKeys(o).join());
		Object.defineProperty(o, 'q', {value: 9, configurable: true}); out.push(Reflect.ownKeys(o).join(), d(o, 'q'));
		Object.freeze(o); out.push(Object.isFrozen(o), d(o, 'p'), d(o, 'r'));
		return out.join('\n');
	})`
	run := func(lazy bool) (string, int) {
		rt := goja.New()
		calls := 0
		mk := func(name string, enum bool) Factory {
			return func(r *goja.Runtime) goja.Value {
				calls++
				return accessorOf(t, r, name, enum)
			}
		}
		o := rt.NewObject()
		_ = o.Set("a", 1)
		g := rt.GlobalObject()
		names := []unistring.String{"p", "q", "r"}
		enum := []bool{false, true, false}
		if lazy {
			props := map[unistring.String]Factory{}
			for i, n := range names {
				props[n] = mk(n.String(), enum[i])
			}
			if _, ok := AddLazy(o, props, names); !ok {
				t.Fatal("AddLazy refused an ordinary object")
			}
			if _, ok := AddLazy(g, map[unistring.String]Factory{"zz:own": mk("zz:own", false)}, []unistring.String{"zz:own"}); !ok {
				t.Fatal("AddLazy refused the global object")
			}
			if calls != 0 {
				t.Fatalf("%d factories ran before anything touched their names", calls)
			}
		} else {
			for i, n := range names {
				def(t, o, n.String(), accessorOf(t, rt, n.String(), enum[i]), enum[i])
			}
			def(t, g, "zz:own", accessorOf(t, rt, "zz:own", false), false)
		}
		_ = o.Set("b", 2)
		f, err := rt.RunString(probe)
		if err != nil {
			t.Fatal(err)
		}
		fn, _ := goja.AssertFunction(f)
		v, err := fn(goja.Undefined(), o, g)
		if err != nil {
			t.Fatal(err)
		}
		return v.String(), calls
	}
	lazy, calls := run(true)
	eager, _ := run(false)
	if lazy != eager {
		t.Errorf("lazy:\n%s\neager:\n%s", lazy, eager)
	}
	if calls != 4 {
		t.Errorf("the factories ran %d times, want 4 (once each)", calls)
	}
}

// accessorOf makes the accessor of name (a getter returning name, no setter), as a factory
// would.
func accessorOf(t *testing.T, rt *goja.Runtime, name string, enum bool) goja.Value {
	get := rt.ToValue(func(goja.FunctionCall) goja.Value { return rt.ToValue("got " + name) }).(*goja.Object)
	_ = get.DefineDataProperty("name", rt.ToValue("get "+name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	v, ok := Accessor(rt, get, nil, enum)
	if !ok {
		t.Fatal("Accessor failed")
	}
	return v
}

// def defines the accessor that v (made by Accessor) holds on o through the public API.
func def(t *testing.T, o *goja.Object, name string, v goja.Value, enum bool) {
	lay := &lay
	w := (*iface)(unsafe.Pointer(&v))
	get := *(**goja.Object)(unsafe.Add(w.data, lay.getter))
	flag := goja.FLAG_FALSE
	if enum {
		flag = goja.FLAG_TRUE
	}
	if err := o.DefineAccessorProperty(name, get, nil, goja.FLAG_TRUE, flag); err != nil {
		t.Fatal(err)
	}
}
