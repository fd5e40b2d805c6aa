const mc = new MessageChannel();
console.log(JSON.stringify(Reflect.ownKeys(mc)));
for (const k of Reflect.ownKeys(mc)) {
  const d = Object.getOwnPropertyDescriptor(mc, k);
  console.log(k, 'value' in d, 'get' in d, d.writable, d.enumerable, d.configurable);
}
console.log(mc.port1 === mc.port1, mc.port2 === mc.port2);
