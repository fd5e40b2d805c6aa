// config: date=2026-11-01 flags=
// HTMLRewriter, the example of docs/htmlrewriter.md: links made absolute, a script added to the head, a comment dropped, the title read, over a body that arrives in three chunks.
const chunks = ['<!doctype html><html><head><title>Sho', 'p</title></head><body><!-- draft --><a href="/cart">Cart</a> ', '<a href="https://example.com/">Home</a></body></html>'];
const body = new ReadableStream({ start(c) { for (const s of chunks) c.enqueue(new TextEncoder().encode(s)); c.close(); } });
let title = '';
const res = new HTMLRewriter()
  .on('a[href^="/"]', { element(a) { a.setAttribute('href', 'https://shop.example' + a.getAttribute('href')); } })
  .on('head', { element(head) { head.append('<script src="/analytics.js"></script>', { html: true }); } })
  .on('title', { text(t) { title += t.text; } })
  .onDocument({ comments(c) { c.remove(); }, end(end) { end.append('<!-- rewritten -->', { html: true }); } })
  .transform(new Response(body, { headers: { 'content-type': 'text/html' } }));
console.log(await res.text());
console.log('title:', title);
