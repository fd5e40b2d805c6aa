// config: date=2026-11-23 flags=nodejs_compat
// net.SocketAddress: defaults by family, the accessors, toJSON, inspect, isSocketAddress, parse, and its errors (family, address, port, flowlabel, options).
const net = process.getBuiltinModule('node:net');
const util = process.getBuiltinModule('node:util');
const a = new net.SocketAddress();
console.log(a.address, a.port, a.family, a.flowlabel, JSON.stringify(a), util.inspect(a));
const b = new net.SocketAddress({ family: 'IPv6', port: 443, flowlabel: 7 });
console.log(b.address, b.port, b.family, b.flowlabel, JSON.stringify(b.toJSON()));
console.log(Object.keys(a).length, net.SocketAddress.isSocketAddress(a), net.SocketAddress.isSocketAddress({}), net.SocketAddress.isSocketAddress(null));
console.log(util.inspect({ nested: { deeper: a } }, { depth: 0 }), util.inspect([a]));
for (const s of ['1.2.3.4:80', '1.2.3.4', '[::1]:8080', '[::1]', 'localhost:80', 'example.com', '1.2.3.4:99999', '', ':80', '[::1']) {
  const p = net.SocketAddress.parse(s);
  console.log('parse', JSON.stringify(s), p === undefined ? 'undefined' : JSON.stringify(p));
}
const show = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
show('address', () => new net.SocketAddress({ address: 'x' }));
show('v6 in v4', () => new net.SocketAddress({ address: '::1' }));
show('v4 in v6', () => new net.SocketAddress({ address: '1.2.3.4', family: 'ipv6' }));
show('family', () => new net.SocketAddress({ family: 'ipv5' }));
show('family num', () => new net.SocketAddress({ family: 4 }));
show('address num', () => new net.SocketAddress({ address: 1 }));
show('port', () => new net.SocketAddress({ port: 70000 }));
show('port str', () => new net.SocketAddress({ port: '80' }));
show('flowlabel', () => new net.SocketAddress({ flowlabel: -1 }));
show('flowlabel str', () => new net.SocketAddress({ flowlabel: '1' }));
show('options', () => new net.SocketAddress(1));
show('null', () => new net.SocketAddress(null));
show('parse num', () => net.SocketAddress.parse(1));
console.log(new net.SocketAddress({ port: '80' }).port, typeof new net.SocketAddress({ port: '80' }).port);
