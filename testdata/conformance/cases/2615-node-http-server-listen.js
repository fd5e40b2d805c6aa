// config: date=2026-11-23 flags=nodejs_compat
// createServer and listen as in workerd when nothing routes requests to them: the port (49152 and up
// for port 0), 'listening' and 'close' events, address(), a second listen, a port in use, bad ports,
// and the server options checks.
const http = process.getBuiltinModule('node:http');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', r && r.constructor ? r.constructor.name : r); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, JSON.stringify(e.message)); } };
const s1 = http.createServer((req, res) => res.end('hi'));
console.log(s1.listening, s1.address(), s1.listenerCount('request'), s1.timeout, s1.requestTimeout, s1.headersTimeout, s1.keepAliveTimeout, s1.requireHostHeader, s1.maxHeadersCount, s1.highWaterMark);
const events = [];
s1.on('listening', () => events.push('listening'));
console.log(s1.listen(() => events.push('listen callback')) === s1, s1.listening, JSON.stringify(s1.address()));
events.push('sync');
await new Promise((r) => setTimeout(r, 0));
console.log(events.join(','));
show('listen twice', () => s1.listen());
const s2 = http.createServer().listen(0);
console.log('second', s2.address().port);
show('in use', () => http.createServer().listen(s2.address().port));
show('in use object', () => http.createServer().listen({ port: 8080, host: 'localhost' }) && http.createServer().listen({ port: 8080, host: 'localhost' }));
show('bad port', () => http.createServer().listen(70000));
show('bad port string', () => http.createServer().listen('x1'));
show('bad port neg', () => http.createServer().listen({ port: -1 }));
show('string port', () => http.createServer().listen('9090').address().port);
await new Promise((r) => s1.close(() => { console.log('closed', s1.listening, s1.address()); r(); }));
console.log('relisten', s1.listen(0).address().port);
show('opt maxHeaderSize', () => http.createServer({ maxHeaderSize: 10 }));
show('opt requestTimeout', () => http.createServer({ requestTimeout: 'x' }));
show('opt headersTimeout', () => http.createServer({ requestTimeout: 10, headersTimeout: 20 }));
show('opt keepAliveTimeout', () => http.createServer({ keepAliveTimeout: 1 }));
show('opt requireHostHeader', () => http.createServer({ requireHostHeader: 1 }));
show('opt joinDuplicateHeaders', () => http.createServer({ joinDuplicateHeaders: 'yes' }));
show('opt highWaterMark', () => http.createServer({ highWaterMark: 'x' }));
show('opt insecureHTTPParser', () => http.createServer({ insecureHTTPParser: 0 }));
show('opt not object', () => http.createServer(5));
const s3 = http.createServer({ requestTimeout: 1000, highWaterMark: 10, joinDuplicateHeaders: true });
console.log(s3.requestTimeout, s3.headersTimeout, s3.highWaterMark, s3.joinDuplicateHeaders, s3.requireHostHeader, s3.maxConnections, s3.connections);
s3.getConnections((e, n) => console.log('connections', e, n));
console.log(s3.ref() === s3, s3.unref() === s3, s3.setTimeout(5) === s3, s3.timeout);
await new Promise((r) => setTimeout(r, 0));
