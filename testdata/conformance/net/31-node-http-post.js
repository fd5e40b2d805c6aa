// date=2026-11-23
// http.request() with a body: write() and end(data) make one Blob body
// (Content-Type kept), setHeader/getHeader/removeHeader/appendHeader before
// the request is sent, headersSent after, the auth option, an array of
// headers, a status with its message, and redirects left to the caller.
const http = process.getBuiltinModule('node:http');
const hide = (s) => String(s).replace(/127\.0\.0\.1:\d+/g, 'HOST');
const send = (opts, body, setup) => new Promise((resolve, reject) => {
  const req = http.request(HTTP + opts.path, opts, (res) => {
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { s += c; });
    res.on('end', () => resolve([res.statusCode, res.statusMessage, res.headers.location, hide(s)].join(' ')));
  });
  req.on('error', reject);
  if (setup) setup(req);
  if (body) for (const b of body) req.write(b);
  req.end(opts.last);
});
console.log(await send({ path: '/http/echo', method: 'post', last: '!' }, ['a', Buffer.from('b'), new Uint8Array([99])], (req) => {
  req.setHeader('Content-Type', 'text/x-test');
  req.setHeader('X-Remove', '1');
  req.setHeader('X-Num', 42);
  req.setHeader('X-List', 'l1');
  req.appendHeader('X-List', 'l2');
  console.log(req.getHeader('x-num'), JSON.stringify(req.getHeader('X-LIST')), req.hasHeader('x-remove'), JSON.stringify(req.getHeaderNames()), JSON.stringify(req.getRawHeaderNames()));
  req.setHeader('X-List', 'l3');
  req.removeHeader('x-remove');
  console.log(req.hasHeader('x-remove'), req.headersSent);
}));
console.log(await send({ path: '/http/echo?x=y', method: 'PUT', auth: 'user:pass', headers: ['X-A', '1', 'X-B', '2'] }));
console.log(await send({ path: '/http/echo', method: 'PUT', auth: 'user:pass' }));
console.log(await send({ path: '/http/echo', method: 'GET', last: 'ignored' }));
console.log(await send({ path: '/http/status/418' }));
console.log(await send({ path: '/http/status/299' }));
console.log(await send({ path: '/http/redirect' }));
const req = http.request(HTTP + '/http/echo', { method: 'DELETE' });
req.end();
await new Promise((r) => req.on('response', (res) => { res.resume(); res.on('end', r); }));
console.log(req.headersSent, typeof req._header);
try { req.setHeader('a', 'b'); } catch (e) { console.log(e.code, e.message); }
try { req.removeHeader('a'); } catch (e) { console.log(e.code, e.message); }
try { req.appendHeader('a', 'b'); } catch (e) { console.log(e.code, e.message); }
