// config: date=2026-06-15 flags=nodejs_compat
// Before 2026-06-16 (throw_on_not_implemented_tls_options off): a checkServerIdentity function is accepted and ignored by new tls.TLSSocket() and tls.connect(); a value that is not a function still throws.
const tls = process.getBuiltinModule('node:tls');
const show = (n, f) => { try { const r = f(); console.log(n, 'ok', r.constructor.name); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
show('TLSSocket', () => new tls.TLSSocket(undefined, { checkServerIdentity() {} }));
show('TLSSocket bad', () => new tls.TLSSocket(undefined, { checkServerIdentity: 1 }));
show('connect bad', () => tls.connect({ checkServerIdentity: 1 }));
show('connect no port', () => tls.connect({ checkServerIdentity() {} }));
