// config: date=2026-11-23 flags=nodejs_compat
// node:os: every function's fixed value, length and name, constants (frozen, null prototypes), the argument checks of getPriority, setPriority and userInfo.
const os = await import('node:os');
const show = (f) => { try { const r = f(); console.log(typeof r, JSON.stringify(r)); } catch (e) { console.log('threw', e.name, e.code, e.message, e.constructor.name); } };
for (const k of Object.keys(os.default)) {
  const v = os[k];
  if (typeof v === 'function') { console.log(k, v.length, v.name); show(() => v()); } else console.log(k, JSON.stringify(v));
}
show(() => os.getPriority('1'));
show(() => os.getPriority(1));
show(() => os.setPriority(1));
show(() => os.setPriority(1, 2));
show(() => os.setPriority('x', 2));
show(() => os.userInfo(null));
show(() => os.userInfo([]));
show(() => os.userInfo({ encoding: 'buffer' }));
show(() => os.userInfo({ encoding: 'nope' }));
show(() => os.userInfo({ encoding: 5 }));
show(() => os.userInfo('x'));
console.log(Object.isFrozen(os.constants), Object.getPrototypeOf(os.constants.signals), os.default === os.default, os.EOL === os.default.EOL);
try { os.constants.x = 1; } catch (e) { console.log(e.name, e.message); }
for (const k of ['dlopen','errno','signals','priority']) console.log(k, Object.getPrototypeOf(os.constants[k]) === null, Object.getPrototypeOf(os.constants[k]) === Object.prototype);
console.log(Object.getPrototypeOf(os.constants) === null);
const spec = ["node", "os"].join(":");
console.log(Object.keys(await import(spec)).join());
