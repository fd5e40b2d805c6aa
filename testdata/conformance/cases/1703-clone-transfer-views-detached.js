// structuredClone's transfer list as workerd has it: a typed array or a DataView stands for its
// buffer, duplicates are fine, a detached buffer is accepted (it clones as an empty buffer), a
// view of a detached buffer is refused; ports refuse any transfer list.
const u = new Uint8Array([1, 2, 3, 4]);
const r = structuredClone(u, { transfer: [u] });
console.log(r.join(), u.buffer.byteLength, u.length, r.buffer === u.buffer);
const u2 = new Uint8Array([5, 6]); const r2 = structuredClone({ a: u2 }, { transfer: [u2] }); console.log(r2.a.join(), u2.buffer.byteLength);
const u3 = new Uint8Array([7]); console.log(structuredClone(1, { transfer: [u3] }), u3.buffer.byteLength);
const dv = new DataView(new ArrayBuffer(2)); const r4 = structuredClone(dv, { transfer: [dv] }); console.log('DataView', r4.byteLength, dv.buffer.byteLength);
const b = new ArrayBuffer(4); structuredClone(b, { transfer: [b, b] }); console.log('twice', b.byteLength);
try { console.log('detached listed', structuredClone(b, { transfer: [b] }).byteLength, structuredClone(1, { transfer: [b] })); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(b); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(u, { transfer: [u.buffer] }); } catch (e) { console.log(e.name, e.message); }
for (const x of [1, {}, undefined, 'ab']) { try { structuredClone(1, { transfer: [x] }); } catch (e) { console.log(e.constructor.name, e.message); } }
try { new MessageChannel().port1.postMessage(u2, [u2]); } catch (e) { console.log(e.constructor.name, e.message); }
