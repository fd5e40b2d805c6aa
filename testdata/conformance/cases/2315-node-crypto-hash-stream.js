// config: date=2026-09-15 flags=nodejs_compat
// node:crypto's Hash and Hmac are Transform streams (write/end/read, pipe, pipeline with setEncoding); a Transform's flush runs within end().
const crypto = process.getBuiltinModule('node:crypto');
const { Transform, Readable, pipeline } = process.getBuiltinModule('node:stream');
const h = crypto.createHash('sha256');
console.log(h instanceof Transform, typeof h.pipe);
const hm = crypto.createHmac('sha256', 'k');
hm.end('data');
console.log(hm.read().toString('hex').slice(0, 16));
const h2 = crypto.createHash('md5');
h2.update('a');
h2.write('b');
h2.end();
console.log(h2.read().toString('hex'));
const h3 = crypto.createHash('sha1'); h3.digest(); try { h3.update('x'); } catch (e) { console.log(e.code, e.message); }
await new Promise((r) => pipeline(Readable.from(['x', 'y']), crypto.createHash('sha1').setEncoding('base64'), new Transform({ transform(c, e, cb) { console.log('piped', String(c)); cb(); } }), r));
console.log(crypto.createHash("sha1").copy() instanceof Transform);
const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { this.push('F'); cb(); } });
t.end('data');
const a = t.read(); console.log(a && String(a));
const b = t.read(); console.log(b && String(b));
const t2 = new Transform({ transform(c, e, cb) { cb(null, c); } });
t2.write('x'); console.log(String(t2.read()));
