// config: date=2026-11-23 flags=nodejs_compat
// generateKeyPairSync('dh') in an RFC 3526 group or a given prime: the key objects' type and details, the exports workerd refuses, diffieHellman between them, createPublicKey and equals, the option checks. (A 32-bit prime: with 23, a public value of p-1, which both refuse, came one time in ten.)
const K = {
  xpub: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAIOxs8E1VSGVp+X3xoxHR7+mgB2aWQJyjbMJRIb39qXE=\n-----END PUBLIC KEY-----\n",
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
const util = process.getBuiltinModule('node:util');
const a = crypto.generateKeyPairSync('dh', { group: 'modp14' }), b = crypto.generateKeyPairSync('dh', { groupName: 'modp14' });
show('types', () => [a.publicKey.type, a.publicKey.asymmetricKeyType, a.privateKey.asymmetricKeyType, a.publicKey.asymmetricKeyDetails]);
show('secret', () => { const s = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }); return [s.length, s.equals(crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }))]; });
show('other group', () => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: crypto.generateKeyPairSync('dh', { group: 'modp15' }).publicKey }));
show('x25519 public', () => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: crypto.createPublicKey(K.xpub) }));
show('spki', () => a.publicKey.export({ type: 'spki', format: 'der' }));
show('pkcs8', () => a.privateKey.export({ type: 'pkcs8', format: 'pem' }));
show('jwk', () => a.publicKey.export({ format: 'jwk' }));
show('no type', () => a.publicKey.export());
show('public of private', () => [crypto.createPublicKey(a.privateKey).equals(a.publicKey), a.publicKey.equals(b.publicKey), a.privateKey.equals(a.privateKey), a.privateKey.equals(b.privateKey)]);
show('inspect', () => util.inspect(a.privateKey));
show('sign', () => crypto.sign('sha256', Buffer.from('x'), a.privateKey));
show('publicEncrypt', () => crypto.publicEncrypt(a.publicKey, Buffer.from('x')));
show('prime', () => { const p = crypto.generateKeyPairSync('dh', { prime: Buffer.from('fffffffb', 'hex'), generator: 2 }); const q = crypto.generateKeyPairSync('dh', { prime: new Uint8Array([0xff, 0xff, 0xff, 0xfb]).buffer, generator: 2 }); const s = crypto.diffieHellman({ privateKey: p.privateKey, publicKey: q.publicKey }); return [p.publicKey.asymmetricKeyType, s.length, s.equals(crypto.diffieHellman({ privateKey: q.privateKey, publicKey: p.publicKey }))]; });
show('prime default generator', () => crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp14').getPrime() }).privateKey.type);
show('primeLength', () => crypto.generateKeyPairSync('dh', { primeLength: 512 }));
show('group and prime', () => crypto.generateKeyPairSync('dh', { group: 'modp14', prime: Buffer.from([23]) }));
show('group and primeLength', () => crypto.generateKeyPairSync('dh', { group: 'modp14', primeLength: 512 }));
show('group and generator', () => crypto.generateKeyPairSync('dh', { group: 'modp14', generator: 2 }));
show('prime and primeLength', () => crypto.generateKeyPairSync('dh', { prime: Buffer.from([23]), primeLength: 5 }));
show('nothing', () => crypto.generateKeyPairSync('dh', {}));
show('bad group', () => crypto.generateKeyPairSync('dh', { group: 'modp2' }));
show('group number', () => crypto.generateKeyPairSync('dh', { group: 5 }));
show('prime number', () => crypto.generateKeyPairSync('dh', { prime: 23 }));
show('generator negative', () => crypto.generateKeyPairSync('dh', { prime: Buffer.from([23]), generator: -1 }));
show('primeLength float', () => crypto.generateKeyPairSync('dh', { primeLength: 1.5 }));
await new Promise((r) => crypto.generateKeyPair('dh', { group: 'modp14' }, (err, pub, priv) => { console.log('cb', err, pub.asymmetricKeyType, priv.type); r(); }));
