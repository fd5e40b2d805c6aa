import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.use('/api/*', cors());
app.use('/etag/*', etag());
app.get('/', (c) => c.text('hello'));
app.get('/json/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q') ?? null }));
app.post('/echo', async (c) => { const b = await c.req.json(); return c.json({ got: b }, 201); });
app.get('/api/x', (c) => c.text('api'));
app.get('/etag/a', (c) => c.text('etagged body'));
app.get('/err', () => { throw new HTTPException(418, { message: 'teapot' }); });
app.get('/stream', (c) => c.body(new ReadableStream({ start(ctl) { ctl.enqueue(new TextEncoder().encode('a')); ctl.enqueue(new TextEncoder().encode('b')); ctl.close(); } })));
app.get('/redirect', (c) => c.redirect('/json/1'));
app.get('/html', (c) => c.html('<p>x</p>'));
app.get('/cookie', (c) => { c.header('Set-Cookie', 'a=1; Path=/'); return c.text('c'); });
export default {
  fetch: app.fetch,
  async test() {
    const reqs = [
      new Request('http://x/'), new Request('http://x/json/7?q=z'),
      new Request('http://x/echo', { method: 'POST', body: JSON.stringify({ a: [1, 2] }), headers: { 'content-type': 'application/json' } }),
      new Request('http://x/api/x', { headers: { Origin: 'http://o' } }),
      new Request('http://x/api/x', { method: 'OPTIONS', headers: { Origin: 'http://o', 'Access-Control-Request-Method': 'PUT' } }),
      new Request('http://x/etag/a'), new Request('http://x/err'), new Request('http://x/nope'),
      new Request('http://x/stream'), new Request('http://x/redirect'), new Request('http://x/html'), new Request('http://x/cookie'),
    ];
    for (const r of reqs) {
      const res = await app.fetch(r);
      console.log(r.method, new URL(r.url).pathname, res.status, JSON.stringify([...res.headers]), JSON.stringify(await res.text()));
    }
  },
};
