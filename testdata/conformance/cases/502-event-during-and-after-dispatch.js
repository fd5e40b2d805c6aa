const { port1, port2 } = new MessageChannel();
let saved;
port2.onmessage = (e) => {
  saved = e;
  console.log('during', e.eventPhase, e.target === port2, e.currentTarget === port2, e.composedPath().length, e.composedPath()[0] === port2);
};
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
console.log('after', saved.eventPhase, saved.target === port2, saved.currentTarget === port2, saved.composedPath().length);
