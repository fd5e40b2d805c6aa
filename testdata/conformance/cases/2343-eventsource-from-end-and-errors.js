// config: date=2026-11-17 flags=
// EventSource.from(): the end of the stream, a stream that errors, a retryable error, a chunk that is not bytes (and the cancel it gets), bad arguments, locked and disturbed streams, streams already closed or errored.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const enc = new TextEncoder();
const watch = (es, name) => {
  es.addEventListener("message", (e) => log(name, "message", e.data));
  es.addEventListener("error", (e) => log(name, "error", e.constructor.name, e.error.constructor.name, e.error.message, es.readyState));
};
let ctl; const es1 = EventSource.from(new ReadableStream({ start(c) { ctl = c; } }));
watch(es1, "live");
ctl.enqueue(enc.encode("data: one\n\n"));
await tick();
log("live state", es1.readyState);
ctl.enqueue(enc.encode("data: two\n\n"));
ctl.error(new RangeError("boom"));
await tick();
log("live state", es1.readyState);
let ctl2; const es2 = EventSource.from(new ReadableStream({ start(c) { ctl2 = c; } }));
watch(es2, "retryable");
const re = new Error("retry me"); re.retryable = true;
ctl2.error(re);
await tick();
let ctl3; const es3 = EventSource.from(new ReadableStream({ start(c) { ctl3 = c; } }));
watch(es3, "overloaded");
const oe = new Error("overloaded"); oe.retryable = true; oe.overloaded = true;
ctl3.error(oe);
await tick();
watch(EventSource.from(new ReadableStream({ start(c) { c.enqueue(enc.encode("data: a\n\n")); c.enqueue(42); c.enqueue(enc.encode("data: after\n\n")); }, cancel(r) { log("cancel", r.constructor.name, r.message); } })), "notbytes");
await tick();
watch(EventSource.from(new ReadableStream({ start(c) { c.enqueue({}); } })), "object");
await tick();
for (const a of [[], [undefined], [null], [1], ["data: x"], [{}], [new Blob(["x"])], [new Response("data: r\n\n").body]]) {
  try { const es = EventSource.from(...a); log("from ok", es.readyState); es.close(); } catch (e) { log("from", a.length ? typeof a[0] : "none", e.name, e.message); }
}
const locked = new ReadableStream(); locked.getReader();
try { EventSource.from(locked); } catch (e) { log("locked", e.name, e.message); }
const read = new ReadableStream({ start(c) { c.enqueue(enc.encode("x")); } }); const rd = read.getReader(); await rd.read(); rd.releaseLock();
try { EventSource.from(read); } catch (e) { log("disturbed", e.name, e.message); }
const closedS = EventSource.from(new ReadableStream({ start(c) { c.close(); } }));
log("closed stream", closedS.readyState); watch(closedS, "closed stream");
const erroredS = EventSource.from(new ReadableStream({ start(c) { c.error(new TypeError("pre")); } }));
log("errored stream", erroredS.readyState); watch(erroredS, "errored stream");
await tick();
