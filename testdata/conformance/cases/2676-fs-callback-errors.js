// config: date=2026-11-23 flags=nodejs_compat
// node:fs' callback forms: argument errors throw at once (data, encoding, options, mode, fd range, flags, copyFile's mode, booleans), but readFile's path, read's fd and the filesystem's errors go to the callback; a missing callback throws.
const fs = await import('node:fs');
const show = (n, e) => console.log(n, e && e.constructor.name, e && e.code, JSON.stringify(e && e.message));
const cb = (n) => (e, r) => show('cb ' + n, e);
for (const [n, f] of [
  ['writeFile data', () => fs.writeFile('/tmp/x', 12, cb('writeFile data'))],
  ['readFile path', () => fs.readFile(undefined, cb('readFile path'))],
  ['readFile enc', () => fs.readFile('/tmp/x', 'nope', cb('readFile enc'))],
  ['stat opts', () => fs.stat('/tmp', 5, cb('stat opts'))],
  ['mkdir mode', () => fs.mkdir('/tmp/m', { mode: 'x' }, cb('mkdir mode'))],
  ['read fd', () => fs.read('x', Buffer.alloc(1), 0, 1, 0, cb('read fd'))],
  ['close fd', () => fs.close(-1, cb('close fd'))],
  ['readFile none', () => fs.readFile('/none', cb('readFile none'))],
  ['open flags', () => fs.open('/tmp/x', 'zz', cb('open flags'))],
  ['copy mode', () => fs.copyFile('/a', '/b', 9, cb('copy mode'))],
  ['rm opts', () => fs.rm('/tmp/x', { recursive: 1 }, cb('rm opts'))],
  ['exists none', () => fs.exists('/none', (r) => console.log('exists cb', r))],
  ['readFile nocb opt', () => fs.readFile('/x', 'utf8')],
  ['write nocb', () => fs.write(1, 'x')],
]) {
  try { f(); console.log(n, 'returned'); } catch (e) { show(n + ' threw', e); }
}
await new Promise(r => setTimeout(r, 5));
