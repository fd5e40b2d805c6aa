const E = (e) => e.constructor.name + ': ' + e.message;
const a = new ArrayBuffer(4);
const c = structuredClone(a, { transfer: [a, a] });
console.log('same buffer twice', a.byteLength, c.byteLength);
const unrelated = new ArrayBuffer(4);
structuredClone('value without the buffer', { transfer: [unrelated] });
console.log('unreferenced buffer detached', unrelated.detached);
const keep = new ArrayBuffer(4);
try { structuredClone({ keep, f() {} }, { transfer: [keep] }); } catch (e) { console.log(E(e)); }
console.log('failed clone detaches nothing', keep.detached, keep.byteLength);
const u8 = new Uint8Array([5, 6, 7]);
const cu = structuredClone(u8, { transfer: [u8.buffer] });
console.log('typed array transfer', u8.length, u8.buffer.detached, JSON.stringify([...cu]));
const { port1 } = new MessageChannel();
const b = new ArrayBuffer(2);
try { port1.postMessage(b, [b]); } catch (e) { console.log('postMessage transfer', E(e), 'detached', b.detached); }
