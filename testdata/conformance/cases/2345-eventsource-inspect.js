// config: date=2026-11-17 flags=
// console.log of an EventSource: its attributes, the handlers holding a function left out, one line or several, nested.
const f = () => {};
const mk = () => EventSource.from(new ReadableStream());
for (const [a, b, c] of [[f, f, f], [f, f, null], [f, null, null], [null, null, null], [f, {}, f]]) {
  const es = mk(); es.onopen = a; es.onmessage = b; es.onerror = c;
  console.log(es); console.log({ k: es }); console.log([es]);
  es.close();
  console.log(es);
}
const es = new EventSource("https://example.com/a/very/long/path/for/the/event/source/that/goes/on"); es.onopen = f; es.onmessage = f; es.onerror = f;
console.log(es); es.close();
const es2 = new EventSource("https://example.com/abc"); es2.onopen = f; es2.onmessage = f;
console.log(es2); es2.close();
