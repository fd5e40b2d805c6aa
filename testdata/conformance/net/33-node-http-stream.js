// date=2026-11-23
// An IncomingMessage as a Readable: a streamed body read with pause() and
// resume(), with 'readable' and read(), with for await, piped into a
// Writable; a response nobody listens to is dumped and the request closes.
const http = process.getBuiltinModule('node:http');
const { Writable } = process.getBuiltinModule('node:stream');
const get = (path) => new Promise((resolve, reject) => http.get(HTTP + path, resolve).on('error', reject));
{
  const res = await get('/http/stream');
  const got = [];
  res.pause();
  res.on('data', (c) => got.push(String(c)));
  console.log('paused', res.isPaused(), got.length);
  await new Promise((r) => setTimeout(r, 30));
  res.resume();
  await new Promise((r) => res.on('end', r));
  console.log('flowing', got.join(''), res.complete);
}
{
  const res = await get('/http/stream');
  let s = '';
  res.on('readable', () => { let c; while ((c = res.read()) !== null) s += c; });
  await new Promise((r) => res.on('end', r));
  console.log('readable', s);
}
{
  const res = await get('/http/stream');
  let s = '';
  for await (const c of res) s += c;
  console.log('for await', s, res.readableEnded);
}
{
  const res = await get('/http/stream');
  const out = [];
  const w = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
  res.pipe(w);
  await new Promise((r) => w.on('finish', r));
  console.log('pipe', out.join(''));
}
{
  const req = http.get(HTTP + '/http/stream');
  await new Promise((r) => req.on('close', r));
  console.log('unread', req.res.constructor.name, req.res._dumped, req.res.complete);
}
{
  const res = await get('/http/stream');
  const seen = [];
  for (const n of ['aborted', 'error', 'end', 'close']) res.on(n, (e) => seen.push(n + (e ? ' ' + e.message : '')));
  res.once('data', () => res.destroy());
  await new Promise((r) => res.on('close', r));
  console.log('destroyed', seen.join(), res.aborted, res.complete, res.destroyed);
}
