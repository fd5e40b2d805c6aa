const { port1 } = new MessageChannel();
console.log(JSON.stringify(Object.keys(port1)), JSON.stringify(Reflect.ownKeys(port1).map(String)));
console.log(JSON.stringify(port1));
const seen = [];
for (const k in port1) seen.push(k);
console.log(seen.join(','));
console.log(Object.isExtensible(port1));
port1.custom = 42;
console.log(port1.custom, JSON.stringify(Object.keys(port1)), JSON.stringify(port1));
