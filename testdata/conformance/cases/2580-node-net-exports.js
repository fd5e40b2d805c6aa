// config: date=2026-11-23 flags=nodejs_compat
// node:net's exports: the default export's keys in order, each one's kind, name and length, Stream === Socket, Socket a Duplex, the prototype's own names and their descriptors, createConnection === connect.
const net = process.getBuiltinModule('node:net');
const m = await import('node:net');
console.log(Object.keys(m.default).join());
console.log(m.default === net, m.Socket === net.Socket, net.Stream === net.Socket, net.createConnection === net.connect);
for (const k of Object.keys(net)) { const v = net[k]; console.log(k, typeof v, typeof v === 'function' ? v.name + '/' + v.length : String(v)); }
const { Duplex } = await import('node:stream');
console.log(Object.getPrototypeOf(net.Socket.prototype) === Duplex.prototype, Object.getPrototypeOf(net.Socket) === Duplex);
for (const k of Object.getOwnPropertyNames(net.Socket.prototype)) {
  const d = Object.getOwnPropertyDescriptor(net.Socket.prototype, k);
  console.log(k, 'value' in d ? typeof d.value : 'get', d.enumerable, d.configurable, 'value' in d ? d.writable : typeof d.set);
}
console.log(Object.getOwnPropertyNames(net.Server.prototype).join(), Object.getOwnPropertyNames(net.BoundSocket.prototype).join());
console.log(Object.getOwnPropertyNames(net.SocketAddress.prototype).join(), Object.getOwnPropertyNames(net.SocketAddress).sort().join());
console.log(Object.getOwnPropertyNames(net.BlockList.prototype).join(), Object.getOwnPropertyNames(net.BlockList).sort().join());
console.log(typeof net.Server.prototype.listen, Object.getPrototypeOf(net.Server.prototype) === (await import('node:events')).EventEmitter.prototype);
