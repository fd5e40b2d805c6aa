const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { throw new Error('always throws: ' + (e.data instanceof Error ? 'second' : 'first')); };
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
console.log('test continues; nothing printed by workerd');
