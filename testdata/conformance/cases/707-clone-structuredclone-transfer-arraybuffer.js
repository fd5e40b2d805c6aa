const E = (e) => e.constructor.name + ': ' + e.message;
const buf = new Uint8Array([1, 2, 3]).buffer;
const c = structuredClone(buf, { transfer: [buf] });
console.log(buf.byteLength, buf.detached, c.byteLength, JSON.stringify([...new Uint8Array(c)]));
try { structuredClone(buf); } catch (e) { console.log(E(e)); }
const { port1 } = new MessageChannel();
try { port1.postMessage(buf); } catch (e) { console.log('post detached', E(e)); }
const sab = new SharedArrayBuffer(4);
try { structuredClone(sab, { transfer: [sab] }); } catch (e) { console.log('transfer sab', E(e)); }
const { port2 } = new MessageChannel();
try { structuredClone(1, { transfer: [port2] }); } catch (e) { console.log('transfer port', E(e)); }
const s = structuredClone(sab);
new Uint8Array(sab)[0] = 9;
console.log('sab shares memory', new Uint8Array(s)[0]);
