// config: date=2026-11-23 flags=nodejs_compat
// createSecretKey from strings (with encodings), buffers, ArrayBuffers and views (copies); symmetricKeySize, export (buffer, jwk, refused pem), equals, the KeyObject classes' surfaces and checks, inspect, generateKeySync/generateKey.
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
const s = crypto.createSecretKey('00112233', 'hex');
show('type', () => [s.type, s.symmetricKeySize, s.asymmetricKeyType, s.asymmetricKeyDetails, Object.prototype.toString.call(s)]);
show('export', () => s.export());
show('export buffer', () => s.export({ format: 'buffer' }));
show('export jwk', () => s.export({ format: 'jwk' }));
show('export pem', () => s.export({ format: 'pem' }));
show('export 5', () => s.export(5));
show('export format 5', () => s.export({ format: 5 }));
show('utf8', () => crypto.createSecretKey('héllo').export());
const buf = Buffer.from('abcd');
const k = crypto.createSecretKey(buf);
buf[0] = 0x7a;
show('copied', () => k.export().toString());
show('ArrayBuffer', () => crypto.createSecretKey(new Uint8Array([1, 2, 3]).buffer).export());
show('view', () => crypto.createSecretKey(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)).export());
show('DataView', () => crypto.createSecretKey(new DataView(new Uint8Array([9, 8, 7]).buffer, 1)).export());
show('empty', () => crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize);
show('null', () => crypto.createSecretKey(null));
show('number', () => crypto.createSecretKey(5));
show('object', () => crypto.createSecretKey({}));
show('equals', () => [s.equals(s), s.equals(crypto.createSecretKey(Buffer.from('00112233', 'hex'))), s.equals(crypto.createSecretKey(Buffer.from('00112234', 'hex'))), s.equals(crypto.createSecretKey(Buffer.from('0011', 'hex')))]);
show('inspect', () => util.inspect(s));
show('inspect nested', () => util.inspect({ k: s }));
show('new KeyObject', () => new crypto.KeyObject());
show('new SecretKeyObject', () => new crypto.SecretKeyObject());
show('from', () => crypto.KeyObject.from({}));
show('from undefined', () => crypto.KeyObject.from());
show('protos', () => [Object.getOwnPropertyNames(crypto.KeyObject.prototype), Object.getOwnPropertyNames(crypto.SecretKeyObject.prototype), Object.getOwnPropertyNames(crypto.PublicKeyObject.prototype), Object.getOwnPropertyNames(crypto.PrivateKeyObject.prototype), Object.getOwnPropertyNames(Object.getPrototypeOf(crypto.PublicKeyObject.prototype)), Object.getOwnPropertyNames(crypto.KeyObject)]);
show('chain', () => [s instanceof crypto.KeyObject, s instanceof crypto.SecretKeyObject, Object.getPrototypeOf(crypto.SecretKeyObject) === crypto.KeyObject, crypto.KeyObject.prototype[Symbol.toStringTag]]);
show('toCryptoKey', () => typeof s.toCryptoKey);
show('hmac key', () => { const g = crypto.generateKeySync('hmac', { length: 100 }); return [g.type, g.symmetricKeySize]; });
show('aes key', () => crypto.generateKeySync('aes', { length: 192 }).symmetricKeySize);
show('aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
show('hmac 7', () => crypto.generateKeySync('hmac', { length: 7 }));
show('hmac 65537', () => crypto.generateKeySync('hmac', { length: 65537 }));
show('hmac 8.5', () => crypto.generateKeySync('hmac', { length: 8.5 }));
show('des', () => crypto.generateKeySync('des', { length: 64 }));
show('no options', () => crypto.generateKeySync('hmac'));
await new Promise((r) => crypto.generateKey('aes', { length: 128 }, (err, key) => { console.log('cb', err, key.symmetricKeySize); r(); }));
await new Promise((r) => crypto.generateKey('nope', {}, (err, key) => { console.log('cb err', err.code, key); r(); }));
await null;
