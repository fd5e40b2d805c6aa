// config: date=2026-11-23 flags=nodejs_compat
// scryptSync and scrypt: known outputs with the default and explicit parameters (N/cost, r/blockSize, p/parallelization), key forms, the option checks and conflicts, maxmem and the cost limit, the callback forms.
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
show('default', () => crypto.scryptSync('password', 'salt', 32).toString('hex'));
show('N r p', () => crypto.scryptSync('password', 'salt', 16, { N: 1024, r: 8, p: 1 }).toString('hex'));
show('cost names', () => crypto.scryptSync('password', 'salt', 16, { cost: 1024, blockSize: 8, parallelization: 1 }).toString('hex'));
show('rfc 7914', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
show('empty', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
show('buffer inputs', () => crypto.scryptSync(Buffer.from('password'), new Uint8Array(Buffer.from('salt')), 16, { N: 256 }).toString('hex'));
show('ArrayBuffer inputs', () => crypto.scryptSync(new TextEncoder().encode('pw').buffer, new DataView(new ArrayBuffer(4)), 8, { N: 256 }).toString('hex'));
show('keylen 0', () => crypto.scryptSync('pw', 'salt', 0).length);
show('zeros are defaults', () => crypto.scryptSync('password', 'salt', 32, { N: 0, r: 0, p: 0, maxmem: 0 }).equals(crypto.scryptSync('password', 'salt', 32)));
show('N not power of 2', () => crypto.scryptSync('pw', 'salt', 16, { N: 1000 }));
show('N 1', () => crypto.scryptSync('pw', 'salt', 16, { N: 1 }));
show('N 2^20', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 20 }));
show('maxmem', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 14, maxmem: 1024 }));
show('maxmem big enough', () => crypto.scryptSync('pw', 'salt', 4, { N: 1024, r: 1, p: 1, maxmem: 1 << 20 }).length);
show('N and cost', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, cost: 1024 }));
show('r and blockSize', () => crypto.scryptSync('pw', 'salt', 16, { r: 8, blockSize: 8 }));
show('p and parallelization', () => crypto.scryptSync('pw', 'salt', 16, { p: 1, parallelization: 1 }));
show('N string', () => crypto.scryptSync('pw', 'salt', 16, { N: '1024' }));
show('N negative', () => crypto.scryptSync('pw', 'salt', 16, { N: -1 }));
show('maxmem string', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: '1' }));
show('keylen negative', () => crypto.scryptSync('pw', 'salt', -1));
show('keylen float', () => crypto.scryptSync('pw', 'salt', 1.5));
show('keylen string', () => crypto.scryptSync('pw', 'salt', '16'));
show('password number', () => crypto.scryptSync(5, 'salt', 16));
show('salt null', () => crypto.scryptSync('pw', null, 16));
await new Promise((r) => crypto.scrypt('password', 'salt', 16, (err, key) => { console.log('cb', err, key.toString('hex')); r(); }));
await new Promise((r) => crypto.scrypt('password', 'salt', 16, { N: 1024 }, (err, key) => { console.log('cb options', err, key.toString('hex')); r(); }));
await new Promise((r) => crypto.scrypt('pw', 'salt', 16, { N: 1000 }, (err, key) => { console.log('cb error', err.message, key); r(); }));
show('no callback', () => crypto.scrypt('pw', 'salt', 16));
show('no callback with options', () => crypto.scrypt('pw', 'salt', 16, {}));
show('bad keylen with callback', () => crypto.scrypt('pw', 'salt', -1, () => {}));
