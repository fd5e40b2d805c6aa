// config: date=2026-11-23 flags=nodejs_compat
// node:crypto's default export: its names in order, each function's name and length, constants' shape, getCurves, getFips, fips, secureHeapUsed, getCiphers (sorted), the not-implemented functions.
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
const names = Object.keys(crypto);
console.log(names.join(' '));
for (const n of names) if (typeof crypto[n] === 'function') console.log(n, crypto[n].name, crypto[n].length);
const c = crypto.constants;
console.log(Object.getPrototypeOf(c), Object.keys(c).length, Object.getOwnPropertyNames(c).join(' '));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c, 'RSA_PKCS1_PSS_PADDING')), Object.isFrozen(c), Object.isExtensible(c));
show('getCurves', () => crypto.getCurves());
show('fips', () => [crypto.fips, crypto.getFips()]);
show('secureHeapUsed', () => crypto.secureHeapUsed());
show('getCiphers', () => crypto.getCiphers().slice().sort());
show('setFips', () => crypto.setFips(true));
show('setEngine', () => crypto.setEngine('x'));
show('createCipher', () => crypto.createCipher('aes-128-cbc', 'pw'));
show('createDecipher', () => crypto.createDecipher('aes-128-cbc', 'pw'));
show('Cipher', () => crypto.Cipher());
show('Decipher', () => crypto.Decipher());
show('new Cipher', () => typeof crypto.Cipher.prototype);
