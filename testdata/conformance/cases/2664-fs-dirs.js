// config: date=2026-11-23 flags=nodejs_compat
// node:fs' directories: mkdirSync (an existing directory is no error; recursive returns the first made), readdirSync (recursive, withFileTypes Dirents), rmdirSync, rmSync (recursive, force, nothing there), mkdtempSync's counter.
const fs = await import('node:fs');
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)); } catch (e) { console.log(n, e.name, e.code, e.errno, e.syscall, JSON.stringify(e.message), Object.keys(e).join()); } };
t('mkdir', () => fs.mkdirSync('/tmp/d'));
t('mkdir again', () => fs.mkdirSync('/tmp/d'));
t('mkdir rec', () => fs.mkdirSync('/tmp/x/y/z', { recursive: true }));
t('mkdir rec again', () => fs.mkdirSync('/tmp/x/y/z', { recursive: true }));
t('readdir', () => fs.readdirSync('/tmp'));
t('readdir rec', () => fs.readdirSync('/tmp', { recursive: true }));
t('readdir buffer', () => fs.readdirSync('/tmp', 'buffer').map(b => Buffer.isBuffer(b)));
fs.writeFileSync('/tmp/x/f', 'x');
const ds = fs.readdirSync('/tmp/x', { withFileTypes: true });
console.log(JSON.stringify(ds), ds[0].constructor.name, ds[0] instanceof fs.Dirent, Object.keys(ds[0]).join());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(ds[0])).join(), ds.map(d => [d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO()].join('/')).join(' '));
t('rmdir', () => fs.rmdirSync('/tmp/d'));
t('rm rec', () => fs.rmSync('/tmp/x', { recursive: true }));
t('rm none', () => fs.rmSync('/tmp/none'));
t('rm force', () => fs.rmSync('/tmp/none', { force: true }));
t('mkdtemp', () => [fs.mkdtempSync('/tmp/pre-'), fs.mkdtempSync('/tmp/pre-'), fs.mkdtempSync('/tmp/q')]);
t('after', () => fs.readdirSync('/tmp'));
