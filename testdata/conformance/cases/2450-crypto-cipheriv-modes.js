// config: date=2026-11-23 flags=nodejs_compat
// Cipheriv/Decipheriv with fixed keys and IVs: AES-128/192/256 in CBC, CTR, ECB and OFB, DES-CBC, DES-EDE3-CBC, DES-ECB, DES-EDE(-CBC), RC4 and RC2 (known outputs, round trips), padding on and off, encodings, chunked updates, key and IV forms, the Transform stream side, getCipherInfo.
const crypto = process.getBuiltinModule('node:crypto');
const show = (label, f) => {
  try {
    const v = f();
    const s = Buffer.isBuffer(v) ? 'Buffer ' + v.toString('hex') : v instanceof crypto.KeyObject ? v.constructor.name + ' ' + v.type : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? x + 'n' : x === undefined ? 'undefined' : x));
    console.log(label, s);
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.code, e.message);
  }
};
const plain = Buffer.from('The quick brown fox jumps over the lazy dog');
const enc = (alg, key, iv, data = plain) => { const c = crypto.createCipheriv(alg, key, iv); return Buffer.concat([c.update(data), c.final()]); };
const dec = (alg, key, iv, data) => { const d = crypto.createDecipheriv(alg, key, iv); return Buffer.concat([d.update(data), d.final()]); };
const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i + 1));
const iv16 = Buffer.alloc(16, 0xa5), iv8 = Buffer.alloc(8, 0x5a);
for (const [alg, k, iv] of [['aes-128-cbc', 16, iv16], ['aes-192-cbc', 24, iv16], ['aes-256-cbc', 32, iv16], ['aes-128-ctr', 16, iv16], ['aes-256-ctr', 32, iv16], ['aes-128-ecb', 16, null], ['aes-256-ecb', 32, Buffer.alloc(0)], ['aes-128-ofb', 16, iv16], ['aes-192-ofb', 24, iv16], ['des-cbc', 8, iv8], ['des-ede3-cbc', 24, iv8], ['des-ecb', 8, null], ['des-ede', 16, null], ['des-ede-cbc', 16, iv8], ['rc4', 16, null], ['rc2-cbc', 16, iv8], ['AES-128-CBC', 16, iv16]]) {
  show(alg, () => { const e = enc(alg, key(k), iv); return [e.toString('hex'), dec(alg, key(k), iv, e).equals(plain)]; });
}
show('cbc exact block', () => enc('aes-128-cbc', key(16), iv16, Buffer.alloc(16)).toString('hex'));
show('cbc empty', () => enc('aes-128-cbc', key(16), iv16, Buffer.alloc(0)).toString('hex'));
show('ctr empty', () => enc('aes-128-ctr', key(16), iv16, Buffer.alloc(0)).length);
show('nopad', () => { const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16); c.setAutoPadding(false); return Buffer.concat([c.update(Buffer.alloc(32, 1)), c.final()]).toString('hex'); });
show('nopad partial', () => { const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16); c.setAutoPadding(false); c.update(Buffer.alloc(5)); return c.final(); });
show('nopad decrypt', () => { const e = enc('aes-128-cbc', key(16), iv16, Buffer.from('exactly16bytes!!')); const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16); d.setAutoPadding(false); return Buffer.concat([d.update(e), d.final()]).toString('hex'); });
show('setAutoPadding returns this', () => { const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16); return c.setAutoPadding() === c; });
show('bad padding', () => dec('aes-128-cbc', key(16), iv16, Buffer.alloc(16)));
show('truncated', () => dec('aes-128-cbc', key(16), iv16, enc('aes-128-cbc', key(16), iv16).subarray(0, 20)));
show('wrong key', () => dec('aes-128-cbc', key(16).reverse(), iv16, enc('aes-128-cbc', key(16), iv16)));
show('chunked', () => { const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16); const parts = [c.update(plain.subarray(0, 5)), c.update(plain.subarray(5, 21)), c.update(plain.subarray(21)), c.final()]; return [parts.map((p) => p.length), Buffer.concat(parts).equals(enc('aes-128-cbc', key(16), iv16))]; });
show('decrypt chunked', () => { const e = enc('aes-128-cbc', key(16), iv16); const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16); const parts = [d.update(e.subarray(0, 16)), d.update(e.subarray(16, 32)), d.update(e.subarray(32)), d.final()]; return parts.map((p) => p.length); });
show('encodings', () => { const c = crypto.createCipheriv('aes-128-ctr', key(16), iv16); return [c.update('hello', 'utf8', 'hex'), c.update('776f726c64', 'hex', 'base64'), c.final('hex')]; });
show('decrypt encodings', () => { const e = enc('aes-128-cbc', key(16), iv16).toString('base64'); const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16); return d.update(e, 'base64', 'utf8') + d.final('utf8'); });
show('string without encoding', () => crypto.createCipheriv('aes-128-cbc', key(16), iv16).update('hello'));
show('string key and iv', () => enc('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16)).toString('hex'));
show('KeyObject key', () => enc('aes-128-cbc', crypto.createSecretKey(key(16)), iv16).equals(enc('aes-128-cbc', key(16), iv16)));
show('ArrayBuffer key', () => enc('aes-128-cbc', key(16).buffer.slice(0), new Uint8Array(iv16)).equals(enc('aes-128-cbc', key(16), iv16)));
show('ArrayBuffer data', () => { const c = crypto.createCipheriv('aes-128-ctr', key(16), iv16); return c.update(new Uint8Array([1, 2, 3]).buffer).toString('hex'); });
show('DataView data', () => { const c = crypto.createCipheriv('aes-128-ctr', key(16), iv16); return c.update(new DataView(new Uint8Array([1, 2, 3]).buffer)).toString('hex'); });
show('protos', () => [Object.getOwnPropertyNames(crypto.Cipheriv.prototype), Object.getOwnPropertyNames(crypto.Decipheriv.prototype), Object.getPrototypeOf(crypto.Cipheriv.prototype).constructor.name, crypto.createCipheriv('aes-128-ecb', key(16), null) instanceof crypto.Cipheriv]);
const t = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
const chunks = [];
t.on('data', (c) => chunks.push(c));
await new Promise((r) => { t.on('end', r); t.write(plain.subarray(0, 10)); t.write('string chunk'); t.end(plain.subarray(10)); });
show('stream', () => [chunks.length > 0, Buffer.concat(chunks).length]);
for (const name of ['aes-128-cbc', 'AES-256-GCM', 'aes-128-ecb', 'aes-256-ctr', 'aes-192-ofb', 'des-ede3-cbc', 'des-ecb', 'rc4', 'rc2-cbc', 'chacha20-poly1305', 'nope', 419, 901, 5, 99999]) {
  show('info ' + name, () => crypto.getCipherInfo(name));
}
show('info keyLength', () => [crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 })]);
show('info ivLength', () => [crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 })]);
show('info bad', () => crypto.getCipherInfo({}));
show('info bad options', () => crypto.getCipherInfo('aes-128-cbc', 5));
