// config: date=2026-11-23 flags=nodejs_compat
// node:fs' 106 exports and node:fs/promises' with their lengths and names, fs.constants' keys, and which objects are the same.
const fs = await import('node:fs');
const p = await import('node:fs/promises');
console.log(Object.keys(fs).length, Object.keys(fs).join());
console.log(Object.keys(fs).filter(k => typeof fs[k] === 'function').map(k => k + '/' + fs[k].length + (fs[k].name === k ? '' : '=' + fs[k].name)).join(' '));
console.log(Object.keys(p).join());
console.log(Object.keys(p).filter(k => typeof p[k] === 'function').map(k => k + '/' + p[k].length + (p[k].name === k ? '' : '=' + p[k].name)).join(' '));
console.log(fs.default === fs.default, Object.keys(fs.default).length, fs.promises === p.default, p.constants === fs.constants, fs.promises.readFile === p.readFile);
console.log(Object.keys(fs.constants).join(), Object.isFrozen(fs.constants), fs.constants.O_CREAT, fs.constants.S_IFREG, fs.constants.COPYFILE_EXCL);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.FileReadStream === fs.ReadStream, fs.realpathSync.native === fs.realpathSync);
