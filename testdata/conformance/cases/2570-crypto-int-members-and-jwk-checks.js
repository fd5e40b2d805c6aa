// config: date=2026-11-23
// Web Crypto's int members (length, iterations) as workerd converts them (NaN 0, out of int32 a TypeError), HMAC's JWK import reading only kty/k/alg/ext, AES's duplicate key_ops, usages with holes
const vals = [-1, 2**31, 2**53, 1.5, NaN, Infinity, '7', 0, 300];
for (const v of vals) {
  try { const k = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: v }, true, ['sign']); console.log('hmac', v, 'ok', k.algorithm.length); } catch (e) { console.log('hmac', v, e.name, e.message); }
  try { const k = await crypto.subtle.generateKey({ name: 'AES-GCM', length: v }, true, ['encrypt']); console.log('aes', v, 'ok', k.algorithm.length); } catch (e) { console.log('aes', v, e.name, e.message); }
  try { const k = await crypto.subtle.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']); const b = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(4), iterations: v, hash: 'SHA-256' }, k, 128); console.log('iter', v, 'ok', b.byteLength); } catch (e) { console.log('iter', v, e.name, e.message); }
}
for (const ops of [[,], ['verify'], ['sign'], [], ['x'], ['sign','sign'], ['undefined']]) {
  try { await crypto.subtle.importKey('jwk', {kty:'oct', k:'AAAA', key_ops: ops}, {name:'HMAC', hash:'SHA-256'}, true, ['sign']); console.log(JSON.stringify(ops), 'ok'); } catch (e) { console.log(JSON.stringify(ops), e.name, e.message); }
}
for (const u of [['sign'], ['verify'], ['sign', 'verify']]) {
  try { await crypto.subtle.importKey('jwk', {kty:'oct', k:'AAAA', key_ops: ['sign']}, {name:'HMAC', hash:'SHA-256'}, true, u); console.log(JSON.stringify(u), 'ok'); } catch (e) { console.log(JSON.stringify(u), e.name, e.message); }
}
for (const extra of [{use:'enc'}, {ext:false}, {kty:'RSA'}, {key_ops:['sign','sign']}]) {
  try { await crypto.subtle.importKey('jwk', {kty:'oct', k:'AAAA', ...extra}, {name:'HMAC', hash:'SHA-256'}, true, ['sign']); console.log(JSON.stringify(extra), 'ok'); } catch (e) { console.log(JSON.stringify(extra), e.name, e.message); }
  try { await crypto.subtle.importKey('jwk', {kty:'oct', k:'AAAAAAAAAAAAAAAAAAAAAA', key_ops:['encrypt'], ...extra}, {name:'AES-GCM'}, true, ['encrypt']); console.log('aes', JSON.stringify(extra), 'ok'); } catch (e) { console.log('aes', JSON.stringify(extra), e.name, e.message); }
}
try { await crypto.subtle.importKey('jwk', {kty:'oct', k:'AAAAAAAAAAAAAAAAAAAAAA', key_ops:[,]}, {name:'AES-GCM'}, true, ['encrypt']); console.log('aes hole ok'); } catch (e) { console.log('aes hole', e.name, e.message); }
try { await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, [,]); } catch (e) { console.log('hole usages', e.name, e.message); }
