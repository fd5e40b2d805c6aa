// config: date=2026-11-23 flags=nodejs_compat
// tls.SecureContext and createSecureContext (options ignored but secureOptions checked, context undefined, callable without new), convertALPNProtocols (arrays, Uint8Arrays, other views, a protocol over 255 bytes, other values).
const tls = process.getBuiltinModule('node:tls');
const show = (n, f) => { try { const r = f(); console.log(n, 'ok', r && r.constructor.name, JSON.stringify(r)); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
show('new', () => new tls.SecureContext());
show('call', () => tls.SecureContext('TLS_method', 0, 'TLSv1.2', 'TLSv1.3'));
show('create', () => tls.createSecureContext({ minVersion: 'TLSv1.3', cert: 'x', key: 'y', ca: ['z'] }));
show('create none', () => tls.createSecureContext());
show('secureOptions str', () => tls.createSecureContext({ secureOptions: '1' }));
show('secureOptions float', () => tls.createSecureContext({ secureOptions: 1.5 }));
const c = tls.createSecureContext();
console.log(c instanceof tls.SecureContext, Object.keys(c).join(), 'context' in c, c.context);
const out = (p) => { const o = {}; tls.convertALPNProtocols(p, o); return o.ALPNProtocols === undefined ? 'none' : o.ALPNProtocols.constructor.name + ' ' + JSON.stringify([...o.ALPNProtocols]); };
console.log(out(['h2', 'http/1.1']));
console.log(out([]));
console.log(out(['é']));
const u = new Uint8Array([2, 104, 50]);
const o = {}; tls.convertALPNProtocols(u, o); u[0] = 9; console.log('copied', o.ALPNProtocols[0]);
console.log(out(new DataView(new Uint8Array([1, 97, 1, 98]).buffer, 2)));
console.log(out(new Uint16Array([0x6802])));
console.log(out('h2'), out(undefined), out({}));
show('too long', () => tls.convertALPNProtocols(['x'.repeat(256)], {}));
