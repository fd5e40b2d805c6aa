// Map and WeakMap getOrInsert and getOrInsertComputed (the upsert proposal, in V8): shapes, results, the callback's overwrite, -0, V8's messages.
const show = (k, f) => { try { console.log(k, f()); } catch (e) { console.log(k, 'ERR', e.constructor.name, e.message); } };
for (const C of [Map, WeakMap]) for (const n of ['getOrInsert', 'getOrInsertComputed']) { const f = C.prototype[n]; const d = Object.getOwnPropertyDescriptor(C.prototype, n); console.log(C.name, n, f.length, f.name, d.writable, d.enumerable, d.configurable, String(f)); }
const m = new Map([['a', 1]]);
show('existing', () => m.getOrInsert('a', 2));
show('new', () => [m.getOrInsert('b', 3), m.get('b')]);
show('computed', () => [m.getOrInsertComputed('c', (k) => k + '!'), m.get('c')]);
show('computed existing', () => m.getOrInsertComputed('a', () => { throw new Error('not called'); }));
show('computed not fn', () => m.getOrInsertComputed('z', 5));
show('computed not fn existing', () => m.getOrInsertComputed('a', 5));
show('computed mutates', () => { const mm = new Map(); const v = mm.getOrInsertComputed('k', () => { mm.set('k', 'inner'); return 'outer'; }); return [v, mm.get('k'), mm.size]; });
show('minus zero', () => { const mm = new Map(); mm.getOrInsert(-0, 1); return Object.is([...mm.keys()][0], 0); });
show('bad this', () => Map.prototype.getOrInsert.call({}, 1, 2));
show('bad this weak', () => WeakMap.prototype.getOrInsert.call(new Map(), {}, 2));
const w = new WeakMap(); const o = {};
show('weak new', () => [w.getOrInsert(o, 1), w.get(o)]);
show('weak prim', () => w.getOrInsert(1, 2));
show('weak computed prim', () => w.getOrInsertComputed('x', () => 1));
show('weak computed not fn', () => w.getOrInsertComputed({}, 1));
show('weak sym', () => w.getOrInsert(Symbol('s'), 3));
show('weak registered sym', () => w.getOrInsert(Symbol.for('s'), 3));
show('computed arg', () => { let args; new Map().getOrInsertComputed('q', (...a) => { args = a; return 1; }); return args.length + ':' + args[0]; });
