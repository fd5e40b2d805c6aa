const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
try { port1.postMessage(new SharedArrayBuffer(8)); } catch (e) { console.log(E(e)); }
try { port1.postMessage({ nested: [new Int32Array(new SharedArrayBuffer(8))] }); } catch (e) { console.log(E(e)); }
port1.close();
try { port1.postMessage(new SharedArrayBuffer(8)); console.log('closed: no throw'); } catch (e) { console.log('closed', E(e)); }
