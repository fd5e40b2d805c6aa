for (const e of [[3], [1,0,1], [5], [2], [1], [1,0,0,0,1], []]) {
  try { const r = await crypto.subtle.generateKey({name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array(e), hash: 'SHA-256'}, true, ['sign', 'verify']);
    const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', r.privateKey, new Uint8Array(3));
    console.log(e.join(), 'ok', await crypto.subtle.verify('RSASSA-PKCS1-v1_5', r.publicKey, sig, new Uint8Array(3)), (await crypto.subtle.exportKey('jwk', r.publicKey)).e); } catch (err) { console.log(e.join(), err.name + ': ' + err.message); }
}
