// config: date=2026-11-23 flags=nodejs_compat
// node:fs/promises' FileHandle: readLines throws workerd's 'not implemented', readableWebStream reads the file, createReadStream over the handle; writeFile and appendFile resolve to nothing.
const p = await import('node:fs/promises');
await p.writeFile('/tmp/f', 'line1\nline2\n');
const fh = await p.open('/tmp/f');
try { const rl = fh.readLines(); console.log(rl.constructor.name); for await (const l of rl) console.log('line', l); } catch (e) { console.log('rl', e.constructor.name, e.code, e.message); }
const fh2 = await p.open('/tmp/f');
try { const rs = fh2.readableWebStream(); console.log(rs.constructor.name); const r = rs.getReader(); let x; while (!(x = await r.read()).done) console.log('chunk', x.value.constructor.name, x.value.length); } catch (e) { console.log('ws', e.constructor.name, e.code, e.message); }
const fh3 = await p.open('/tmp/f');
const rs3 = fh3.createReadStream({ encoding: 'utf8' }); let s = ''; for await (const c of rs3) s += c; console.log(JSON.stringify(s));
console.log(await p.writeFile('/tmp/g', 'x'), await p.appendFile('/tmp/g', 'y'), await p.readFile('/tmp/g', 'utf8'));
