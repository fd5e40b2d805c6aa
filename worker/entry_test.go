package worker

import (
	"context"
	"strings"
	"testing"
)

// TestEntryIgnoresGlobals checks that Call enters tasks the same way
// whatever a script does to globalThis (issue 14): a getter or a var that
// shadows the name mcrepl's entry function once had on the global scope
// changes nothing, no global names it, and the microtasks a task queues
// still run after it, in order.
func TestEntryIgnoresGlobals(t *testing.T) {
	const want = "undefined\nsync\nmessage hi\nmicrotask\nafter message\ntimer\ntimer end\nin timer\n"
	for _, shadow := range []string{
		"",
		"Object.defineProperty(globalThis, '__mcrepl_enter', { get() { return 1 }, configurable: true });",
		"var __mcrepl_enter = 1;",
		"globalThis.__mcrepl_enter = () => { throw new Error('shadow called') };",
	} {
		src := shadow + `
console.log(typeof Object.getPrototypeOf(globalThis).__mcrepl_enter);
setTimeout(() => {
  queueMicrotask(() => console.log('in timer'));
  console.log('timer'); console.log('timer end');
}, 0);
const mc = new MessageChannel();
mc.port1.onmessage = (e) => {
  Promise.resolve().then(() => console.log('after message'));
  console.log('message', e.data); mc.port1.close();
};
mc.port2.postMessage('hi');
queueMicrotask(() => console.log('microtask'));
console.log('sync');`
		var out, errw strings.Builder
		w, err := New(Config{Stdout: &out, Stderr: &errw})
		if err != nil {
			t.Fatal(err)
		}
		_ = w.Run(context.Background(), "test.js", src)
		w.Close()
		if out.String() != want || errw.String() != "" {
			t.Errorf("%s\n stdout %q\n stderr %q\n  want %q", shadow, out.String(), errw.String(), want)
		}
	}
}
