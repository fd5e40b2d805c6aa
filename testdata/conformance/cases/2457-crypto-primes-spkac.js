// config: date=2026-11-23 flags=nodejs_compat
// checkPrime/checkPrimeSync on bigints and buffers, generatePrime/generatePrimeSync (sizes, bigint, safe), their option checks and callbacks; Certificate's SPKAC challenge and public key export.
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
for (const n of [0n, 1n, 2n, 3n, 4n, 97n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 64n + 1n, 2n ** 127n - 1n]) show('checkPrime ' + n, () => crypto.checkPrimeSync(n));
show('checkPrime buffer', () => [crypto.checkPrimeSync(Buffer.from([0x0d])), crypto.checkPrimeSync(new Uint8Array([0, 0x0d])), crypto.checkPrimeSync(new Uint8Array([1, 1]).buffer)]);
show('checkPrime checks', () => crypto.checkPrimeSync(7919n, { checks: 10 }));
show('checkPrime bad', () => crypto.checkPrimeSync('7'));
show('checkPrime negative', () => crypto.checkPrimeSync(-7n));
show('checkPrime number', () => crypto.checkPrimeSync(7));
show('checkPrime checks bad', () => crypto.checkPrimeSync(7n, { checks: 'x' }));
show('checkPrime checks negative', () => crypto.checkPrimeSync(7n, { checks: -1 }));
show('checkPrime options bad', () => crypto.checkPrimeSync(7n, 5));
for (const size of [2, 3, 8, 16, 33, 64, 256]) {
  show('generatePrime ' + size, () => { const p = crypto.generatePrimeSync(size, { bigint: true }); return [p.toString(2).length, crypto.checkPrimeSync(p)]; });
}
show('generatePrime buffer', () => { const p = crypto.generatePrimeSync(32); return [p instanceof ArrayBuffer, p.byteLength, crypto.checkPrimeSync(p)]; });
show('generatePrime 17 bytes', () => crypto.generatePrimeSync(17).byteLength);
show('safe prime', () => { const p = crypto.generatePrimeSync(48, { safe: true, bigint: true }); return [crypto.checkPrimeSync(p), crypto.checkPrimeSync((p - 1n) / 2n), p.toString(2).length]; });
show('size 0', () => crypto.generatePrimeSync(0));
show('size 1', () => crypto.generatePrimeSync(1));
show('size float', () => crypto.generatePrimeSync(8.5));
show('size string', () => crypto.generatePrimeSync('8'));
show('safe bad', () => crypto.generatePrimeSync(8, { safe: 1 }));
show('bigint bad', () => crypto.generatePrimeSync(8, { bigint: 'yes' }));
show('add bad', () => crypto.generatePrimeSync(8, { add: 5 }));
show('rem bad', () => crypto.generatePrimeSync(8, { rem: 'x' }));
show('add negative', () => crypto.generatePrimeSync(8, { add: -5n }));
show('options bad', () => crypto.generatePrimeSync(8, 5));
await new Promise((r) => crypto.generatePrime(16, (err, p) => { console.log('generatePrime cb', err, p instanceof ArrayBuffer, p.byteLength); r(); }));
await new Promise((r) => crypto.generatePrime(16, { bigint: true }, (err, p) => { console.log('generatePrime cb bigint', err, typeof p); r(); }));
await new Promise((r) => crypto.checkPrime(13n, (err, ok) => { console.log('checkPrime cb', err, ok); r(); }));
await new Promise((r) => crypto.checkPrime(15n, { checks: 5 }, (err, ok) => { console.log('checkPrime cb options', err, ok); r(); }));
show('generatePrime no cb', () => crypto.generatePrime(16));
show('checkPrime no cb', () => crypto.checkPrime(7n));
const spkac = 'MIIBQjCBrDCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAq+J+eQXXkuLikI3Nb5b3mdsInVnlEAq8fjQDNzw1JpZG5yd2qDiXkTizE+YmG5JfMKGPhMf/Hvvr7hNLDrQbVaD+ka841GyzAJnafHlyCu0CKAmQlu5rattEmgFNzjSM5ElA6Hy30Pk7+Wn2VlMcHuVhpBw87cmauvkvJAsVb4ECAwEAARYIaGVsbG8xMjMwDQYJKoZIhvcNAQELBQADgYEAlTOuOV9Cwq3LdAcLUaJqB8Ri2v/U4l628HlKQyBmFzfYZNWGba3d5nSxC9Ts8lb3EoMG/m5c9JOUwrEsbwN9ImgL/qr0h+elHPoJ9JiMbqZbEkgzydBr/NRCADGEdk9eui5g2qJNv4vOY3Uje1erAqamfCQQdMgMnYqQw0t28Ak=';
show('challenge', () => crypto.Certificate.exportChallenge(spkac).toString());
show('challenge buffer', () => crypto.Certificate.exportChallenge(Buffer.from(spkac)).toString());
show('public key', () => crypto.Certificate.exportPublicKey(spkac).toString());
show('public key usable', () => crypto.createPublicKey(crypto.Certificate.exportPublicKey(spkac)).asymmetricKeyDetails.modulusLength);

show('garbage', () => [crypto.Certificate.exportChallenge('garbage').length, crypto.Certificate.exportPublicKey('garbage').length]);
show('bad type', () => crypto.Certificate.exportChallenge(5));
show('instance', () => { const c = crypto.Certificate(); return [c instanceof crypto.Certificate, new crypto.Certificate().exportChallenge(spkac).toString(), Object.getOwnPropertyNames(crypto.Certificate), Object.getOwnPropertyNames(crypto.Certificate.prototype)]; });
