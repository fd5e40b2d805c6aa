// config: date=2026-11-23 flags=nodejs_compat
// net._normalizeArgs over the argument shapes connect() and listen() take, and getDefaultAutoSelectFamily / setDefaultAutoSelectFamily(AttemptTimeout) with their checks.
const net = process.getBuiltinModule('node:net');
const f = () => {};
for (const args of [[], [80], ['80'], [80, 'host'], [80, 'host', f], [80, f], [{ port: 1 }], [{ port: 1 }, f], ['/path'], ['/path', f], [null], [undefined, 'h'], [-1], ['abc'], [80, 5]]) {
  const r = net._normalizeArgs(args);
  console.log(JSON.stringify(args.map((a) => (typeof a === 'function' ? 'f' : a))), JSON.stringify(r[0]), r[1] === f ? 'f' : r[1], r.length, Object.getOwnPropertySymbols(r).length);
}
const show = (n, g) => { try { console.log(n, 'ok', g()); } catch (e) { console.log(n, e.name, e.code, e.message); } };
show('get', () => net.getDefaultAutoSelectFamily());
show('set false', () => net.setDefaultAutoSelectFamily(false));
show('set 0', () => net.setDefaultAutoSelectFamily(0));
show('set true', () => net.setDefaultAutoSelectFamily(true));
show('set str', () => net.setDefaultAutoSelectFamily('yes'));
show('timeout', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
show('set 5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(5));
show('timeout 5', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
show('set 500', () => net.setDefaultAutoSelectFamilyAttemptTimeout(500));
show('timeout 500', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
show('set 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
show('set 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
show('set str', () => net.setDefaultAutoSelectFamilyAttemptTimeout('10'));
show('set big', () => net.setDefaultAutoSelectFamilyAttemptTimeout(2 ** 31));
