// config: date=2026-11-23 flags=nodejs_compat
// RSA PKCS #1 v1.5 signatures (deterministic): sign/verify one-shot with every digest and key form, createSign/createVerify with updates, encodings and a stream write, PSS through options objects (padding, saltLength), and the tampered cases.
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
const data = Buffer.from('the quick brown fox');
const priv = crypto.createPrivateKey(K.rsa1), pub = crypto.createPublicKey(K.rsa1pub);
for (const alg of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'RSA-SHA256', 'SHA256', 'sha512-256']) {
  show(alg, () => crypto.sign(alg, data, priv).toString('base64'));
}
show('pem string', () => crypto.sign('sha256', data, K.rsa8).equals(crypto.sign('sha256', data, priv)));
show('options object', () => crypto.sign('sha256', data, { key: K.rsa1 }).equals(crypto.sign('sha256', data, priv)));
show('der options', () => crypto.sign('sha256', data, { key: priv.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(crypto.sign('sha256', data, priv)));
const sig = crypto.sign('sha256', data, priv);
show('verify', () => [crypto.verify('sha256', data, pub, sig), crypto.verify('sha256', data, K.rsa1pub, sig), crypto.verify('sha256', data, priv, sig), crypto.verify('sha256', data, K.rsa1, sig)]);
show('verify wrong data', () => crypto.verify('sha256', Buffer.from('x'), pub, sig));
show('verify wrong digest', () => crypto.verify('sha512', data, pub, sig));
show('verify short sig', () => crypto.verify('sha256', data, pub, sig.subarray(1)));
show('verify Uint8Array', () => crypto.verify('sha256', new Uint8Array(data), pub, new Uint8Array(sig)));
show('verify DataView', () => crypto.verify('sha256', new DataView(data.buffer, data.byteOffset, data.length), pub, sig));
show('null algorithm', () => crypto.sign(null, data, priv));
show('undefined algorithm', () => crypto.sign(undefined, data, priv));
const s = crypto.createSign('sha256');
s.update('the quick ');
s.update(Buffer.from('brown '));
s.update('666f78', 'hex');
show('createSign', () => s.sign(priv).equals(sig));
show('createSign again', () => s.sign(priv));
show('createSign update after', () => s.update('x'));
show('createSign base64', () => crypto.createSign('RSA-SHA256').update(data).sign(K.rsa1, 'base64') === sig.toString('base64'));
show('createSign hex', () => crypto.createSign('sha1').update(data).sign(priv, 'hex'));
show('createSign buffer enc', () => Buffer.isBuffer(crypto.createSign('sha256').update(data).sign(priv, 'buffer')));
show('createVerify', () => crypto.createVerify('sha256').update(data).verify(pub, sig));
show('createVerify base64', () => crypto.createVerify('sha256').update(data).verify(K.rsa1pub, sig.toString('base64'), 'base64'));
show('createVerify hex', () => crypto.createVerify('sha256').update(data).verify(pub, sig.toString('hex'), 'hex'));
show('createVerify wrong', () => crypto.createVerify('sha256').update('nope').verify(pub, sig));
show('createVerify twice', () => { const v = crypto.createVerify('sha256').update(data); v.verify(pub, sig); return v.verify(pub, sig); });
show('Sign without new', () => crypto.Sign('sha256') instanceof crypto.Sign);
show('Sign is Writable', () => [Object.getPrototypeOf(crypto.Sign.prototype).constructor.name, Object.getOwnPropertyNames(crypto.Sign.prototype), Object.getOwnPropertyNames(crypto.Verify.prototype)]);
const w = crypto.createSign('sha256');
w.write('the quick brown fox');
w.end();
await new Promise((r) => w.on('finish', r));
show('stream written', () => w.sign(priv).equals(sig));
for (const saltLength of [undefined, 0, 20, 32, -1, -2]) {
  show('pss saltLength ' + saltLength, () => {
    const ps = crypto.sign('sha256', data, { key: K.rsa1, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength });
    return [ps.length, crypto.verify('sha256', data, { key: K.rsa1pub, padding: 6, saltLength }, ps), crypto.verify('sha256', data, { key: K.rsa1pub, padding: 6 }, ps), crypto.verify('sha256', data, K.rsa1pub, ps)];
  });
}
show('pss salt 0 deterministic', () => crypto.sign('sha256', data, { key: K.rsa1, padding: 6, saltLength: 0 }).equals(crypto.sign('sha256', data, { key: K.rsa1, padding: 6, saltLength: 0 })));
show('pss with key object', () => crypto.sign('sha256', data, { key: priv, padding: 6 }));
show('createSign pss', () => { const ps = crypto.createSign('sha256').update(data).sign({ key: K.rsa1, padding: 6, saltLength: 10 }); return crypto.createVerify('sha256').update(data).verify({ key: K.rsa1pub, padding: 6, saltLength: 10 }, ps); });
show('pkcs1 padding option', () => crypto.sign('sha256', data, { key: K.rsa1, padding: crypto.constants.RSA_PKCS1_PADDING }).equals(sig));
show('bad padding', () => crypto.sign('sha256', data, { key: K.rsa1, padding: 3 }));
show('padding not int', () => crypto.sign('sha256', data, { key: K.rsa1, padding: 1.5 }));
show('saltLength not int', () => crypto.sign('sha256', data, { key: K.rsa1, padding: 6, saltLength: 'x' }));
show('dsaEncoding with rsa', () => crypto.sign('sha256', data, { key: K.rsa1, dsaEncoding: 'ieee-p1363' }).equals(sig));
await new Promise((r) => crypto.sign('sha256', data, priv, (err, out) => { console.log('sign cb', err, out.equals(sig)); r(); }));
let sync = true;
crypto.verify('sha256', data, pub, sig, (err, ok) => console.log('verify cb', err, ok, sync ? 'sync' : 'async'));
sync = false;
await new Promise((r) => crypto.sign('nope', data, priv, (err) => { console.log('sign cb err', err.message); r(); }));
