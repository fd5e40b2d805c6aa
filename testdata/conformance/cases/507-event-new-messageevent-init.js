const data = { id: 1 };
const { port1 } = new MessageChannel();
const e = new MessageEvent('message', { data, origin: 'https://example.com', lastEventId: '42', source: port1, ports: [], bubbles: true, cancelable: true });
console.log(e.data === data, e.origin, e.lastEventId, e.source === port1, e.ports.length, e.bubbles, e.cancelable);
const e2 = new MessageEvent('message', { data: undefined, origin: 5, lastEventId: null });
console.log(e2.data, JSON.stringify(e2.origin), JSON.stringify(e2.lastEventId));
