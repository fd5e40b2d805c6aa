// config: date=2026-11-23
// WebCrypto with fixed keys: digests, HMAC, AES-GCM/CBC/CTR, PBKDF2, HKDF, JWK, Ed25519, the
// refusals, timingSafeEqual, DigestStream and getRandomValues' limits, as workerd 2026-12-01 gives them.
const out = [];
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const t = async (label, f) => { try { const r = await f(); out.push(label + ' ' + (r instanceof ArrayBuffer ? hex(r) : JSON.stringify(r))); } catch (e) { out.push(label + ' ' + (e && e.constructor && e.constructor.name) + ' ' + (e && e.name) + ': ' + (e && e.message)); } };
const enc = new TextEncoder();
const s = crypto.subtle;
for (const h of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'MD5', 'sha-256']) await t('digest ' + h, () => s.digest(h, enc.encode('abc')));
const hk = await s.importKey('raw', enc.encode('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
await t('hmac sign', () => s.sign('HMAC', hk, enc.encode('msg')));
await t('hmac verify', async () => s.verify('HMAC', hk, await s.sign('HMAC', hk, enc.encode('msg')), enc.encode('msg')));
await t('hmac jwk', () => s.exportKey('jwk', hk));
await t('hmac algorithm', () => hk.algorithm);
await t('hmac usages', () => [hk.usages, hk.type, hk.extractable]);
const ak = await s.importKey('raw', new Uint8Array(16).fill(7), 'AES-GCM', true, ['encrypt', 'decrypt']);
await t('aes-gcm encrypt', () => s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, ak, enc.encode('hello')));
await t('aes-gcm roundtrip', async () => new TextDecoder().decode(await s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, ak, await s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, ak, enc.encode('hello')))));
await t('aes-gcm bad tag', async () => s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, ak, new Uint8Array(20)));
await t('aes-gcm short iv', () => s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(0) }, ak, enc.encode('x')));
await t('aes-cbc', async () => { const k = await s.importKey('raw', new Uint8Array(16), 'AES-CBC', false, ['encrypt']); return s.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, enc.encode('x')); });
await t('aes-ctr', async () => { const k = await s.importKey('raw', new Uint8Array(16), 'AES-CTR', false, ['encrypt']); return s.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, k, enc.encode('xyz')); });
await t('pbkdf2', async () => { const k = await s.importKey('raw', enc.encode('pw'), 'PBKDF2', false, ['deriveBits']); return s.deriveBits({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 1000, hash: 'SHA-256' }, k, 256); });
await t('hkdf', async () => { const k = await s.importKey('raw', enc.encode('ikm'), 'HKDF', false, ['deriveBits']); return s.deriveBits({ name: 'HKDF', salt: enc.encode('s'), info: enc.encode('i'), hash: 'SHA-256' }, k, 128); });
await t('wrong usage', () => s.sign('HMAC', ak, enc.encode('x')));
await t('aes 17 bytes', () => s.importKey('raw', new Uint8Array(17), 'AES-GCM', false, ['encrypt']));
await t('ed25519 import', async () => { const k = await s.importKey('raw', new Uint8Array(32).fill(1), 'Ed25519', true, ['verify']); return [k.algorithm, k.type]; });
await t('jwk import hmac', async () => { const k = await s.importKey('jwk', { kty: 'oct', k: 'a2V5', alg: 'HS256' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return s.sign('HMAC', k, enc.encode('msg')); });
await t('timingSafeEqual', () => s.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1])));
await t('timingSafeEqual len', () => s.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 2])));
await t('DigestStream', async () => { const d = new crypto.DigestStream('SHA-256'); const w = d.getWriter(); w.write(enc.encode('abc')); w.close(); return await d.digest; });
await t('randomUUID shape', () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
await t('getRandomValues big', () => crypto.getRandomValues(new Uint8Array(65537)));
await t('getRandomValues float', () => crypto.getRandomValues(new Float32Array(1)));
console.log(out.join('\n'));
