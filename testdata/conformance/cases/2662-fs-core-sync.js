// config: date=2026-11-23 flags=nodejs_compat
// node:fs' core sync functions over /tmp: writeFileSync, readFileSync (Buffer, encodings, file: URL, relative to /bundle), existsSync, appendFileSync, statSync's Stats (own keys, times 0, bigint, throwIfNoEntry), unlinkSync.
const fs = await import('node:fs');
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)); } catch (e) { console.log(n, e.name, e.code, e.errno, e.syscall, JSON.stringify(e.message), Object.keys(e).join()); } };
t('write', () => fs.writeFileSync('/tmp/a.txt', 'hello'));
t('read', () => fs.readFileSync('/tmp/a.txt', 'utf8'));
t('readbuf', () => fs.readFileSync('/tmp/a.txt'));
t('readhex', () => fs.readFileSync('/tmp/a.txt', { encoding: 'hex' }));
t('url', () => fs.readFileSync(new URL('file:///tmp/a.txt'), 'utf8'));
t('buffer path', () => fs.readFileSync(Buffer.from('/tmp/a.txt'), 'latin1'));
t('dots', () => fs.readFileSync('/tmp/../tmp/./a.txt', 'utf8'));
t('relative', () => fs.readFileSync('tmp/a.txt', 'utf8'));
t('append', () => { fs.appendFileSync('/tmp/a.txt', Buffer.from(' world')); return fs.readFileSync('/tmp/a.txt', 'utf8'); });
t('wflag a', () => { fs.writeFileSync('/tmp/a.txt', '!', { flag: 'a' }); return fs.readFileSync('/tmp/a.txt', 'utf8'); });
t('exists', () => [fs.existsSync('/tmp/a.txt'), fs.existsSync('/tmp/zz'), fs.existsSync(), fs.existsSync('/dev/null'), fs.existsSync(42)]);
const st = fs.statSync('/tmp/a.txt');
console.log(Object.keys(st).join(), JSON.stringify(st), st.constructor.name, st instanceof fs.Stats);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(st)).join(), st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.atimeNs);
const big = fs.statSync('/tmp/a.txt', { bigint: true });
console.log(Object.entries(big).map(([k, v]) => k + ':' + typeof v).join(' '), big.size, big.mode);
t('nothrow', () => fs.statSync('/tmp/none', { throwIfNoEntry: false }));
t('unlink', () => fs.unlinkSync('/tmp/a.txt'));
t('gone', () => fs.existsSync('/tmp/a.txt'));
