const { port1, port2 } = new MessageChannel();
const log = [];
setTimeout(() => log.push('timeout 0'), 0);
port2.onmessage = (e) => { log.push('port2 ' + e.data); if (e.data < 6) port2.postMessage(e.data + 1); };
port1.onmessage = (e) => { log.push('port1 ' + e.data); port1.postMessage(e.data + 1); };
port1.postMessage(0);
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(', '));
