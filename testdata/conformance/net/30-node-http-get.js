// date=2026-11-23
// node:http's get() over fetch(): the IncomingMessage's status, headers
// (lower-case, repeats joined), rawHeaders, httpVersion, its data and end
// events, and the order of the request's and response's events.
const http = process.getBuiltinModule('node:http');
const log = [];
const res = await new Promise((resolve, reject) => {
  const req = http.get(HTTP + '/http/echo?q=1', { headers: { 'X-Test': 'yes' } }, (res) => {
    log.push('response');
    resolve(res);
  });
  req.on('finish', () => log.push('req finish'));
  req.on('close', () => log.push('req close'));
  req.on('error', reject);
  log.push('sync: ' + [req.method, req.path, req.host, req.protocol, req.port === new URL(HTTP).port, JSON.stringify(req.getHeaders()).replace(/127\.0\.0\.1:\d+/, 'HOST'), req.headersSent, req.writableEnded, req.finished].join(' '));
});
console.log(log.join(' | '));
console.log(res.constructor.name, res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, res.httpVersionMajor, res.httpVersionMinor, res.complete, JSON.stringify(res.rawHeaders));
const h = { ...res.headers };
delete h.date;
console.log(JSON.stringify(h));
console.log(JSON.stringify(res.headersDistinct['x-multi']), res.url === HTTP + '/http/echo?q=1', res.method, JSON.stringify(res.trailers));
const chunks = [];
await new Promise((resolve) => {
  res.on('data', (c) => chunks.push(Buffer.isBuffer(c) ? 'buffer' : typeof c));
  res.on('end', () => { log.push('res end'); });
  res.on('close', () => { log.push('res close'); resolve(); });
});
await new Promise((r) => setTimeout(r, 10));
console.log(log.slice(2).join(' | '), res.complete, res.readableEnded, JSON.stringify([...new Set(chunks)]));
const body = await new Promise((resolve) => {
  http.get(HTTP + '/http/echo', (res) => {
    res.setEncoding('utf8');
    let s = '';
    res.on('data', (c) => { s += c; });
    res.on('end', () => resolve(s.replace(/127\.0\.0\.1:\d+/, 'HOST')));
  });
});
console.log(body);
