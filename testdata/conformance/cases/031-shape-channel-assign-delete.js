const E = (e) => e.constructor.name + ': ' + e.message;
const mc = new MessageChannel();
const p1 = mc.port1;
try { mc.port1 = 5; console.log('no throw'); } catch (e) { console.log(E(e)); }
console.log(mc.port1 === p1);
console.log(delete mc.port2);
console.log(mc.port2, JSON.stringify(Reflect.ownKeys(mc)));
