// config: date=2026-11-23 flags=nodejs_compat
// EC (P-256, SEC 1 and PKCS #8), Ed25519 and X25519 key objects: details, export in every format (JWK member order), the encodings each refuses, round trips, generated keys of every curve.
const K = {
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
  ecpub: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMj290QIFUKuuocEIWKuSXZsDqY2E\nYFncbGk4c7yrxCBT9xBexADbhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END PUBLIC KEY-----\n",
  ed: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGFm3a39Bxb6elYFJfTl6QBtGtWsIijA8Z+ktOl/3v7G\n-----END PRIVATE KEY-----\n",
  edpub: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAue4ifLtzllzfTUJYry38DD5TdcHy46+vyt7nWvKYmjY=\n-----END PUBLIC KEY-----\n",
  x: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIMj1Rrt+f2slg9JXfJ2n6+7EDyZp8FgzfWD3Q73qnyxV\n-----END PRIVATE KEY-----\n",
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
const pairs = [['ec', K.ec, K.ecpub], ['ed25519', K.ed, K.edpub], ['x25519', K.x, K.xpub]];
for (const [name, privPem, pubPem] of pairs) {
  const k = crypto.createPrivateKey(privPem), p = crypto.createPublicKey(pubPem);
  show(name + ' types', () => [k.type, k.asymmetricKeyType, k.asymmetricKeyDetails, p.asymmetricKeyType]);
  show(name + ' pkcs8', () => k.export({ type: 'pkcs8', format: 'pem' }));
  show(name + ' pkcs8 der', () => k.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
  show(name + ' sec1', () => k.export({ type: 'sec1', format: 'pem' }));
  show(name + ' pkcs1', () => k.export({ type: 'pkcs1', format: 'pem' }));
  show(name + ' jwk', () => k.export({ format: 'jwk' }));
  show(name + ' spki', () => p.export({ type: 'spki', format: 'pem' }) === pubPem);
  show(name + ' spki der', () => p.export({ type: 'spki', format: 'der' }).toString('base64'));
  show(name + ' pub pkcs1', () => p.export({ type: 'pkcs1', format: 'pem' }));
  show(name + ' pub sec1', () => p.export({ type: 'sec1', format: 'pem' }));
  show(name + ' pub jwk', () => p.export({ format: 'jwk' }));
  show(name + ' derived', () => crypto.createPublicKey(k).equals(p));
  show(name + ' jwk round trip', () => [crypto.createPrivateKey({ key: k.export({ format: 'jwk' }), format: 'jwk' }).equals(k), crypto.createPublicKey({ key: p.export({ format: 'jwk' }), format: 'jwk' }).equals(p)]);
  show(name + ' der round trip', () => crypto.createPrivateKey({ key: k.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(k));
}
show('sec1 der', () => crypto.createPrivateKey({ key: crypto.createPrivateKey(K.ec).export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).asymmetricKeyDetails);
show('sec1 pem is K.ec', () => crypto.createPrivateKey(K.ec).export({ type: 'sec1', format: 'pem' }) === K.ec);
for (const curve of ['prime256v1', 'P-256', 'secp384r1', 'P-384', 'secp521r1', 'P-521', 'secp256k1', 'nope']) {
  show('generate ' + curve, () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve }); return [publicKey.asymmetricKeyDetails, privateKey.export({ format: 'jwk' }).crv, privateKey.export({ format: 'jwk' }).d.length]; });
}
show('jwk crv missing', () => crypto.createPrivateKey({ key: { kty: 'EC' }, format: 'jwk' }));
show('jwk bad kty', () => crypto.createPublicKey({ key: { kty: 'nope' }, format: 'jwk' }));
show('jwk oct', () => crypto.createPrivateKey({ key: { kty: 'oct', k: 'AAAA' }, format: 'jwk' }));
show('jwk rsa missing d', () => crypto.createPrivateKey({ key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, format: 'jwk' }));
show('jwk rsa missing e', () => crypto.createPublicKey({ key: { kty: 'RSA', n: 'AQAB' }, format: 'jwk' }));
show('jwk ec missing x', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256' }, format: 'jwk' }));
show('jwk ec bad point', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, format: 'jwk' }));
show('jwk ec P-224 short', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-224', x: 'AA', y: 'AA' }, format: 'jwk' }));
show('jwk ed448', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed448', x: 'AA' }, format: 'jwk' }));
show('jwk ed25519 short', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' }, format: 'jwk' }));
show('P-224 jwk', () => { const j = crypto.generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey.export({ format: 'jwk' }); return [j.crv, j.x.length, j.d.length]; });
