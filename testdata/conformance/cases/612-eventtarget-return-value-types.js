const kinds = [['string', () => 's'], ['object', () => ({})], ['undefined', () => undefined], ['false', () => false], ['null', () => null]];
for (const [label, fn] of kinds) {
  const { port1, port2 } = new MessageChannel();
  port2.addEventListener('message', (e) => { console.log('listener returning', label); return fn(); });
  port1.postMessage(label);
  await new Promise((r) => setTimeout(r, 1));
}
