// config: date=2026-11-17
// setImmediate's and clearImmediate's argument errors.
const show = (f) => { try { console.log('ok', String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
show(() => setImmediate());
show(() => setImmediate('x'));
show(() => setImmediate({}));
show(() => clearImmediate());
show(() => clearImmediate(undefined));
show(() => clearImmediate(null));
show(() => clearImmediate(5));
show(() => clearImmediate({}));
const t = setTimeout(() => console.log('timeout survives'), 0);
show(() => clearImmediate(t));
await new Promise((r) => setTimeout(r, 1));
