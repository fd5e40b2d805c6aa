// config: date=2026-11-23 flags=nodejs_compat
// AES-GCM (12-byte and other IV lengths) and ChaCha20-Poly1305 with fixed keys: ciphertexts and tags, AAD, decryption with the right, a wrong, a short and a missing tag, getAuthTag/setAuthTag/setAAD rules, options.authLengthTag.
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
const key16 = Buffer.alloc(16, 0x11), key32 = Buffer.alloc(32, 0x22), nonce = Buffer.from('000102030405060708090a0b', 'hex');
const plain = Buffer.from('attack at dawn, bring snacks');
function seal(alg, key, iv, aad, opts) {
  const c = crypto.createCipheriv(alg, key, iv, opts);
  if (aad) c.setAAD(aad);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return [ct, c.getAuthTag()];
}
function open(alg, key, iv, ct, tag, aad) {
  const d = crypto.createDecipheriv(alg, key, iv);
  if (tag !== undefined) d.setAuthTag(tag);
  if (aad) d.setAAD(aad);
  return Buffer.concat([d.update(ct), d.final()]).toString();
}
for (const [alg, key, iv] of [['aes-128-gcm', key16, nonce], ['aes-192-gcm', Buffer.alloc(24, 3), nonce], ['aes-256-gcm', key32, nonce], ['aes-128-gcm', key16, Buffer.alloc(16, 7)], ['aes-128-gcm', key16, Buffer.alloc(8, 7)], ['chacha20-poly1305', key32, nonce]]) {
  const name = alg + '/' + iv.length;
  show(name, () => { const [ct, tag] = seal(alg, key, iv); return [ct.toString('hex'), tag.toString('hex'), open(alg, key, iv, ct, tag)]; });
  show(name + ' aad', () => { const [ct, tag] = seal(alg, key, iv, Buffer.from('header')); return [tag.toString('hex'), open(alg, key, iv, ct, tag, Buffer.from('header'))]; });
  show(name + ' wrong aad', () => { const [ct, tag] = seal(alg, key, iv, Buffer.from('header')); return open(alg, key, iv, ct, tag, Buffer.from('other')); });
  show(name + ' wrong tag', () => { const [ct] = seal(alg, key, iv); return open(alg, key, iv, ct, Buffer.alloc(16)); });
  show(name + ' no tag', () => { const [ct] = seal(alg, key, iv); return open(alg, key, iv, ct); });
  show(name + ' tampered', () => { const [ct, tag] = seal(alg, key, iv); ct[0] ^= 1; return open(alg, key, iv, ct, tag); });
}
show('short tag 12', () => { const [ct, tag] = seal('aes-128-gcm', key16, nonce); return open('aes-128-gcm', key16, nonce, ct, tag.subarray(0, 12)); });
show('short tag wrong', () => { const [ct, tag] = seal('aes-128-gcm', key16, nonce); const t = Buffer.from(tag.subarray(0, 12)); t[0] ^= 1; return open('aes-128-gcm', key16, nonce, ct, t); });
show('streamed gcm', () => { const c = crypto.createCipheriv('aes-256-gcm', key32, nonce); const parts = [c.update(plain.subarray(0, 7)), c.update(plain.subarray(7, 20)), c.update(plain.subarray(20)), c.final()]; return [parts.map((p) => p.length), Buffer.concat(parts).equals(seal('aes-256-gcm', key32, nonce)[0]), c.getAuthTag().equals(seal('aes-256-gcm', key32, nonce)[1])]; });
show('streamed decrypt', () => { const [ct, tag] = seal('chacha20-poly1305', key32, nonce); const d = crypto.createDecipheriv('chacha20-poly1305', key32, nonce); d.setAuthTag(tag); return [d.update(ct.subarray(0, 5)).toString(), d.update(ct.subarray(5)).toString(), d.final().length]; });
show('aad string encoding', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce); c.setAAD('68656164', { encoding: 'hex' }); c.final(); return c.getAuthTag().toString('hex'); });
show('aad plaintextLength', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce); return c.setAAD(Buffer.from('x'), { plaintextLength: 5 }) === c; });
show('aad options bad', () => crypto.createCipheriv('aes-128-gcm', key16, nonce).setAAD(Buffer.from('x'), 5));
show('aad plaintextLength bad', () => crypto.createCipheriv('aes-128-gcm', key16, nonce).setAAD(Buffer.from('x'), { plaintextLength: -1 }));
show('aad encoding bad', () => crypto.createCipheriv('aes-128-gcm', key16, nonce).setAAD(Buffer.from('x'), { encoding: 5 }));
show('aad after update', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce); c.update(plain); return c.setAAD(Buffer.from('x')); });
show('aad number ignored', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce); return c.setAAD(5) === c; });
show('aad on cbc', () => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAAD(Buffer.from('x')));
show('tag before final', () => crypto.createCipheriv('aes-128-gcm', key16, nonce).getAuthTag());
show('tag twice', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce); c.final(); return [c.getAuthTag().length, c.getAuthTag().length]; });
show('tag of cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)); c.final(); return c.getAuthTag().length; });
show('setAuthTag on cbc', () => crypto.createDecipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
show('setAuthTag twice', () => { const d = crypto.createDecipheriv('aes-128-gcm', key16, nonce); d.setAuthTag(Buffer.alloc(16)); return d.setAuthTag(Buffer.alloc(16)); });
show('cipher has no setAuthTag', () => [typeof crypto.createCipheriv('aes-128-gcm', key16, nonce).setAuthTag, typeof crypto.createDecipheriv('aes-128-gcm', key16, nonce).getAuthTag]);
show('authTagLength ignored', () => { const c = crypto.createCipheriv('aes-128-gcm', key16, nonce, { authTagLength: 8 }); c.final(); return c.getAuthTag().length; });
show('authLengthTag checked', () => crypto.createCipheriv('aes-128-gcm', key16, nonce, { authLengthTag: -1 }));
show('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(0)));
show('chacha bad iv', () => crypto.createCipheriv('chacha20-poly1305', key32, Buffer.alloc(8)));
show('chacha bad key', () => crypto.createCipheriv('chacha20-poly1305', key16, nonce));
show('xchacha no tag length', () => crypto.createCipheriv('xchacha20-poly1305', key32, Buffer.alloc(24)));
show('xchacha', () => { const c = crypto.createCipheriv('xchacha20-poly1305', key32, Buffer.alloc(24, 9), { authLengthTag: 16 }); const ct = Buffer.concat([c.update(plain), c.final()]); return [ct.toString('hex'), c.getAuthTag().toString('hex')]; });
