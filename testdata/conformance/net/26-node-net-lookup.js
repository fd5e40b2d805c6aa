// date=2026-11-23
// node:net: the lookup option (called for a host name, its lookup event with the address it gave, remoteAddress from it; an address it fails with destroys the socket), connectionAttempt, connect() on a connecting socket, and a socket reconnected after it closed.
const net = await import('node:net');
const [, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const lookup = (host, opts, cb) => { log('lookup called', host, JSON.stringify(opts)); queueMicrotask(() => cb(null, '127.0.0.1', 4)); };
const s = net.connect({ port: Number(port), host: 'echo.test', lookup });
s.on('lookup', (err, address, family, host) => log('lookup event', err, address, family, host));
s.on('connect', () => log('connect', s.remoteAddress, s.remoteFamily, s._host));
try { s.connect(Number(port), '127.0.0.1'); } catch (e) { log('connect again', e.name, e.code, e.message); }
await new Promise((r) => s.on('connect', r));
s.destroy();
await new Promise((r) => s.on('close', r));
const t = net.connect({ port: Number(port), host: 'broken.test', lookup: (h, o, cb) => queueMicrotask(() => cb(new Error('no such host'))) });
t.on('lookup', (err) => log('lookup event 2', err && err.message));
t.on('error', (e) => log('error', e.message));
await new Promise((r) => t.on('close', (e) => { log('close', e); r(); }));
const u = new net.Socket();
u.on('connectionAttempt', (...a) => log('connectionAttempt', a.map(String).join(' ').replace(port, 'PORT')));
log('fresh', u.readyState, u.pending, u.connecting, JSON.stringify(u.address()), u.remoteAddress);
u.connect(Number(port), '127.0.0.1', () => log('connected once'));
await new Promise((r) => u.on('connect', r));
u.end();
await new Promise((r) => u.on('close', r));
log('closed', u.readyState, u.destroyed);
u.connect({ port: Number(port), host: '127.0.0.1' }, () => log('connected twice', u.readyState, u.destroyed));
await new Promise((r) => u.once('connect', r));
u.write('bye');
await new Promise((r) => u.on('data', r));
u.destroy();
