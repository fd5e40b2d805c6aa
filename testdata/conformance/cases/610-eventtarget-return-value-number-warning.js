const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { console.log('got', e.data); return 42; };
port1.postMessage('m1');
port1.postMessage('m2: warning only once per EventTarget');
