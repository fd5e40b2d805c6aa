// config: date=2026-11-17 flags=
// EventSource: where it lives, its members and their attributes, statics, constructor checks, brand checks, clone refusal.
const log = (...a) => console.log(...a);
const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), "EventSource");
log(typeof EventSource, d.enumerable, d.configurable, Object.hasOwn(globalThis, "EventSource"));
log(EventSource.length, EventSource.name, Object.getPrototypeOf(EventSource) === EventTarget, Object.getPrototypeOf(EventSource.prototype) === EventTarget.prototype);
for (const o of [EventSource, EventSource.prototype]) {
  for (const k of Reflect.ownKeys(o)) {
    const p = Object.getOwnPropertyDescriptor(o, k);
    const what = "value" in p ? (typeof p.value === "function" ? `fn ${p.value.name}/${p.value.length}` : typeof p.value === "symbol" || typeof p.value === "object" ? typeof p.value : JSON.stringify(p.value)) + " w=" + p.writable : `get ${JSON.stringify(p.get.name)}/${p.get.length} set=${p.set ? JSON.stringify(p.set.name) + "/" + p.set.length : "none"}`;
    log(String(k), what, "e=" + p.enumerable, "c=" + p.configurable);
  }
}
log(Object.prototype.toString.call(EventSource.prototype));
try { new EventSource(); } catch (e) { log(e.name, e.message); }
try { EventSource(); } catch (e) { log(e.name, e.message); }
try { EventSource.call({}, "http://example.com/"); } catch (e) { log(e.name, e.message); }
for (const a of [[""], ["foo"], ["http://"], ["/relative"], [1], [null], ["HTTP://EXAMPLE.com:80/a/../b?x#y"], [new URL("https://example.com/x")], [{ toString() { return "https://example.com/ts"; } }], ["ftp://x/"],
  ["https://example.com/", { withCredentials: true }], ["https://example.com/", { withCredentials: 0 }], ["https://example.com/", 5], ["https://example.com/", "str"], ["https://example.com/", null], ["https://example.com/", { fetcher: 1 }]]) {
  try { const es = new EventSource(...a); log("ok", es.url, es.readyState, es.withCredentials); es.close(); log("closed", es.readyState); } catch (e) { log("throw", String(a[0]), e.name, e.message); }
}
try { new EventSource(Symbol()); } catch (e) { log(e.name, e.message); }
try { new EventSource({ toString() { throw new RangeError("ts"); } }); } catch (e) { log(e.name, e.message); }
try { new EventSource("https://example.com/", { get withCredentials() { throw new RangeError("wc"); } }); } catch (e) { log(e.name, e.message); }
for (const k of ["url", "withCredentials", "readyState", "onopen", "onmessage", "onerror"]) { try { EventSource.prototype[k]; log(k, "read"); } catch (e) { log(k, e.name, e.message); } }
try { EventSource.prototype.close.call({}); } catch (e) { log("close", e.name, e.message); }
try { Object.getOwnPropertyDescriptor(EventSource.prototype, "onmessage").set.call(5, null); } catch (e) { log("set", e.name, e.message); }
class Sub extends EventSource {}
const s = new Sub("https://example.com/sub");
log(s instanceof Sub, s instanceof EventSource, s instanceof EventTarget, s.url, s.readyState);
s.close();
const f = Sub.from(new ReadableStream({ start(c) { c.close(); } }));
log(f instanceof Sub, f.constructor === EventSource);
f.close();
const es = EventSource.from(new ReadableStream());
try { structuredClone(es); } catch (e) { log(e.name, e.message); }
log(Object.keys(es).length, JSON.stringify(es), Object.prototype.toString.call(es));
es.close();
