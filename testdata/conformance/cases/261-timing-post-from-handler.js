const { port1, port2 } = new MessageChannel();
const log = [];
port2.onmessage = (e) => { log.push('port2 got ' + e.data); port2.postMessage('reply'); };
port1.onmessage = (e) => log.push('port1 got ' + e.data);
port1.postMessage('ping');
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3')).then(() => log.push('then 4'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join('\n'));
