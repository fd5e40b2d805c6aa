// config: date=2026-11-23 flags=nodejs_compat
// node:fs' opendirSync and fs/promises' opendir: Dir's shape, readSync to null, ERR_DIR_CLOSED, recursive async iteration, ENOENT; glob with absolute patterns (nothing), a cwd, an array, withFileTypes, promises and callback forms.
const fs = await import('node:fs');
const p = await import('node:fs/promises');
fs.mkdirSync('/tmp/a/b', { recursive: true }); fs.writeFileSync('/tmp/a/x.js', ''); fs.writeFileSync('/tmp/a/b/y.js', ''); fs.writeFileSync('/tmp/a/b/z.txt', '');
const d = fs.opendirSync('/tmp/a');
console.log(d.constructor.name, d.path, Object.keys(d), Object.getOwnPropertyNames(Object.getPrototypeOf(d)).join());
const e1 = d.readSync(); console.log(e1.constructor.name, e1.name, e1.parentPath, e1.isFile());
console.log(d.readSync().name, d.readSync());
d.closeSync();
try { d.readSync(); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { d.closeSync(); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
const d2 = await p.opendir('/tmp/a', { recursive: true });
for await (const e of d2) console.log('it', e.name, e.parentPath);
try { fs.opendirSync('/none'); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { console.log(fs.globSync('/tmp/a/**/*.js')); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { console.log(fs.globSync('*.js', { cwd: '/tmp/a' })); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { console.log(fs.globSync(['/tmp/a/*', '/tmp/a/b/?.txt'])); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { console.log(fs.globSync('/tmp/a/*', { withFileTypes: true }).map(d => d.name)); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
try { const r = []; for await (const x of p.glob('/tmp/**/*.txt')) r.push(x); console.log(r); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
await new Promise(r => fs.glob('/tmp/a/*.js', (e, m) => { console.log('cb', e, m); r(); }));
