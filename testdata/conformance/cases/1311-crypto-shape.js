function t(f) { try { const r = f(); console.log('ok', r); return r; } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); } }
console.log(Object.getOwnPropertyNames(Crypto.prototype).join(), Object.getOwnPropertyNames(SubtleCrypto.prototype).join(), Object.getOwnPropertyNames(CryptoKey.prototype).join());
for (const k of Object.getOwnPropertyNames(Crypto.prototype)) { const d = Object.getOwnPropertyDescriptor(Crypto.prototype, k); console.log('C', k, d.enumerable, d.configurable, d.writable, typeof d.value === 'function' ? d.value.length : (d.get ? 'get' : '')); }
for (const k of Object.getOwnPropertyNames(SubtleCrypto.prototype)) { const d = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, k); console.log('S', k, d.enumerable, typeof d.value === 'function' ? d.value.length : (d.get ? 'get' : '')); }
for (const k of Object.getOwnPropertyNames(CryptoKey.prototype)) { const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, k); console.log('K', k, d.enumerable, typeof d.value === 'function' ? d.value.length : (d.get ? 'get' : '')); }
console.log(String(crypto), String(crypto.subtle), crypto.subtle === crypto.subtle, typeof crypto.DigestStream, crypto instanceof Crypto);
t(() => new Crypto()); t(() => new SubtleCrypto()); t(() => new CryptoKey());
t(() => crypto.getRandomValues(new Float32Array(2)));
t(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t(() => crypto.getRandomValues(new Uint8Array(65537)));
t(() => crypto.getRandomValues([1]));
t(() => crypto.getRandomValues());
t(() => crypto.getRandomValues.call({}, new Uint8Array(2)));
const u = new Uint8Array(4); console.log(crypto.getRandomValues(u) === u);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
const order = [];
crypto.subtle.digest('SHA-256', new Uint8Array([1])).then(() => order.push('digest'));
Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3')).then(() => order.push('p4'));
await new Promise(r => setTimeout(r, 5)); console.log(order.join());
const h = await crypto.subtle.digest('sha-1', new TextEncoder().encode('abc')); console.log(Object.prototype.toString.call(h), [...new Uint8Array(h)].map(b=>b.toString(16).padStart(2,'0')).join(''));
for (const a of ['MD5', 'SHA-224', 'sha-384', {name: 'SHA-512'}, {}, 'foo', 'SHA-256']) { try { const r = await crypto.subtle.digest(a, new Uint8Array(0)); console.log(JSON.stringify(a), r.byteLength); } catch (e) { console.log(JSON.stringify(a), e.constructor.name + ': ' + e.name + ': ' + e.message); } }
try { await crypto.subtle.digest('SHA-256', 'abc'); } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); }
try { await crypto.subtle.digest('SHA-256'); } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); }
try { const p = crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1)); console.log('ret', typeof p); await p; } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); }
t(() => crypto.subtle.timingSafeEqual(new Uint8Array(2), new Uint8Array(2)));
t(() => crypto.subtle.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));
