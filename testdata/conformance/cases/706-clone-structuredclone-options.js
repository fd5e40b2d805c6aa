const E = (e) => e.constructor.name + ': ' + e.message;
try { structuredClone(); console.log('no throw'); } catch (e) { console.log('no args', E(e)); }
for (const [label, opt] of [['undefined', undefined], ['null', null], ['{}', {}], ['{transfer:[]}', { transfer: [] }], ['[]', []], ['5', 5], ['"s"', 's'], ['{transfer:null}', { transfer: null }], ['{transfer:[1]}', { transfer: [1] }], ['{transfer:[{}]}', { transfer: [{}] }]]) {
  try { structuredClone('v', opt); console.log(label, 'ok'); } catch (e) { console.log(label, E(e)); }
}
