const { port1, port2 } = new MessageChannel();
const obj = {
  name: 'handler-object',
  handleEvent(e) { console.log('handleEvent this is obj', this === obj, this.name, e.data); },
};
port2.addEventListener('message', obj);
port1.postMessage('m1');
await new Promise((r) => setTimeout(r, 5));
obj.handleEvent = function (e) { console.log('replaced handleEvent (would mean it is looked up at dispatch)', e.data); };
port1.postMessage('m2');
await new Promise((r) => setTimeout(r, 5));
port2.removeEventListener('message', obj);
port1.postMessage('m3 queued');
await new Promise((r) => setTimeout(r, 5));
console.log('removed');
