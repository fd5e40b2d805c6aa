// Every SubtleCrypto method with every combination of hostile arguments:
// each call must return a promise that settles (or throw a JS error),
// never crash the isolate with a Go panic.
(async () => {
  const s = crypto.subtle;
  const hmac = await s.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const aes = await s.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const ec = await s.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ed = await s.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const x = await s.generateKey({ name: 'X25519' }, true, ['deriveBits', 'deriveKey']);
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  const values = [undefined, null, 0, -1, 2 ** 40, NaN, 'raw', 'jwk', 'spki', 'pkcs8', 'SHA-256', {}, [], [1],
    { name: 'AES-GCM', iv: new Uint8Array(12) }, { name: 'HMAC', hash: {} }, { name: 'ECDSA', hash: 'SHA-256', namedCurve: 'P-256' },
    { name: 'X25519', public: x.publicKey }, { name: 'PBKDF2', salt: detached, iterations: 1, hash: 'SHA-1' },
    { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' }, { kty: 'RSA', n: '', e: '' }, { kty: 'OKP', crv: 'Ed25519', x: '!' },
    new Uint8Array(0), new Uint8Array(65), new Float64Array(2), new DataView(new ArrayBuffer(4)), detached, new Uint8Array(8).subarray(8),
    hmac, aes, ec.publicKey, ec.privateKey, ed.privateKey, x.publicKey, ['sign'], ['encrypt', 'bogus'], Symbol('s'), 10n,
    { get name() { throw new Error('getter'); } }];
  const methods = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey'];
  let calls = 0, settled = 0;
  let seed = 1;
  const pick = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return values[seed % values.length]; };
  for (const m of methods) {
    for (let i = 0; i < 400; i++) {
      const args = [pick(), pick(), pick(), pick(), pick(), pick(), pick()];
      calls++;
      try { await s[m](...args); } catch (e) { if (!(e instanceof Error) && !(e instanceof DOMException)) throw e; }
      settled++;
    }
  }
  for (let i = 0; i < 200; i++) {
    try { crypto.getRandomValues(pick()); } catch {}
    try { s.timingSafeEqual(pick(), pick()); } catch {}
    try { new crypto.DigestStream(pick()); } catch {}
  }
  console.log(calls === settled ? 'settled ' + settled : 'lost ' + (calls - settled));
})();
