// config: date=2026-11-23 flags=nodejs_compat
// X509Certificate of a fixed CA (EC) and leaf (RSA, SANs, AIA, EKU): every property, checkHost/checkEmail/checkIP with options, checkIssued, verify, toString/toJSON, toLegacyObject, the argument checks and parse failures.
const K = {
  ca: "-----BEGIN CERTIFICATE-----\nMIIBqTCCAU+gAwIBAgICEjQwCgYIKoZIzj0EAwIwMzELMAkGA1UEBhMCVVMxEDAO\nBgNVBAoMB1Rlc3QgQ0ExEjAQBgNVBAMMCVRlc3QgUm9vdDAeFw0yNjEyMDcwMTI2\nMTJaFw0zNjEyMDQwMTI2MTJaMDMxCzAJBgNVBAYTAlVTMRAwDgYDVQQKDAdUZXN0\nIENBMRIwEAYDVQQDDAlUZXN0IFJvb3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC\nAAQGUygHQC83wKjxg6deMJ+YJ6fL3P1srGJ1XTvqOYYIEOr90OXTtq/U7tgSIJMA\n0efZQqrJZMm718muwhwZEaVMo1MwUTAdBgNVHQ4EFgQUVvJGSy3r8QQZ3ZUMCXhK\nA5iPMnYwHwYDVR0jBBgwFoAUVvJGSy3r8QQZ3ZUMCXhKA5iPMnYwDwYDVR0TAQH/\nBAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBr08XGghn9EiJJstwGGj72CIVdXLed\nuMgrIBD1sSJJngIhAKZghmnYkarCZx05h32zElqJ6MXN1Wldf+5H/Vr3gaME\n-----END CERTIFICATE-----\n",
  leaf: "-----BEGIN CERTIFICATE-----\nMIICqjCCAlCgAwIBAgIEAKvN7zAKBggqhkjOPQQDAjAzMQswCQYDVQQGEwJVUzEQ\nMA4GA1UECgwHVGVzdCBDQTESMBAGA1UEAwwJVGVzdCBSb290MB4XDTI2MTIwNzAx\nMjYxMloXDTM1MDIyMzAxMjYxMlowXTELMAkGA1UEBhMCVVMxCzAJBgNVBAgMAkNB\nMQswCQYDVQQHDAJTRjEQMA4GA1UECgwHRXhhbXBsZTEMMAoGA1UECwwDV2ViMRQw\nEgYDVQQDDAtleGFtcGxlLmNvbTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEA\n6JhFXlL1q0KYorCEbBERJRPjZzoATubOAsbV1NEFYkWtj5M2fi+uL9vykzxTSDPG\nbzQHMNFWI8lmb4wkUurYnuTZS34RxSusVtI1VAz6e+ysF4GC0jFUpWn3iVMN/PKP\nhjLdb1coROGqMUJI/b2UsRlJKQxZGopx8e1+80GEabECAwEAAaOB4DCB3TA6BgNV\nHREEMzAxggtleGFtcGxlLmNvbYINKi5leGFtcGxlLm9yZ4cECgAAAYENYUBleGFt\ncGxlLmNvbTALBgNVHQ8EBAMCB4AwHQYDVR0lBBYwFAYIKwYBBQUHAwEGCCsGAQUF\nBwMCMDMGCCsGAQUFBwEBBCcwJTAjBggrBgEFBQcwAYYXaHR0cDovL29jc3AuZXhh\nbXBsZS5jb20wHQYDVR0OBBYEFKThYdptRks59cymEMO4nomvkOH8MB8GA1UdIwQY\nMBaAFFbyRkst6/EEGd2VDAl4SgOYjzJ2MAoGCCqGSM49BAMCA0gAMEUCICF3mn5S\nOx1epu/78BOUeGwuqDnsjgO6Wk1G9smwSUmQAiEApXXmCa7cSkPJPCMFuMa8XryE\nDdFUPYjGNyJpVkREY/E=\n-----END CERTIFICATE-----\n",
  leafkey: "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAOiYRV5S9atCmKKw\nhGwRESUT42c6AE7mzgLG1dTRBWJFrY+TNn4vri/b8pM8U0gzxm80BzDRViPJZm+M\nJFLq2J7k2Ut+EcUrrFbSNVQM+nvsrBeBgtIxVKVp94lTDfzyj4Yy3W9XKEThqjFC\nSP29lLEZSSkMWRqKcfHtfvNBhGmxAgMBAAECgYEA4ea6QNEr/yiQHDp6cobk8vDt\nBN3lXLx3y2SYW7iilP59ghuFamserybc4zlM3axDhs+uSDCYi+tYjPA8ezfSKC6r\nGw8DYEtKOq9vYvBhlyfyrSU0j2vILLY8SsyW6kej1F5B4W74XV+ULG49lRO0H6BW\nVQBj3Pn25E/0L7sV1AECQQD3cPKGN1CpqZYoq4vj057Y4odheo6U7361pqD3MjKQ\nqMZNzUlvMRrVSCmDFFvJxt3Xn+tsBmh+1YOzju+7qPlxAkEA8KPcdOvu5Yb/cisA\n6Dk/7BJKjNnSAYxgBv2pXBjU+l1EkeaM66No//gTkdigKVTCfLksnE9HhnIGtuev\nhARUQQJAORksLcKH7469osbrMfh8WEn1uY3BZybY02wPCtvfhTgdAokTn//x1DOh\nuKizAZ3NRVuWxMe5x0LX8FBUi7ZTUQJBAMEIAMD9vS37g4+2dUzTF7ar2Ydw9yfs\nzd7tvdw1wypuhKGw2hvvgjvKaRBWP+vHpRddhy5/3fU4JLC12zJAMsECQCJvy8RB\niRDeOkwWBtsUSyKrtm9vshvX2UtsGhmQs2hq8YGVwH86dx42F7OQA/VOk1Dd+VZo\nG3gIjS2eCshomeE=\n-----END PRIVATE KEY-----\n",
  cakey: "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgM7DCh8//X5uHUScC\nSw9DCpZoIAzVoKFAE26s7nzlaJShRANCAAQGUygHQC83wKjxg6deMJ+YJ6fL3P1s\nrGJ1XTvqOYYIEOr90OXTtq/U7tgSIJMA0efZQqrJZMm718muwhwZEaVM\n-----END PRIVATE KEY-----\n",
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
const leaf = new crypto.X509Certificate(K.leaf), ca = new crypto.X509Certificate(Buffer.from(K.ca));
for (const [name, x] of [['leaf', leaf], ['ca', ca]]) {
  for (const p of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca', 'issuerCertificate']) show(name + ' ' + p, () => x[p]);
  show(name + ' raw', () => [Buffer.isBuffer(x.raw), x.raw.length, x.raw === x.raw]);
  show(name + ' publicKey', () => [x.publicKey.type, x.publicKey.asymmetricKeyType, x.publicKey.asymmetricKeyDetails]);
  show(name + ' toString', () => [x.toString() === (name === 'leaf' ? K.leaf : K.ca), x.toJSON() === x.toString(), JSON.stringify({ x }).length > 100]);
}
show('proto', () => Object.getOwnPropertyNames(crypto.X509Certificate.prototype));
show('tag', () => Object.prototype.toString.call(leaf));
show('checkHost', () => [leaf.checkHost('example.com'), leaf.checkHost('EXAMPLE.com'), leaf.checkHost('www.example.org'), leaf.checkHost('a.b.example.org'), leaf.checkHost('example.org'), leaf.checkHost('other.com')]);
show('checkHost no wildcards', () => leaf.checkHost('www.example.org', { wildcards: false }));
show('checkHost subject default', () => ca.checkHost('Test Root'));
show('checkHost subject never', () => leaf.checkHost('example.com', { subject: 'never' }));
show('checkHost subject always', () => leaf.checkHost('example.com', { subject: 'always' }));
show('checkHost subject bad', () => leaf.checkHost('example.com', { subject: 'sometimes' }));
show('checkHost options bad', () => leaf.checkHost('example.com', 5));
show('checkHost wildcards bad', () => leaf.checkHost('example.com', { wildcards: 'no' }));
show('checkHost name bad', () => leaf.checkHost(5));
show('checkEmail', () => [leaf.checkEmail('a@example.com'), leaf.checkEmail('A@EXAMPLE.COM'), leaf.checkEmail('b@example.com'), ca.checkEmail('a@example.com')]);
show('checkEmail bad', () => leaf.checkEmail(null));
show('checkIP', () => [leaf.checkIP('10.0.0.1'), leaf.checkIP('10.0.0.2'), leaf.checkIP('::1'), ca.checkIP('10.0.0.1')]);
show('checkIP invalid', () => leaf.checkIP('not an ip'));
show('checkIP bad', () => leaf.checkIP(5));
show('checkIssued', () => [leaf.checkIssued(ca), ca.checkIssued(ca), ca.checkIssued(leaf), leaf.checkIssued(leaf)]);
show('checkIssued bad', () => leaf.checkIssued({}));
show('verify', () => [leaf.verify(ca.publicKey), ca.verify(ca.publicKey), leaf.verify(leaf.publicKey), leaf.verify(crypto.createPublicKey(K.rsa1))]);
show('verify private', () => leaf.verify(crypto.createPrivateKey(K.leafkey)));
show('verify bad', () => leaf.verify({}));
show('checkPrivateKey bad', () => leaf.checkPrivateKey(crypto.createPublicKey(K.leafkey)));
show('checkPrivateKey pem', () => leaf.checkPrivateKey(K.leafkey));
const legacy = leaf.toLegacyObject();
show('legacy keys', () => Object.keys(legacy));
show('legacy', () => { const o = { ...legacy }; o.raw = o.raw.length; o.pubkey = o.pubkey.toString('hex'); return o; });
show('legacy cached', () => leaf.toLegacyObject() === legacy);
show('legacy ca', () => { const o = { ...ca.toLegacyObject() }; o.raw = o.raw.length; o.pubkey = o.pubkey.toString('hex'); return o; });
show('garbage', () => new crypto.X509Certificate('garbage'));
show('number', () => new crypto.X509Certificate(5));
show('key pem', () => new crypto.X509Certificate(K.leafkey));
show('der', () => new crypto.X509Certificate(leaf.raw).fingerprint256 === leaf.fingerprint256);
show('Uint8Array', () => new crypto.X509Certificate(new Uint8Array(ca.raw)).subject);
show('ArrayBuffer', () => new crypto.X509Certificate(new Uint8Array(ca.raw).buffer));
