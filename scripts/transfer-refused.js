// transfer-refused.js: workerd refuses every non-empty transfer list.
//
//   mcrepl run scripts/transfer-refused.js
//
// In browsers and Node, postMessage(data, [buffer]) moves the buffer to the
// other side. workerd throws a plain Error (not a TypeError, not a
// DataCloneError) for any non-empty list, whatever it holds, and before it
// looks at the data. An empty list, or an options bag without transfer, is
// fine. structuredClone, on the other hand, does transfer ArrayBuffers.
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);

const buffer = new ArrayBuffer(8);
for (const transfer of [[buffer], { transfer: [buffer] }, [port2]]) {
  try {
    port1.postMessage(buffer, transfer);
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
console.log('the buffer is still attached:', buffer.byteLength === 8);

const moved = structuredClone(buffer, { transfer: [buffer] });
console.log('structuredClone transfers: byteLength', buffer.byteLength, '->', moved.byteLength);

port1.postMessage('no transfer', []);
port1.postMessage('no transfer either', {});
