package builtins

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// TestStringProtoLazyMatchesEager: String.prototype's methods made on first
// touch (protolazy.go) are what defining them at start-up gives, whatever a
// script does first.
func TestStringProtoLazyMatchesEager(t *testing.T) {
	lazy := goja.New()
	Install(lazy)
	sp := lazy.Get("String").(*goja.Object).Get("prototype").(*goja.Object)
	for _, m := range stringMethods {
		if p, ok := gojaprops.Own(sp, unistring.String(m.name)); !ok || !p.Builtin {
			t.Errorf("String.prototype.%s was made at start-up: goja's layout changed (the methods are defined at once)", m.name)
		}
	}
	const describe = `const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); if (!x) return String(k) + ':-';
			const v = x.value; return String(k) + ':' + [typeof v, x.writable, x.enumerable, x.configurable, typeof x.get,
			typeof v === 'function' ? v.name + '/' + v.length + '/' + String(v) : ''].join('/'); };
		const keys = o => Reflect.ownKeys(o).map(k => d(o, k)).join();
		const err = f => { try { return String(f()); } catch (e) { return e.constructor.name + ': ' + e.message; } };`
	const calls = `[String.prototype.padStart === String.prototype.padStart, String.prototype.isWellFormed === ''.isWellFormed,
		err(() => 'ab'.padStart(5, '-')), err(() => 'ab'.padEnd(2 ** 40)), err(() => 'ab'.padEnd(2 ** 40, '')),
		err(() => String.prototype.padStart.call(null, 2 ** 40)), err(() => 'x'.repeat(-1)), err(() => 'x'.repeat(3)),
		err(() => String.prototype.repeat.call(undefined, 1)), err(() => '\uD800a'.isWellFormed()), err(() => 'a\uDC00'.toWellFormed().charCodeAt(1)),
		err(() => String.prototype.toWellFormed.call(null)), err(() => 'a'.localeCompare('b')), err(() => 'i'.toLocaleUpperCase('tr')),
		err(() => 'I'.toLocaleLowerCase('en')), err(() => String.prototype.localeCompare.call(null, 'a')),
		err(() => new String.prototype.repeat()), err(() => { try { null.x } catch (e) {} return ''.padStart.call(Symbol()); })].join('\n')`
	for _, c := range []struct{ name, src string }{
		{"keys", `keys(String.prototype) + '\n' + ` + calls},
		{"calls first", calls + ` + '\n' + keys(String.prototype)`},
		{"for-in", `for (const k in String.prototype) {}; Object.keys(String.prototype).join() + keys(String.prototype)`},
		{"delete added", `delete String.prototype.isWellFormed; delete String.prototype.padEnd; String(''.isWellFormed) + String(''.padEnd) + keys(String.prototype)`},
		{"replace", `String.prototype.padStart = 1; String.prototype.toWellFormed = function x() {}; keys(String.prototype) + ''.toWellFormed.name`},
		{"define", `Object.defineProperty(String.prototype, 'repeat', {get() { return 2 }}); ''.repeat + keys(String.prototype)`},
		{"added first", `String.prototype.zz = 1; keys(String.prototype)`},
		{"replace upper", `String.prototype.toUpperCase = () => 'no'; 'a'.toLocaleUpperCase() + 'b'.toLocaleUpperCase('tr') + keys(String.prototype)`},
		{"hasOwn", `[Object.hasOwn(String.prototype, 'toWellFormed'), 'isWellFormed' in '', Object.getOwnPropertyNames(String.prototype).indexOf('isWellFormed')].join() + keys(String.prototype)`},
		{"freeze", `Object.freeze(String.prototype); keys(String.prototype)`},
	} {
		got := [2]string{}
		for i, eager := range []bool{false, true} {
			noLazyProtos = eager
			rt := goja.New()
			Install(rt)
			noLazyProtos = false
			v, err := rt.RunString(describe + c.src)
			if err != nil {
				got[i] = "error: " + err.Error()
			} else {
				got[i] = v.String()
			}
		}
		if got[0] != got[1] {
			t.Errorf("%s:\nlazy:  %s\neager: %s", c.name, got[0], got[1])
		}
	}
}

func TestObjectProtoLazyMatchesEager(t *testing.T) {
	lazy := goja.New()
	Install(lazy)
	op := lazy.Get("Object").(*goja.Object).Get("prototype").(*goja.Object)
	for _, m := range objectMethods {
		if p, ok := gojaprops.Own(op, unistring.String(m.name)); !ok || !p.Builtin {
			t.Errorf("Object.prototype.%s was made at start-up: goja's layout changed (the methods are defined at once)", m.name)
		}
	}
	const describe = `const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); if (!x) return String(k) + ':-';
			const v = x.value; return String(k) + ':' + [typeof v, x.writable, x.enumerable, x.configurable, typeof x.get,
			typeof v === 'function' ? v.name + '/' + v.length + '/' + String(v) : ''].join('/'); };
		const keys = o => Reflect.ownKeys(o).map(k => d(o, k)).join();
		const err = f => { try { return String(f()); } catch (e) { return e.constructor.name + ': ' + e.message; } };`
	const calls = `[({}).__defineGetter__ === Object.prototype.__defineGetter__,
		err(() => { const o = {}; o.__defineGetter__('a', () => 1); return o.a + typeof o.__lookupGetter__('a'); }),
		err(() => { const o = {}; o.__defineSetter__('b', function (v) { this.c = v; }); o.b = 2; return o.c + typeof o.__lookupSetter__('b'); }),
		err(() => ({}).__defineGetter__('x', 1)), err(() => Object.prototype.__lookupGetter__.call(null, 'x')),
		err(() => ({}).__lookupGetter__('__proto__') === Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get)].join('\n')`
	for _, c := range []struct{ name, src string }{
		{"keys", `keys(Object.prototype) + '\n' + ` + calls},
		{"calls first", calls + ` + '\n' + keys(Object.prototype)`},
		{"for-in", `const s = []; for (const k in {}) s.push(k); s.join() + Object.keys(Object.prototype).join() + keys(Object.prototype)`},
		{"delete added", `delete Object.prototype.__defineGetter__; delete Object.prototype.toString; String(({}).__defineGetter__) + keys(Object.prototype)`},
		{"replace", `Object.prototype.__lookupSetter__ = 1; Object.prototype.valueOf = function x() {}; keys(Object.prototype)`},
		{"added first", `Object.prototype.zz = 1; const r = keys(Object.prototype); delete Object.prototype.zz; r`},
		{"freeze", `Object.freeze(Object.prototype); keys(Object.prototype)`},
	} {
		got := [2]string{}
		for i, eager := range []bool{false, true} {
			noLazyProtos = eager
			rt := goja.New()
			Install(rt)
			noLazyProtos = false
			v, err := rt.RunString(describe + c.src)
			if err != nil {
				got[i] = "error: " + err.Error()
			} else {
				got[i] = v.String()
			}
		}
		if got[0] != got[1] {
			t.Errorf("%s:\nlazy:  %s\neager: %s", c.name, got[0], got[1])
		}
		if c.name == "keys" && !strings.HasPrefix(got[0], "constructor:function/true/false/true/undefined/Object/1/function Object() { [native code] },__defineGetter__:function/true/false/true/undefined/__defineGetter__/2/") {
			t.Errorf("keys: V8's order starts with constructor, __defineGetter__; got %.200s", got[0])
		}
	}
}
