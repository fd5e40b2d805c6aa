// date=2026-11-23
// The request's timeout is an idle timer: armed when the request is sent,
// re-armed by the response and by each body chunk, so a body whose chunks
// come 300 ms apart outlives a 1 s timeout only while it keeps coming;
// res.setTimeout sets it; when it fires, 'timeout' on both, then the
// request fails with an AbortError and the response is aborted.
const http = process.getBuiltinModule('node:http');
const run = (opts, setup) => new Promise((resolve) => {
  const seen = [];
  const req = http.get(HTTP + '/http/stream?gap=300', opts, (res) => {
    seen.push('response');
    if (setup) setup(res);
    res.on('data', (c) => seen.push('data ' + c));
    for (const n of ['timeout', 'aborted', 'end']) res.on(n, () => seen.push('res ' + n));
    res.on('error', (e) => seen.push('res error ' + e.code + ' ' + e.message));
    res.on('close', () => { seen.push('res close'); setTimeout(() => resolve(seen.join(' | ')), 20); });
  });
  req.on('timeout', () => seen.push('req timeout'));
  req.on('error', (e) => seen.push('req error ' + e.name + ' ' + e.message));
  req.on('close', () => seen.push('req close'));
});
console.log('1s:', await run({ timeout: 1000 }));
console.log('150ms:', await run({ timeout: 150 }));
console.log('res.setTimeout:', await run({}, (res) => res.setTimeout(150, () => console.log('res timeout callback'))));
