// The server's failures and edges through cloudflare:node (cfnode): a
// handler that throws or rejects, a response destroyed before or after
// its headers, Set-Cookie lists and a custom status text, repeated
// request headers that Node keeps the first of, a streamed request body,
// and close() taking the port away.
const http = process.getBuiltinModule('node:http');
const { handleAsNodeRequest } = cfnode;
const events = [];
const server = http.createServer(async (req, res) => {
  res.on('close', () => events.push('close ' + req.url));
  res.on('finish', () => events.push('finish ' + req.url));
  switch (req.url) {
    case '/throw':
      throw new Error('sync boom');
    case '/reject':
      await null;
      throw new Error('async boom');
    case '/destroy-early':
      res.destroy(new Error('early'));
      return;
    case '/destroy-late':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('part');
      setTimeout(() => res.destroy(new Error('late')), 1);
      return;
    case '/cookies':
      res.statusMessage = 'Very OK';
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end(JSON.stringify(req.headers));
      return;
    case '/body': {
      const parts = [];
      req.on('data', (c) => parts.push(c.length));
      req.on('end', () => res.end('got ' + parts.reduce((a, b) => a + b, 0)));
      return;
    }
  }
  res.end('?');
});
server.on('error', (e) => events.push('server error ' + e.message));
server.listen(8081);
const show = async (label, p) => {
  try {
    const r = await p;
    let text;
    try { text = JSON.stringify(await r.text()); } catch (e) { text = 'body ' + e.name + ': ' + e.message; }
    console.log(label, r.status, JSON.stringify(r.statusText), JSON.stringify([...r.headers].filter(([k]) => k !== 'date')), text);
  } catch (e) {
    console.log(label, 'rejected', e.name, e.code, e.message);
  }
  await new Promise((r) => setTimeout(r, 5));
  console.log(' ', events.splice(0).join(', '));
};
await show('throw', handleAsNodeRequest(8081, new Request('http://x/throw')));
await show('reject', handleAsNodeRequest(8081, new Request('http://x/reject')));
await show('destroy-early', handleAsNodeRequest(8081, new Request('http://x/destroy-early')));
await show('destroy-late', handleAsNodeRequest(8081, new Request('http://x/destroy-late')));
const h = new Headers();
h.append('User-Agent', 'ua1');
h.append('User-Agent', 'ua2');
h.append('X-Many', '1');
h.append('X-Many', '2');
h.append('Authorization', 'Basic "a,b", Other');
await show('cookies', handleAsNodeRequest(8081, new Request('http://x/cookies', { headers: h })));
const body = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(3)); c.enqueue(new Uint8Array(4)); c.close(); } });
await show('body', handleAsNodeRequest(8081, new Request('http://x/body', { method: 'POST', body, duplex: 'half' })));
server.close(() => console.log('server closed'));
await new Promise((r) => setTimeout(r, 0));
await show('after close', handleAsNodeRequest(8081, new Request('http://x/')));
