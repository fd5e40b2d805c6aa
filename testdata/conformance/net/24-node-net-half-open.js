// date=2026-11-23
// node:net: the server ending its side ('half'): without allowHalfOpen the socket ends its own and closes, a write after it fails with EPIPE; with allowHalfOpen the writable stays open until end().
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
for (const allowHalfOpen of [false, true]) {
  const s = net.connect({ port: Number(port), host, allowHalfOpen });
  log('allowHalfOpen', allowHalfOpen, s.allowHalfOpen);
  s.on('data', (d) => log('data', String(d)));
  s.on('end', () => {
    log('end', s.readyState, s.writable);
    if (allowHalfOpen) {
      s.write('still', () => log('write after end ok'));
      setTimeout(() => s.end(), 20);
    } else {
      queueMicrotask(() => log('write after end', s.write('late', (e) => log('write cb', e && e.code, e && e.message))));
    }
  });
  s.on('finish', () => log('finish', s.readyState));
  s.on('error', (e) => log('error', e.name, e.code, e.message));
  s.on('close', (e) => log('close', e, s.readyState));
  s.write('half');
  await new Promise((r) => s.on('close', r));
}
