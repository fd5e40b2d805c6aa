// date=2026-11-23
// node:net: a connection refused: connectionAttemptFailed, then error (Node's ECONNREFUSED exception: its class, own properties, message), close(true); a write queued while connecting fails with ERR_SOCKET_CLOSED_BEFORE_CONNECTION; the connect callback never runs.
const net = await import('node:net');
const [host, port] = REFUSED.split(':');
const log = (...a) => console.log(...a);
const s = net.connect({ port: Number(port), host }, () => log('connect cb'));
for (const ev of ['lookup', 'connect', 'ready', 'end', 'finish', 'close', 'connectionAttemptFailed'])
  s.on(ev, (...a) => log('ev', ev, a.map((x) => (typeof x === 'object' && x ? x.constructor.name : String(x))).join(' ').replace(port, 'PORT'), s.readyState, s.destroyed));
s.on('error', (e) => {
  log('error', e.constructor.name, Object.getPrototypeOf(e.constructor) === Error, e.name, e.code, e.errno, e.syscall, e.address, e.port === Number(port), e.message.replace(port, 'PORT'));
  log('own', Object.getOwnPropertyNames(e).join(), String(e).replace(port, 'PORT'), e instanceof Error);
});
log('write', s.write('hello', (e) => log('write cb', e.constructor.name, e.code, e.message)));
await new Promise((r) => s.on('close', r));
await new Promise((r) => setTimeout(r, 20));
log('after', s.connecting, s.pending, s.readyState, s.remoteAddress, JSON.stringify(s.address()), s.bytesRead, s.bytesWritten, s.destroyed);
