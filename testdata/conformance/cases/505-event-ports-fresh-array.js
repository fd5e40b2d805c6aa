const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  const a = e.ports;
  a.push('x');
  console.log(a.length, e.ports.length, a === e.ports, Object.isFrozen(a), Object.isExtensible(a));
};
port1.postMessage('m');
