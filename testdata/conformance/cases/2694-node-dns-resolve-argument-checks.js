// config: date=2026-11-23 flags=nodejs_compat
// node:dns/promises' resolve functions check name synchronously (ERR_INVALID_ARG_TYPE, a TypeError) and resolve's rrtype (ERR_INVALID_ARG_VALUE); the callback forms check the callback first ("The last argument").
const m = await import('node:dns');
const p = await import('node:dns/promises');
const show = (label, e) => console.log(label, e.name, e.code, e.message, e instanceof TypeError, Object.keys(e).join('/'), String(e));
const sync = (label, f) => { try { const r = f(); console.log(label, 'returned', r); } catch (e) { show(label, e); } };
const fns = ['resolve4', 'resolve6', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
const bad = [1, undefined, null, {}, ['a'], Symbol('s'), () => {}, 10n];
for (const f of fns) sync(f, () => p[f](bad[fns.indexOf(f) % bad.length]));
for (const f of fns) sync('Resolver ' + f, () => new p.Resolver()[f](true));
sync('resolve name', () => p.resolve(5, 'A'));
sync('resolve rrtype', () => p.resolve('example.com', 'BOGUS'));
sync('resolve rrtype missing', () => p.resolve('example.com'));
sync('resolve rrtype lower', () => p.resolve('example.com', 'a'));
sync('resolve rrtype number', () => p.resolve('example.com', 1));
sync('resolve name first', () => p.resolve(5, 'BOGUS'));
sync('cb no callback', () => m.resolve4('example.com'));
sync('cb callback not function', () => m.resolveTxt('example.com', 'cb'));
sync('cb name', () => m.resolve4(1, () => console.log('called')));
sync('cb rrtype', () => m.resolve('example.com', 'Q', () => console.log('called')));
sync('cb Resolver name', () => new m.Resolver().resolveMx(null, () => {}));
sync('cb Resolver no callback', () => new m.Resolver().resolveMx('x'));
sync('cb reverse', () => m.reverse({}, () => {}));
