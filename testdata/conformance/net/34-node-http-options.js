// date=2026-11-23
// Request options over the wire: host, hostname, port and path instead of
// a URL, setHost false, a custom Host header, agent false and an Agent,
// the method upper-cased, joinDuplicateHeaders, a URL object with options.
const http = process.getBuiltinModule('node:http');
const u = new URL(HTTP);
const hide = (s) => String(s).replace(/127\.0\.0\.1:\d+/g, 'HOST');
const send = (...args) => new Promise((resolve, reject) => {
  const req = http.request(...args, (res) => {
    let s = '';
    res.on('data', (c) => { s += c; });
    res.on('end', () => resolve(hide(s)));
  });
  req.on('error', (e) => resolve('error ' + e.message));
  req.end();
});
console.log(await send({ host: u.hostname, port: u.port, path: '/http/echo?a=1', method: 'patch' }));
console.log(await send({ hostname: u.hostname, port: Number(u.port), path: '/http/echo', headers: { host: 'example.test' } }));
console.log(await send({ hostname: u.hostname, port: u.port, path: '/http/echo', setHost: false, headers: { 'x-a': 'b' } }));
console.log(await send({ hostname: u.hostname, port: u.port, path: '/http/echo', agent: false }));
console.log(await send({ hostname: u.hostname, port: u.port, path: '/http/echo', agent: new http.Agent({ keepAlive: true }) }));
console.log(await send(new URL(HTTP + '/http/echo?from=url'), { method: 'PUT', headers: { 'X-Dup': ['1', '2'] }, joinDuplicateHeaders: true }));
console.log(await send(HTTP + '/http/echo', { path: '/http/status/201' }));
