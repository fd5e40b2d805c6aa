// config: date=2026-11-23 flags=nodejs_compat
// createCipheriv/createDecipheriv argument checks and native errors: algorithm, key and IV types, lengths, unknown ciphers, finalized contexts, update's data and encoding rules, createCipher/createDecipher.
const K = {
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
const k16 = Buffer.alloc(16), iv = Buffer.alloc(16);
show('algorithm number', () => crypto.createCipheriv(5, k16, iv));
show('algorithm undefined', () => crypto.createDecipheriv(undefined, k16, iv));
show('unknown', () => crypto.createCipheriv('aes-128-xts', k16, iv));
show('unknown decipher', () => crypto.createDecipheriv('camellia-128-cbc', k16, iv));
show('key number', () => crypto.createCipheriv('aes-128-cbc', 5, iv));
show('key null', () => crypto.createCipheriv('aes-128-cbc', null, iv));
show('key object', () => crypto.createCipheriv('aes-128-cbc', {}, iv));
show('key public', () => crypto.createCipheriv('aes-128-cbc', crypto.createPublicKey(K.ec), iv));
show('key private', () => crypto.createDecipheriv('aes-128-cbc', crypto.createPrivateKey(K.ec), iv));
show('key short', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv));
show('key long', () => crypto.createCipheriv('aes-256-cbc', Buffer.alloc(33), iv));
show('key empty string', () => crypto.createCipheriv('aes-128-cbc', '', iv));
show('iv number', () => crypto.createCipheriv('aes-128-cbc', k16, 5));
show('iv undefined', () => crypto.createCipheriv('aes-128-cbc', k16));
show('iv null cbc', () => crypto.createCipheriv('aes-128-cbc', k16, null));
show('iv short', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15)));
show('iv ecb', () => crypto.createCipheriv('aes-128-ecb', k16, iv));
show('iv ecb empty', () => typeof crypto.createCipheriv('aes-128-ecb', k16, ''));
show('iv ctr short', () => crypto.createCipheriv('aes-128-ctr', k16, Buffer.alloc(12)));
show('iv rc4', () => crypto.createCipheriv('rc4', k16, iv));
show('iv des', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(24), Buffer.alloc(16)));
show('options number', () => typeof crypto.createCipheriv('aes-128-cbc', k16, iv, 5));
show('authLengthTag float', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authLengthTag: 1.5 }));
show('final twice', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv); c.final(); return c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv); c.final(); return c.update(Buffer.alloc(1)); });
show('setAutoPadding after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv); c.final(); return c.setAutoPadding(false); });
show('setAAD after final', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12)); c.final(); return c.setAAD(Buffer.alloc(1)); });
show('update number', () => crypto.createCipheriv('aes-128-cbc', k16, iv).update(5));
show('update null', () => crypto.createCipheriv('aes-128-cbc', k16, iv).update(null));
show('update string', () => crypto.createCipheriv('aes-128-cbc', k16, iv).update('abc'));
show('update string utf8', () => crypto.createCipheriv('aes-128-ctr', k16, iv).update('abc', 'utf8').toString('hex'));
show('update bad encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv).update('abc', 'nope'));
show('update bad output encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv).update(Buffer.alloc(2), undefined, 'nope'));
show('final bad encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv).final('nope'));
show('createCipher', () => crypto.createCipher('aes-128-cbc', 'password'));
show('createDecipher', () => crypto.createDecipher('aes-128-cbc', 'password'));
show('Cipheriv without new', () => crypto.Cipheriv('aes-128-cbc', k16, iv));
show('decrypt short', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv); d.update(Buffer.alloc(5)); return d.final(); });
show('decrypt empty', () => crypto.createDecipheriv('aes-128-cbc', k16, iv).final());
show('decrypt gcm no tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12)); d.update(Buffer.alloc(5)); return d.final(); });
