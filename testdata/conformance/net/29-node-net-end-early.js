// date=2026-11-23
// node:net: end(data) while still connecting, then a write after end(): its ERR_STREAM_WRITE_AFTER_END (to the write callback, then as the error event) destroys the socket before it connects, end()'s callback gets that error after close; end() twice returns the socket.
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const s = net.connect({ port: Number(port), host, allowHalfOpen: true });
for (const ev of ['connect', 'ready', 'finish', 'end', 'close']) s.on(ev, (...a) => log('ev', ev, a.join(' '), s.readyState, s.writableFinished));
s.on('data', (d) => log('data', String(d)));
s.on('error', (e) => log('error', e.constructor.name, e.name, e.code, e.message));
log('end returns', s.end('half', (e) => log('end cb', e && e.code)) === s, s.writableEnded, s.readyState);
log('write after end', s.write('late', (e) => log('write cb', e && e.code)));
log('end again', s.end() === s);
await new Promise((r) => s.on('close', r));
log('after', s.bytesRead, s.bytesWritten, s.destroyed);
