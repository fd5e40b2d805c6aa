// config: date=2026-11-23 flags=nodejs_compat
// createECDH on each curve with fixed private keys (deterministic public keys and secrets), point formats, convertKey, the argument and native errors; diffieHellman({ privateKey, publicKey }) for EC and X25519 key objects.
const K = {
  x: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIMj1Rrt+f2slg9JXfJ2n6+7EDyZp8FgzfWD3Q73qnyxV\n-----END PRIVATE KEY-----\n",
  xpub: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAIOxs8E1VSGVp+X3xoxHR7+mgB2aWQJyjbMJRIb39qXE=\n-----END PUBLIC KEY-----\n",
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
};
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
const pk = (n, b) => { const k = Buffer.alloc(n, b); k[0] = 0; return k; };
for (const [curve, n] of [['prime256v1', 32], ['secp384r1', 48], ['secp521r1', 66], ['secp224r1', 28]]) {
  const a = crypto.createECDH(curve), b = crypto.createECDH(curve);
  a.setPrivateKey(pk(n, 1));
  b.setPrivateKey(pk(n, 2));
  show(curve + ' public', () => a.getPublicKey('hex'));
  show(curve + ' compressed', () => a.getPublicKey('base64', 'compressed'));
  show(curve + ' secret', () => [a.computeSecret(b.getPublicKey()).toString('hex'), a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey()))]);
  show(curve + ' secret compressed', () => a.computeSecret(b.getPublicKey(null, 'compressed')).equals(a.computeSecret(b.getPublicKey())));
  show(curve + ' private', () => a.getPrivateKey('hex'));
  show(curve + ' generate', () => { const g = crypto.createECDH(curve); const p = g.generateKeys(); return [p.length, p[0], g.getPrivateKey().length <= n, g.getPublicKey().equals(p)]; });
}
const e = crypto.createECDH('prime256v1');
show('no keys public', () => e.getPublicKey());
show('no keys private', () => e.getPrivateKey());
show('no keys secret', () => e.computeSecret(Buffer.alloc(65)));
show('generateKeys formats', () => [e.generateKeys('hex', 'compressed').length, e.generateKeys(undefined, 'uncompressed').length]);
show('hybrid', () => e.getPublicKey(null, 'hybrid'));
show('bad format', () => e.getPublicKey(null, 'raw'));
show('bad encoding type', () => e.getPublicKey(5));
show('setPrivateKey returns', () => e.setPrivateKey(pk(32, 3)));
show('setPrivateKey hex', () => { e.setPrivateKey('04'.repeat(32), 'hex'); return e.getPrivateKey('hex'); });
show('setPrivateKey zero', () => e.setPrivateKey(pk(32, 0)));
show('setPrivateKey order', () => e.setPrivateKey(Buffer.from('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551', 'hex')));
show('setPrivateKey number', () => e.setPrivateKey(5));
show('setPublicKey', () => typeof e.setPublicKey);
show('secret bad point', () => e.computeSecret(Buffer.alloc(65, 1)));
show('secret short', () => e.computeSecret(Buffer.alloc(3)));
show('secret encodings', () => { const o = crypto.createECDH('prime256v1'); o.setPrivateKey(pk(32, 5)); return e.computeSecret(o.getPublicKey('base64'), 'base64', 'hex'); });
show('secret number', () => e.computeSecret(5));
show('secret ArrayBuffer', () => e.computeSecret(new ArrayBuffer(65)));
show('curve number', () => crypto.createECDH(5));
show('curve P-256', () => crypto.createECDH('P-256'));
show('curve x25519', () => crypto.createECDH('x25519'));
show('curve secp256k1', () => crypto.createECDH('secp256k1'));
show('ECDH without new', () => crypto.ECDH('prime256v1') instanceof crypto.ECDH);
show('protos', () => [Object.getOwnPropertyNames(crypto.ECDH.prototype), Object.getOwnPropertyNames(crypto.ECDH)]);
const fixed = crypto.createECDH('prime256v1');
fixed.setPrivateKey(pk(32, 9));
show('convertKey', () => crypto.ECDH.convertKey(fixed.getPublicKey(), 'prime256v1', null, 'hex', 'compressed'));
show('convertKey back', () => crypto.ECDH.convertKey(fixed.getPublicKey(null, 'compressed'), 'prime256v1').equals(fixed.getPublicKey()));
show('convertKey hex', () => crypto.ECDH.convertKey(fixed.getPublicKey('hex'), 'prime256v1', 'hex', 'base64'));
show('convertKey bad point', () => crypto.ECDH.convertKey(Buffer.alloc(33, 2), 'prime256v1'));
show('convertKey bad curve', () => crypto.ECDH.convertKey(fixed.getPublicKey(), 'nope'));
show('convertKey curve number', () => crypto.ECDH.convertKey(fixed.getPublicKey(), 5));
show('convertKey hybrid', () => crypto.ECDH.convertKey(fixed.getPublicKey(), 'prime256v1', null, null, 'hybrid'));
show('x25519 dh', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(K.x), publicKey: crypto.createPublicKey(K.xpub) }).toString('hex'));
show('ec dh', () => { const a = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }), b = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }); const s = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }); return [s.length, s.equals(crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }))]; });
show('ec dh curves differ', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(K.ec), publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey }));
show('dh mixed', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(K.x), publicKey: crypto.createPublicKey(K.ec) }));
show('dh public as private', () => crypto.diffieHellman({ privateKey: crypto.createPublicKey(K.xpub), publicKey: crypto.createPublicKey(K.xpub) }));
show('dh private as public', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(K.x), publicKey: crypto.createPrivateKey(K.x) }));
show('dh no public', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(K.x) }));
show('dh pem', () => crypto.diffieHellman({ privateKey: K.x, publicKey: K.xpub }));
show('dh no options', () => crypto.diffieHellman());
