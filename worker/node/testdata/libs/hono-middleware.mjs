import { Hono } from 'hono';
import { streamText, streamSSE, stream } from 'hono/streaming';
import { sign, verify, decode } from 'hono/jwt';
import { basicAuth } from 'hono/basic-auth';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { validator } from 'hono/validator';
const app = new Hono();
app.get('/st', (c) => streamText(c, async (s) => { await s.write('a'); await s.sleep(1); await s.writeln('b'); }));
app.get('/sse', (c) => streamSSE(c, async (s) => { await s.writeSSE({ data: 'hi', event: 'e', id: '1' }); await s.writeSSE({ data: JSON.stringify({ x: 1 }) }); }));
app.get('/raw', (c) => stream(c, async (s) => { await s.write(new Uint8Array([65, 66])); await s.pipe(new Response('CD').body); }));
app.use('/auth/*', basicAuth({ username: 'u', password: 'p' }));
app.get('/auth/x', (c) => c.text('in'));
app.use('/z/*', compress());
app.get('/z/big', (c) => c.text('x'.repeat(2000)));
app.use('/sec', secureHeaders());
app.get('/sec', (c) => c.text('s'));
app.get('/ck', (c) => { setCookie(c, 'n', 'v w', { path: '/', httpOnly: true, maxAge: 60 }); return c.text(String(getCookie(c, 'in'))); });
app.get('/h', (c) => c.html(html`<p>${'<x>'}</p>`));
app.post('/v', validator('json', (v, c) => (v.a ? v : c.text('no', 400))), (c) => c.json(c.req.valid('json')));
app.get('/form', async (c) => c.text('f'));
app.post('/form', async (c) => { const b = await c.req.parseBody(); return c.json(b); });
export default {
  fetch: app.fetch,
  async test() {
    const t = await sign({ sub: 'x', exp: 4000000000 }, 'secret');
    console.log(t, JSON.stringify(await verify(t, 'secret', 'HS256')), JSON.stringify(decode(t).header));
    try { await verify(t, 'nope', 'HS256'); } catch (e) { console.log(e.name); }
    const fd = new FormData(); fd.append('a', '1'); fd.append('f', new File(['zz'], 'z.txt', { type: 'text/plain' }));
    const reqs = [new Request('http://x/st'), new Request('http://x/sse'), new Request('http://x/raw'), new Request('http://x/auth/x'),
      new Request('http://x/auth/x', { headers: { Authorization: 'Basic ' + btoa('u:p') } }), new Request('http://x/sec'),
      new Request('http://x/ck', { headers: { Cookie: 'in=5' } }), new Request('http://x/h'),
      new Request('http://x/v', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } }),
      new Request('http://x/v', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
      new Request('http://x/form', { method: 'POST', body: fd }),
      new Request('http://x/form', { method: 'POST', body: new URLSearchParams('q=1&q=2&r=3') })];
    for (const r of reqs) { const res = await app.fetch(r); console.log(new URL(r.url).pathname, res.status, JSON.stringify([...res.headers]), JSON.stringify(await res.text())); }
    const z = await app.fetch(new Request('http://x/z/big', { headers: { 'Accept-Encoding': 'gzip' } }));
    const buf = new Uint8Array(await z.arrayBuffer());
    console.log('gzip', z.status, z.headers.get('content-encoding'), buf[0], buf[1], new TextDecoder().decode(await new Response(new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()).length);
  },
};
