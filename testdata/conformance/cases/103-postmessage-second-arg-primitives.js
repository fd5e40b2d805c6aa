const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
for (const [label, v] of [['""', ''], ['"x"', 'x'], ['1', 1], ['0', 0], ['true', true], ['false', false], ['Symbol()', Symbol('s')], ['1n', 1n]]) {
  try { port1.postMessage('m', v); console.log(label, 'no throw'); } catch (e) { console.log(label, E(e)); }
}
