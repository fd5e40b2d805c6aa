// config: date=2026-11-23 flags=nodejs_compat
// tls.checkServerIdentity: DNS altnames with wildcards (one label, not the public suffix, not partial for xn--), IP altnames (canonical forms), the CN when no altnames, trailing dots, quoted altnames, and the ERR_TLS_CERT_ALTNAME_INVALID error's shape.
const tls = process.getBuiltinModule('node:tls');
const cases = [
  ['example.com', { subjectaltname: 'DNS:example.com' }],
  ['EXAMPLE.com.', { subjectaltname: 'DNS:example.com' }],
  ['a.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['a.b.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['example.com', { subjectaltname: 'DNS:*.com' }],
  ['foo.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['bar.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['xn--a.example.com', { subjectaltname: 'DNS:xn--*.example.com' }],
  ['example.com', { subjectaltname: 'DNS:other.com, DNS:example.com' }],
  ['example.com', { subjectaltname: 'DNS:other.com, IP Address:1.2.3.4' }],
  ['1.2.3.4', { subjectaltname: 'IP Address:1.2.3.4' }],
  ['1.2.3.5', { subjectaltname: 'IP Address:1.2.3.4, DNS:x.com' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['1.2.3.4', { subjectaltname: 'DNS:1.2.3.4' }],
  ['example.com', { subject: { CN: 'example.com' } }],
  ['example.com', { subject: { CN: ['other.com', 'example.com'] } }],
  ['example.com', { subject: { CN: 'other.com' } }],
  ['example.com', { subject: { CN: 'example.com' }, subjectaltname: 'DNS:other.com' }],
  ['example.com', {}],
  ['example.com', { subjectaltname: 'DNS:"example.com", DNS:x.com' }],
  ['example.com', { subjectaltname: 'URI:http://example.com' }],
];
for (const [host, cert] of cases) {
  const r = tls.checkServerIdentity(host, cert);
  console.log(host, JSON.stringify(cert), r === undefined ? 'ok' : r.constructor.name + ' ' + r.code + ' ' + r.message);
}
const e = tls.checkServerIdentity('a.com', { subjectaltname: 'DNS:b.com' });
console.log(e.name, Object.getOwnPropertyNames(e).join(), e.reason, e.host, JSON.stringify(e.cert), String(e), e instanceof Error);
try { tls.checkServerIdentity('a.com', { subjectaltname: 'DNS:"unterminated' }); } catch (x) { console.log('bad altname', x.constructor.name, x.name, x.code, x.message); }
