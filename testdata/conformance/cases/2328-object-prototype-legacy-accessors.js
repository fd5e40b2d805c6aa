// Annex B legacy accessors on Object.prototype (goja lacks them), and its key order
const out = [];
const t = (f) => { try { out.push(String(f())); } catch (e) { out.push(e.constructor.name + ': ' + e.message); } };
for (const n of ['__defineGetter__','__defineSetter__','__lookupGetter__','__lookupSetter__']) {
  const f = Object.prototype[n], d = Object.getOwnPropertyDescriptor(Object.prototype, n);
  out.push(n + ' ' + f.length + ' ' + f.name + ' ' + d.writable + d.enumerable + d.configurable + ' ' + String(f) + ' ' + ('prototype' in f));
}
const o = {};
t(() => o.__defineGetter__('x', 1));
t(() => o.__defineSetter__('x', {}));
t(() => o.__defineGetter__('x', () => 5));
t(() => JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')) + typeof Object.getOwnPropertyDescriptor(o, 'x').get);
t(() => o.x);
t(() => o.__lookupGetter__('x') === Object.getOwnPropertyDescriptor(o,'x').get);
t(() => o.__lookupSetter__('x'));
t(() => Object.create(o).__lookupGetter__('x') === Object.getOwnPropertyDescriptor(o,'x').get);
t(() => ({y:1}).__lookupGetter__('y'));
t(() => Object.prototype.__defineGetter__.call(null, 'a', () => 1));
t(() => Object.prototype.__defineGetter__.call(undefined, 'a', () => 1));
t(() => Object.prototype.__lookupGetter__.call(null, 'a'));
t(() => Object.prototype.__lookupSetter__.call(undefined, 'a'));
t(() => Object.prototype.__defineGetter__.call(1, 'a', () => 1));
t(() => Object.prototype.__lookupGetter__.call(1, 'a'));
t(() => Object.prototype.__lookupGetter__.call('s', 'length'));
t(() => { const f = Object.freeze({}); f.__defineGetter__('z', () => 1); });
t(() => { const f = Object.freeze({}); f.__defineSetter__('z', () => 1); });
t(() => { const f = {}; Object.defineProperty(f, 'z', {value: 1}); f.__defineGetter__('z', () => 1); });
t(() => { const s = Symbol('q'); const f = {}; f.__defineGetter__(s, () => 7); return f[s]; });
t(() => { const f = {}; f.__defineGetter__({toString(){return 'k'}}, () => 8); return f.k; });
t(() => { const f = {}; f.__defineSetter__('w', function(v){ this._w = v*2; }); f.w = 4; return f._w + ' ' + f.w + ' ' + JSON.stringify(Object.getOwnPropertyDescriptor(f,'w')); });
t(() => { const f = {}; f.__defineGetter__('w', () => 1); f.__defineSetter__('w', () => {}); const d = Object.getOwnPropertyDescriptor(f,'w'); return typeof d.get + typeof d.set; });
t(() => { const f = {}; f.__defineGetter__('x'); });
t(() => ({}).__lookupGetter__());
t(() => ({}).__lookupGetter__('__proto__') === Object.getOwnPropertyDescriptor(Object.prototype,'__proto__').get);
console.log(out.join('\n'));
console.log(Object.getOwnPropertyNames(Object.prototype).join(','));
