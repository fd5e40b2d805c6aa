// config: date=2026-11-17 flags=
// new EventSource(url) of a data: URL, which needs no network: the fetch, 'open', the events with the URL's origin, the end of the body, the reconnection after `retry` with readyState CONNECTING, close() while waiting; a data: URL of another type.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const es = new EventSource("data:text/event-stream,retry: 1000%0Aid: 1%0Adata: hi%0A%0Aevent: custom%0Adata: there%0A%0A");
log("sync", es.readyState, es.url);
const show = (e) => log(e.type, e.constructor.name, es.readyState, e.data, e.lastEventId, e.origin, e instanceof ErrorEvent ? e.error.constructor.name + ": " + e.error.message : "");
for (const t of ["open", "message", "custom", "error"]) es.addEventListener(t, show);
await tick(50);
log("after first body", es.readyState);
await tick(1200);
log("after reconnect", es.readyState);
es.close();
log("closed", es.readyState);
await tick(50);
const bad = new EventSource("data:text/plain,data: x%0A%0A");
bad.onerror = (e) => log("text/plain", e.error.name, e.error.message, bad.readyState);
bad.onopen = () => log("text/plain open");
await tick(50);
const params = new EventSource("data:Text/Event-Stream;charset=utf-8,data: p%0A%0A");
params.onmessage = (e) => { log("params", e.data, e.origin); params.close(); };
await tick(50);
