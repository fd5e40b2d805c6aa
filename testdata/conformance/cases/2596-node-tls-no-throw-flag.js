// config: date=2026-11-23 flags=no_throw_on_not_implemented_tls_options
// no_throw_on_not_implemented_tls_options at a date that has the flag on: a checkServerIdentity function is accepted and ignored again by new tls.TLSSocket() and tls.connect(), as before 2026-06-16.
const tls = process.getBuiltinModule('node:tls');
const show = (n, f) => { try { const r = f(); console.log(n, 'ok', r.constructor.name); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
show('TLSSocket', () => new tls.TLSSocket(undefined, { checkServerIdentity() {} }));
show('TLSSocket bad', () => new tls.TLSSocket(undefined, { checkServerIdentity: 1 }));
show('connect bad', () => tls.connect({ checkServerIdentity: 1 }));
show('connect no port', () => tls.connect({ checkServerIdentity() {} }));
