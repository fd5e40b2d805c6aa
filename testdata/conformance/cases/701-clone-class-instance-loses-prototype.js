class K { constructor() { this.a = 1; } get g() { return 2; } m() {} }
const c = structuredClone(new K());
console.log(c.constructor === Object, JSON.stringify(c), c instanceof K, 'g' in c);
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('via port', e.data.constructor === Object, JSON.stringify(e.data));
port1.postMessage(new K());
