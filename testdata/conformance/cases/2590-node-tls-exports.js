// config: date=2026-11-23 flags=nodejs_compat
// node:tls's exports: the default export's keys in order, each one's kind, name and length, the constants, rootCertificates, TLSSocket a net.Socket, its prototype's own names; getCiphers, createServer, Server and createSecurePair throw workerd's errors.
const tls = process.getBuiltinModule('node:tls');
const net = process.getBuiltinModule('node:net');
console.log(Object.keys(tls).join());
for (const k of Object.keys(tls)) { const v = tls[k]; console.log(k, typeof v, typeof v === 'function' ? v.name + '/' + v.length : Array.isArray(v) ? 'array ' + v.length + ' ' + Object.isFrozen(v) : JSON.stringify(v)); }
console.log(Object.getPrototypeOf(tls.TLSSocket.prototype) === net.Socket.prototype, Object.getPrototypeOf(tls.TLSSocket) === net.Socket);
console.log(Object.getOwnPropertyNames(tls.TLSSocket.prototype).join());
console.log(Object.getOwnPropertyNames(tls.SecureContext.prototype).join());
for (const k of Object.getOwnPropertyNames(tls.TLSSocket.prototype)) {
  const d = Object.getOwnPropertyDescriptor(tls.TLSSocket.prototype, k);
  if (!d.enumerable || !d.writable || !d.configurable) console.log('descriptor', k, d.enumerable, d.writable, d.configurable);
}
for (const f of ['getCiphers', 'createServer', 'Server', 'createSecurePair']) {
  try { tls[f](); console.log(f, 'returned'); } catch (e) { console.log(f, e.constructor.name, e.name, e.code, e.message); }
}
try { new tls.Server(); } catch (e) { console.log('new Server', e.message); }
const m = await import('node:tls');
console.log(m.default === tls, m.TLSSocket === tls.TLSSocket, m.rootCertificates === tls.rootCertificates);
const w = process.getBuiltinModule('node:_tls_wrap'), c = process.getBuiltinModule('node:_tls_common');
console.log(Object.keys(w).join(), Object.keys(c).join(), w.TLSSocket === tls.TLSSocket, w.connect === tls.connect, c.SecureContext === tls.SecureContext, c.createSecureContext === tls.createSecureContext, c.translatePeerCertificate.name, c.translatePeerCertificate.length);
const cert = { subject: { CN: 'a' }, infoAccess: 'OCSP - URI:http://o.example\nCA Issuers - URI:http://c.example\nOCSP - URI:"http://x\\u0041"\n', issuerCertificate: { infoAccess: 'k:v' } };
cert.issuerCertificate.issuerCertificate = cert.issuerCertificate;
const t = c.translatePeerCertificate(cert);
console.log(t === cert, Object.getPrototypeOf(t.infoAccess), JSON.stringify(t.infoAccess), JSON.stringify(t.issuerCertificate.infoAccess), c.translatePeerCertificate(null), c.translatePeerCertificate(undefined));
