// config: date=2025-08-15 flags=
// EventSource at an older date (before spec_compliant_dispatch_exceptions): from() parses as at the newest date, the open, message and error events, close() from an error listener.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const enc = new TextEncoder();
const es = EventSource.from(new ReadableStream({ start(c) { c.enqueue(enc.encode("id: a\ndata: 1\n\nevent: x\ndata: 2\n\n")); c.close(); } }));
log(es.readyState, typeof EventSource.from, EventSource.CLOSED);
es.onmessage = (e) => log("message", e.data, e.lastEventId);
es.addEventListener("x", (e) => log("x", e.data, e.lastEventId));
es.onerror = (e) => { log("error", e.error.message, es.readyState); es.close(); log("closed", es.readyState); };
await tick();
log(es.readyState);
