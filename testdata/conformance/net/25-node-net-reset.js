// date=2026-11-23
// node:net: a connection the server resets ('rst'), and the server closing after its answer ('bye') while a write is queued.
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const s = net.connect(Number(port), host);
s.on('data', (d) => log('data', String(d)));
s.on('end', () => log('end', s.readyState));
s.on('finish', () => log('finish'));
s.on('error', (e) => log('error', e.constructor.name, e.name, e.code, e.message));
s.on('close', (e) => log('close', e, s.readyState, s.destroyed));
s.write('rst');
await new Promise((r) => s.on('close', r));
log('write after close', s.write('x', (e) => log('write cb', e && e.code, e && e.message)));
await new Promise((r) => setTimeout(r, 10));
