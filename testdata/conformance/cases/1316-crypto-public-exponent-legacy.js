// config: date=2023-06-01
{
const r = await crypto.subtle.generateKey({name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([0, 1, 0, 1]), hash: 'SHA-256'}, true, ['sign', 'verify']);
const e = r.publicKey.algorithm.publicExponent; console.log(Object.prototype.toString.call(e), e.length, e.byteLength, e.buffer && e.buffer.byteLength);
}
{
const r = await crypto.subtle.generateKey({name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([0, 1, 0, 1]), hash: 'SHA-256'}, true, ['sign', 'verify']);
console.log(JSON.stringify(r.publicKey.algorithm.publicExponent), r.publicKey.algorithm.publicExponent === r.privateKey.algorithm.publicExponent);
const j = await crypto.subtle.exportKey('jwk', r.publicKey);
const k = await crypto.subtle.importKey('jwk', j, {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, true, ['verify']);
console.log(JSON.stringify(k.algorithm.publicExponent));
}
