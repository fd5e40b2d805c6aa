// config: date=2026-11-17
// node:path (POSIX), its cwd being /bundle.
const path = process.getBuiltinModule('node:path');
console.log(path.join('/a/b', '../c', 'd.txt'), path.join(''), path.join('a', '', 'b/'), path.normalize('/a//b/../c/.'), path.normalize(''), path.normalize('./x/'));
console.log(path.resolve('x'), path.resolve('/a', 'b', '../c'), path.resolve(), path.isAbsolute('/x'), path.isAbsolute('x'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b/c'), JSON.stringify(path.relative('/a', '/a')));
console.log(path.dirname('/a/b/c'), path.dirname('a'), path.dirname('/'), path.basename('/a/b.txt'), path.basename('/a/b.txt', '.txt'), path.basename('/a/b/'));
console.log(path.extname('x.tar.gz'), path.extname('.bashrc'), path.extname('a.'), JSON.stringify(path.extname('a')));
console.log(JSON.stringify(path.parse('/home/u/f.txt')), JSON.stringify(path.parse('rel/x')));
console.log(path.format({ dir: '/x', base: 'y.js' }), path.format({ root: '/', name: 'n', ext: 'e' }), path.sep, path.delimiter, path.posix === path);
console.log(path.matchesGlob('/a/b/c.js', '/a/**/*.js'), path.matchesGlob('x.ts', '*.js'), path.toNamespacedPath('/x'));
try { path.join(1); } catch (e) { console.log(e.name, e.code, e.message); }
