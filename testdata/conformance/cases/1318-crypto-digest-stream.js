const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
console.log(typeof crypto.DigestStream, crypto.DigestStream.name, crypto.DigestStream.length, Object.getPrototypeOf(crypto.DigestStream.prototype) === WritableStream.prototype);
const ds = new crypto.DigestStream('SHA-256');
console.log(Object.getOwnPropertyNames(crypto.DigestStream.prototype).join(), ds.digest instanceof Promise, ds.digest === ds.digest, Object.prototype.toString.call(ds), ds instanceof WritableStream, ds.bytesWritten);
const w = ds.getWriter(); await w.write(new TextEncoder().encode('ab')); await w.write(new Uint8Array([99])); await w.close();
console.log(hex(await ds.digest), ds.bytesWritten, typeof ds.bytesWritten);
for (const a of ['SHA-1', 'sha-384', {name: 'SHA-512'}, 'MD5']) { const d = new crypto.DigestStream(a); const wr = d.getWriter(); await wr.write(new Uint8Array([1, 2, 3])); await wr.close(); console.log(JSON.stringify(a), hex(await d.digest).slice(0, 16)); }
try { new crypto.DigestStream('foo'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { crypto.DigestStream('SHA-256'); } catch (e) { console.log(e.name + ': ' + e.message); }
const ds3 = new crypto.DigestStream('SHA-1'); ds3.digest.then((d) => console.log('ds3', d.byteLength), (e) => console.log('ds3 rejected', e.message)); const w3 = ds3.getWriter(); await w3.abort(new Error('x')); await new Promise((r) => setTimeout(r, 5));
const ds4 = new crypto.DigestStream('SHA-256'); await new Blob(['abc']).stream().pipeTo(ds4); console.log(hex(await ds4.digest).slice(0, 16));
const ds5 = new crypto.DigestStream('SHA-256'); const w5 = ds5.getWriter(); await w5.write(new DataView(new Uint8Array([97, 98, 99]).buffer)); await w5.close(); console.log(hex(await ds5.digest).slice(0, 16));
