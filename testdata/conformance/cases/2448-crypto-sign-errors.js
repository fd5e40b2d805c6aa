// config: date=2026-11-23 flags=nodejs_compat
// sign/verify/createSign/createVerify argument checks: algorithm and data types, missing keys, secret and public keys for signing, unknown digests, Sign objects finalized, updates of the wrong type.
const K = {
  rsa1: "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQCr4n55BdeS4uKQjc1vlveZ2widWeUQCrx+NAM3PDUmlkbnJ3ao\nOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6RrzjUbLMAmdp8eXIK7QIoCZCW\n7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGkHDztyZq6+S8kCxVvgQIDAQAB\nAoGASmClB6uOgCIrlg+2cO4r0Gjmjmhi5ZEvxZCuP42PFlZ68fWys9JhS9b0Ls0t\nekrZZArVNsjwTbEHg6rXlNI87RfkaXHHX0azg/fxb5PC8aj7VemmJQ7Rzu4+1yIi\ntqmPhfwm+AXbuVG9lu/QnmX55s2nH0KlYb0+3IM+MtQeKFECQQDfxBc93OxKNkrL\nbe1pgM0lOkmkVsy84ACs3xuO80PuhRj4DQ3jA/1cA0g4u8CUpAK+Aks91RSacmq+\n0G/3NOeFAkEAxKUoYCVdTAglYJsERxD1dK+osXffN8+EgPqE6QsoUV3ocQz2qIJb\nPgykiqoc8BIK2AQHlOj8oMbAIJBjVhUCzQJAVOePtg50rfgJy0Srt8OCk6SZOr0g\ntG3+c5m4WDZfyUpBXiV95mymHtqz9arv+LZ+v+AY8p4+Uhgl/r8SLOerDQJAX12V\nWiNkvqXIsrQa+/gOgdtanU58E43xPbfA02AU2nkHbCQUTx6A73OkLJdZV1f4qFAz\n+RSQx8v7iw9bDXk9FQJBAN3lowF34IOL7gNfO3pOO5mggoOC/nsGliilOYTLIcpa\nPliIXefAOz1dt394Xj2+suSgY7QIBKDDT7fkYTOWE1w=\n-----END RSA PRIVATE KEY-----\n",
  rsa1pub: "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCr4n55BdeS4uKQjc1vlveZ2wid\nWeUQCrx+NAM3PDUmlkbnJ3aoOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6R\nrzjUbLMAmdp8eXIK7QIoCZCW7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGk\nHDztyZq6+S8kCxVvgQIDAQAB\n-----END PUBLIC KEY-----\n",
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
const data = Buffer.from('x');
show('sign no key', () => crypto.sign('sha256', data));
show('sign null key', () => crypto.sign('sha256', data, null));
show('sign empty string key', () => crypto.sign('sha256', data, ''));
show('sign string data', () => crypto.sign('sha256', 'x', K.rsa1));
show('sign ArrayBuffer data', () => crypto.sign('sha256', new ArrayBuffer(1), K.rsa1));
show('sign number alg', () => crypto.sign(5, data, K.rsa1));
show('sign unknown digest', () => crypto.sign('sha3-256', data, K.rsa1));
show('sign sha512-224', () => crypto.sign('sha512-224', data, K.rsa1));
show('sign public key', () => crypto.sign('sha256', data, crypto.createPublicKey(K.rsa1pub)));
show('sign public pem', () => crypto.sign('sha256', data, K.rsa1pub));
show('sign secret key', () => crypto.sign('sha256', data, crypto.createSecretKey(Buffer.alloc(8))));
show('sign bad pem', () => crypto.sign('sha256', data, 'nope'));
show('sign number key', () => crypto.sign('sha256', data, 5));
show('verify no sig', () => crypto.verify('sha256', data, K.rsa1pub));
show('verify string sig', () => crypto.verify('sha256', data, K.rsa1pub, 'abc'));
show('verify no key', () => crypto.verify('sha256', data, undefined, Buffer.alloc(1)));
show('verify secret', () => crypto.verify('sha256', data, crypto.createSecretKey(Buffer.alloc(8)), Buffer.alloc(1)));
show('verify bad pem', () => crypto.verify('sha256', data, 'nope', Buffer.alloc(1)));
show('createSign number', () => crypto.createSign(5));
show('createSign unknown', () => crypto.createSign('nope'));
show('createSign sha3', () => crypto.createSign('sha3-256'));
show('createVerify unknown', () => crypto.createVerify('nope'));
show('update number', () => crypto.createSign('sha256').update(5));
show('update ArrayBuffer', () => crypto.createSign('sha256').update(new ArrayBuffer(2)));
show('update null', () => crypto.createVerify('sha256').update(null));
show('sign() no key', () => crypto.createSign('sha256').update('x').sign());
show('sign() public', () => crypto.createSign('sha256').update('x').sign(crypto.createPublicKey(K.rsa1pub)));
show('verify() no key', () => crypto.createVerify('sha256').update('x').verify());
show('verify() no sig', () => crypto.createVerify('sha256').update('x').verify(K.rsa1pub));
show('stream bad padding', () => crypto.createSign('sha256').update('x').sign({ key: K.rsa1, padding: 3 }));
show('stream padding 99', () => crypto.createSign('sha256').update('x').sign({ key: K.rsa1, padding: 99 }));
show('stream salt too long', () => crypto.createSign('sha256').update('x').sign({ key: K.rsa1, padding: 6, saltLength: 200 }));
show('one-shot ignores padding', () => crypto.sign('sha256', data, { key: K.rsa1, padding: 99, saltLength: 500 }).equals(crypto.sign('sha256', data, K.rsa1)));
show('sha512-256 rsa', () => crypto.sign('sha512-256', data, K.rsa1).length);
show('sha512-256 rsa stream', () => crypto.createSign('sha512-256').update(data).sign(K.rsa1));
show('sha512-256 verify', () => crypto.verify('sha512-256', data, K.rsa1pub, Buffer.alloc(0)));
show('sign finalized', () => { const s = crypto.createSign('sha256'); s.sign(K.rsa1); return s.sign(K.rsa1); });
show('sign failed then again', () => { const s = crypto.createSign('sha256'); try { s.sign(crypto.createPublicKey(K.rsa1pub)); } catch {} return s.sign(K.rsa1).length; });
show('verify finalized', () => { const v = crypto.createVerify('sha256'); v.verify(K.rsa1pub, Buffer.alloc(1)); return v.update('x'); });
show('ec verify with rsa key', () => crypto.verify('sha256', data, K.rsa1pub, crypto.sign('sha256', data, K.ec)));
