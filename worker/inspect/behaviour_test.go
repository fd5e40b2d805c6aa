package inspect

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestGojaDifferences pins the cases where goja cannot give what V8 gives,
// which are therefore left out of the Node-recorded table.
func TestGojaDifferences(t *testing.T) {
	cases := []struct {
		name, expr, want string
	}{
		// goja's RegExp source escapes a slash that came from a string as
		// \u002f where V8 writes \/.
		{"regexp source", `new RegExp('a/b', 'm')`, `/a\u002fb/m`},
		// A tag computed by a getter is not shown (Node: Foo [bar] {}).
		{"tag getter", `(() => { class Foo { get [Symbol.toStringTag]() { return 'bar' } } return new Foo() })()`, `Foo {}`},
		// Iterators cannot be previewed without advancing them (Node:
		// [Map Entries] { [ 1, 2 ] }).
		{"map iterator", `new Map([[1, 2]]).entries()`, `Object [Map Iterator] {}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rt := goja.New()
			if got := Format(rt, eval(t, rt, c.expr), Options{}); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestLongArrayKeys checks that the extra properties of very long arrays
// are not looked for, while symbol keys still are.
func TestLongArrayKeys(t *testing.T) {
	rt := goja.New()
	v := eval(t, rt, `(() => { const a = new Uint8Array(70000); a.extra = 1; a[Symbol('s')] = 2; return a })()`)
	got := Format(rt, v, Options{})
	if strings.Contains(got, "extra") || !strings.HasSuffix(got, "... 69900 more items,\n  Symbol(s): 2\n]") {
		t.Errorf("got %q", got)
	}
}

// TestGojaStack checks errors that keep the stack goja recorded: Node's
// layout, goja's frames ("\tat ..."), no trailing newline.
func TestGojaStack(t *testing.T) {
	rt := goja.New()
	v := eval(t, rt, `function thrower() { const e = new TypeError('boom'); e.code = 'E'; return e }; thrower()`)
	got := Format(rt, v, Options{})
	lines := strings.Split(got, "\n")
	if lines[0] != "TypeError: boom" {
		t.Errorf("first line %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "    at thrower (<eval>:1:32)") {
		t.Errorf("second line %q", lines[1])
	}
	if !strings.HasSuffix(got, " {\n  code: 'E'\n}") {
		t.Errorf("extra properties not printed after the stack: %q", got)
	}

	nested := Format(rt, eval(t, rt, `({ err: thrower() })`), Options{})
	if !strings.HasPrefix(nested, "{\n  err: TypeError: boom\n      at thrower (<eval>:1:32)\n      at <eval>:1:16 {") {
		t.Errorf("nested stack not indented: %q", nested)
	}
}

// TestNoUserCode formats values whose getters, traps and conversion hooks
// all record that they ran: without CustomInspect none does.
func TestNoUserCode(t *testing.T) {
	rt := goja.New()
	var ran []string
	if err := rt.Set("record", func(what string) { ran = append(ran, what) }); err != nil {
		t.Fatal(err)
	}
	eval(t, rt, `
		var hit = (what) => () => { record(what); return 1; };
		var values = [
			{ get g() { return hit('getter')(); } },
			new Proxy({ a: 1 }, { get: hit('get trap'), ownKeys: hit('ownKeys trap'),
				getOwnPropertyDescriptor: hit('gopd trap'), getPrototypeOf: hit('proto trap') }),
			new Proxy(function f() {}, { apply: hit('apply trap') }),
			(() => { class C { static get name() { return hit('static name')(); }
				static [Symbol.hasInstance]() { return hit('hasInstance')(); } } return new C(); })(),
			(() => { class T { get [Symbol.toStringTag]() { return hit('tag getter')(); } } return new T(); })(),
			Object.assign(new Number(1), { valueOf: hit('valueOf'), toString: hit('toString') }),
			(() => { const e = new Error('x'); Object.defineProperty(e, 'stack', { get: hit('stack getter') }); return e; })(),
			(() => { const a = [1]; Object.defineProperty(a, 0, { get: hit('index getter') }); return a; })(),
			(() => { const m = new Map([[1, 2]]); m.forEach = hit('own forEach'); return m; })(),
			(() => { function Foo() {} const o = new Foo(); Object.defineProperty(Foo.prototype, 'constructor',
				{ value: new Proxy(Foo, { getOwnPropertyDescriptor: hit('ctor gopd trap'), get: hit('ctor get trap') }) }); return o; })(),
			(() => { const e = new Error('x'); const r = Proxy.revocable([], {}); r.revoke(); e.errors = r.proxy; return e; })(),
		];
	`)
	values := rt.Get("values")
	formatAll := func() {
		ran = nil
		for _, opts := range []Options{{}, {ShowHidden: true}, {ShowProxy: true}, {Colors: true, Depth: -1}} {
			Format(rt, values, opts)
		}
		// %s, %d, %i and %f convert with user code, as in workerd.
		args := []goja.Value{rt.ToValue("%o %O"), values, values, values}
		FormatLog(rt, args, Options{})
	}
	formatAll()
	if len(ran) != 0 {
		t.Errorf("user code ran: %v", ran)
	}

	// Getters on Object.prototype for every descriptor field. goja then
	// builds descriptors without those fields (it defines them with Set,
	// not CreateDataProperty), so the output degrades; still nothing runs.
	eval(t, rt, `['get', 'set', 'value', 'enumerable', 'writable', 'configurable'].forEach((k) =>
		Object.defineProperty(Object.prototype, k, { __proto__: null, get: hit('Object.prototype.' + k) }));`)
	formatAll()
	if len(ran) != 0 {
		t.Errorf("user code ran with Object.prototype getters: %v", ran)
	}
}

// TestRegisterCustom installs a MessagePort-like host hook: onmessage is an
// accessor on the prototype, printed only while it is null.
func TestRegisterCustom(t *testing.T) {
	rt := goja.New()
	eval(t, rt, `
		class MessagePort { constructor() { this._h = null } get onmessage() { return this._h } set onmessage(v) { this._h = v } }
		Object.defineProperty(MessagePort.prototype, '_h', { writable: true, value: null });
		var port = new MessagePort();
	`)
	proto := rt.Get("MessagePort").(*goja.Object).Get("prototype").(*goja.Object)
	RegisterCustom(rt, func(o *goja.Object, _ Options, recurse func(goja.Value) string) (string, bool) {
		if o.Prototype() == nil || !o.Prototype().SameAs(proto) {
			return "", false
		}
		if h := o.Get("_h"); h == nil || goja.IsNull(h) {
			return "MessagePort { onmessage: " + recurse(goja.Null()) + " }", true
		}
		return "MessagePort {}", true
	})
	port := rt.Get("port")
	if got := Format(rt, port, Options{}); got != "MessagePort { onmessage: null }" {
		t.Errorf("idle port: %q", got)
	}
	if got := Format(rt, eval(t, rt, `({ p: port, list: [port] })`), Options{}); got != "{\n  p: MessagePort { onmessage: null },\n  list: [ MessagePort { onmessage: null } ]\n}" {
		t.Errorf("nested port: %q", got)
	}
	eval(t, rt, `port.onmessage = () => {}`)
	if got := Format(rt, port, Options{}); got != "MessagePort {}" {
		t.Errorf("port with handler: %q", got)
	}
	if got := Format(rt, eval(t, rt, `({})`), Options{}); got != "{}" {
		t.Errorf("plain object through the hook: %q", got)
	}

	RegisterCustom(rt, nil)
	if got := Format(rt, port, Options{}); got != "MessagePort { _h: [Function (anonymous)] }" {
		t.Errorf("after removing the hook: %q", got)
	}
}

func TestOptions(t *testing.T) {
	cases := []struct {
		name, expr string
		opts       Options
		want       string
	}{
		{"max array length", `[1, 2, 3, 4]`, Options{MaxArrayLength: 2}, "[ 1, 2, ... 2 more items ]"},
		{"max string length", `'abcdef'`, Options{MaxStringLength: 3}, "'abc'... 3 more characters"},
		{"show hidden", `[1]`, Options{ShowHidden: true}, "[ 1, [length]: 1 ]"},
		{"show proxy", `new Proxy({ a: 1 }, {})`, Options{ShowProxy: true}, "Proxy [ { a: 1 }, {} ]"},
		{"unlimited depth", `({ a: { b: { c: { d: {} } } } })`, Options{Depth: -1}, "{\n  a: { b: { c: { d: {} } } }\n}"},
		{"host map", `m`, Options{}, "{ k: 'v' }"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rt := goja.New()
			if err := rt.Set("m", map[string]any{"k": "v"}); err != nil {
				t.Fatal(err)
			}
			if got := Format(rt, eval(t, rt, c.expr), c.opts); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestDeepNesting checks that an unlimited depth on a very deep value ends
// in Node's stack-overflow message rather than a Go stack overflow.
func TestDeepNesting(t *testing.T) {
	rt := goja.New()
	v := eval(t, rt, `let o = {}; for (let i = 0; i < 1100; i++) o = { o }; o`)
	got := Format(rt, v, Options{Depth: -1})
	if !strings.Contains(got, "Inspection interrupted prematurely") {
		t.Errorf("no interruption marker in %d bytes of output", len(got))
	}
}

func TestFormatLogSeparately(t *testing.T) {
	rt := goja.New()
	cases := []struct {
		name string
		args string
		want string
	}{
		// workerd calls a user toString for %s.
		{"own toString", `['%s', { toString() { return 'own' } }]`, "own"},
		// %o of a sloppy function: V8 adds own arguments and caller.
		{"sloppy function", `['%o', function f() {}]`, "<ref *1> [Function: f] {\n  [length]: 0,\n  [name]: 'f',\n  [prototype]: { [constructor]: [Circular *1] }\n}"},
		{"no args", `[]`, ""},
		{"colors in %O", `['%O', 1]`, "\x1b[33m1\x1b[39m"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := elements(eval(t, rt, c.args).(*goja.Object))
			opts := Options{Colors: strings.Contains(c.name, "colors")}
			if got := FormatLog(rt, args, opts); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// BenchmarkFormatMedium formats a medium nested object: a record with
// nested objects, arrays of numbers and strings, a Map and a Date.
func BenchmarkFormatMedium(b *testing.B) {
	rt := goja.New()
	v := eval(b, rt, `({
		id: 1234, name: 'medium object', tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
		scores: Array.from({ length: 40 }, (_, i) => i * 7 % 13),
		owner: { name: 'owner', email: 'owner@example.com', roles: ['admin', 'dev'], meta: { since: new Date(0), active: true } },
		items: Array.from({ length: 10 }, (_, i) => ({ id: i, label: 'item ' + i, price: i * 1.25, flags: [i % 2 === 0, i % 3 === 0] })),
		lookup: new Map([['x', 1], ['y', { z: 2 }]]),
		nothing: null, missing: undefined,
	})`)
	b.ReportAllocs()
	for b.Loop() {
		Format(rt, v, Options{})
	}
}
