// A structuredClone that reaches itself again through a getter (or a listener of a
// message event posted in a getter) ends in V8's RangeError, soon, and the script goes on.
const o = { a: 1 };
let depth = 0;
Object.defineProperty(o, 'x', { enumerable: true, get() { depth++; return structuredClone(o); } });
try { structuredClone(o); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message, depth > 10); }
const p = { b: 2 };
Object.defineProperty(p, 'y', { enumerable: true, get() { return [structuredClone(p)]; } });
try { structuredClone([p]); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const { port1, port2 } = new MessageChannel();
const q = {};
Object.defineProperty(q, 'z', { enumerable: true, get() { port1.postMessage(q); return 1; } });
try { port1.postMessage(q); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
port1.close();
console.log('still running');
