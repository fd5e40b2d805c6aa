// config: date=2026-11-23 flags=nodejs_compat
// DiffieHellmanGroup (getDiffieHellman, createDiffieHellmanGroup) for the RFC 3526 groups workerd has, createDiffieHellman with a given prime and generator (fixed private keys: deterministic keys and secrets), verifyError, computeSecret's checks, the argument errors.
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
// (verifyError of the 6144- and 8192-bit groups takes workerd longer than a test may run.)
for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18', 'nope']) {
  show(name, () => { const g = crypto.getDiffieHellman(name); return [g.getPrime().length, crypto.createHash('sha256').update(g.getPrime()).digest('hex').slice(0, 16), g.getGenerator('hex'), g.getPrime().length <= 512 ? g.verifyError : '-']; });
}
show('modp14 prime', () => crypto.getDiffieHellman('modp14').getPrime('hex'));
show('group exchange', () => { const a = crypto.getDiffieHellman('modp14'), b = crypto.createDiffieHellmanGroup('modp14'); const pa = a.generateKeys(), pb = b.generateKeys('hex'); return [pa.length >= 255, pb.length > 500, a.computeSecret(pb, 'hex').equals(b.computeSecret(pa)), a.getPrivateKey().length > 200]; });
show('group instance', () => [crypto.getDiffieHellman('modp14') instanceof crypto.DiffieHellmanGroup, crypto.DiffieHellmanGroup('modp15') instanceof crypto.DiffieHellmanGroup]);
show('group no setters', () => [typeof crypto.getDiffieHellman('modp14').setPrivateKey, typeof crypto.getDiffieHellman('modp14').setPublicKey]);
show('group no keys', () => crypto.getDiffieHellman('modp14').getPublicKey());
show('group no private', () => crypto.getDiffieHellman('modp14').getPrivateKey());
show('protos', () => [Object.getOwnPropertyNames(crypto.DiffieHellman.prototype), Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype)]);
const prime = crypto.getDiffieHellman('modp14').getPrime();
const a = crypto.createDiffieHellman(prime, 2), b = crypto.createDiffieHellman(prime.toString('hex'), 'hex', Buffer.from([2]));
a.setPrivateKey(Buffer.alloc(32, 1));
b.setPrivateKey(Buffer.alloc(32, 2));
show('verifyError', () => [a.verifyError, b.verifyError]);
show('generator', () => [a.getGenerator('hex'), b.getGenerator().toString('hex')]);
show('public from private', () => { a.generateKeys(); b.generateKeys(); return crypto.createHash('sha256').update(a.getPublicKey()).digest('hex'); });
show('secret', () => { const s = a.computeSecret(b.getPublicKey()); return [s.length, crypto.createHash('sha256').update(s).digest('hex'), s.equals(b.computeSecret(a.getPublicKey()))]; });
show('private kept', () => a.getPrivateKey('hex'));
show('setPublicKey', () => { const c = crypto.createDiffieHellman(prime, 2); c.setPublicKey(Buffer.from([5])); return c.getPublicKey('hex'); });
show('setters return this', () => { const c = crypto.createDiffieHellman(prime, 2); return [c.setPrivateKey(Buffer.from([7])) === c, c.setPublicKey('07', 'hex') === c]; });
show('secret 0', () => a.computeSecret(Buffer.from([0])));
show('secret 1', () => a.computeSecret(Buffer.from([1])));
show('secret p-1', () => { const p1 = Buffer.from(prime); p1[p1.length - 1] -= 1; return a.computeSecret(p1); });
show('secret p', () => a.computeSecret(prime));
show('secret 2', () => a.computeSecret(Buffer.from([2])).length);
show('secret hex in', () => a.computeSecret(b.getPublicKey('hex'), 'hex', 'base64').length);
show('small prime', () => { const d = crypto.createDiffieHellman(Buffer.from([23]), 5); d.setPrivateKey(Buffer.from([6])); d.generateKeys(); return [d.verifyError, d.getPublicKey('hex')]; });
show('not prime', () => crypto.createDiffieHellman(Buffer.from([15]), 2).verifyError);
show('not safe prime', () => crypto.createDiffieHellman(Buffer.from([29]), 2).verifyError);
show('generator 3', () => crypto.createDiffieHellman(Buffer.from([23]), 3).verifyError);
show('generator 5 fits', () => crypto.createDiffieHellman(Buffer.from([23]), 5).verifyError);
show('bad sizeOrKey', () => crypto.createDiffieHellman({}));
show('float size', () => crypto.createDiffieHellman(1.5));
show('bad generator', () => crypto.createDiffieHellman(prime, {}));
show('generator float', () => crypto.createDiffieHellman(prime, 2.5));
show('group number', () => crypto.getDiffieHellman(5));
show('without new', () => crypto.DiffieHellman(Buffer.from([23]), 5) instanceof crypto.DiffieHellman);
show('generated prime', () => { const d = crypto.createDiffieHellman(64); return [d.getPrime().length, d.verifyError, d.getGenerator('hex')]; });
