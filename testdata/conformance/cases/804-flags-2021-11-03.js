// config: date=2021-11-03
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis);
