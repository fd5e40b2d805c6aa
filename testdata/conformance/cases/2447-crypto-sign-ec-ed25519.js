// config: date=2026-11-23 flags=nodejs_compat
// ECDSA signatures (random: verified, not printed) in DER and IEEE P1363 encodings, one-shot and with Sign/Verify; Ed25519 signatures (deterministic) one-shot only; the digests and key types each refuses.
const K = {
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
  ecpub: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMj290QIFUKuuocEIWKuSXZsDqY2E\nYFncbGk4c7yrxCBT9xBexADbhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END PUBLIC KEY-----\n",
  ed: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGFm3a39Bxb6elYFJfTl6QBtGtWsIijA8Z+ktOl/3v7G\n-----END PRIVATE KEY-----\n",
  edpub: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAue4ifLtzllzfTUJYry38DD5TdcHy46+vyt7nWvKYmjY=\n-----END PUBLIC KEY-----\n",
  x: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIMj1Rrt+f2slg9JXfJ2n6+7EDyZp8FgzfWD3Q73qnyxV\n-----END PRIVATE KEY-----\n",
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
const data = Buffer.from('message to sign');
const ec = crypto.createPrivateKey(K.ec), ecpub = crypto.createPublicKey(K.ecpub);
for (const alg of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  show('ecdsa ' + alg, () => { const s = crypto.sign(alg, data, ec); return [s[0], s.length >= 8 && s.length <= 72, crypto.verify(alg, data, ecpub, s), crypto.verify(alg, Buffer.from('other'), ecpub, s)]; });
}
show('ecdsa md5', () => crypto.sign('md5', data, ec));
show('ecdsa sha512-256', () => crypto.sign('sha512-256', data, ec));
show('ecdsa null', () => crypto.sign(null, data, ec));
show('p1363', () => { const s = crypto.sign('sha256', data, { key: K.ec, dsaEncoding: 'ieee-p1363' }); return [s.length, crypto.verify('sha256', data, { key: K.ecpub, dsaEncoding: 'ieee-p1363' }, s), crypto.verify('sha256', data, K.ecpub, s)]; });
show('der explicit', () => { const s = crypto.sign('sha256', data, { key: K.ec, dsaEncoding: 'der' }); return [s[0], crypto.verify('sha256', data, { key: K.ecpub, dsaEncoding: 'der' }, s)]; });
show('bad encoding', () => crypto.sign('sha256', data, { key: K.ec, dsaEncoding: 'raw' }));
show('bad encoding verify', () => crypto.verify('sha256', data, { key: K.ecpub, dsaEncoding: 5 }, Buffer.alloc(64)));
show('p1363 wrong length', () => crypto.verify('sha256', data, { key: K.ecpub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(63)));
show('der garbage', () => crypto.verify('sha256', data, ecpub, Buffer.from('3006020101020101', 'hex')));
show('stream', () => { const s = crypto.createSign('sha384').update(data).sign(ec); return crypto.createVerify('sha384').update(data).verify(ecpub, s); });
show('stream p1363', () => { const s = crypto.createSign('sha256').update(data).sign({ key: K.ec, dsaEncoding: 'ieee-p1363' }); return [s.length, crypto.createVerify('sha256').update(data).verify({ key: K.ecpub, dsaEncoding: 'ieee-p1363' }, s)]; });
show('stream hex', () => { const s = crypto.createSign('sha256').update(data).sign(K.ec, 'hex'); return crypto.createVerify('sha256').update(data).verify(K.ecpub, s, 'hex'); });
show('stream md5', () => crypto.createSign('md5').update(data).sign(ec));
show('verify with private', () => crypto.verify('sha256', data, ec, crypto.sign('sha256', data, ec)));
for (const curve of ['P-256', 'P-384', 'P-521']) {
  show('generated ' + curve, () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve }); return [crypto.sign('sha256', data, { key: privateKey.export({ type: 'pkcs8', format: 'pem' }), dsaEncoding: 'ieee-p1363' }).length, crypto.verify('sha256', data, publicKey, crypto.sign('sha256', data, privateKey))]; });
}
const ed = crypto.createPrivateKey(K.ed), edpub = crypto.createPublicKey(K.edpub);
const sig = crypto.sign(null, data, ed);
show('ed25519', () => sig.toString('hex'));
show('ed25519 undefined alg', () => crypto.sign(undefined, data, K.ed).equals(sig));
show('ed25519 verify', () => [crypto.verify(null, data, edpub, sig), crypto.verify(null, data, K.edpub, sig), crypto.verify(null, Buffer.from('x'), edpub, sig), crypto.verify(null, data, edpub, sig.subarray(1))]);
show('ed25519 sha256', () => crypto.sign('sha256', data, ed));
show('ed25519 verify sha256', () => crypto.verify('sha256', data, edpub, sig));
show('ed25519 stream', () => crypto.createSign('sha256').update(data).sign(ed));
show('ed25519 stream verify', () => crypto.createVerify('sha256').update(data).verify(edpub, sig));
show('ed25519 empty', () => crypto.sign(null, Buffer.alloc(0), ed).toString('hex'));
show('x25519 sign', () => crypto.sign(null, data, crypto.createPrivateKey(K.x)));
show('x25519 sign sha256', () => crypto.sign('sha256', data, crypto.createPrivateKey(K.x)));
show('generated ed25519', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519'); return crypto.verify(null, data, publicKey, crypto.sign(null, data, privateKey)); });
