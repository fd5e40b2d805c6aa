// date=2026-11-23
// node:net: connect()'s timeout option (the timeout event while idle, the socket left open), setTimeout reset by writes, a timeout that destroys the socket, and setTimeout on a destroyed socket.
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const warm = net.connect(Number(port), host);
await new Promise((r) => warm.once('connect', r));
warm.destroy();
const s = net.connect({ port: Number(port), host, timeout: 40 });
log('timeout option', s.timeout);
const t0 = Date.now();
s.on('timeout', () => { log('timeout', s.readyState, s.destroyed, Date.now() - t0 >= 35); });
await new Promise((r) => s.once('timeout', r));
s.setTimeout(400);
let fired = 0;
s.on('timeout', () => fired++);
for (let i = 0; i < 4; i++) { await new Promise((r) => setTimeout(r, 100)); s.write('x'); }
log('timeouts while writing', fired);
await new Promise((r) => s.once('timeout', r));
log('idle again', fired);
s.setTimeout(10, () => { log('destroying'); s.destroy(); });
await new Promise((r) => s.once('close', (e) => { log('close', e); r(); }));
log('setTimeout destroyed', s.setTimeout(5) === s, s.timeout);
await new Promise((r) => setTimeout(r, 20));
