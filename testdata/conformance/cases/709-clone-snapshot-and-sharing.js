const { port1, port2 } = new MessageChannel();
const shared = { s: 1 };
port2.onmessage = (e) => console.log('shared refs preserved', e.data.a === e.data.b, e.data.a !== shared, JSON.stringify(e.data));
port1.postMessage({ a: shared, b: shared });
const m = new Map();
m.set('self', m);
const c = structuredClone(m);
console.log('map self-reference', c.get('self') === c);
