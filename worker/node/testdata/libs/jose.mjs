import * as jose from 'jose';
export default {
  async test() {
    const secret = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
    const jwt = await new jose.SignJWT({ sub: 'u1', role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(1700000000).setExpirationTime(4000000000).sign(secret);
    console.log('hs256', jwt);
    const { payload, protectedHeader } = await jose.jwtVerify(jwt, secret);
    console.log(JSON.stringify(payload), JSON.stringify(protectedHeader));
    try { await jose.jwtVerify(jwt, new TextEncoder().encode('x'.repeat(32))); } catch (e) { console.log('bad sig', e.code, e.constructor.name); }
    for (const alg of ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA', 'RSA-OAEP-256', 'ECDH-ES', 'RSA-OAEP', 'ECDH-ES+A256KW', 'ES512', 'RS512']) {
      try {
        const { publicKey, privateKey } = await jose.generateKeyPair(alg, { extractable: true });
        const jwk = await jose.exportJWK(publicKey);
        console.log(alg, 'jwk', jwk.kty, jwk.crv ?? '', Object.keys(jwk).sort().join());
        if (alg.startsWith('RSA-OAEP') || alg.startsWith('ECDH-ES')) {
          const jwe = await new jose.CompactEncrypt(new TextEncoder().encode('secret msg')).setProtectedHeader({ alg, enc: 'A256GCM' }).encrypt(publicKey);
          const { plaintext } = await jose.compactDecrypt(jwe, privateKey);
          console.log(alg, 'jwe', new TextDecoder().decode(plaintext));
        } else {
          const t = await new jose.SignJWT({ a: 1 }).setProtectedHeader({ alg }).sign(privateKey);
          const v = await jose.jwtVerify(t, publicKey);
          console.log(alg, 'verify', JSON.stringify(v.payload));
          const pem = await jose.exportSPKI(publicKey);
          const back = await jose.importSPKI(pem, alg);
          console.log(alg, 'spki', pem.split('\n')[0], (await jose.jwtVerify(t, back)).payload.a);
          const pk8 = await jose.exportPKCS8(privateKey);
          console.log(alg, 'pkcs8', pk8.split('\n')[0]);
        }
      } catch (e) { console.log(alg, 'ERR', e.constructor.name, e.message); }
    }
    const jwe = await new jose.EncryptJWT({ x: 1 }).setProtectedHeader({ alg: 'dir', enc: 'A128CBC-HS256' }).encrypt(new Uint8Array(32).fill(7));
    console.log('dir', JSON.stringify((await jose.jwtDecrypt(jwe, new Uint8Array(32).fill(7))).payload));
    const kw = await new jose.CompactEncrypt(new TextEncoder().encode('kw')).setProtectedHeader({ alg: 'A128KW', enc: 'A128GCM' }).encrypt(new Uint8Array(16).fill(1));
    console.log('a128kw', new TextDecoder().decode((await jose.compactDecrypt(kw, new Uint8Array(16).fill(1))).plaintext));
    const p2 = await new jose.CompactEncrypt(new TextEncoder().encode('pbes')).setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }).encrypt(new TextEncoder().encode('pw'));
    console.log('pbes2', new TextDecoder().decode((await jose.compactDecrypt(p2, new TextEncoder().encode('pw'), { keyManagementAlgorithms: ['PBES2-HS256+A128KW'] })).plaintext));
    console.log(JSON.stringify(jose.decodeJwt(jwt)), jose.base64url.encode('hi?'));
    const gk = await jose.generateKeyPair('ECDH-ES+A128KW', { crv: 'X25519', extractable: true });
    const xj = await new jose.CompactEncrypt(new TextEncoder().encode('x25519')).setProtectedHeader({ alg: 'ECDH-ES+A128KW', enc: 'A256GCM' }).encrypt(gk.publicKey);
    console.log('x25519', new TextDecoder().decode((await jose.compactDecrypt(xj, gk.privateKey)).plaintext), JSON.stringify(Object.keys(await jose.exportJWK(gk.privateKey)).sort()));
    const gcmkw = await new jose.CompactEncrypt(new TextEncoder().encode('gcmkw')).setProtectedHeader({ alg: 'A256GCMKW', enc: 'A192CBC-HS384' }).encrypt(new Uint8Array(32).fill(3));
    console.log('gcmkw', new TextDecoder().decode((await jose.compactDecrypt(gcmkw, new Uint8Array(32).fill(3))).plaintext));
    const jwks = jose.createLocalJWKSet({ keys: [{ ...(await jose.exportJWK((await jose.generateKeyPair('ES256')).publicKey)), kid: 'k1', alg: 'ES256' }] });
    try { await jose.jwtVerify(jwt, jwks); } catch (e) { console.log('jwks', e.code); }
    const fs = await new jose.FlattenedSign(new TextEncoder().encode('flat')).setProtectedHeader({ alg: 'HS512' }).sign(new Uint8Array(64).fill(9));
    console.log('flat', fs.signature.length, new TextDecoder().decode((await jose.flattenedVerify(fs, new Uint8Array(64).fill(9))).payload));
    const imp = await jose.importJWK({ kty: 'oct', k: jose.base64url.encode(new Uint8Array(32).fill(1)), alg: 'HS256' });
    console.log('importJWK', imp.constructor.name, imp.byteLength ?? imp.type);
    const thumb = await jose.calculateJwkThumbprint({ kty: 'oct', k: 'AAAA' });
    console.log('thumb', thumb);
  },
};
