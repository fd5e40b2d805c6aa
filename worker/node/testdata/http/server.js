// The server side through cloudflare:node (cfnode): a Request handed to
// the node:http Server that listened, its IncomingMessage (method, url,
// headers, body) and the Response its ServerResponse makes.
const http = process.getBuiltinModule('node:http');
const { httpServerHandler, handleAsNodeRequest } = cfnode;
const server = http.createServer(async (req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  await new Promise((r) => req.on('end', r));
  await new Promise((r) => setTimeout(r, 0));
  const s = req.socket;
  console.log('request', req.method, req.url, JSON.stringify(req.headers), JSON.stringify(req.rawHeaders), JSON.stringify(body), req.httpVersion, s.remoteAddress, s.localPort, s.encrypted, s.remoteFamily, typeof req.cloudflare);
  if (req.url.startsWith('/json')) {
    res.writeHead(201, { 'Content-Type': 'application/json', 'X-A': ['1', '2'] });
    res.end(JSON.stringify({ ok: true }));
  } else if (req.url === '/stream') {
    res.setHeader('Content-Type', 'text/plain');
    res.write('a');
    setTimeout(() => { res.write('b'); res.end('c'); }, 5);
  } else if (req.url === '/empty') {
    res.statusCode = 204;
    res.end();
  } else if (req.url === '/length') {
    res.setHeader('Content-Length', 3);
    res.end('abcdef');
  } else {
    res.end('hello ' + req.url);
  }
});
server.listen(8080);
const show = async (r) => {
  const h = [...r.headers].filter(([k]) => k !== 'date');
  console.log('response', r.status, JSON.stringify(r.statusText), JSON.stringify(h), JSON.stringify(await r.text()));
};
const handler = httpServerHandler(server);
await show(await handler.fetch(new Request('http://example.com/path?q=1', { headers: { 'X-Forwarded-Proto': 'https', Cookie: 'a=1' } })));
await show(await handleAsNodeRequest(8080, new Request('http://example.com/json', { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } })));
await show(await httpServerHandler({ port: 8080 }).fetch(new Request('http://example.com/stream')));
await show(await handleAsNodeRequest({ port: 8080 }, new Request('http://example.com/empty', { method: 'PUT' })));
await show(await handleAsNodeRequest(8080, new Request('http://example.com/length')));
await show(await handleAsNodeRequest(8080, new Request('http://example.com/head', { method: 'HEAD' })));
try { await handleAsNodeRequest(9999, new Request('http://example.com/')); } catch (e) { console.log(e.code, e.message); }
try { httpServerHandler(null); } catch (e) { console.log(e.message); }
try { httpServerHandler({ port: 70000 }); } catch (e) { console.log(e.message); }
const fresh = http.createServer((req, res) => res.end('fresh'));
const h2 = httpServerHandler(fresh);
console.log('fresh', fresh.listening, fresh.address().port);
await show(await h2.fetch(new Request('http://x/')));
fresh.close();
try { await h2.fetch(new Request('http://x/')); } catch (e) { console.log(e.code, e.message); }
