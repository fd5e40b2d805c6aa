const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => { console.log('returns true'); return true; });
port2.addEventListener('message', (e) => console.log('defaultPrevented', e.defaultPrevented, 'cancelable', e.cancelable));
port1.postMessage('m');
