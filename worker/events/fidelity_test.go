package events_test

import "testing"

// workerd's behaviour where it departs from the DOM and WebIDL (recorded in
// conformance cases 1700-1705; these pin the Go side).
func TestWorkerdFidelity(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"DOMException is no Error object", `
			const d = new DOMException('m', 'ValidationError');
			console.log(Object.keys(d).join(), d.code, Error.isError(d), d instanceof Error, DOMException.prototype.toString());`,
			"code,name,message,stack 16 false true Error\n"},
		{"DOMException constants are configurable", `
			console.log(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR').configurable, Object.hasOwn(globalThis, 'DOMException'), 'DOMException' in globalThis);`,
			"true false true\n"},
		{"CustomEvent's detail defaults to undefined", `
			console.log(new CustomEvent('x').detail, new CustomEvent('x', { detail: 0 }).detail, typeof CustomEvent.prototype.initCustomEvent);`,
			"undefined 0 undefined\n"},
		{"a passive listener cannot cancel", `
			const t = new EventTarget();
			t.addEventListener('x', (e) => { e.preventDefault(); }, { passive: true });
			const e = new Event('x', { cancelable: true });
			console.log(t.dispatchEvent(e), e.defaultPrevented);`,
			"true false\n"},
		{"a null listener is ignored before capture is refused", `
			const t = new EventTarget();
			t.addEventListener('x', null, true);
			try { t.addEventListener('x', () => {}, true); } catch (e) { console.log(e.message); }`,
			"addEventListener(): useCapture must be false.\n"},
		{"cancelBubble", `
			const e = new Event('x'); e.stopPropagation(); e.cancelBubble = false;
			const f = new Event('x'); f.stopImmediatePropagation();
			console.log(e.cancelBubble, f.cancelBubble);`,
			"false false\n"},
		{"AbortSignal.any follows the sources of its sources", `
			const a = new AbortController();
			const any = AbortSignal.any([a.signal]), any2 = AbortSignal.any([any]);
			a.abort('r');
			console.log(any.aborted, any.reason, any2.aborted, any2.reason);`,
			"true r true r\n"},
		{"AbortSignal.timeout aborts with a TimeoutError", `
			const s = AbortSignal.timeout(1);
			s.onabort = () => console.log(s.reason.name, s.reason.code, s.reason.retryable);`,
			"TimeoutError 23 true\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stderr := run(t, "2025-08-15", c.src)
			if out != c.want || stderr != "" {
				t.Errorf("got %q (stderr %q), want %q", out, stderr, c.want)
			}
		})
	}
}
