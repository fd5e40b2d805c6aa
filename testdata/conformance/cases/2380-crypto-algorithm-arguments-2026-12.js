// config: date=2026-11-17 flags=
// Web Crypto as workerd 2026-12-01 checks algorithms and lengths: an unknown name is NotSupportedError before the key is compared, an absent algorithm vs an explicit undefined, a nameless one ("undefined"), deriveBits' unsigned long length, PBKDF2's 255-block cap, OKP curves in a JWK.
async function t(label, f) { try { const r = await f(); console.log(label, 'ok', r && r.byteLength); } catch (e) { console.log(label, 'ERR', e.constructor.name + ': ' + e.name + ': ' + e.message); } }
const s = crypto.subtle;
const hk = await s.importKey('raw', new Uint8Array(16), {name: 'HMAC', hash: 'SHA-256'}, true, ['sign', 'verify']);
const ak = await s.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt', 'decrypt', 'wrapKey']);
const pk = await s.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveKey', 'deriveBits']);
for (const n of ['SHA-256', 'Ed448', 'X448', 'md5', 'HMAC ', '', 'AES-CBC', 'aes-cbc', 'NODE-ED25519', 'X25519', 'RSA-OAEP'])
  await t('sign ' + JSON.stringify(n), () => s.sign(n, hk, new Uint8Array(1)));
for (const [l, a] of [['undefined', undefined], ['null', null], ['{}', {}], ['{name:null}', {name: null}], ['5', 5]]) {
  await t('sign ' + l, () => s.sign(a, hk, new Uint8Array(1)));
  await t('encrypt ' + l, () => s.encrypt(a, ak, new Uint8Array(1)));
  await t('deriveBits ' + l, () => s.deriveBits(a, pk, 8));
  await t('deriveKey ' + l, () => s.deriveKey({name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: 'SHA-256'}, pk, a, true, ['sign']));
  await t('wrapKey ' + l, () => s.wrapKey('raw', hk, ak, a));
  await t('importKey ' + l, () => s.importKey('raw', new Uint8Array(16), a, true, ['sign']));
  await t('generateKey ' + l, () => s.generateKey(a, true, ['sign']));
  await t('digest ' + l, () => s.digest(a, new Uint8Array(1)));
}
await t('digest()', () => s.digest());
await t('sign()', () => s.sign());
await t('importKey 2 args', () => s.importKey('raw', new Uint8Array(16)));
const p = {name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: 'SHA-256'};
for (const l of [-1, -0.5, 0.5, 8.5, NaN, 4294967296, 1e20, -1e20, Infinity, -Infinity, '8', '-8', 'x', {}, true, -(2 ** 32)])
  await t('length ' + String(l), () => s.deriveBits(p, pk, l));
for (const [h, l] of [['SHA-256', 255 * 32 * 8], ['SHA-256', 255 * 32 * 8 + 8], ['SHA-1', 255 * 20 * 8], ['SHA-1', 255 * 20 * 8 + 8], ['SHA-512', 4294967288]])
  await t('pbkdf2 ' + h + ' ' + l, () => s.deriveBits({name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: h}, pk, l));
const x = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
for (const [alg, crv] of [['X25519', 'Ed25519'], ['X25519', 'foo'], ['Ed25519', undefined], ['X25519', undefined], ['Ed25519', 'X25519'], [{name: 'NODE-ED25519', namedCurve: 'NODE-ED25519'}, 'X25519']])
  await t('jwk ' + JSON.stringify(alg) + ' ' + crv, () => s.importKey('jwk', {kty: 'OKP', crv, x}, alg, true, []));
