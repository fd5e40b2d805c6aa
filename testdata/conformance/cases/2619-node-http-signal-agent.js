// config: date=2026-11-23 flags=nodejs_compat
// A request's signal option (aborting destroys it with an AbortError), Agent's no-op pool methods and
// getName (https' with its TLS fields), agent: false making a fresh Agent of the default's class, and
// a server closed by Symbol.asyncDispose.
const http = process.getBuiltinModule('node:http');
const https = process.getBuiltinModule('node:https');
{
  const ac = new AbortController();
  const req = http.request('http://example.com/', { signal: ac.signal });
  const seen = [];
  req.on('error', (e) => seen.push('error ' + e.name + ' ' + e.code + ' ' + e.message));
  req.on('close', () => seen.push('close'));
  ac.abort();
  await new Promise((r) => setTimeout(r, 0));
  console.log('signal:', seen.join(' | '), req.destroyed);
}
{
  const ac = new AbortController();
  ac.abort(new Error('why'));
  const req = http.request('http://example.com/', { signal: ac.signal });
  const seen = [];
  req.on('error', (e) => seen.push('error ' + e.name + ' ' + e.message + ' ' + (e.cause && e.cause.message)));
  req.on('close', () => seen.push('close'));
  await new Promise((r) => setTimeout(r, 0));
  console.log('aborted signal:', seen.join(' | '));
}
const a = new http.Agent();
console.log(a.addRequest(), a.createSocket(), a.removeSocket(), a.keepSocketAlive(), a.reuseSocket(), a.destroy());
console.log(a.getName(), a.getName({ host: 'h', port: 8080, family: 6, socketPath: '/s' }));
console.log(new https.Agent().getName({ host: 'h', port: 443, cert: 'c', key: 'k', ciphers: 'x', honorCipherOrder: true, secureOptions: 0, sigalgs: ['a'], servername: 'h', minVersion: 'TLSv1.2' }));
console.log(http.request({ agent: false, host: 'example.com' }).agent.constructor === http.Agent, https.request({ agent: false, host: 'example.com' }).agent.constructor === https.Agent);
console.log(http.request({ agent: false, host: 'example.com' }).agent === http.globalAgent);
{
  const s = http.createServer().listen(0);
  const port = s.address().port;
  await s[Symbol.asyncDispose]();
  console.log('disposed', port, s.listening);
}
