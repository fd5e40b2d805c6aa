// config: date=2026-11-17 flags=
// EventSource.from() as docs/eventsource.md shows it (also run there with `mcrepl run`): events with an id and a type, the end of the stream.
const enc = new TextEncoder();
const body = new ReadableStream({
  start(c) {
    c.enqueue(enc.encode("id: 1\ndata: hello\n\n"));
    c.enqueue(enc.encode("event: update\ndata: {\"n\":2}\n\n: a comment\n"));
    c.close();
  },
});
const es = EventSource.from(body);
console.log("readyState", es.readyState);
es.onmessage = (e) => console.log("message", e.data, "id", e.lastEventId);
es.addEventListener("update", (e) => console.log("update", JSON.parse(e.data).n));
es.onerror = (e) => console.log("error", e.error.message, "readyState", es.readyState);
