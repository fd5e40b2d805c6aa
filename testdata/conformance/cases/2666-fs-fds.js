// config: date=2026-11-23 flags=nodejs_compat
// node:fs' file descriptors: openSync from 3 (never reused), writeSync/readSync with and without a position, fstatSync, closeSync twice, EBADF after close, open flags (wx, bad), read-only /bundle, fd 0 and 1.
const fs = await import('node:fs');
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)); } catch (e) { console.log(n, e.name, e.code, e.errno, e.syscall, JSON.stringify(e.message), Object.keys(e).join()); } };
let fd;
t('open', () => fd = fs.openSync('/tmp/a', 'w+'));
t('open2', () => fs.openSync('/tmp/b', 'w'));
t('write', () => fs.writeSync(fd, 'hello world'));
t('writebuf', () => fs.writeSync(fd, Buffer.from('!!'), 0, 1));
t('fstat', () => fs.fstatSync(fd).size);
t('readpos', () => { const b = Buffer.alloc(5); const n = fs.readSync(fd, b, 0, 5, 0); return [n, b.toString()]; });
t('readcur', () => { const b = Buffer.alloc(5); const n = fs.readSync(fd, b); return [n, b.toString()]; });
t('writepos', () => { fs.writeSync(fd, 'J', 0); return fs.readFileSync('/tmp/a', 'utf8'); });
t('close', () => fs.closeSync(fd));
t('close2', () => fs.closeSync(fd));
t('readclosed', () => fs.readSync(fd, Buffer.alloc(1)));
t('opennone', () => fs.openSync('/tmp/none'));
t('openwx', () => fs.openSync('/tmp/a', 'wx'));
t('openbad', () => fs.openSync('/tmp/a', 'zz'));
t('openbundle', () => { const f = fs.openSync('/bundle/' + fs.readdirSync('/bundle')[0], 'r'); return f; });
t('openbundlew', () => fs.openSync('/bundle/' + fs.readdirSync('/bundle')[0], 'w'));
t('fd0', () => fs.fstatSync(0));
t('fd1', () => fs.writeSync(1, 'to stdout\n'));
t('badfd', () => fs.closeSync('x'));
t('badfd2', () => fs.closeSync(-1));
t('append fd', () => { const f = fs.openSync('/tmp/c', 'a'); fs.writeSync(f, 'x'); fs.writeSync(f, 'y', 0); fs.closeSync(f); return fs.readFileSync('/tmp/c', 'utf8'); });
t('zero', () => { const f = fs.openSync('/dev/zero'); const b = Buffer.alloc(4, 1); return [fs.readSync(f, b), [...b]]; });
t('null', () => { const f = fs.openSync('/dev/null'); return fs.readSync(f, Buffer.alloc(4)); });
t('ftruncate', () => { const f = fs.openSync('/tmp/c', 'r+'); fs.ftruncateSync(f, 1); return fs.readFileSync('/tmp/c', 'utf8'); });
