const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log(JSON.stringify(Object.keys(e)));
  for (const k of Object.keys(e)) {
    const d = Object.getOwnPropertyDescriptor(e, k);
    console.log(k, 'value' in d, d.writable, d.enumerable, d.configurable);
  }
  try { e.data = 'changed'; console.log('no throw'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
  try { e.source = null; console.log('no throw'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
  console.log(e.data);
};
port1.postMessage('original');
