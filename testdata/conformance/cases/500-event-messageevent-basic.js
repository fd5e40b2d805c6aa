const { port1, port2 } = new MessageChannel();
const sent = { k: 1 };
port2.onmessage = (e) => {
  console.log(e.constructor.name, e.type, JSON.stringify(e.data), e.data === sent);
  console.log('origin', e.origin, 'lastEventId', JSON.stringify(e.lastEventId));
  console.log('source === port2', e.source === port2, 'source === port1', e.source === port1);
  console.log('ports', Array.isArray(e.ports), e.ports.length, e.ports === e.ports, Object.isFrozen(e.ports));
  console.log(e.isTrusted, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.returnValue, e.timeStamp, e.cancelBubble);
};
port1.postMessage(sent);
