// config: date=2026-11-23 flags=nodejs_compat
// node:fs' renameSync, copyFileSync, symlinkSync/readlinkSync/realpathSync, linkSync (nlink stays 1), truncateSync, chmodSync (changes nothing), utimesSync (sets mtime in ms only), cpSync.
const fs = await import('node:fs');
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)); } catch (e) { console.log(n, e.name, e.code, e.errno, e.syscall, JSON.stringify(e.message), Object.keys(e).join()); } };
fs.writeFileSync('/tmp/f', 'xyz');
t('rename', () => { fs.renameSync('/tmp/f', '/tmp/g'); return fs.readdirSync('/tmp'); });
t('copy', () => { fs.copyFileSync('/tmp/g', '/tmp/h'); return fs.readFileSync('/tmp/h', 'utf8'); });
t('symlink', () => { fs.symlinkSync('/tmp/g', '/tmp/s'); return [fs.readlinkSync('/tmp/s'), fs.lstatSync('/tmp/s').isSymbolicLink(), fs.statSync('/tmp/s').isFile(), fs.readFileSync('/tmp/s', 'utf8'), fs.realpathSync('/tmp/s')]; });
t('link', () => { fs.linkSync('/tmp/g', '/tmp/l'); return [fs.statSync('/tmp/g').nlink, fs.readFileSync('/tmp/l', 'utf8')]; });
t('truncate', () => { fs.truncateSync('/tmp/g', 1); return fs.readFileSync('/tmp/g', 'utf8'); });
t('chmod', () => { fs.chmodSync('/tmp/g', 0o400); return fs.statSync('/tmp/g').mode; });
t('chown', () => { fs.chownSync('/tmp/g', 1, 1); const s = fs.statSync('/tmp/g'); return [s.uid, s.gid]; });
t('utimes', () => { fs.utimesSync('/tmp/g', 1000, 2000); const s = fs.statSync('/tmp/g'); return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()]; });
t('utimes date', () => { fs.utimesSync('/tmp/g', new Date(5), new Date(7000)); return fs.statSync('/tmp/g').mtimeMs; });
t('cp', () => { fs.mkdirSync('/tmp/a/b', { recursive: true }); fs.writeFileSync('/tmp/a/b/c', 'C'); fs.cpSync('/tmp/a', '/tmp/a2', { recursive: true }); return [fs.readdirSync('/tmp/a2', { recursive: true }), fs.readFileSync('/tmp/a2/b/c', 'utf8')]; });
t('statfs', () => fs.statfsSync('/tmp'));
