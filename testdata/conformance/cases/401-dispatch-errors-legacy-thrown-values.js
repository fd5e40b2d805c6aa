const { port1, port2 } = new MessageChannel();
const obj = { o: 1 };
const values = { s: 'a string', u: undefined, n: null, num: 7, obj };
port2.onmessage = (e) => {
  if (typeof e.data === 'string' && e.data.startsWith('throw ')) throw values[e.data.slice(6)];
  console.log('second event data:', typeof e.data, e.data === obj ? 'same object' : String(e.data), e.type);
};
for (const k of Object.keys(values)) port1.postMessage('throw ' + k);
