const E = (e) => e.constructor.name + ': ' + e.message;
const { port2 } = new MessageChannel();
for (const [label, v] of [['undefined', undefined], ['object', { type: 'message' }], ['string', 'message']]) {
  try { port2.dispatchEvent(v); console.log(label, 'no throw'); } catch (e) { console.log(label, E(e)); }
}
try { port2.dispatchEvent(); console.log('no args no throw'); } catch (e) { console.log('no args', E(e)); }
