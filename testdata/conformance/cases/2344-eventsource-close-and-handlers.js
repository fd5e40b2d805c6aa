// config: date=2026-11-17 flags=
// EventSource: close() (in a listener, twice, before any read, the cancel the stream gets), the onopen/onmessage/onerror attributes (values kept, slot position, this), listeners for custom types.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const enc = new TextEncoder();
const open = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(enc.encode(x)); }, cancel(r) { log("cancel", String(r)); } });
const es1 = EventSource.from(open(["data: 1\n\ndata: 2\n\n", "data: 3\n\n"]));
es1.onmessage = (e) => { log("es1", e.data); if (e.data === "1") { es1.close(); log("closed in listener", es1.readyState); } };
es1.addEventListener("message", (e) => log("es1 second listener", e.data));
es1.onerror = () => log("es1 error");
await tick();
log("es1", es1.readyState);
es1.close(); log("second close", es1.readyState);
const es2 = EventSource.from(open(["data: 1\n\n"]));
es2.onmessage = () => log("es2 message");
es2.close(); log("es2 closed at once", es2.readyState);
await tick();
const es3 = EventSource.from(open(["data: a\n\n", "data: b\n\n"]));
es3.addEventListener("message", (e) => log("L1", e.data));
es3.onmessage = function (e) { log("onmessage", e.data, this === globalThis); };
es3.addEventListener("message", (e) => log("L2", e.data));
log(typeof es3.onmessage);
await tick();
es3.onmessage = null;
es3.onmessage = (e) => log("onmessage again", e.data);
es3.addEventListener("message", (e) => log("L3", e.data), { once: true });
const values = [5, {}, "str", null, undefined, () => {}, true];
for (const v of values) { es3.onerror = v; log("onerror =", typeof v, "->", es3.onerror === v ? "same" : String(es3.onerror)); }
es3.close();
const es4 = EventSource.from(open(["event: tick\ndata: t\n\nevent: message\ndata: m\n\nevent: open\ndata: o\n\nevent: error\ndata: e\n\n"]));
for (const t of ["tick", "message", "open", "error"]) es4.addEventListener(t, (e) => log("es4", t, e.constructor.name, e.data));
es4.ontick = (e) => log("es4 ontick property", e.data);
await tick();
es4.close();
