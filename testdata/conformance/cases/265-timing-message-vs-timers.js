const { port1, port2 } = new MessageChannel();
const log = [];
port2.onmessage = (e) => { log.push('msg ' + e.data); };
setTimeout(() => { log.push('t1'); port1.postMessage('from t1'); Promise.resolve().then(() => log.push('micro in t1')); }, 0);
setTimeout(() => { log.push('t2'); }, 0);
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(', '));
