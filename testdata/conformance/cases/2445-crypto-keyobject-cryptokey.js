// config: date=2026-11-23 flags=nodejs_compat
// KeyObject.from(CryptoKey) for secret, EC, Ed25519 and RSA keys (non-extractable ones refuse export), toCryptoKey's algorithms, usages and checks, sign/verify and createHmac with a CryptoKey, hkdf with a KeyObject.
const K = {
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
  ecpub: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMj290QIFUKuuocEIWKuSXZsDqY2E\nYFncbGk4c7yrxCBT9xBexADbhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END PUBLIC KEY-----\n",
  ed: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGFm3a39Bxb6elYFJfTl6QBtGtWsIijA8Z+ktOl/3v7G\n-----END PRIVATE KEY-----\n",
  rsa1: "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQCr4n55BdeS4uKQjc1vlveZ2widWeUQCrx+NAM3PDUmlkbnJ3ao\nOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6RrzjUbLMAmdp8eXIK7QIoCZCW\n7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGkHDztyZq6+S8kCxVvgQIDAQAB\nAoGASmClB6uOgCIrlg+2cO4r0Gjmjmhi5ZEvxZCuP42PFlZ68fWys9JhS9b0Ls0t\nekrZZArVNsjwTbEHg6rXlNI87RfkaXHHX0azg/fxb5PC8aj7VemmJQ7Rzu4+1yIi\ntqmPhfwm+AXbuVG9lu/QnmX55s2nH0KlYb0+3IM+MtQeKFECQQDfxBc93OxKNkrL\nbe1pgM0lOkmkVsy84ACs3xuO80PuhRj4DQ3jA/1cA0g4u8CUpAK+Aks91RSacmq+\n0G/3NOeFAkEAxKUoYCVdTAglYJsERxD1dK+osXffN8+EgPqE6QsoUV3ocQz2qIJb\nPgykiqoc8BIK2AQHlOj8oMbAIJBjVhUCzQJAVOePtg50rfgJy0Srt8OCk6SZOr0g\ntG3+c5m4WDZfyUpBXiV95mymHtqz9arv+LZ+v+AY8p4+Uhgl/r8SLOerDQJAX12V\nWiNkvqXIsrQa+/gOgdtanU58E43xPbfA02AU2nkHbCQUTx6A73OkLJdZV1f4qFAz\n+RSQx8v7iw9bDXk9FQJBAN3lowF34IOL7gNfO3pOO5mggoOC/nsGliilOYTLIcpa\nPliIXefAOz1dt394Xj2+suSgY7QIBKDDT7fkYTOWE1w=\n-----END RSA PRIVATE KEY-----\n",
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
const raw = await crypto.subtle.importKey('raw', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]), 'AES-GCM', true, ['encrypt']);
const s = crypto.KeyObject.from(raw);
show('secret', () => [s.type, s.symmetricKeySize, s.export().toString('hex'), s.equals(crypto.createSecretKey(Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex')))]);
const hidden = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 128 }, false, ['sign']);
const h = crypto.KeyObject.from(hidden);
show('non-extractable', () => [h.type, h.symmetricKeySize]);
show('non-extractable export', () => h.export());
show('non-extractable jwk', () => h.export({ format: 'jwk' }));
const der = crypto.createPublicKey(K.ecpub).export({ type: 'spki', format: 'der' });
const ecPub = await crypto.subtle.importKey('spki', der, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
const p = crypto.KeyObject.from(ecPub);
show('ec public', () => [p.type, p.asymmetricKeyType, p.asymmetricKeyDetails.namedCurve, p.export({ type: 'spki', format: 'der' }).equals(der)]);
const edPriv = await crypto.subtle.importKey('pkcs8', crypto.createPrivateKey(K.ed).export({ type: 'pkcs8', format: 'der' }), 'Ed25519', true, ['sign']);
show('ed private', () => { const o = crypto.KeyObject.from(edPriv); return [o.type, o.asymmetricKeyType, o.equals(crypto.createPrivateKey(K.ed))]; });
const rsaPriv = await crypto.subtle.importKey('pkcs8', crypto.createPrivateKey(K.rsa1).export({ type: 'pkcs8', format: 'der' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
show('rsa non-extractable', () => { const o = crypto.KeyObject.from(rsaPriv); return [o.type, o.asymmetricKeyType, o.asymmetricKeyDetails]; });
show('rsa sign with CryptoKey', () => crypto.sign('sha256', Buffer.from('hello'), rsaPriv).toString('base64'));
show('rsa sign with KeyObject.from', () => crypto.sign('sha256', Buffer.from('hello'), crypto.KeyObject.from(rsaPriv)).toString('base64'));
show('verify with CryptoKey', () => crypto.verify('sha256', Buffer.from('x'), ecPub, crypto.sign('sha256', Buffer.from('x'), K.ec)));
show('hmac with CryptoKey', () => crypto.createHmac('sha256', hidden).update('x').digest('hex').length);
show('hmac with KeyObject', () => crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('key'))).update('data').digest('hex'));
show('hmac with public key', () => crypto.createHmac('sha256', p));
show('public of CryptoKey private', () => crypto.createPublicKey(edPriv).asymmetricKeyType);
show('public of CryptoKey public', () => crypto.createPublicKey(ecPub));
const k = crypto.createPrivateKey(K.ec);
show('toCryptoKey', () => { const c = k.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']); return [c.type, c.algorithm, c.usages, c.extractable, c instanceof CryptoKey]; });
show('toCryptoKey ECDH', () => { const c = k.toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']); return [c.type, c.algorithm, c.usages, c.extractable]; });
show('toCryptoKey string', () => k.toCryptoKey('ECDSA', true, ['sign']));
show('toCryptoKey no usages', () => k.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true));
show('toCryptoKey null usages', () => k.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, null));
show('toCryptoKey bad usage', () => k.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']));
show('toCryptoKey set usages', () => k.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, new Set(['sign'])).usages);
show('secret toCryptoKey', () => { const c = crypto.createSecretKey(Buffer.alloc(16)).toCryptoKey('AES-GCM', true, ['encrypt', 'decrypt']); return [c.type, c.algorithm, c.usages]; });
show('secret toCryptoKey HMAC', () => { const c = crypto.createSecretKey(Buffer.alloc(16)).toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']); return [c.algorithm, c.extractable]; });
show('secret toCryptoKey HMAC no hash', () => crypto.createSecretKey(Buffer.alloc(16)).toCryptoKey('HMAC', true, ['sign']));
show('ed toCryptoKey', () => { const c = crypto.createPrivateKey(K.ed).toCryptoKey('Ed25519', false, ['sign']); return [c.algorithm, c.usages]; });
show('rsa toCryptoKey', () => { const c = crypto.createPublicKey(K.rsa1).toCryptoKey({ name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']); return [c.type, c.algorithm.name, c.algorithm.modulusLength, c.algorithm.hash]; });
show('hkdf with KeyObject', () => Buffer.from(crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('key')), 'salt', 'info', 16)).toString('hex'));
show('hkdf with public KeyObject', () => crypto.hkdfSync('sha256', crypto.createPublicKey(K.ecpub), 'salt', 'info', 16));
show('pbkdf2 with KeyObject', () => crypto.pbkdf2Sync(crypto.createSecretKey(Buffer.from('key')), 'salt', 1, 8, 'sha256'));
