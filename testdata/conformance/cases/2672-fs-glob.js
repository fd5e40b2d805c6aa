// config: date=2026-11-23 flags=nodejs_compat
// node:fs' globSync under a cwd: *, ?, [...], ** (before, after and alone), several patterns, ../ and ./, withFileTypes, exclude, a cwd that is not there, /bundle by default, fs/promises' glob.
const fs = await import('node:fs');
const p = await import('node:fs/promises');
fs.mkdirSync('/tmp/a/b/c', { recursive: true }); fs.writeFileSync('/tmp/a/x.js', ''); fs.writeFileSync('/tmp/a/b/y.js', ''); fs.writeFileSync('/tmp/a/b/z.txt', ''); fs.writeFileSync('/tmp/a/b/c/w.js', '');
const o = { cwd: '/tmp/a' };
for (const pat of ['**/*.js', '**', '*', 'b/*', 'b/?.txt', '**/c', 'b/[yz].*', ['*.js', 'b/*.txt'], 'b/**', '../a/x.js', './x.js']) {
  try { console.log(JSON.stringify(pat), fs.globSync(pat, o)); } catch (e) { console.log(JSON.stringify(pat), e.code, e.message); }
}
console.log(fs.globSync('*', { cwd: '/tmp/a', withFileTypes: true }).map(d => d.name + '@' + d.parentPath));
console.log(fs.globSync('**/*.js', { cwd: '/tmp/a', exclude: (x) => x.includes('c') }));
console.log(fs.globSync('*', { cwd: '/tmp/none' }), fs.globSync('*').length);
const r = []; for await (const x of p.glob('**/*.txt', o)) r.push(x); console.log(r);
