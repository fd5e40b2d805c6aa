// config: date=2026-11-23
// SubtleCrypto's methods stopped before their extractable argument, or before others: workerd
// refuses a missing boolean (parameter N is not of type 'boolean') before the key usages.
const t = async (name, f) => { try { await f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.constructor.name, e.message); } };
const raw = new Uint8Array(16);
await t('importKey 3', () => crypto.subtle.importKey('raw', raw, 'AES-GCM'));
await t('importKey 4', () => crypto.subtle.importKey('raw', raw, 'AES-GCM', false));
await t('generateKey 2', () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false));
await t('generateKey 1', () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }));
const k = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveKey', 'deriveBits']);
await t('deriveKey 2', () => crypto.subtle.deriveKey({ name: 'ECDH', public: k.publicKey }, k.privateKey));
await t('deriveKey 3', () => crypto.subtle.deriveKey({ name: 'ECDH', public: k.publicKey }, k.privateKey, { name: 'AES-GCM', length: 128 }));
await t('deriveKey 4', () => crypto.subtle.deriveKey({ name: 'ECDH', public: k.publicKey }, k.privateKey, { name: 'AES-GCM', length: 128 }, false));
await t('deriveBits 2', () => crypto.subtle.deriveBits({ name: 'ECDH', public: k.publicKey }, k.privateKey));
const w = await crypto.subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
const x = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
await t('wrapKey 3', () => crypto.subtle.wrapKey('raw', x, w));
const wrapped = await crypto.subtle.wrapKey('raw', x, w, 'AES-KW');
await t('unwrapKey 4', () => crypto.subtle.unwrapKey('raw', wrapped, w, 'AES-KW'));
await t('unwrapKey 5', () => crypto.subtle.unwrapKey('raw', wrapped, w, 'AES-KW', 'AES-GCM'));
await t('unwrapKey 6', () => crypto.subtle.unwrapKey('raw', wrapped, w, 'AES-KW', 'AES-GCM', false));
await t('encrypt 2', () => crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, x));
await t('sign 2', () => crypto.subtle.sign('HMAC', x));
await t('verify 3', () => crypto.subtle.verify('HMAC', x, new Uint8Array()));
await t('digest 1', () => crypto.subtle.digest('SHA-256'));
