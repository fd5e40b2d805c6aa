// config: date=2026-11-23 flags=nodejs_compat
// createPrivateKey/createPublicKey argument checks and parse failures, encrypted keys (PKCS #8 PBES2 and PEM's legacy encryption) with right, wrong and missing passphrases, export's option checks and encrypted exports read back.
const K = {
  ec: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBqXwS51Dgaug3+KOLqiM29EE55XZBUElS/7wRd2F6snoAoGCCqGSM49\nAwEHoUQDQgAEMj290QIFUKuuocEIWKuSXZsDqY2EYFncbGk4c7yrxCBT9xBexADb\nhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END EC PRIVATE KEY-----\n",
  ecpub: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMj290QIFUKuuocEIWKuSXZsDqY2E\nYFncbGk4c7yrxCBT9xBexADbhpIxv4QkBQuGS2kIHKFIAUggIo5KyavTeQ==\n-----END PUBLIC KEY-----\n",
  ecenc: "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAj91pPCL3qDmwICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEELCSFUsuTHrXLC/SZVVpKcoEgZDe\nC8WZWjgZJBYc4RXljNJINEPW2w5CW5v6BMfiJQpcOvD5Ph6DgFStgO9glApzbWPG\nShC5hHcgPlVKBBo7StelwPxwWTMbC33l7autcfkMmzSfo+8F7YOYpHCVs3dH4N74\np3Zv4FRE1+qx6AtmRBhAVOlZVmaN7pPOZrS4wSdOGZlz3M5D5unCFFcysg5HP2c=\n-----END ENCRYPTED PRIVATE KEY-----\n",
  ectrad_enc: "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,BA5030A48B737B908A0D736BCC559D53\n\nJ7Z9RjfzE4GaCGTBPS4+urxsCHnD1VtRHQWUfYySA9LH0CkosJbIqxqXmkSYjiGa\nw4cMVQAAoOro+Vu2CbM4k3pThV3N+RZHL+CkbRoVM3pPESt5Yh0BGiai61R+QW5w\ngBJAb/LTsdYoe8aTGuECSIdkJou9eHxNfknGWkCQPEw=\n-----END EC PRIVATE KEY-----\n",
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
const k = crypto.createPrivateKey(K.ec);
show('garbage', () => crypto.createPrivateKey('garbage'));
show('garbage pub', () => crypto.createPublicKey('garbage'));
show('public as private', () => crypto.createPrivateKey(K.ecpub));
show('null', () => crypto.createPrivateKey(null));
show('undefined', () => crypto.createPublicKey());
show('number', () => crypto.createPrivateKey(5));
show('key object', () => crypto.createPrivateKey(k));
show('options key object', () => crypto.createPrivateKey({ key: k }));
show('options key number', () => crypto.createPrivateKey({ key: 5 }));
show('format', () => crypto.createPrivateKey({ key: K.ec, format: 'xml' }));
show('type', () => crypto.createPrivateKey({ key: K.ec, type: 'spki' }));
show('public type', () => crypto.createPublicKey({ key: K.ecpub, type: 'sec1' }));
show('pub of pub', () => crypto.createPublicKey(crypto.createPublicKey(K.ecpub)));
show('pub of secret', () => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(4))));
show('encrypted no pass', () => crypto.createPrivateKey(K.ecenc));
show('encrypted pass', () => crypto.createPrivateKey({ key: K.ecenc, passphrase: 'pw' }).equals(k));
show('encrypted buffer pass', () => crypto.createPrivateKey({ key: K.ecenc, passphrase: Buffer.from('pw') }).equals(k));
show('encrypted wrong pass', () => crypto.createPrivateKey({ key: K.ecenc, passphrase: 'px' }));
show('legacy pass', () => crypto.createPrivateKey({ key: K.ectrad_enc, passphrase: 'pw' }).equals(k));
show('legacy no pass', () => crypto.createPrivateKey(K.ectrad_enc));
show('legacy wrong pass', () => crypto.createPrivateKey({ key: K.ectrad_enc, passphrase: 'nope' }));
show('pub of encrypted', () => crypto.createPublicKey(K.ecenc));
show('no type', () => k.export());
show('no type pem', () => k.export({ format: 'pem' }));
show('bad format', () => k.export({ type: 'pkcs8', format: 'xml' }));
show('bad type', () => k.export({ type: 'xml', format: 'pem' }));
show('type number', () => k.export({ type: 1, format: 'pem' }));
show('cipher number', () => k.export({ type: 'pkcs8', format: 'pem', cipher: 1 }));
show('cipher no pass', () => k.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' }));
show('cipher pass number', () => k.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 5 }));
for (const cipher of ['aes-128-cbc', 'aes-256-cbc', 'des-ede3-cbc']) {
  show('pkcs8 ' + cipher, () => { const pem = k.export({ type: 'pkcs8', format: 'pem', cipher, passphrase: 'secret' }); return [pem.split('\n')[0], crypto.createPrivateKey({ key: pem, passphrase: 'secret' }).equals(k)]; });
  show('sec1 ' + cipher, () => { const pem = k.export({ type: 'sec1', format: 'pem', cipher, passphrase: 'secret' }); return [pem.split('\n').slice(0, 2), pem.split('\n')[2].replace(/,.*/, ''), crypto.createPrivateKey({ key: pem, passphrase: 'secret' }).equals(k)]; });
}
show('pkcs8 der encrypted', () => { const der = k.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'secret' }); return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'secret' }).equals(k); });
show('pkcs1 encrypted', () => { const r = crypto.createPrivateKey(K.rsa1); const pem = r.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-192-cbc', passphrase: 'secret' }); return [pem.split('\n')[1], crypto.createPrivateKey({ key: pem, passphrase: 'secret' }).equals(r)]; });
show('public cipher ignored', () => crypto.createPublicKey(K.ecpub).export({ type: 'spki', format: 'pem', cipher: 'aes-128-cbc' }).split('\n')[0]);
