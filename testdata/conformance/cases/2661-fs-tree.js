// config: date=2026-11-23 flags=nodejs_compat
// node:fs' tree: / holds bundle, tmp and dev; /dev's devices; the modes, sizes and devs of directories and devices; the current directory is /bundle.
const fs = await import('node:fs');
console.log(fs.readdirSync('/').join(), fs.readdirSync('/tmp').length, fs.readdirSync('/dev').join(), process.cwd());
for (const p of ['/', '/bundle', '/tmp', '/dev', '/dev/null', '/dev/zero', '/dev/full', '/dev/random']) {
  const s = fs.statSync(p);
  console.log(p, s.mode, s.size, s.dev, s.nlink, s.isDirectory(), s.isCharacterDevice(), s.isFile());
}
console.log(fs.readdirSync('/', { withFileTypes: true }).map(d => d.name + ':' + d.parentPath + ':' + d.isDirectory()).join());
console.log(fs.readFileSync('/dev/null').length, fs.readFileSync('/dev/zero').length, fs.writeFileSync('/dev/null', 'abc'), fs.writeFileSync('/dev/zero', 'x'));
const s = fs.statSync('/bundle/' + fs.readdirSync('/bundle')[0]);
console.log(fs.readdirSync('/bundle').length, s.mode, s.isFile(), s.size > 0);
