// date=2026-11-23
// Bodies both ways: a Readable piped into a request, a 200 kB response
// read through backpressure, HEAD and 204 responses without a body, and a
// gzipped response handed over as it came (encodeResponseBody 'manual').
const http = process.getBuiltinModule('node:http');
const { Readable } = process.getBuiltinModule('node:stream');
const hide = (s) => String(s).replace(/127\.0\.0\.1:\d+/g, 'HOST');
const collect = (res) => new Promise((resolve) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => resolve(Buffer.concat(chunks)));
});
{
  const req = http.request(HTTP + '/http/echo', { method: 'POST', headers: { 'Content-Type': 'text/x-piped' } });
  const done = new Promise((r) => req.on('response', r));
  Readable.from(['one ', 'two ', 'three']).pipe(req);
  const res = await done;
  console.log('piped', hide(await collect(res)));
}
{
  const res = await new Promise((r) => http.get(HTTP + '/http/big', r));
  let n = 0, pauses = 0;
  res.on('data', (c) => {
    n += c.length;
    if (pauses < 2) { pauses++; res.pause(); setTimeout(() => res.resume(), 5); }
  });
  await new Promise((r) => res.on('end', r));
  console.log('big', n, res.headers['content-length'], pauses);
}
{
  const res = await new Promise((r) => http.request(HTTP + '/http/echo', { method: 'HEAD' }, r).end());
  console.log('head', res.statusCode, res.headers['content-type'], (await collect(res)).length, res.complete);
}
{
  const res = await new Promise((r) => http.get(HTTP + '/http/status/204', r));
  console.log('204', res.statusCode, res.statusMessage, (await collect(res)).length);
}
{
  const res = await new Promise((r) => http.get(HTTP + '/http/gzip', { headers: { 'Accept-Encoding': 'gzip' } }, r));
  const body = await collect(res);
  console.log('gzip', res.headers['content-encoding'], body.length, body[0], body[1], body.includes(Buffer.from('hello')));
}
