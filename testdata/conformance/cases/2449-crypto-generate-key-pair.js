// config: date=2026-11-23 flags=nodejs_compat
// generateKeyPairSync and generateKeyPair for rsa, ec, ed25519 and x25519: the results' types and details, publicKeyEncoding/privateKeyEncoding exports, option checks, the callback forms and the promisify argument names.
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
show('rsa', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }); return [publicKey.type, privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, crypto.createPublicKey(privateKey).equals(publicKey)]; });
show('rsa exponent 3', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).publicKey.asymmetricKeyDetails);
show('rsa exponent 4', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 4 }));
show('rsa pem', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }); return [publicKey.split('\n')[0], privateKey.split('\n')[0], crypto.createPrivateKey(privateKey).asymmetricKeyDetails.modulusLength]; });
show('rsa der', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'pkcs1', format: 'der' } }); return [Buffer.isBuffer(publicKey), publicKey.length, Buffer.isBuffer(privateKey)]; });
show('rsa jwk', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } }); return [Object.keys(publicKey), publicKey.e, typeof privateKey.d]; });
show('rsa encrypted', () => { const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' } }); return [privateKey.split('\n')[0], crypto.createPrivateKey({ key: privateKey, passphrase: 'top secret' }).type]; });
show('rsa no modulus', () => crypto.generateKeyPairSync('rsa', {}));
show('rsa modulus string', () => crypto.generateKeyPairSync('rsa', { modulusLength: '1024' }));
show('rsa modulus negative', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
show('rsa exponent float', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 1.5 }));
show('rsa no options', () => crypto.generateKeyPairSync('rsa'));
show('ec', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' }); return [publicKey.asymmetricKeyDetails, privateKey.asymmetricKeyType]; });
show('ec sec1', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' } }).privateKey.split('\n')[0]);
show('ec paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'weird' }));
show('ec no curve', () => crypto.generateKeyPairSync('ec', {}));
show('ec bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-999' }));
show('ed25519', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519'); return [publicKey.asymmetricKeyType, privateKey.export({ type: 'pkcs8', format: 'der' }).length, publicKey.export({ type: 'spki', format: 'der' }).length]; });
show('x25519', () => { const { publicKey, privateKey } = crypto.generateKeyPairSync('x25519', {}); return [publicKey.asymmetricKeyType, privateKey.export({ format: 'jwk' }).crv]; });
show('x25519 encodings', () => { const r = crypto.generateKeyPairSync('x25519', { publicKeyEncoding: { type: 'spki', format: 'pem' } }); return [typeof r.publicKey, r.privateKey.type]; });
show('rsa-pss', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 }));
show('dsa', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024 }));
show('ed448', () => crypto.generateKeyPairSync('ed448'));
show('number type', () => crypto.generateKeyPairSync(5));
show('options number', () => crypto.generateKeyPairSync('ed25519', 5));
show('publicKeyEncoding number', () => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: 5 }));
show('privateKeyEncoding format', () => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 5 } }));
show('privateKeyEncoding no type', () => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'pem' } }));
show('privateKeyEncoding cipher no pass', () => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' } }));
await new Promise((r) => crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => { console.log('cb', err, pub.type, priv.type); r(); }));
await new Promise((r) => crypto.generateKeyPair('ec', { namedCurve: 'nope' }, (err, pub, priv) => { console.log('cb err', err.message, pub, priv); r(); }));
await new Promise((r) => crypto.generateKeyPair('nope', {}, (err) => { console.log('cb bad type', err.code); r(); }));
show('no callback', () => crypto.generateKeyPair('ed25519', {}));
show('promisify args', () => crypto.generateKeyPair[Symbol.for('nodejs.util.promisify.custom.args')]);
