// config: date=2026-11-23 flags=nodejs_compat
// net.BoundSocket: a port reserved on workerd's virtual ports (port 0, a given port, IPv6, ipv6Only), address(), fd(), close(), Symbol.dispose, adoption by a Server's listen() (the socket is then spent), isBoundSocket, and its errors.
const net = process.getBuiltinModule('node:net');
const log = (...a) => console.log(...a);
const show = (n, f) => { try { const r = f(); log(n, 'ok', typeof r === 'object' ? JSON.stringify(r) : r); } catch (e) { log(n, e.constructor.name, e.name, e.code, e.message); } };
const a = new net.BoundSocket();
log(JSON.stringify(a.address()), a.fd(), Object.keys(a).length, net.BoundSocket.isBoundSocket(a), net.BoundSocket.isBoundSocket({}), net.BoundSocket.isBoundSocket(null));
const b = new net.BoundSocket({ port: 7000, host: '127.0.0.1' });
log(JSON.stringify(b.address()));
show('taken', () => new net.BoundSocket({ port: 7000 }));
show('taken reuse', () => new net.BoundSocket({ port: 7000, reusePort: true }));
const c = new net.BoundSocket({ ipv6Only: true });
log(JSON.stringify(c.address()));
const d = new net.BoundSocket({ host: '::1', port: 7001 });
log(JSON.stringify(d.address()));
log('close', d.close());
show('closed address', () => d.address());
show('closed fd', () => d.fd());
show('closed close', () => d.close());
log('reopen', JSON.stringify(new net.BoundSocket({ port: 7001 }).address()));
const s = net.createServer();
s.listen(b);
await new Promise((r) => s.once('listening', r));
log('server', JSON.stringify(s.address()));
show('adopted', () => b.address());
const s2 = net.createServer();
s2.listen({ handle: a });
await new Promise((r) => s2.once('listening', r));
log('server2', JSON.stringify(s2.address()));
{
  using e = new net.BoundSocket({ port: 7002 });
  log('using', JSON.stringify(e.address()));
}
log('after using', JSON.stringify(new net.BoundSocket({ port: 7002 }).address()));
show('host name', () => new net.BoundSocket({ host: 'example.com' }));
show('path', () => new net.BoundSocket({ path: '/x' }));
show('port', () => new net.BoundSocket({ port: -1 }));
show('ipv6Only', () => new net.BoundSocket({ ipv6Only: 1 }));
show('reusePort', () => new net.BoundSocket({ reusePort: 'y' }));
show('options', () => new net.BoundSocket(5));
show('host num', () => new net.BoundSocket({ host: 5 }));
const t = new net.Socket({ handle: new net.BoundSocket({ port: 7003 }) });
log('socket handle', JSON.stringify(t.address()), t.localPort, t.pending);
