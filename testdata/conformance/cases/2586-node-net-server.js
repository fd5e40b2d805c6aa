// config: date=2026-11-23 flags=nodejs_compat
// net.createServer and net.Server: options and listener checks, listen() on workerd's virtual ports (port 0 takes the next from 49152, a taken port is EADDRINUSE as an error event, localhost, IPv6, a name), listening, address(), a second listen(), close() and its callback, getConnections, ref/unref, own properties.
const net = process.getBuiltinModule('node:net');
const log = (...a) => console.log(...a);
const ev = (s, n) => new Promise((r) => s.once(n, r));
const show = (n, f) => { try { const r = f(); log(n, 'ok', r && r.constructor && r.constructor.name); } catch (e) { log(n, e.constructor.name, e.name, e.code, e.message); } };
show('bad options', () => net.createServer(5));
show('bad listener', () => net.createServer({}, 5));
show('keepAliveInitialDelay', () => net.createServer({ keepAliveInitialDelay: '1' }));
const a = net.createServer({ allowHalfOpen: true, pauseOnConnect: 1, keepAliveInitialDelay: 2500, highWaterMark: 10 }, () => log('connection'));
log(Object.keys(a).join(), a.allowHalfOpen, a.pauseOnConnect, a.keepAliveInitialDelay, a.highWaterMark, a.maxConnections, a.listenerCount('connection'));
log('before', a.listening, a.address());
log('listen returns', a.listen(0, () => log('listen cb')) === a, a.listening, JSON.stringify(a.address()));
await ev(a, 'listening');
show('listen twice', () => a.listen(1));
const b = net.createServer();
b.on('error', (e) => log('b error', e.constructor.name, e.name, e.code, e.message, JSON.stringify(e), b.listening));
b.listen(a.address().port);
await new Promise((r) => setTimeout(r, 5));
for (const [args, label] of [[[{ port: 9000, host: '::' }], 'v6'], [[9001, 'localhost'], 'localhost'], [[{ port: 9002, host: 'example.com' }], 'name'], [[{ port: '9003' }], 'string port'], [[], 'no args']]) {
  const s = net.createServer();
  s.on('error', (e) => log(label, 'error', e.code, e.message));
  s.listen(...args);
  await new Promise((r) => setTimeout(r, 5));
  log(label, JSON.stringify(s.address()));
}
show('path', () => net.createServer().listen('/tmp/sock'));
show('handle', () => net.createServer().listen({ handle: {} }));
show('fd', () => net.createServer().listen({ fd: 3 }));
show('bad port', () => net.createServer().listen(70000));
show('reusePort', () => net.createServer().listen({ port: 0, reusePort: 1 }));
show('host num', () => net.createServer().listen({ port: 0, host: 1 }));
a.getConnections((err, n) => log('connections', err, n));
log('ref', a.ref() === a, a.unref() === a);
a.on('close', () => log('close event', a.listening));
log('close returns', a.close((e) => log('close cb', e)) === a, a.listening, a.address());
await ev(a, 'close');
a.close((e) => log('close again', e.name, e.code, e.message));
await new Promise((r) => setTimeout(r, 5));
show('getConnections', () => a.getConnections(5));
const c = net.createServer();
c.listen(0);
await ev(c, 'listening');
log('port reuse', JSON.stringify(c.address()));
