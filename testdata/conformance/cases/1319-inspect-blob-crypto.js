console.log(new Blob(['abc'], {type: 'text/plain'}));
console.log(new File(['abc'], 'a.txt', {lastModified: 5}));
console.log(crypto);
console.log(crypto.subtle);
const k = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
console.log(k);
console.log([new Blob([])]);
{
const r = await crypto.subtle.generateKey({name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1,0,1]), hash: 'SHA-256'}, true, ['sign', 'verify']);
console.log(r.publicKey);
console.log(r);
const h = await crypto.subtle.importKey('raw', new Uint8Array(16), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign', 'verify']);
console.log(h);
console.log({ k: h });
const x = await crypto.subtle.generateKey({name: 'X25519'}, true, ['deriveBits']);
console.log(x.publicKey);
}
{
const h = await crypto.subtle.importKey('raw', new Uint8Array(16), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign', 'verify']);
console.log({ a: { k: h } });
console.log([[h]]);
console.log({ b: new Blob(['x']), f: [new File([], 'n', {lastModified: 1})], c: crypto });
}
