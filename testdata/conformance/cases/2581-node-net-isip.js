// config: date=2026-11-23 flags=nodejs_compat
// net.isIP, isIPv4 and isIPv6 over addresses, near-addresses and non-strings (converted with String), zone ids, IPv4-mapped and compressed IPv6.
const net = process.getBuiltinModule('node:net');
const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4 ', ' 1.2.3.4', '::', '::1', '::ffff:1.2.3.4', '2001:db8::1', '2001:db8:0:0:0:0:2:1', 'fe80::1%eth0', 'fe80::1%', '1::2::3', ':::', '12345::', 'g::1', '[::1]', 'localhost', '', '1.2.3.4.5', '::1.2.3.4', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '1:2:3:4:5:6:7:8:9'];
for (const s of inputs) console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
for (const v of [undefined, null, 1, 127, {}, { toString() { return '1.2.3.4'; } }, ['::1'], true]) console.log(String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
