// date=2026-11-23
// node:net: connect(port, host) to an echo server: the state before the connection (connecting, pending, readyState, the remote and local address), a write queued while connecting, connect then ready, data as Buffers, bytesRead and bytesWritten, the server closing ('bye'): end, finish, close(false), and the state after.
const net = await import('node:net');
const [host, port] = TCP.split(':');
const s = net.connect(Number(port), host);
const log = (...a) => console.log(...a);
log('sync', s instanceof net.Socket, s.connecting, s.pending, s.readyState, s.remoteAddress, s.remotePort === Number(port), typeof s.remotePort, s.remoteFamily, JSON.stringify(s.address()), s.localAddress, s.localPort, s.localFamily, s.bytesRead, s.bytesWritten, s.allowHalfOpen, s.destroyed, s.bufferSize);
for (const ev of ['lookup', 'connect', 'ready', 'end', 'finish', 'close', 'timeout', 'drain'])
  s.on(ev, (...a) => log('ev', ev, a.join(' '), s.readyState, s.connecting, s.pending));
s.on('error', (e) => log('error', e.name, e.code, e.message));
s.on('data', (d) => { log('data', d.constructor.name, JSON.stringify(String(d)), s.bytesRead, s.bytesWritten); if (String(d) === 'hello') log('write2', s.write('bye')); });
log('write', s.write('hello', (e) => log('write cb', e, s.bytesWritten)), s.bytesWritten, s.writableLength);
await new Promise((r) => s.on('connect', r));
log('connected', s.remoteAddress, s.remotePort === Number(port), s.remoteFamily, JSON.stringify(s.address()), s.bufferSize, s._host);
await new Promise((r) => s.on('close', r));
log('after', s.connecting, s.pending, s.readyState, s.remoteAddress, JSON.stringify(s.address()), s.bytesRead, s.bytesWritten, s.destroyed, s.bufferSize);
