// config: date=2026-11-23 flags=nodejs_compat
// RSA key objects from PKCS #1 and PKCS #8 PEM, SPKI and PKCS #1 public PEM, DER with and without type, JWK: type, details, export in every format, equals, createPublicKey of private keys, inspect.
const K = {
  rsa1: "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQCr4n55BdeS4uKQjc1vlveZ2widWeUQCrx+NAM3PDUmlkbnJ3ao\nOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6RrzjUbLMAmdp8eXIK7QIoCZCW\n7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGkHDztyZq6+S8kCxVvgQIDAQAB\nAoGASmClB6uOgCIrlg+2cO4r0Gjmjmhi5ZEvxZCuP42PFlZ68fWys9JhS9b0Ls0t\nekrZZArVNsjwTbEHg6rXlNI87RfkaXHHX0azg/fxb5PC8aj7VemmJQ7Rzu4+1yIi\ntqmPhfwm+AXbuVG9lu/QnmX55s2nH0KlYb0+3IM+MtQeKFECQQDfxBc93OxKNkrL\nbe1pgM0lOkmkVsy84ACs3xuO80PuhRj4DQ3jA/1cA0g4u8CUpAK+Aks91RSacmq+\n0G/3NOeFAkEAxKUoYCVdTAglYJsERxD1dK+osXffN8+EgPqE6QsoUV3ocQz2qIJb\nPgykiqoc8BIK2AQHlOj8oMbAIJBjVhUCzQJAVOePtg50rfgJy0Srt8OCk6SZOr0g\ntG3+c5m4WDZfyUpBXiV95mymHtqz9arv+LZ+v+AY8p4+Uhgl/r8SLOerDQJAX12V\nWiNkvqXIsrQa+/gOgdtanU58E43xPbfA02AU2nkHbCQUTx6A73OkLJdZV1f4qFAz\n+RSQx8v7iw9bDXk9FQJBAN3lowF34IOL7gNfO3pOO5mggoOC/nsGliilOYTLIcpa\nPliIXefAOz1dt394Xj2+suSgY7QIBKDDT7fkYTOWE1w=\n-----END RSA PRIVATE KEY-----\n",
  rsa8: "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAKvifnkF15Li4pCN\nzW+W95nbCJ1Z5RAKvH40Azc8NSaWRucndqg4l5E4sxPmJhuSXzChj4TH/x776+4T\nSw60G1Wg/pGvONRsswCZ2nx5cgrtAigJkJbua2rbRJoBTc40jORJQOh8t9D5O/lp\n9lZTHB7lYaQcPO3Jmrr5LyQLFW+BAgMBAAECgYBKYKUHq46AIiuWD7Zw7ivQaOaO\naGLlkS/FkK4/jY8WVnrx9bKz0mFL1vQuzS16StlkCtU2yPBNsQeDqteU0jztF+Rp\nccdfRrOD9/Fvk8LxqPtV6aYlDtHO7j7XIiK2qY+F/Cb4Bdu5Ub2W79CeZfnmzacf\nQqVhvT7cgz4y1B4oUQJBAN/EFz3c7Eo2Sstt7WmAzSU6SaRWzLzgAKzfG47zQ+6F\nGPgNDeMD/VwDSDi7wJSkAr4CSz3VFJpyar7Qb/c054UCQQDEpShgJV1MCCVgmwRH\nEPV0r6ixd983z4SA+oTpCyhRXehxDPaogls+DKSKqhzwEgrYBAeU6PygxsAgkGNW\nFQLNAkBU54+2DnSt+AnLRKu3w4KTpJk6vSC0bf5zmbhYNl/JSkFeJX3mbKYe2rP1\nqu/4tn6/4Bjynj5SGCX+vxIs56sNAkBfXZVaI2S+pciytBr7+A6B21qdTnwTjfE9\nt8DTYBTaeQdsJBRPHoDvc6Qsl1lXV/ioUDP5FJDHy/uLD1sNeT0VAkEA3eWjAXfg\ng4vuA187ek47maCCg4L+ewaWKKU5hMshylo+WIhd58A7PV23f3hePb6y5KBjtAgE\noMNPt+RhM5YTXA==\n-----END PRIVATE KEY-----\n",
  rsa1pub: "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCr4n55BdeS4uKQjc1vlveZ2wid\nWeUQCrx+NAM3PDUmlkbnJ3aoOJeROLMT5iYbkl8woY+Ex/8e++vuE0sOtBtVoP6R\nrzjUbLMAmdp8eXIK7QIoCZCW7mtq20SaAU3ONIzkSUDofLfQ+Tv5afZWUxwe5WGk\nHDztyZq6+S8kCxVvgQIDAQAB\n-----END PUBLIC KEY-----\n",
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
const a = crypto.createPrivateKey(K.rsa1), b = crypto.createPrivateKey(K.rsa8);
show('types', () => [a.type, a.asymmetricKeyType, a.asymmetricKeyDetails, Object.keys(a.asymmetricKeyDetails)]);
show('equal', () => [a.equals(b), b.equals(a)]);
show('pkcs1 pem', () => a.export({ type: 'pkcs1', format: 'pem' }));
show('pkcs8 pem', () => a.export({ type: 'pkcs8', format: 'pem' }) === K.rsa8);
show('pkcs1 pem again', () => b.export({ type: 'pkcs1', format: 'pem' }) === K.rsa1);
show('pkcs8 der', () => a.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
show('pkcs1 der', () => a.export({ type: 'pkcs1', format: 'der' }).length);
show('jwk', () => a.export({ format: 'jwk' }));
const pub = crypto.createPublicKey(a);
show('pub', () => [pub.type, pub.asymmetricKeyType, pub.asymmetricKeyDetails]);
show('spki pem', () => pub.export({ type: 'spki', format: 'pem' }) === K.rsa1pub);
show('pkcs1 pub pem', () => pub.export({ type: 'pkcs1', format: 'pem' }));
show('spki der', () => pub.export({ type: 'spki', format: 'der' }).toString('base64'));
show('pub jwk', () => pub.export({ format: 'jwk' }));
show('from spki', () => crypto.createPublicKey(K.rsa1pub).equals(pub));
show('from pkcs1 pub', () => crypto.createPublicKey(pub.export({ type: 'pkcs1', format: 'pem' })).equals(pub));
show('from private pem', () => crypto.createPublicKey(K.rsa1).equals(pub));
show('from private der', () => crypto.createPublicKey({ key: a.export({ type: 'pkcs8', format: 'der' }), format: 'der' }).equals(pub));
show('from spki der', () => crypto.createPublicKey({ key: pub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(pub));
show('from pkcs1 der', () => crypto.createPublicKey({ key: pub.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(pub));
show('from der pkcs8', () => crypto.createPrivateKey({ key: a.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(a));
show('from der pkcs1', () => crypto.createPrivateKey({ key: a.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(a));
show('from der no type', () => crypto.createPrivateKey({ key: a.export({ type: 'pkcs1', format: 'der' }), format: 'der' }).equals(a));
show('from jwk', () => crypto.createPrivateKey({ key: a.export({ format: 'jwk' }), format: 'jwk' }).equals(a));
show('from jwk no format', () => crypto.createPrivateKey({ key: a.export({ format: 'jwk' }) }).equals(a));
show('pub from jwk', () => crypto.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }).equals(pub));
show('pub from private jwk', () => crypto.createPublicKey({ key: a.export({ format: 'jwk' }), format: 'jwk' }).equals(pub));
show('buffer pem', () => crypto.createPrivateKey(Buffer.from(K.rsa1)).equals(a));
show('Uint8Array pem', () => crypto.createPrivateKey(new TextEncoder().encode(K.rsa8)).equals(a));
show('ArrayBuffer pem', () => crypto.createPublicKey(new TextEncoder().encode(K.rsa1pub).buffer).equals(pub));
show('hex-encoded pem', () => crypto.createPrivateKey({ key: Buffer.from(K.rsa1).toString('hex'), encoding: 'hex' }).equals(a));
show('pub equals priv', () => [pub.equals(a), a.equals(pub)]);
show('inspect', () => util.inspect(a));
show('toString', () => Object.prototype.toString.call(pub));
