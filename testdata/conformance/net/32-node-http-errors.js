// date=2026-11-23
// A request that fails: a refused connection is the request's 'error'
// (then 'close'), destroy() before a response is ECONNRESET "socket hang
// up", abort() emits 'abort' and no error, a timeout emits 'timeout' and
// then fails with an AbortError; write after end.
const http = process.getBuiltinModule('node:http');
const refused = 'http://' + TCP.replace(/:\d+$/, '') + ':' + REFUSED.split(':')[1];
const events = (req, names) => new Promise((resolve) => {
  const seen = [];
  for (const n of names) req.on(n, (e) => { seen.push(n + (e instanceof Error ? '(' + [e.constructor.name, e.name, e.code, e.message.replace(/127\.0\.0\.1:\d+/g, 'HOST')].join(' ') + ')' : '')); if (n === 'close') resolve(seen.join(' ')); });
});
{
  const req = http.get(refused + '/x');
  // (only the message: mcrepl's fetch() rejects with a TypeError where
  // workerd's rejects with an Error)
  const seen = [];
  req.on('error', (e) => seen.push('error ' + e.message));
  await new Promise((r) => req.on('close', r));
  console.log('refused:', seen.join(), req.destroyed);
}
{
  const req = http.get(HTTP + '/http/slow');
  const p = events(req, ['response', 'error', 'abort', 'close']);
  req.destroy();
  console.log('destroy:', await p, req.destroyed);
}
{
  const req = http.get(HTTP + '/http/slow');
  const p = events(req, ['response', 'error', 'abort', 'close']);
  req.abort();
  console.log('abort:', await p, req.aborted, req.destroyed);
}
{
  const req = http.get(HTTP + '/http/slow', { timeout: 100 });
  console.log('timeout:', req.timeout, await events(req, ['response', 'timeout', 'error', 'close']));
}
{
  const req = http.get(HTTP + '/http/slow');
  req.setTimeout(50, () => console.log('setTimeout callback'));
  console.log('setTimeout:', await events(req, ['timeout', 'error', 'close']));
}
{
  const req = http.request(HTTP + '/http/echo', { method: 'POST' });
  req.end('x');
  const p = events(req, ['error', 'close']);
  console.log(req.write('y', (e) => console.log('write cb', e && e.code)));
  req.on('response', (res) => res.resume());
  console.log('after end:', await p);
}
