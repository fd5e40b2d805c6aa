// config: date=2026-11-23 flags=nodejs_compat
// node:child_process: its exports (names, lengths, ChildProcess's prototype, the default object's keys), and what each function does when called: workerd's ERR_METHOD_NOT_IMPLEMENTED after its argument checks
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
const spec = 'node:child_process';
const cp = await import(spec);
shape(cp);
console.log(cp.default.exec === cp.exec, Object.getPrototypeOf(cp.ChildProcess).name);
await show('new ChildProcess()', () => new cp.ChildProcess());
const p = Object.create(cp.ChildProcess.prototype);
await show('kill', () => p.kill('SIGTERM'));
await show('send', () => p.send({}));
await show('disconnect', () => p.disconnect());
await show('dispose', () => p[Symbol.dispose]());
await show('exec()', () => cp.exec());
await show('exec(1)', () => cp.exec(1));
await show('exec(ls)', () => cp.exec('ls'));
await show('exec(ls, 1)', () => cp.exec('ls', 1));
await show('exec(ls, [])', () => cp.exec('ls', []));
await show('exec(ls, null, cb)', () => cp.exec('ls', null, () => {}));
await show('exec(ls, {}, 1)', () => cp.exec('ls', {}, 1));
await show('execFile', () => cp.execFile('ls', ['-l']));
await show('execFileSync', () => cp.execFileSync('ls'));
await show('execSync', () => cp.execSync('ls'));
await show('fork(x)', () => cp.fork('x'));
await show('fork(x, 1)', () => cp.fork('x', 1));
await show('fork(x, {})', () => cp.fork('x', {}));
await show('fork(x, [], 1)', () => cp.fork('x', [], 1));
await show('spawn', () => cp.spawn('ls'));
await show('spawnSync(1)', () => cp.spawnSync(1));
await show('spawnSync(ls)', () => cp.spawnSync('ls'));
await show('_forkChild', () => cp._forkChild(3, 0));
