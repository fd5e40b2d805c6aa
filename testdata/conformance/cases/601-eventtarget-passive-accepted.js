const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => console.log('passive listener got', e.data), { passive: true });
port2.addEventListener('message', (e) => console.log('passive false got', e.data), { passive: false });
port1.postMessage('m');
