const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
port1.close();
try { port1.postMessage(() => 1); } catch (e) { console.log('closed self', E(e)); }
try { port2.postMessage(Symbol('x')); } catch (e) { console.log('closed peer', E(e)); }
try { port1.postMessage('m', [1]); } catch (e) { console.log('closed transfer', E(e)); }
let ran = false;
console.log(port1.postMessage({ get g() { ran = true; return 1; } }), ran);
console.log(port2.postMessage('dropped'));
