const s = crypto.subtle;
const k = await s.importKey('raw', new Uint8Array(16), {name: 'HMAC', hash: 'SHA-256'}, true, ['verify', 'sign', 'sign']);
for (const n of Object.getOwnPropertyNames(k)) { const d = Object.getOwnPropertyDescriptor(k, n); console.log(n, d.writable, d.enumerable, d.configurable, 'get' in d); }
console.log(JSON.stringify(k), Object.isFrozen(k.algorithm), Object.isFrozen(k.usages), Object.isFrozen(k.algorithm.hash));
k.algorithm.name = 'x'; console.log(k.algorithm.name);
console.log(Object.getPrototypeOf(k.algorithm) === Object.prototype, Array.isArray(k.usages));
console.log(crypto.getRandomValues.name, Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.name);
try { structuredClone(k); console.log('cloned'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const g = await s.generateKey({name: 'AES-GCM', length: 256}, true, ['encrypt']); console.log(JSON.stringify(g.algorithm), g.constructor.name);
const kp = await s.generateKey({name: 'ECDSA', namedCurve: 'P-256'}, true, ['sign', 'verify']); console.log(Object.prototype.toString.call(kp), Object.getPrototypeOf(kp) === Object.prototype, Object.keys(kp).join(), JSON.stringify(kp.publicKey.algorithm), JSON.stringify(kp.publicKey.usages), JSON.stringify(kp.privateKey.usages), kp.publicKey.extractable, kp.privateKey.extractable);
const ed = await s.generateKey({name: 'Ed25519'}, false, ['sign', 'verify']); console.log(JSON.stringify(ed.publicKey.algorithm), ed.publicKey.extractable);
const r = await s.generateKey({name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1,0,1]), hash: 'SHA-256'}, true, ['sign', 'verify']); console.log(JSON.stringify(r.publicKey.algorithm), Object.prototype.toString.call(r.publicKey.algorithm.publicExponent));
const x = await s.generateKey({name: 'X25519'}, true, ['deriveBits']); console.log(JSON.stringify(x.publicKey.usages), JSON.stringify(x.privateKey.usages));
const ec = await s.generateKey({name: 'ECDH', namedCurve: 'P-384'}, true, ['deriveKey']); console.log(JSON.stringify(ec.publicKey.usages), JSON.stringify(ec.privateKey.usages), JSON.stringify(ec.publicKey.algorithm));
console.log(JSON.stringify(await s.exportKey('jwk', ec.publicKey)).replace(/"[xy]":"[^"]*"/g, '"X":"..."'));
console.log(JSON.stringify(await s.exportKey('jwk', kp.privateKey)).replace(/"[xyd]":"[^"]*"/g, '"X":"..."'));
console.log(JSON.stringify(await s.exportKey('jwk', r.privateKey)).replace(/"(n|d|p|q|dp|dq|qi)":"[^"]*"/g, '"$1":"..."'));
console.log(JSON.stringify(await s.exportKey('jwk', g)).replace(/"k":"[^"]*"/g, '"k":"..."'));
console.log((await s.exportKey('spki', kp.publicKey)).byteLength, (await s.exportKey('pkcs8', kp.privateKey)).byteLength, (await s.exportKey('raw', kp.publicKey)).byteLength);
console.log((await s.exportKey('spki', x.publicKey)).byteLength, (await s.exportKey('pkcs8', x.privateKey)).byteLength, (await s.exportKey('raw', x.publicKey)).byteLength);
console.log(JSON.stringify(await s.exportKey('jwk', x.privateKey)).replace(/"[xd]":"[^"]*"/g, '"X":"..."'));
