// config: date=2026-11-23 flags=nodejs_compat
// node:fs' callback forms (errors and results from a later tick, the callback check) and node:fs/promises (rejections with errno errors, mkdir recursive, FileHandle's shape).
const fs = await import('node:fs');
const p = await import('node:fs/promises');
fs.writeFileSync('/tmp/a', 'hello');
let sync = true;
await new Promise(r => fs.readFile('/tmp/none', (e, d) => { console.log('cb', sync, e.code, e.message, d); r(); }));
sync = false;
await new Promise(r => fs.readFile('/tmp/a', 'utf8', (e, d) => { console.log('cb', e, d); r(); }));
await new Promise(r => fs.stat('/tmp/a', (e, d) => { console.log('cb', e, d.size); r(); }));
await new Promise(r => fs.exists('/tmp/a', (e) => { console.log('exists', e); r(); }));
await new Promise(r => fs.mkdir('/tmp/m/n', { recursive: true }, (e, d) => { console.log('mkdir', e, d); r(); }));
try { fs.readFile('/tmp/a'); } catch (e) { console.log(e.code, e.message); }
try { await p.readFile('/tmp/none'); } catch (e) { console.log('p', e.code, e.message, Object.keys(e)); }
console.log(await p.readFile('/tmp/a', 'utf8'));
await p.writeFile('/tmp/c', 'ccc');
console.log((await p.stat('/tmp/c')).size, await p.readdir('/tmp'));
console.log(await p.mkdir('/tmp/q/r', { recursive: true }), await p.access('/tmp/c'), await p.unlink('/tmp/c'), await p.rm('/tmp/q', { recursive: true }));
const fh = await p.open('/tmp/a', 'r');
console.log(fh.constructor.name, typeof fh.fd, Object.keys(fh), Object.getOwnPropertyNames(Object.getPrototypeOf(fh)).join());
console.log(await fh.readFile('utf8'), (await fh.stat()).size);
await fh.close();
const w = await p.open('/tmp/w', 'w');
console.log(JSON.stringify(await w.write('abc')), await w.close(), await p.readFile('/tmp/w', 'utf8'));
try { p.watch('/tmp'); } catch (e) { console.log('pw', e.code, e.message); }
const b = fs.openAsBlob('/tmp/a'); console.log(b instanceof Blob, b.size, await b.text());
