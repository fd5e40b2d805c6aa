// config: date=2026-11-23 flags=nodejs_compat
// net.BlockList: addAddress, addRange, addSubnet (IPv4, IPv6, SocketAddress arguments), check (IPv4-mapped IPv6 against IPv4 rules), rules, toJSON and fromJSON, inspect, isBlockList, and its errors.
const net = process.getBuiltinModule('node:net');
const util = process.getBuiltinModule('node:util');
const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addAddress('::1', 'ipv6');
bl.addRange('192.168.1.10', '192.168.1.20');
bl.addRange('2001:db8::1', '2001:db8::ff', 'ipv6');
bl.addSubnet('172.16.0.0', 12);
bl.addSubnet('fe80::', 10, 'ipv6');
bl.addAddress(new net.SocketAddress({ address: '8.8.8.8' }));
console.log(JSON.stringify(bl.rules), JSON.stringify(bl));
console.log(util.inspect(bl));
console.log(util.inspect({ x: bl }, { depth: 0 }));
for (const [a, f] of [['10.0.0.1'], ['10.0.0.2'], ['::1', 'ipv6'], ['::2', 'ipv6'], ['192.168.1.15'], ['192.168.1.21'], ['2001:db8::10', 'ipv6'], ['172.31.255.255'], ['172.32.0.0'], ['fe80::1', 'ipv6'], ['febf::1', 'ipv6'], ['fec0::1', 'ipv6'], ['::ffff:10.0.0.1', 'ipv6'], ['::ffff:192.168.1.11', 'ipv6'], ['::ffff:172.16.1.1', 'ipv6'], ['8.8.8.8'], ['bogus'], ['::1'], ['10.0.0.1', 'ipv6']]) {
  console.log('check', a, f, bl.check(a, f));
}
console.log('check sa', bl.check(new net.SocketAddress({ address: '10.0.0.1' })), bl.check(new net.SocketAddress({ address: '::1', family: 'ipv6' })));
const copy = new net.BlockList();
copy.fromJSON(bl.toJSON());
console.log('fromJSON array', JSON.stringify(copy.rules));
const fromStr = new net.BlockList();
try { fromStr.fromJSON(JSON.stringify(['Address: IPv4 1.1.1.1'])); console.log('fromJSON string', JSON.stringify(fromStr.rules)); } catch (e) { console.log('fromJSON string', e.name, e.code, e.message); }
console.log(net.BlockList.isBlockList(bl), net.BlockList.isBlockList({}), Object.keys(bl).length);
const show = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
const b = new net.BlockList();
show('addAddress bad', () => b.addAddress('x'));
show('addAddress v6 bad', () => b.addAddress('1.2.3.4', 'ipv6'));
show('addAddress family', () => b.addAddress('::1', 'ipv7'));
show('addAddress num', () => b.addAddress(1));
show('addRange order', () => b.addRange('1.2.3.5', '1.2.3.4'));
show('addRange bad', () => b.addRange('1.2.3.4', 'x'));
show('addRange end num', () => b.addRange('1.2.3.4', 5));
show('addRange families', () => b.addRange(new net.SocketAddress({ address: '1.1.1.1' }), new net.SocketAddress({ address: '::1', family: 'ipv6' })));
show('addSubnet 33', () => b.addSubnet('1.2.3.4', 33));
show('addSubnet 129', () => b.addSubnet('::', 129, 'ipv6'));
show('addSubnet -1', () => b.addSubnet('1.2.3.4', -1));
show('addSubnet str', () => b.addSubnet('1.2.3.4', '8'));
show('addSubnet 1.5', () => b.addSubnet('1.2.3.4', 1.5));
show('addSubnet bad', () => b.addSubnet('x', 8));
show('check family', () => b.check('1.2.3.4', 'ipv5'));
show('check num', () => b.check(1));
show('fromJSON bad', () => b.fromJSON('{'));
show('fromJSON obj', () => b.fromJSON({}));
show('fromJSON num', () => b.fromJSON(5));
console.log(JSON.stringify(b.rules));
