// config: date=2026-11-23 flags=nodejs_compat
// node:vm: its exports and constants, Script's option checks and createCachedData, createContext and isContext (a context is a new null-prototype object), and runInThisContext, runInContext, runInNewContext, compileFunction and measureMemory: their checks, then ERR_METHOD_NOT_IMPLEMENTED
const fnDesc = (f) => {
  let s = JSON.stringify(f.name) + '/' + f.length;
  if (f.prototype && typeof f.prototype === 'object') {
    const p = f.prototype;
    s += ' proto{' + Reflect.ownKeys(p).filter((k) => k !== 'constructor').map((k) => {
      const d = Object.getOwnPropertyDescriptor(p, k);
      const n = typeof k === 'symbol' ? k.description : k;
      if (d.get || d.set) return n + ':get' + (d.set ? 'set' : '');
      if (typeof d.value === 'function') return n + '/' + d.value.length + (d.value.name === '' ? '(anonymous)' : '');
      return n + '=' + (typeof d.value === 'object' ? typeof d.value : String(d.value));
    }).join(' ') + '}';
  }
  return s;
};
const desc = (v, deep = true) => {
  if (typeof v === 'function') return 'function ' + fnDesc(v);
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? '[null prototype] ' : proto === Object.prototype ? '' : proto === Array.prototype ? 'Array ' : (proto.constructor?.name ?? '?') + ' ';
  if (!deep) return tag + 'object';
  return tag + '{' + Reflect.ownKeys(v).map((k) => String(typeof k === 'symbol' ? k.toString() : k) + ': ' + desc(v[k], false)).join(', ') + '}';
};
const shape = (ns) => {
  console.log('named:', Object.keys(ns).join(','));
  console.log('default keys:', Object.keys(ns.default).join(','));
  for (const k of Object.keys(ns)) if (k !== 'default') console.log(' ', k, desc(ns[k]));
};
const err = (e) => e !== null && typeof e === 'object' ? e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message : 'thrown ' + String(e);
const show = async (label, f) => {
  try {
    const r = f();
    if (r instanceof Promise) {
      try { console.log(label, '-> resolves', desc(await r)); } catch (e) { console.log(label, '-> rejects', err(e)); }
    } else console.log(label, '->', desc(r));
  } catch (e) { console.log(label, '-> throws', err(e)); }
};
const spec = 'node:vm';
const vm = await import(spec);
shape(vm);
console.log(Object.isFrozen(vm.constants), Object.getPrototypeOf(vm.constants));
await show('new Script', () => new vm.Script('1 + 1'));
await show('Script filename string', () => new vm.Script('1', 'f.js'));
await show('Script options 1', () => new vm.Script('1', 1));
await show('Script filename 1', () => new vm.Script('1', { filename: 1 }));
await show('Script lineOffset', () => new vm.Script('1', { lineOffset: 1.5 }));
await show('Script columnOffset', () => new vm.Script('1', { columnOffset: '1' }));
await show('Script cachedData', () => new vm.Script('1', { cachedData: 'x' }));
await show('Script produceCachedData', () => new vm.Script('1', { produceCachedData: 1 }));
await show('Script importModuleDynamically', () => new vm.Script('1', { importModuleDynamically: () => {} }));
const s = new vm.Script('40 + 2');
await show('createCachedData', () => s.createCachedData().length);
await show('runInThisContext', () => s.runInThisContext());
await show('runInThisContext timeout', () => s.runInThisContext({ timeout: 0 }));
await show('runInThisContext displayErrors', () => s.runInThisContext({ displayErrors: 1 }));
await show('runInContext {}', () => s.runInContext({}));
const vctx = vm.createContext({ a: 1 });
console.log(desc(vctx), Object.getOwnPropertySymbols(vctx).length, vctx.a);
await show('isContext vctx', () => vm.isContext(vctx));
await show('isContext {}', () => vm.isContext({}));
await show('isContext []', () => vm.isContext([]));
await show('isContext 1', () => vm.isContext(1));
await show('createContext(vctx)', () => vm.createContext(vctx) === vctx);
await show('createContext name', () => vm.createContext({}, { name: 1 }));
await show('createContext codeGeneration', () => vm.createContext({}, { codeGeneration: { strings: 1 } }));
await show('createContext microtaskMode', () => vm.createContext({}, { microtaskMode: 'x' }));
await show('createContext DONT_CONTEXTIFY', () => vm.isContext(vm.createContext(vm.constants.DONT_CONTEXTIFY)));
await show('runInContext vctx', () => s.runInContext(vctx));
await show('runInNewContext', () => s.runInNewContext({}));
await show('vm.runInThisContext', () => vm.runInThisContext('1'));
await show('vm.runInContext', () => vm.runInContext('1', vctx));
await show('vm.runInContext {}', () => vm.runInContext('1', {}));
await show('vm.runInNewContext', () => vm.runInNewContext('1', {}, 'f.js'));
await show('vm.runInNewContext contextName', () => vm.runInNewContext('1', {}, { contextName: 1 }));
await show('createScript', () => vm.createScript('1') instanceof vm.Script);
await show('compileFunction', () => vm.compileFunction('return 1'));
await show('compileFunction 1', () => vm.compileFunction(1));
await show('compileFunction params', () => vm.compileFunction('1', ['a', 2]));
await show('compileFunction parsingContext', () => vm.compileFunction('1', [], { parsingContext: {} }));
await show('compileFunction contextExtensions', () => vm.compileFunction('1', [], { contextExtensions: [1] }));
await show('measureMemory', () => vm.measureMemory());
await show('measureMemory mode', () => vm.measureMemory({ mode: 'x' }));
