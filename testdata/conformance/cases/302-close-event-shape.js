const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', (e) => {
  console.log(e.constructor.name, e instanceof Event, e instanceof MessageEvent, e.type);
  console.log('data' in e, e.isTrusted, e.bubbles, e.cancelable, e.composed, e.timeStamp, e.defaultPrevented);
  console.log(e.target === port2, e.currentTarget === port2, e.eventPhase, e.composedPath().length);
  console.log(JSON.stringify(Object.keys(e)));
});
port1.close();
