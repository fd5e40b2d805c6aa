const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log(Object.prototype.toString.call(e));
  console.log(Object.getPrototypeOf(e) === MessageEvent.prototype, Object.getPrototypeOf(MessageEvent.prototype) === Event.prototype, Object.getPrototypeOf(Event.prototype) === Object.prototype);
  console.log(JSON.stringify(Object.getOwnPropertyNames(MessageEvent.prototype)));
  console.log(e instanceof Event, e instanceof MessageEvent);
};
port1.postMessage('m');
