// config: date=2026-09-15
const mc = new MessageChannel();
console.log(typeof MessageChannel, String(mc.port1), String(mc));
mc.port2.addEventListener('message', function (e) { console.log('this === port2', this === mc.port2, e.data); });
mc.port1.postMessage('m');
