// config: date=2026-11-23 flags=nodejs_compat
// publicEncrypt/privateDecrypt (PKCS #1 v1.5 by default, OAEP with hashes and labels, no padding) and privateEncrypt/publicDecrypt (deterministic): round trips, key forms, encodings, and the argument and native errors.
const K = {
  rsa1: "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQCr4n55BdeS4uKQjc1vlveZ2widWeUQCrx+NAM3PDUmlkbnJ3ao\nOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6RrzjUbLMAmdp8eXIK7QIoCZCW\n7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGkHDztyZq6+S8kCxVvgQIDAQAB\nAoGASmClB6uOgCIrlg+2cO4r0Gjmjmhi5ZEvxZCuP42PFlZ68fWys9JhS9b0Ls0t\nekrZZArVNsjwTbEHg6rXlNI87RfkaXHHX0azg/fxb5PC8aj7VemmJQ7Rzu4+1yIi\ntqmPhfwm+AXbuVG9lu/QnmX55s2nH0KlYb0+3IM+MtQeKFECQQDfxBc93OxKNkrL\nbe1pgM0lOkmkVsy84ACs3xuO80PuhRj4DQ3jA/1cA0g4u8CUpAK+Aks91RSacmq+\n0G/3NOeFAkEAxKUoYCVdTAglYJsERxD1dK+osXffN8+EgPqE6QsoUV3ocQz2qIJb\nPgykiqoc8BIK2AQHlOj8oMbAIJBjVhUCzQJAVOePtg50rfgJy0Srt8OCk6SZOr0g\ntG3+c5m4WDZfyUpBXiV95mymHtqz9arv+LZ+v+AY8p4+Uhgl/r8SLOerDQJAX12V\nWiNkvqXIsrQa+/gOgdtanU58E43xPbfA02AU2nkHbCQUTx6A73OkLJdZV1f4qFAz\n+RSQx8v7iw9bDXk9FQJBAN3lowF34IOL7gNfO3pOO5mggoOC/nsGliilOYTLIcpa\nPliIXefAOz1dt394Xj2+suSgY7QIBKDDT7fkYTOWE1w=\n-----END RSA PRIVATE KEY-----\n",
  rsa1pub: "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCr4n55BdeS4uKQjc1vlveZ2wid\nWeUQCrx+NAM3PDUmlkbnJ3aoOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6R\nrzjUbLMAmdp8eXIK7QIoCZCW7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGk\nHDztyZq6+S8kCxVvgQIDAQAB\n-----END PUBLIC KEY-----\n",
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
  ecpub: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMj290QIFUKuuocEIWKuSXZsDqY2E\nYFncbGk4c7yrxCBT9xBexADbhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END PUBLIC KEY-----\n",
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
const priv = crypto.createPrivateKey(K.rsa1), pub = crypto.createPublicKey(K.rsa1pub);
const msg = Buffer.from('secret message');
show('pkcs1', () => { const e = crypto.publicEncrypt(pub, msg); return [e.length, crypto.privateDecrypt(priv, e).toString()]; });
show('pem keys', () => crypto.privateDecrypt(K.rsa1, crypto.publicEncrypt(K.rsa1pub, msg)).toString());
show('private pem for public', () => crypto.privateDecrypt(K.rsa1, crypto.publicEncrypt(K.rsa1, msg)).toString());
show('options', () => crypto.privateDecrypt({ key: K.rsa1, padding: crypto.constants.RSA_PKCS1_PADDING }, crypto.publicEncrypt({ key: K.rsa1pub, padding: 1 }, msg)).toString());
for (const oaepHash of [undefined, 'sha1', 'sha256', 'sha512']) {
  show('oaep ' + oaepHash, () => { const e = crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepHash }, msg); return [crypto.privateDecrypt({ key: K.rsa1, padding: 4, oaepHash }, e).toString(), (() => { try { return crypto.privateDecrypt({ key: K.rsa1, padding: 4, oaepHash: oaepHash === 'sha1' ? 'sha256' : 'sha1' }, e); } catch (err) { return err.message; } })()]; });
}
show('oaep label', () => { const e = crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepLabel: Buffer.from('L') }, msg); return [crypto.privateDecrypt({ key: K.rsa1, padding: 4, oaepLabel: Buffer.from('L') }, e).toString(), (() => { try { return crypto.privateDecrypt({ key: K.rsa1, padding: 4 }, e); } catch (err) { return err.message; } })()]; });
show('oaep string label', () => { const e = crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepLabel: '4c', encoding: 'hex' }, msg); return crypto.privateDecrypt({ key: K.rsa1, padding: 4, oaepLabel: 'L' }, e).toString(); });
show('oaep bad label', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepLabel: 5 }, msg));
show('oaep bad hash', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepHash: 'nope' }, msg));
show('oaep hash number', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 4, oaepHash: 5 }, msg));
show('oaep too long', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 4 }, Buffer.alloc(100)));
show('mismatched padding', () => crypto.privateDecrypt({ key: K.rsa1, padding: 1 }, crypto.publicEncrypt({ key: K.rsa1pub, padding: 4 }, msg)));
show('no padding', () => { const block = Buffer.alloc(128, 0); block[127] = 42; const e = crypto.publicEncrypt({ key: K.rsa1pub, padding: 3 }, block); return [e.toString('hex'), crypto.privateDecrypt({ key: K.rsa1, padding: 3 }, e).equals(block)]; });
show('no padding short', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 3 }, msg));
show('bad padding', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 9 }, msg));
show('padding string', () => crypto.publicEncrypt({ key: K.rsa1pub, padding: 'x' }, msg));
show('private encrypt', () => crypto.privateEncrypt(priv, msg).toString('base64'));
show('private encrypt pem', () => crypto.privateEncrypt(K.rsa1, msg).equals(crypto.privateEncrypt(priv, msg)));
show('public decrypt', () => crypto.publicDecrypt(pub, crypto.privateEncrypt(priv, msg)).toString());
show('public decrypt with private pem', () => crypto.publicDecrypt(K.rsa1, crypto.privateEncrypt(priv, msg)).toString());
show('private encrypt no padding', () => { const block = Buffer.alloc(128, 1); block[0] = 0; return crypto.publicDecrypt({ key: K.rsa1pub, padding: 3 }, crypto.privateEncrypt({ key: K.rsa1, padding: 3 }, block)).equals(block); });
show('private encrypt oaep', () => crypto.privateEncrypt({ key: K.rsa1, padding: 4 }, msg));
show('private encrypt too long', () => crypto.privateEncrypt(priv, Buffer.alloc(120)));
show('public decrypt garbage', () => crypto.publicDecrypt(pub, Buffer.alloc(128, 7)));
show('private decrypt garbage', () => crypto.privateDecrypt(priv, Buffer.alloc(128, 7)));
show('private decrypt short', () => crypto.privateDecrypt(priv, Buffer.alloc(10)));
show('string data', () => crypto.privateDecrypt(K.rsa1, crypto.publicEncrypt(K.rsa1pub, 'text')).toString());
show('string data encoding', () => crypto.privateDecrypt(K.rsa1, crypto.publicEncrypt({ key: K.rsa1pub, encoding: 'hex' }, '414243')).toString());
show('ArrayBuffer data', () => crypto.privateDecrypt(K.rsa1, crypto.publicEncrypt(K.rsa1pub, new Uint8Array([65, 66]).buffer)).toString());
show('no key', () => crypto.publicEncrypt());
show('no buffer', () => crypto.publicEncrypt(pub));
show('no private key', () => crypto.privateDecrypt());
show('no private buffer', () => crypto.privateEncrypt(priv));
show('private key for publicEncrypt', () => crypto.publicEncrypt(priv, msg));
show('public key for privateDecrypt', () => crypto.privateDecrypt(pub, msg));
show('secret key', () => crypto.publicEncrypt(crypto.createSecretKey(Buffer.alloc(16)), msg));
show('ec key', () => crypto.publicEncrypt(K.ecpub, msg));
show('ec private', () => crypto.privateDecrypt(K.ec, Buffer.alloc(64)));
show('ec private encrypt', () => crypto.privateEncrypt(K.ec, msg));
show('ec public decrypt', () => crypto.publicDecrypt(K.ecpub, msg));
show('key object in options', () => crypto.privateDecrypt({ key: priv }, crypto.publicEncrypt({ key: pub }, msg)).toString());
show('wrong key object in options', () => crypto.publicEncrypt({ key: priv }, msg));
show('bad pem', () => crypto.publicEncrypt('nope', msg));
