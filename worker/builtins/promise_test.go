package builtins

import "testing"

func TestPromise(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`const r = Promise.withResolvers(); print(r.resolve.name === '', r.resolve.length, Object.keys(r))`, "true 1 promise,resolve,reject\n"},
		{`try { Promise.withResolvers.call(1) } catch (e) { print(e) }`, "TypeError: Promise.withResolvers called on non-object\n"},
		{`try { Promise.try.call(1) } catch (e) { print(e) }`, "TypeError: Promise.try called on non-object\n"},
		{`print(Promise.withResolvers.length, Promise.try.length, Promise.try.name)`, "0 1 try\n"},
		{`Promise.try((a, b) => a + b, 1, 2).then(v => print('ok', v))`, "ok 3\n"},
		{`Promise.try(() => { throw new Error('x') }).catch(e => print('caught', e.message))`, "caught x\n"},
		{`class P extends Promise {}; print(P.withResolvers().promise instanceof P)`, "true\n"},
	} {
		if got := run(t, c.src); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
