// date=2026-11-23
// node:net: connect({port, host}, cb), setEncoding('utf8') gives strings (a character split between reads comes out whole), setNoDelay/setKeepAlive/ref/unref, setTimeout's timeout event while idle and setTimeout(0), writes of Buffers and Uint8Arrays, end(data, cb) and its order with finish.
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const s = net.connect({ port: Number(port), host }, () => log('connect cb', s.readyState, s.pending, s.connecting));
log('returns', s.setNoDelay(true) === s, s.setKeepAlive(true, 100) === s, s.ref(), s.unref(), s.setEncoding('utf8') === s);
await new Promise((r) => s.once('ready', r));
log('timeout prop', s.timeout, s.setTimeout(30, () => log('timeout cb', s.readyState)) === s, s.timeout);
s.on('timeout', () => log('timeout event'));
await new Promise((r) => s.once('timeout', r));
s.setTimeout(0);
log('timeout now', s.timeout);
const chunks = [];
s.on('data', (d) => chunks.push(typeof d + ':' + d));
const until = async (f) => { while (!f()) await new Promise((r) => setTimeout(r, 5)); };
s.write(Buffer.from([0xe2, 0x82]));
await until(() => s.bytesRead === 2);
log('half a character', JSON.stringify(chunks));
s.write(new Uint8Array([0xac, 0x21]));
await until(() => s.bytesRead === 4);
log('data', JSON.stringify(chunks), s.bytesRead, s.bytesWritten);
s.on('finish', () => log('finish', s.readyState));
s.on('end', () => log('end', s.readyState));
s.on('close', (e) => log('close', e, s.readyState, s.bytesRead, s.bytesWritten));
s.end('bye', () => log('end cb'));
log('after end()', s.readyState, s.writableEnded);
await new Promise((r) => s.on('close', r));
log('chunks', JSON.stringify(chunks));
