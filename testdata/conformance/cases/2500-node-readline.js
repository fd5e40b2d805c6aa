// config: date=2026-11-23 flags=nodejs_compat
// node:readline: its exports, createInterface (an Interface, an EventEmitter with terminal/line/cursor), question's callback answered with '', for await over it (one '' and done), the no-op members and their returns, the cursor functions' false, promises (node:readline/promises' namespace)
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
const spec = 'node:readline';
const rl = await import(spec);
console.log('named:', Object.keys(rl).join(','));
console.log('default keys:', Object.keys(rl.default).join(','));
for (const k of Object.keys(rl)) if (k !== 'default' && k !== 'promises') console.log(' ', k, desc(rl[k]));
const rlp = await import(['node', 'readline/promises'].join(':'));
console.log(Object.keys(rl.promises).join(','), rl.promises.Interface === rlp.Interface, Object.prototype.toString.call(rl.promises), rl.promises.Interface === rl.Interface);
const i = rl.createInterface({ input: null });
console.log(desc(i), i instanceof rl.Interface);
i.question('q?', (a) => console.log('answer', JSON.stringify(a)));
i.question('q?', {}, (a) => console.log('answer with options', JSON.stringify(a)));
await show('question no cb', () => i.question('q?'));
for await (const line of i) console.log('line', JSON.stringify(line));
const it = i[Symbol.asyncIterator]();
console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
await show('getPrompt', () => i.getPrompt());
await show('setPrompt', () => i.setPrompt('> '));
await show('getPrompt after', () => i.getPrompt());
await show('prompt', () => i.prompt());
await show('pause', () => i.pause() === i);
await show('resume', () => i.resume() === i);
await show('write', () => i.write('x'));
await show('getCursorPos', () => i.getCursorPos());
await show('close', () => i.close());
await show('dispose', () => i[Symbol.dispose]());
await show('asyncDispose', () => i[Symbol.asyncDispose]());
let closed = 0;
i.on('close', () => closed++);
i.close();
console.log('close events', closed);
for (const f of ['clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor', 'emitKeypressEvents']) await show(f, () => rl[f]({}, 0, 0, () => console.log('callback ' + f)));
