// config: date=2026-11-23 flags=nodejs_compat
// node:fs' corners: the promise forms reject on bad arguments, the callback forms check the path before the callback, readFileSync(fd) reads all, what is under a file, access' X_OK, readdir's encodings, writes through a descriptor opened for reading, Stats and Dirent as console.log shows them, new Stats() is illegal, rm of /tmp and /bundle.
const fs = await import('node:fs');
const p = await import('node:fs/promises');
const show = (n, e) => console.log(n, e.constructor.name, e.code, JSON.stringify(e.message));
let r;
try { r = p.readFile(); console.log('returned', r instanceof Promise); await r; } catch (e) { show('p.readFile()', e); }
try { r = p.mkdir('/bundle/x'); await r; } catch (e) { show('p.mkdir bundle', e); }
try { r = p.stat('/none'); await r; } catch (e) { show('p.stat none', e); }
try { fs.stat(); } catch (e) { show('fs.stat()', e); }
await new Promise(res => fs.stat('/none', (e) => { show('cb stat', e); res(); }));
await new Promise(res => fs.readdir('/tmp', { withFileTypes: true }, (e, d) => { console.log('cb readdir', e, d); res(); }));
console.log(fs.readdirSync('.').length, fs.realpathSync('.'), fs.realpathSync('/tmp/'), fs.existsSync('/tmp/'));
fs.writeFileSync('/tmp/f', 'abc');
const fd = fs.openSync('/tmp/f');
console.log(fs.readFileSync(fd, 'utf8'), fs.readFileSync(fd, 'utf8'));
try { fs.mkdirSync('/tmp/f'); } catch (e) { show('mkdir file', e); }
try { fs.mkdirSync('/tmp/f/g', { recursive: true }); } catch (e) { show('mkdir under file', e); }
try { fs.readFileSync('/tmp/f/g'); } catch (e) { show('read under file', e); }
try { fs.writeFileSync('/tmp/f/g', ''); } catch (e) { show('write under file', e); }
console.log(fs.accessSync('/tmp/f', fs.constants.W_OK), fs.accessSync('/bundle', fs.constants.R_OK));
try { fs.accessSync('/bundle', fs.constants.W_OK); } catch (e) { show('access bundle W', e); }
try { fs.accessSync('/dev', fs.constants.X_OK); } catch (e) { show('access X', e); }
console.log(fs.readdirSync('/tmp', { encoding: 'hex' }));
try { fs.writeSync(fd, 'x'); } catch (e) { show('write ro fd', e); }
try { fs.readSync(fs.openSync('/tmp/g', 'w'), Buffer.alloc(2)); } catch (e) { show('read wo fd', e); }
const st = fs.statSync('/tmp/f');
console.log(st);
console.log(fs.readdirSync('/tmp', { withFileTypes: true }));
try { new fs.Stats(1, 2, 3); } catch (e) { show('Stats', e); }
console.log(new fs.Dirent('n', 1, '/p'), new fs.Dirent('n', 1, '/p').isFile());
try { fs.rmSync('/tmp', { recursive: true }); } catch (e) { show('rm tmp', e); }
try { fs.rmSync('/bundle', { recursive: true }); } catch (e) { show('rm bundle', e); }
console.log(fs.readdirSync('/tmp'));
