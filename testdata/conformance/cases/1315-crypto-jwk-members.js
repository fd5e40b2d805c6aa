const s = crypto.subtle;
const show = async (k) => { const j = await s.exportKey('jwk', k); console.log(Object.keys(j).join(), j.alg, j.crv, JSON.stringify(j.key_ops)); };
const ec = await s.generateKey({name: 'ECDSA', namedCurve: 'P-521'}, true, ['sign', 'verify']); await show(ec.privateKey); await show(ec.publicKey);
const ed = await s.generateKey({name: 'Ed25519'}, true, ['sign', 'verify']); await show(ed.privateKey); await show(ed.publicKey);
const x = await s.generateKey({name: 'X25519'}, true, ['deriveBits']); await show(x.privateKey); await show(x.publicKey);
for (const n of ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP']) { const r = await s.generateKey({name: n, modulusLength: 1024, publicExponent: new Uint8Array([1,0,1]), hash: 'SHA-384'}, true, n === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['sign', 'verify']); await show(r.privateKey); await show(r.publicKey); }
for (const n of ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW']) { const k = await s.generateKey({name: n, length: 192}, true, n === 'AES-KW' ? ['wrapKey'] : ['encrypt']); await show(k); }
const h = await s.generateKey({name: 'HMAC', hash: 'SHA-1'}, true, ['sign']); await show(h); console.log(JSON.stringify(h.algorithm));
const h2 = await s.generateKey({name: 'HMAC', hash: 'MD5'}, true, ['sign']).catch(e => console.log(e.name, e.message)); 
const h3 = await s.generateKey({name: 'HMAC', hash: 'SHA-512', length: 5}, true, ['sign']); await show(h3); console.log(JSON.stringify(h3.algorithm), (await s.exportKey('raw', h3)).byteLength);
const h4 = await s.generateKey({name: 'HMAC', hash: 'SHA-512', length: 0}, true, ['sign']).catch(e => console.log(e.name, e.message)); 
