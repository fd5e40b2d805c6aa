// config: date=2026-11-23 flags=
// util.promisify reads the nodejs.util.promisify.custom.args names of a callback with several results (node:crypto's generateKeyPair resolves to { publicKey, privateKey }), and resolves to the first result without them.
const util = await import('node:util'); const crypto = await import('node:crypto');
const r = await util.promisify(crypto.generateKeyPair)('ed25519', {});
console.log(Object.keys(r).join(), r.publicKey.type, r.privateKey.type);
function f(a, cb) { cb(null, a, 2, 3); }
Object.defineProperty(f, Symbol.for('nodejs.util.promisify.custom.args'), { value: ['x', 'y'] });
console.log(JSON.stringify(await util.promisify(f)(1)));
function g(a, cb) { cb(null, a, 2); }
console.log(JSON.stringify(await util.promisify(g)(1)));
