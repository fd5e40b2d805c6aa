// config: date=2026-11-23 flags=nodejs_compat
// node:fs' createWriteStream and createReadStream over /tmp: the data written, read back in chunks, the open and close events, start/end.
const fs = await import('node:fs');
const ws = fs.createWriteStream('/tmp/s.txt');
console.log(ws instanceof fs.WriteStream, ws.path);
ws.on('open', (fd) => console.log('open', typeof fd));
ws.write('hello ');
ws.write(Buffer.from('world'));
await new Promise(r => ws.end('!', r));
console.log(fs.readFileSync('/tmp/s.txt', 'utf8'), ws.bytesWritten);
const rs = fs.createReadStream('/tmp/s.txt', { encoding: 'utf8' });
console.log(rs instanceof fs.ReadStream, rs.path);
let got = '';
for await (const c of rs) got += c;
console.log(got, rs.bytesRead);
const part = fs.createReadStream('/tmp/s.txt', { start: 2, end: 6 });
const chunks = [];
for await (const c of part) chunks.push(c);
console.log(Buffer.concat(chunks).toString());
const bad = fs.createReadStream('/tmp/none');
await new Promise(r => bad.on('error', (e) => { console.log('error', e.code, e.syscall); r(); }));
