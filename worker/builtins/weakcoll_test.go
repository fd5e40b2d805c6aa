package builtins

import "testing"

func TestWeakCollectionSymbols(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`const s = Symbol('k'), m = new WeakMap(); print(m.set(s, 1) === m, m.get(s), m.has(s), m.has(Symbol('k')), m.delete(s), m.has(s), m.get(s))`, "true 1 true false true false undefined\n"},
		{`const o = {}, m = new WeakMap([[o, 2]]); print(m.get(o), m.has({}))`, "2 false\n"},
		{`try { new WeakMap().set(Symbol.for('r'), 1) } catch (e) { print(e) }`, "TypeError: Invalid value used as weak map key\n"},
		{`try { WeakMap.prototype.get.call({}, Symbol()) } catch (e) { print(e.constructor.name) }`, "TypeError\n"},
		{`const s = Symbol(), ws = new WeakSet(); print(ws.add(s) === ws, ws.has(s), ws.delete(s), ws.has(s))`, "true true true false\n"},
		{`try { new WeakSet().add(1) } catch (e) { print(e) }; print(new WeakMap().has(1), new WeakMap().get('x'), new WeakSet().delete(true))`, "TypeError: Invalid value used in weak set\nfalse undefined false\n"},
		{`print(WeakMap.prototype.set.length, WeakMap.prototype.get.name, WeakSet.prototype.add.length)`, "2 get 1\n"},
	} {
		if got := run(t, c.src); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
