package events_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// run runs src at date and returns what console.log printed and stderr.
func run(t *testing.T, date, src string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve(date, nil), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = w.Run(ctx, "test.js", src)
	return out.String(), errb.String()
}

func TestDispatch(t *testing.T) {
	cases := []struct {
		name, date, src, want, stderr string
	}{
		{"plain on-property first, then listeners in order", "2025-08-15", `
			const t = new EventTarget();
			t.addEventListener('x', function () { console.log('a', this === t); });
			t.onx = function () { console.log('onx', this === globalThis); };
			t.addEventListener('x', { handleEvent() { console.log('b'); } });
			console.log(t.dispatchEvent(new Event('x')));`,
			"onx true\na true\nb\ntrue\n", ""},
		{"this is globalThis before set_event_target_this", "2025-07-31", `
			const t = new EventTarget();
			t.addEventListener('x', function () { console.log(this === globalThis); });
			t.dispatchEvent(new Event('x'));`,
			"true\n", ""},
		{"handleEvent is captured when added", "2025-08-15", `
			const t = new EventTarget();
			const h = { handleEvent() { console.log('first'); } };
			t.addEventListener('x', h);
			h.handleEvent = () => console.log('second');
			t.dispatchEvent(new Event('x'));`,
			"first\n", ""},
		{"duplicates, once and stopImmediatePropagation", "2025-08-15", `
			const t = new EventTarget();
			const f = () => console.log('f');
			t.addEventListener('x', f);
			t.addEventListener('x', f, { once: true });
			t.addEventListener('x', (e) => { console.log('g'); e.stopImmediatePropagation(); }, { once: true });
			t.addEventListener('x', () => console.log('h'));
			t.dispatchEvent(new Event('x'));
			t.dispatchEvent(new Event('x'));`,
			"f\ng\nf\nh\n", ""},
		{"an aborted signal removes its listener", "2025-08-15", `
			const t = new EventTarget();
			const c = new AbortController();
			t.addEventListener('x', () => console.log('x'), { signal: c.signal });
			c.signal.addEventListener('abort', () => console.log('abort', c.signal.aborted, c.signal.reason.name));
			t.dispatchEvent(new Event('x'));
			c.abort();
			t.dispatchEvent(new Event('x'));`,
			"x\nabort true AbortError\n", ""},
		{"capture is refused", "2025-08-15", `
			const t = new EventTarget();
			try { t.addEventListener('x', () => {}, true); } catch (e) { console.log(e.message); }
			try { t.addEventListener('x', () => {}, { capture: true }); } catch (e) { console.log(e.message); }`,
			"addEventListener(): useCapture must be false.\naddEventListener(): options.capture must be false.\n", ""},
		{"legacy mode: a listener exception escapes dispatchEvent", "2025-08-15", `
			const t = new EventTarget();
			t.addEventListener('x', () => { throw new Error('boom'); });
			t.addEventListener('x', () => console.log('not reached'));
			try { t.dispatchEvent(new Event('x')); } catch (e) { console.log('caught', e.message); }`,
			"caught boom\n", ""},
		{"spec mode: reported to the global error event, dispatch goes on", "2026-09-15", `
			addEventListener('error', (e) => { console.log('error event:', e.message); e.preventDefault(); });
			const t = new EventTarget();
			t.addEventListener('x', () => { throw new RangeError('boom'); });
			t.addEventListener('x', () => console.log('reached'));
			console.log(t.dispatchEvent(new Event('x')));`,
			"error event: Uncaught RangeError: boom\nreached\ntrue\n", ""},
		{"one return-value warning per target", "2025-08-15", `
			const t = new EventTarget();
			t.addEventListener('x', () => 1);
			t.addEventListener('x', async () => {});
			t.dispatchEvent(new Event('x'));`,
			"", "An event handler returned a value of type \"number\" that will be ignored. Event handlers should not have a return value.\n"},
		{"DOMException", "2025-08-15", `
			const e = new DOMException('nope', 'DataCloneError');
			console.log(e instanceof Error, e.name, e.code, e.message, Object.prototype.toString.call(e), DOMException.DATA_CLONE_ERR);`,
			"true DataCloneError 25 nope [object DOMException] 25\n", ""},
		{"constructors need new", "2025-08-15", `
			try { Event('x'); } catch (e) { console.log(e.message); }
			console.log(Function.prototype.toString.call(EventTarget));`,
			"Failed to construct 'Event': Please use the 'new' operator, this object constructor cannot be called as a function.\nfunction EventTarget() { [native code] }\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stderr := run(t, c.date, c.src)
			if out != c.want || stderr != c.stderr {
				t.Errorf("stdout %q, want %q\nstderr %q, want %q", out, c.want, stderr, c.stderr)
			}
		})
	}
}

// A delivered MessageEvent kept by a listener stays a whole event after
// thousands of later deliveries (and the collections they cause): its
// getters, inspect output, cloning refusal and a second dispatch.
func TestKeptMessageEvent(t *testing.T) {
	out, stderr := run(t, "2025-08-15", `
		const { port1, port2 } = new MessageChannel();
		let kept, n = 0;
		port2.onmessage = (e) => {
			if (n++ === 0) { kept = e; e.preventDefault(); return; }
			if (n < 20000) { port1.postMessage({ n, pad: 'x'.repeat(64) }); return; }
			console.log(kept.type, kept.isTrusted, kept.eventPhase, kept.defaultPrevented, kept.data, kept.source === port2, kept.ports === kept.ports);
			try { structuredClone(kept); } catch (err) { console.log(err.message); }
			const t = new EventTarget();
			t.addEventListener('message', (e) => console.log('again', e === kept, e.currentTarget === t));
			console.log(t.dispatchEvent(kept));
			console.log(kept);
		};
		port1.postMessage('first');
		port1.postMessage(1);`)
	want := `message true 0 false first true false
#<MessageEvent> could not be cloned.
again true true
true
MessageEvent {
  ports: [ [length]: 0 ],
  source: MessagePort {},
  lastEventId: '',
  origin: null,
  data: 'first',
  type: 'message',
  eventPhase: 0,
  composed: false,
  bubbles: false,
  cancelable: false,
  defaultPrevented: false,
  returnValue: true,
  currentTarget: EventTarget {},
  target: EventTarget {},
  srcElement: EventTarget {},
  timeStamp: 0,
  isTrusted: true,
  cancelBubble: false,
  NONE: 0,
  CAPTURING_PHASE: 1,
  AT_TARGET: 2,
  BUBBLING_PHASE: 3
}
`
	if out != want || stderr != "" {
		t.Errorf("stdout\n%s\nwant\n%s\nstderr %q", out, want, stderr)
	}
}
