// config: date=2026-11-23 flags=nodejs_compat
// node:tty: isatty is false for every fd, ReadStream and WriteStream (functions: their fields, setRawMode, the cursor methods that call their callbacks and return false, getColorDepth, hasColors, getWindowSize)
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
const spec = 'node:tty';
const tty = await import(spec);
console.log('named:', Object.keys(tty).join(','));
console.log('default keys:', Object.keys(tty.default).join(','));
for (const k of ['isatty', 'ReadStream', 'WriteStream']) console.log(' ', k, desc(tty[k]));
for (const fd of [0, 1, 2, 99, -1, 'x', undefined]) await show('isatty ' + String(fd), () => tty.isatty(fd));
const r = new tty.ReadStream(0);
console.log(desc(r), r.isTTY, r instanceof tty.ReadStream);
await show('setRawMode', () => r.setRawMode(true) === r);
console.log(r.isRaw);
const w = new tty.WriteStream(1);
console.log(desc(w), w.isTTY, w.columns, w.rows);
await show('getColorDepth', () => w.getColorDepth());
await show('hasColors', () => w.hasColors(256));
await show('getWindowSize', () => w.getWindowSize());
const calls = [];
await show('cursorTo(x, cb)', () => w.cursorTo(0, () => calls.push('cursorTo y')));
await show('cursorTo(x, y, cb)', () => w.cursorTo(0, 0, () => calls.push('cursorTo cb')));
await show('moveCursor', () => w.moveCursor(1, 1, () => calls.push('moveCursor')));
await show('clearLine', () => w.clearLine(0, () => calls.push('clearLine')));
await show('clearScreenDown', () => w.clearScreenDown(() => calls.push('clearScreenDown')));
await show('clearLine no cb', () => w.clearLine(0));
await show('_refreshSize', () => w._refreshSize());
console.log(calls.join(','));
w.columns = 80; w.rows = 24;
await show('getWindowSize after', () => w.getWindowSize());
