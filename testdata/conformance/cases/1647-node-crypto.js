// config: date=2026-11-17
// node:crypto's hashes, HMACs, key derivations and random helpers.
const c = process.getBuiltinModule('node:crypto');
console.log(c.createHash('sha256').update('hi').digest('hex'), c.createHash('md5').update('a').update(Buffer.from('b')).digest('base64'));
console.log(c.createHash('SHA512').update('x', 'utf8').digest('base64url'), c.createHash('sha1').digest());
console.log(c.createHmac('sha256', 'k').update('hi').digest('hex'), c.createHmac('sha1', Buffer.from('key')).update('v').digest('hex'));
console.log(c.hash('sha1', 'abc'), c.hash('md5', 'abc', 'base64'), c.getHashes().includes('sha256'));
console.log(c.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha256', 'key', 'salt', 'info', 16)).toString('hex'));
console.log(c.randomBytes(4).length, c.randomBytes(0).length, typeof c.randomUUID(), c.randomUUID().length, c.webcrypto === crypto, c.subtle === crypto.subtle);
const r = c.randomInt(10);
console.log(r >= 0 && r < 10, c.timingSafeEqual(Buffer.from('a'), Buffer.from('a')), c.timingSafeEqual(Buffer.from('a'), Buffer.from('b')));
const u = new Uint8Array(4);
console.log(c.randomFillSync(u) === u, c.getRandomValues(new Uint8Array(2)).length);
try { c.createHash('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const h = c.createHash('sha256');
h.digest();
try { h.update('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { h.digest(); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.name, e.code, e.message); }
await new Promise((resolve) => c.pbkdf2('p', 's', 2, 8, 'sha256', (err, key) => { console.log('pbkdf2', err, key.toString('hex')); resolve(); }));
console.log(h instanceof c.Hash, typeof c.Hmac);
