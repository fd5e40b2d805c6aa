// config: date=2026-11-23 flags=nodejs_compat
// node:fs' descriptors through callbacks (read, write, fstat, close), readvSync/writevSync, FileHandle's read, truncate, appendFile (at the end) and its EBADF once closed, the streams' events in order and their open error.
const fs = await import('node:fs');
const p = await import('node:fs/promises');
fs.writeFileSync('/tmp/f', 'hello world');
const fd = fs.openSync('/tmp/f', 'r+');
await new Promise(r => fs.read(fd, Buffer.alloc(5), 0, 5, 0, (e, n, b) => { console.log('read', e, n, b.toString()); r(); }));
await new Promise(r => fs.write(fd, 'HE', 0, (e, n, b) => { console.log('write', e, n, b); r(); }));
await new Promise(r => fs.fstat(fd, (e, s) => { console.log('fstat', e, s.size); r(); }));
console.log(fs.writevSync(fd, [Buffer.from('a'), Buffer.from('b')], 0), fs.readFileSync('/tmp/f', 'utf8'));
const bs = [Buffer.alloc(2), Buffer.alloc(3)]; console.log(fs.readvSync(fd, bs, 0), bs.map(String));
await new Promise(r => fs.close(fd, (e) => { console.log('close', e); r(); }));
const fh = await p.open('/tmp/f', 'r+');
const b = Buffer.alloc(4); const res = await fh.read(b, 0, 4, 0); console.log(res.bytesRead, res.buffer === b, b.toString());
console.log(JSON.stringify(await fh.read()).slice(0, 40));
await fh.truncate(3); console.log(await p.readFile('/tmp/f', 'utf8'));
await fh.appendFile('Z'); console.log(await p.readFile('/tmp/f', 'utf8'));
await fh.close();
try { await fh.stat(); } catch (e) { console.log('closed', e.code, e.message, e.syscall); }
const ws = fs.createWriteStream('/tmp/w', { flags: 'w' });
console.log(ws.pending, ws.bytesWritten);
ws.on('ready', () => console.log('ready')); ws.on('close', () => console.log('close ws')); ws.on('finish', () => console.log('finish'));
ws.end('data');
await new Promise(r => setTimeout(r, 10));
const rs = fs.createReadStream('/tmp/w');
rs.on('open', (fd) => console.log('open', typeof fd)); rs.on('end', () => console.log('end')); rs.on('close', () => console.log('close rs'));
rs.on('data', (c) => console.log('data', c));
await new Promise(r => setTimeout(r, 10));
const bad = fs.createWriteStream('/bundle/x');
bad.on('error', (e) => console.log('err', e.code, e.message));
await new Promise(r => setTimeout(r, 10));
