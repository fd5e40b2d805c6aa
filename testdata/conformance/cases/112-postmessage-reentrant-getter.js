const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', JSON.stringify(e.data));
let first = true;
port1.postMessage({ get outer() { if (first) { first = false; port1.postMessage('inner'); } return 'outer'; } });
