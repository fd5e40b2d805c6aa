const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error', ev.message); ev.preventDefault(); });
port2.addEventListener('message', (e) => { console.log('listener', e.data); throw new Error('sync boom'); });
port2.addEventListener('message', (e) => console.log('second listener', e.data));
try { console.log('returned', port2.dispatchEvent(new MessageEvent('message', { data: 'synthetic' }))); } catch (e) { console.log('dispatchEvent threw', e.message); }
