// config: date=2026-11-17 flags=
// EventSource.from(): the event stream format (data, id, event, retry, comments, fields without a colon or a space, an id with NUL), the MessageEvent of each, the end of the stream.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const enc = new TextEncoder();
const streamOf = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(typeof x === "string" ? enc.encode(x) : x); c.close(); } });
function watch(es, name, types = ["open", "message", "error", "custom", ""]) {
  const show = (e) => {
    const o = { type: e.type, cls: e.constructor.name, trusted: e.isTrusted, rs: es.readyState, bubbles: e.bubbles, cancelable: e.cancelable };
    if (e instanceof MessageEvent) Object.assign(o, { data: e.data, lastEventId: e.lastEventId, origin: e.origin, source: e.source, ports: e.ports.length });
    if (e instanceof ErrorEvent) Object.assign(o, { message: e.message, filename: e.filename, lineno: e.lineno, colno: e.colno, error: e.error.constructor.name + ": " + e.error.message });
    log(name, JSON.stringify(o));
  };
  for (const t of types) es.addEventListener(t, show);
}
const es = EventSource.from(streamOf(["data: hello\n\n", "id: 7\ndata: a\ndata: b\n\n", "event: custom\ndata: c\n\n", ": comment\ndata:nospace\n\n",
  "retry: 100\ndata: r\n\n", "data\n\n", "data:  two spaces\n\n", "event:\ndata: emptyev\n\n", "id\ndata: clear id\n\n", "id: 5\0x\ndata: nul id\n\n",
  "id: 8\n\n", "data: after id only\n\n", "event: ignored\n\n", "data: type reset\n\n", "unknown: field\ndata: u\n\n", "DATA: upper\n\n", "data: trailing space \n\n", "data: last without blank line"]));
log("sync", es.readyState, JSON.stringify(es.url), es.withCredentials, es.onopen, es.onmessage, es.onerror);
watch(es, "A");
log("listening");
await tick(30);
log("after", es.readyState);
es.close();
log("close after end", es.readyState);
