const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('delivered before the test fails', e.data);
port1.postMessage('m');
await null;
throw new TypeError('escapes test()');
