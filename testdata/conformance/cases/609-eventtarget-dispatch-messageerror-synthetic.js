const { port1, port2 } = new MessageChannel();
port2.onmessageerror = (e) => console.log('onmessageerror', e.type, e.data);
port2.addEventListener('messageerror', (e) => console.log('listener', e.type, e.data));
port2.dispatchEvent(new MessageEvent('messageerror', { data: 'synthetic' }));
port2.onfoo = () => console.log('onfoo plain property is called too');
port2.dispatchEvent(new Event('foo'));
