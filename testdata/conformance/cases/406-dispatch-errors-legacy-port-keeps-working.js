const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('unhandledrejection', (ev) => { ev.preventDefault(); console.log('unhandledrejection', ev.reason); });
port2.onmessage = (e) => { console.log('got', String(e.data)); throw 'x' + e.data; };
port1.postMessage(1);
await new Promise((r) => setTimeout(r, 5));
port1.postMessage(2);
await new Promise((r) => setTimeout(r, 5));
