// config: date=2026-11-23 flags=nodejs_compat
// A ServerResponse on its own: setHeader and writeHead render the header block (_header) as Node's,
// statusCode and statusMessage, writeHead's checks, headersSent, the methods workerd does not have,
// write and end ('finish', 'close'), and writing after end.
const http = process.getBuiltinModule('node:http');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', typeof r === 'object' && r !== null ? r.constructor.name : r); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, JSON.stringify(e.message)); } };
const mk = () => new http.ServerResponse(new http.IncomingMessage());
{
  const res = mk();
  console.log(res.statusCode, res.statusMessage, res.headersSent, res.writable, res.finished, res.chunkedEncoding, res.sendDate, res.req.constructor.name);
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('X-A', '1');
  console.log(JSON.stringify(res.getHeaders()), JSON.stringify(res.getHeaderNames()));
  const seen = [];
  res.on('finish', () => seen.push('finish'));
  res.on('close', () => seen.push('close'));
  res.on('prefinish', () => seen.push('prefinish'));
  res.writeHead(201, { 'X-B': '2' });
  console.log(JSON.stringify(res._header), res.headersSent, res.statusCode, res.statusMessage);
  show('setHeader after', () => res.setHeader('a', 'b'));
  show('writeHead again', () => res.writeHead(200));
  console.log(res.write('hello '), res.write(Buffer.from('world')));
  res.end('!', () => seen.push('end callback'));
  console.log(res.finished, res.writableEnded, seen.join(','));
  await new Promise((r) => setTimeout(r, 0));
  console.log(seen.join(','), res.writableFinished, res.closed, res.destroyed);
  res.write('more', (e) => console.log('write after end cb', e && e.code));
  res.on('error', (e) => console.log('error event', e.code));
  res.end('x', (e) => console.log('end after end cb', e && e.code));
  await new Promise((r) => setTimeout(r, 0));
}
{
  const res = mk();
  res.statusCode = 404;
  res.end();
  console.log(JSON.stringify(res._header));
}
{
  const res = mk();
  res.writeHead(204, 'Nothing', [['X-C', '3'], ['X-C', '4']]);
  console.log(JSON.stringify(res._header), res._hasBody);
}
{
  const res = mk();
  res.setHeader('Content-Length', 5);
  res.writeHead(200, 'Fine', ['X-D', '5', 'X-D', '6']);
  console.log(JSON.stringify(res._header));
}
for (const code of [99, 1000, '200', 'x', 200.5]) show('status ' + code, () => mk().writeHead(code).statusCode);
show('bad message', () => mk().writeHead(200, 'a\nb'));
show('odd headers', () => { const r = mk(); r.setHeader('a', 'b'); r.writeHead(200, ['x']); });
for (const m of ['assignSocket', 'detachSocket', 'writeContinue', 'writeProcessing', 'writeEarlyHints']) show(m, () => mk()[m]());
show('null chunk', () => mk().write(null));
show('number chunk', () => mk().write(1));
show('pipe', () => { const r = mk(); r.on('error', (e) => console.log('pipe error', e.code, e.message)); return r.pipe(mk()); });
show('strict length', () => { const r = mk(); r.strictContentLength = true; r.setHeader('Content-Length', 2); r.write('abc'); });
show('flushHeaders', () => { const r = mk(); r.flushHeaders(); return r.headersSent; });
show('writeHeader', () => { const r = mk(); r.writeHeader(202); return r._header.split('\r\n')[0]; });
