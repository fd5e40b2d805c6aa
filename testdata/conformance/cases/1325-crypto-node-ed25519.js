const s = crypto.subtle;
try { const k = await s.generateKey({name: 'NODE-ED25519', namedCurve: 'NODE-ED25519'}, true, ['sign', 'verify']); console.log(JSON.stringify(k.publicKey.algorithm), JSON.stringify(await s.exportKey('jwk', k.publicKey)).replace(/"x":"[^"]*"/, 'X'));
  const sig = await s.sign({name: 'NODE-ED25519'}, k.privateKey, new Uint8Array(1)); console.log(sig.byteLength, await s.verify('NODE-ED25519', k.publicKey, sig, new Uint8Array(1)));
  const raw = await s.exportKey('raw', k.publicKey); const i = await s.importKey('raw', raw, {name: 'NODE-ED25519', namedCurve: 'NODE-ED25519'}, true, ['verify']); console.log(JSON.stringify(i.algorithm));
} catch (e) { console.log(e.name + ': ' + e.message); }
try { await s.generateKey({name: 'NODE-ED25519', namedCurve: 'X'}, true, ['sign']); } catch (e) { console.log(e.name + ': ' + e.message); }
try { await s.generateKey({name: 'NODE-ED25519'}, true, ['sign']); } catch (e) { console.log(e.name + ': ' + e.message); }
try { await s.generateKey({name: 'Ed448'}, true, ['sign']); } catch (e) { console.log(e.name + ': ' + e.message); }
try { await s.generateKey({name: 'RSA-RAW', modulusLength: 1024, publicExponent: new Uint8Array([1,0,1]), hash: 'SHA-256'}, true, ['sign']); console.log('rsa-raw ok'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { await s.generateKey({name: 'ECDSA', namedCurve: 'P-256K'}, true, ['sign']); } catch (e) { console.log(e.name + ': ' + e.message); }
