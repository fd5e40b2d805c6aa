// node:fs: workerd's virtual filesystem, in memory. / holds bundle (the
// Worker's module, read-only), tmp (writable, empty at first: the
// isolate's) and dev (null, zero, full, random). Relative paths are from
// /bundle, the current directory. Times are 0 but what utimes sets (mtime),
// ownership 0, modes fixed (0o666 in /tmp, 0o444 elsewhere); chmod and chown
// check their arguments and change nothing, as in workerd. The sync forms
// do the work; the callback forms call back from a microtask, the promise
// forms (node:fs/promises, fs.promises) are async functions over them.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { Buffer } = require('buffer');
  const EventEmitter = require('events');
  // sortedKeys is o with its keys in workerd's (sorted) order, and a null
  // prototype.
  function sortedKeys(o) {
    const s = { __proto__: null };
    for (const k of Object.keys(o).sort()) s[k] = o[k];
    return s;
  }

  const constants = sortedKeys({
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
    EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
    S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
    S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256,
    O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
    O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
    S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
    S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
    UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
    COPYFILE_FICLONE_FORCE: 4 });

  // The tree. A node: { kind: 'dir', entries: Map } | { kind: 'file', data }
  // | { kind: 'link', target } | { kind: 'dev', name }; ro: read-only.
  const dir = (ro) => ({ kind: 'dir', ro, entries: new Map(), mtime: 0 });
  const root = dir(true);
  const bundleDir = dir(true);
  const tmp = dir(false);
  const devDir = dir(true);
  root.entries.set('bundle', bundleDir).set('tmp', tmp).set('dev', devDir);
  for (const name of ['null', 'zero', 'full', 'random']) devDir.entries.set(name, { kind: 'dev', name, ro: false, mtime: 0 });
  // /tmp is emptied when the module's top level has run (EndScope).
  binding.fsScope(() => tmp.entries.clear());
  const bundle = binding.fsBundle();
  if (bundle) bundleDir.entries.set(bundle.name, { kind: 'file', ro: true, data: new Uint8Array(bundle.data), mtime: 0 });

  const messages = { ENOENT: [-2, 'no such file or directory'], EPERM: [-1, 'operation not permitted'],
    EISDIR: [-21, 'illegal operation on a directory'], ENOTDIR: [-20, 'not a directory'],
    ENOTEMPTY: [-39, 'directory not empty'], EEXIST: [-17, 'file already exists'],
    EBADF: [-9, 'bad file descriptor'], EINVAL: [-22, 'invalid argument'],
    ELOOP: [-40, 'symlink depth exceeded'] };
  // fsError is workerd's errno Error: "<description>, <syscall> '<path>'",
  // own errno, syscall, code and path.
  function fsError(code, syscall, path, dest) {
    const [errno, desc] = messages[code];
    let msg = desc;
    if (path !== undefined) msg += ', ' + syscall + " '" + path + "'" + (dest !== undefined ? " -> '" + dest + "'" : '');
    const e = new Error(msg);
    e.errno = errno;
    e.syscall = syscall;
    e.code = code;
    if (path !== undefined) e.path = path;
    if (dest !== undefined) e.dest = dest;
    return e;
  }
  // jsError is the errno Error that workerd's JavaScript throws (stat,
  // lstat, access, chmod, chown, copyFile's COPYFILE_EXCL): of class
  // ERR_<code>, own code, name, syscall, errno, path (and dest), and
  // "Error [<code>]: ..." as its String.
  function jsError(code, syscall, path, dest) {
    const e0 = fsError(code, syscall, path, dest);
    const e = errors.makeError(Error, code, e0.message, 'ERR_' + code);
    e.syscall = syscall;
    e.errno = e0.errno;
    e.path = path;
    if (dest !== undefined) e.dest = dest;
    return e;
  }
  const unsupported = () => errors.makeError(Error, 'ERR_UNSUPPORTED_OPERATION', 'The requested operation is unsupported');
  const invalidValue = (name, value, reason = 'is invalid') =>
    errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The argument \'' + name + '\' ' + reason + '. Received ' + errors.inspectNoDepth(value));

  // uint32 checks an unsigned 32-bit integer argument.
  function uint32(v, name) {
    if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errors.outOfRange(name, 'an integer', v);
    if (v < 0 || v >= 4294967296) throw errors.outOfRange(name, '>= 0 && < 4294967296', v);
  }
  // optionsOf checks an options argument: undefined, an object, or (where
  // strings says so) an encoding.
  function optionsOf(options, strings) {
    if (options === undefined || options === null || typeof options === 'function') return {};
    if (typeof options === 'string' && strings) return { encoding: options };
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);
    return options;
  }
  function boolOption(o, name) {
    const v = o[name];
    if (v !== undefined && typeof v !== 'boolean') throw errors.invalidArgType('options.' + name, 'boolean', v);
    return v === true;
  }
  // pathOf validates a path argument (string, Buffer, file: URL) and gives
  // its absolute, normalized form.
  function pathOf(p, name = 'path') {
    if (p instanceof URL) {
      if (p.protocol !== 'file:') throw new TypeError('File path must be a file: URL');
      p = decodeURIComponent(p.pathname);
    } else if (p instanceof Uint8Array) {
      p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
    } else if (typeof p !== 'string') {
      throw errors.invalidArgType(name, ['string', 'Buffer', 'URL'], p);
    }
    if (p.includes('\0')) throw invalidValue(name, p, 'must not contain null bytes');
    if (!p.startsWith('/')) p = '/bundle/' + p;
    const out = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    // As a file: URL's pathname, a trailing slash stays.
    return '/' + out.join('/') + (out.length > 0 && p.endsWith('/') ? '/' : '');
  }
  const split = (abs) => abs.split('/').filter(Boolean);
  const trim = (abs) => (abs.length > 1 && abs.endsWith('/') ? abs.slice(0, -1) : abs);
  const parentOf = (abs) => trim(abs).slice(0, trim(abs).lastIndexOf('/')) || '/';
  const baseOf = (abs) => trim(abs).slice(trim(abs).lastIndexOf('/') + 1);

  // lookup finds the node at abs (following symbolic links, the last one
  // too when follow), or undefined; ENOTDIR and ELOOP are thrown with
  // syscall.
  function lookup(abs, follow, syscall, shown = abs, depth = 0) {
    let node = root;
    const parts = split(abs);
    for (let i = 0; i < parts.length; i++) {
      // Under a file there is nothing (ENOENT; a change there is ENOTDIR,
      // parentDir's).
      if (node.kind !== 'dir') return undefined;
      node = node.entries.get(parts[i]);
      if (node === undefined) return undefined;
      if (node.kind === 'link' && (follow || i < parts.length - 1)) {
        if (depth > 40) throw fsError('ELOOP', syscall);
        const here = '/' + parts.slice(0, i).join('/');
        const target = node.target.startsWith('/') ? node.target : here + '/' + node.target;
        const rest = parts.slice(i + 1).join('/');
        return lookup(pathOf(target + (rest ? '/' + rest : '')), follow, syscall, shown, depth + 1);
      }
    }
    return node;
  }
  // realOf is abs with its symbolic links resolved.
  function realOf(abs, syscall, depth = 0) {
    const parts = split(abs);
    let node = root;
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      if (node.kind !== 'dir') throw fsError('ENOTDIR', syscall, abs);
      node = node.entries.get(parts[i]);
      if (node === undefined) throw fsError('ENOENT', syscall, abs);
      if (node.kind === 'link') {
        if (depth > 40) throw fsError('ELOOP', syscall);
        const target = node.target.startsWith('/') ? node.target : (cur || '/') + '/' + node.target;
        const rest = parts.slice(i + 1).join('/');
        return realOf(pathOf(target + (rest ? '/' + rest : '')), syscall, depth + 1);
      }
      cur += '/' + parts[i];
    }
    return cur || '/';
  }
  // parentDir is the directory that holds abs, for a change to it: EPERM
  // where it is read-only.
  function parentDir(abs, syscall, shown = abs) {
    const parent = lookup(parentOf(abs), true, syscall, shown);
    if (parent === undefined) throw fsError('ENOENT', syscall, shown);
    if (parent.kind !== 'dir') throw fsError('ENOTDIR', syscall, shown);
    if (parent.ro) throw fsError('EPERM', syscall, shown);
    return parent;
  }
  function existing(abs, syscall, follow = true) {
    const n = lookup(abs, follow, syscall);
    if (n === undefined) throw fsError('ENOENT', syscall, abs);
    return n;
  }

  // Stats: only node:fs makes them (new fs.Stats() is workerd's illegal
  // constructor).
  let making = false;
  function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    if (!making) throw new TypeError('Illegal constructor');
    Object.assign(this, { dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks,
      atimeMs, mtimeMs, ctimeMs, birthtimeMs, atimeNs: undefined, mtimeNs: undefined, ctimeNs: undefined, birthtimeNs: undefined });
    this.atime = new Date(Number(atimeMs));
    this.mtime = new Date(Number(mtimeMs));
    this.ctime = new Date(Number(ctimeMs));
    this.birthtime = new Date(Number(birthtimeMs));
  }
  Object.defineProperty(Stats, 'length', { value: 3 });
  const typeIs = (t) => function () { return (Number(this.mode) & 0o170000) === t; };
  for (const [name, t] of [['isBlockDevice', 0o60000], ['isCharacterDevice', 0o20000], ['isDirectory', 0o40000],
    ['isFIFO', 0o10000], ['isFile', 0o100000], ['isSocket', 0o140000], ['isSymbolicLink', 0o120000]]) {
    Object.defineProperty(Stats.prototype, name, { value: { [name]: typeIs(t) }[name], writable: true, configurable: true });
  }
  function modeOf(n) {
    switch (n.kind) {
      case 'dir': return 0o40000 | (n.ro ? 0o444 : 0o666);
      case 'file': return 0o100000 | (n.ro ? 0o444 : 0o666);
      case 'link': return 0o120000 | 0o444;
      default: return 0o20000 | 0o666;
    }
  }
  function statsOf(n, bigint) {
    const size = n.kind === 'file' ? n.data.length : 0;
    const v = [n.kind === 'dev' ? 1 : 0, modeOf(n), 1, 0, 0, 0, 0, 0, size, 0, 0, n.mtime, 0, 0];
    making = true;
    let s;
    try { s = new Stats(...(bigint ? v.map(BigInt) : v)); } finally { making = false; }
    if (!bigint) return s;
    s.atimeNs = 0n; s.mtimeNs = BigInt(n.mtime) * 1000000n; s.ctimeNs = 0n; s.birthtimeNs = 0n;
    return s;
  }

  // Dirent: its type is an own symbol-keyed property, as workerd's.
  const kType = Symbol('type');
  class Dirent {
    constructor(name, type, path) {
      this.name = name;
      this.parentPath = path;
      this[kType] = type;
    }
    isDirectory() { return this[kType] === 2; }
    isFile() { return this[kType] === 1; }
    isBlockDevice() { return this[kType] === 7; }
    isCharacterDevice() { return this[kType] === 6; }
    isSymbolicLink() { return this[kType] === 3; }
    isFIFO() { return this[kType] === 4; }
    isSocket() { return this[kType] === 5; }
  }
  Object.defineProperty(Dirent, 'length', { value: 3 });
  const direntType = (n) => ({ dir: 2, file: 1, link: 3, dev: 6 })[n.kind];

  // Arguments.
  function encodingOf(options, def) {
    const enc = typeof options === 'string' ? options : options != null && typeof options === 'object' ? options.encoding : undefined;
    if (enc == null) return def;
    if (enc === 'buffer') return 'buffer';
    if (!Buffer.isEncoding(enc)) throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'options.encoding\' is invalid. Received ' + errors.inspectNoDepth(enc));
    return enc;
  }
  const flagTable = { r: 0, rs: 0, sr: 0, 'r+': 2, 'rs+': 2, 'sr+': 2, w: 577, wx: 705, xw: 705, 'w+': 578,
    'wx+': 706, 'xw+': 706, a: 1089, ax: 1217, xa: 1217, as: 1089, sa: 1089, 'a+': 1090, 'ax+': 1218,
    'xa+': 1218, 'as+': 1090, 'sa+': 1090 };
  function flagsOf(flags, def) {
    if (flags == null) return def;
    if (typeof flags === 'number') return flags;
    const f = flagTable[flags];
    if (f === undefined) throw invalidValue('flags', flags);
    return f;
  }
  function fdOf(fd) {
    if (typeof fd !== 'number') throw errors.invalidArgType('fd', 'number', fd);
    errors.validateInteger(fd, 'fd', 0, 2147483647);
    return fd;
  }
  function dataOf(data, enc, name = 'data') {
    if (typeof data === 'string') return Buffer.from(data, enc === 'buffer' ? 'utf8' : enc || 'utf8');
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw errors.invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const out = (bytes, enc) => {
    const b = Buffer.from(bytes);
    return enc === 'buffer' || enc === undefined ? b : b.toString(enc);
  };

  // File descriptors: 0-2 the console's, then from 3, never reused.
  const fds = new Map();
  let nextFd = 3;
  function fdEntry(fd, syscall) {
    const e = fds.get(fdOf(fd));
    if (e === undefined) throw fsError('EBADF', syscall);
    return e;
  }

  // Reading and writing a node's bytes.
  function readNode(n, abs, syscall) {
    if (n.kind === 'dir') throw fsError('EISDIR', syscall, abs);
    if (n.kind === 'dev') return new Uint8Array(0);
    return n.data;
  }
  function writeNode(abs, bytes, append, syscall, excl) {
    let n = lookup(abs, true, syscall);
    if (n === undefined) {
      const parent = parentDir(abs, syscall);
      n = { kind: 'file', ro: false, data: new Uint8Array(0), mtime: 0 };
      parent.entries.set(baseOf(abs), n);
    } else if (excl) {
      throw fsError('EEXIST', syscall, abs);
    }
    if (n.kind === 'dir') throw fsError('EISDIR', syscall, abs);
    if (n.kind === 'dev') {
      if (n.name === 'full') throw fsError('EPERM', syscall, abs);
      return bytes.length;
    }
    if (n.ro) throw fsError('EPERM', syscall, abs);
    if (append) {
      const d = new Uint8Array(n.data.length + bytes.length);
      d.set(n.data); d.set(bytes, n.data.length);
      n.data = d;
    } else {
      n.data = new Uint8Array(bytes);
    }
    return bytes.length;
  }

  const fs = {};
  // sortedCopy is o with its keys in workerd's (sorted) order.
  const sortedCopy = (o) => {
    const s = {};
    for (const k of Object.keys(o).sort()) s[k] = o[k];
    return s;
  };

  function accessSync(path, mode = 0) {
    const abs = pathOf(path);
    const n = lookup(abs, true, 'access');
    if (n === undefined || ((mode & 2) && n.ro) || (mode & 1)) throw jsError('ENOENT', 'access', abs);
  }
  function existsSync(path) {
    try { return lookup(pathOf(path), true, 'access') !== undefined; } catch { return false; }
  }
  function readFileSync(path, options) {
    const enc = encodingOf(options, undefined);
    flagsOf(options && typeof options === 'object' ? options.flag : undefined, 0);
    if (typeof path === 'number') {
      // The whole file, whatever the descriptor's position, which is then
      // at the end (as workerd).
      const e = fds.get(path);
      if (e === undefined) throw fsError('EBADF', 'fread');
      const bytes = readNode(e.node, e.path, 'fread');
      e.pos = bytes.length;
      return out(bytes, enc);
    }
    if (typeof path !== 'string' && !(path instanceof URL) && !(path instanceof Uint8Array)) {
      if (path == null) throw errors.invalidArgType('path', ['string', 'Buffer', 'URL'], path);
      throw fsError('EBADF', 'fread');
    }
    const abs = pathOf(path);
    return out(readNode(existing(abs, 'readAll'), abs, 'readAll'), enc);
  }
  function writeFileSync(path, data, options) {
    const wo = optionsOf(options, true);
    if (wo.mode !== undefined) modeArg(wo.mode, 'options.mode', true);
    const enc = encodingOf(options, 'utf8');
    const flag = flagsOf(options && typeof options === 'object' ? options.flag : undefined, 577);
    const bytes = dataOf(data, enc);
    if (typeof path === 'number') return writeSync(path, bytes);
    return writeNode(pathOf(path), bytes, (flag & 1024) !== 0, 'writeAll', (flag & 128) !== 0);
  }
  function appendFileSync(path, data, options) {
    const enc = encodingOf(options, 'utf8');
    const bytes = dataOf(data, enc);
    if (typeof path === 'number') {
      // At the end of the file, wherever the descriptor is.
      const e = fdEntry(path, 'write');
      return writeSync(path, bytes, 0, bytes.length, e.node.kind === 'file' ? e.node.data.length : null);
    }
    return writeNode(pathOf(path), bytes, true, 'writeAll', false);
  }
  function statSync(path, options, syscall = 'stat', follow = true) {
    const abs = pathOf(path);
    optionsOf(options, false);
    const n = lookup(abs, follow, syscall);
    if (n === undefined) {
      if (options && options.throwIfNoEntry === false) return undefined;
      throw jsError('ENOENT', syscall, abs);
    }
    return statsOf(n, options && options.bigint);
  }
  function lstatSync(path, options) { return statSync(path, options, 'lstat', false); }
  function fstatSync(fd, options) {
    fdOf(fd);
    if (fd <= 2) return statsOf({ kind: 'file', data: new Uint8Array(0), ro: false, mtime: 0 }, options && options.bigint);
    return statsOf(fdEntry(fd, 'fstat').node, options && options.bigint);
  }
  function mkdirSync(path, options) {
    const abs = pathOf(path);
    let recursive = false;
    if (typeof options === 'number' || typeof options === 'string') modeArg(options);
    else if (options != null) {
      const o = optionsOf(options, false);
      recursive = boolOption(o, 'recursive');
      if (o.mode !== undefined) modeArg(o.mode, 'mode');
    }
    if (!recursive) {
      const n = lookup(abs, true, 'mkdir');
      if (n !== undefined) {
        if (n.kind === 'dir') return undefined;
        throw fsError('EEXIST', 'mkdir', abs);
      }
      parentDir(abs, 'mkdir').entries.set(baseOf(abs), dir(false));
      return undefined;
    }
    let first;
    let cur = '';
    for (const part of split(abs)) {
      cur += '/' + part;
      const n = lookup(cur, true, 'mkdir', abs);
      if (n === undefined) {
        parentDir(cur, 'mkdir', abs).entries.set(part, dir(false));
        if (first === undefined) first = cur;
      } else if (n.kind !== 'dir') {
        throw fsError('ENOTDIR', 'mkdir', abs);
      }
    }
    return first;
  }
  let tempCount = 0;
  function mkdtempSync(prefix, options) {
    const enc = encodingOf(options, 'utf8');
    const base = pathOf(prefix);
    let name;
    do name = base + tempCount++; while (lookup(name, false, 'mkdir') !== undefined);
    parentDir(name, 'mkdir', base).entries.set(baseOf(name), dir(false));
    return enc === 'buffer' ? Buffer.from(name) : name;
  }
  function readdirSync(path, options) {
    optionsOf(options, true);
    const enc = encodingOf(options, 'utf8');
    const withFileTypes = options != null && typeof options === 'object' && options.withFileTypes === true;
    const recursive = options != null && typeof options === 'object' && options.recursive === true;
    const abs = pathOf(path);
    const n = existing(abs, 'readdir');
    if (n.kind !== 'dir') throw fsError('ENOTDIR', 'readdir', abs);
    const res = [];
    const walk = (d, rel, at) => {
      for (const [name, child] of d.entries) {
        const relName = rel ? rel + '/' + name : name;
        const named = (x) => (enc === 'buffer' ? Buffer.from(x) : enc === 'utf8' || enc === 'utf-8' ? x : Buffer.from(x).toString(enc));
        if (withFileTypes) res.push(new Dirent(named(name), direntType(child), at));
        else res.push(named(relName));
        if (recursive && child.kind === 'dir') walk(child, relName, at === '/' ? '/' + name : at + '/' + name);
      }
    };
    walk(n, '', abs);
    return res;
  }
  function unlinkSync(path) {
    const abs = pathOf(path);
    const n = existing(abs, 'unlink', false);
    if (n.kind === 'dir') throw fsError('EISDIR', 'unlink', abs);
    parentDir(abs, 'unlink').entries.delete(baseOf(abs));
  }
  function remove(abs, recursive, force) {
    const n = lookup(abs, false, 'rm');
    // workerd's rm of nothing does nothing, with force or without.
    if (n === undefined) return;
    const parent = parentDir(abs, 'rm');
    if (n.kind === 'dir' && n.entries.size > 0 && !recursive) throw fsError('ENOTEMPTY', 'rm', abs);
    parent.entries.delete(baseOf(abs));
  }
  function rmdirSync(path, options) {
    const abs = pathOf(path);
    const n = existing(abs, 'rm', false);
    if (n.kind !== 'dir') throw fsError('ENOTDIR', 'rm', abs);
    remove(abs, options != null && options.recursive === true, false);
  }
  function rmSync(path, options) {
    const abs = pathOf(path);
    const o = optionsOf(options, false);
    remove(abs, boolOption(o, 'recursive'), boolOption(o, 'force'));
  }
  function renameSync(oldPath, newPath) {
    const from = pathOf(oldPath, 'oldPath');
    const to = pathOf(newPath, 'newPath');
    const n = lookup(from, false, 'rename');
    if (n === undefined) throw fsError('ENOENT', 'rename', from, to);
    const target = lookup(to, false, 'rename');
    if (target !== undefined && target.kind === 'dir' && n.kind !== 'dir') throw fsError('EISDIR', 'rename', from, to);
    let src, dest;
    try {
      src = parentDir(from, 'rename');
      dest = parentDir(to, 'rename');
    } catch (e) {
      throw fsError(e.code, 'rename', from, to);
    }
    src.entries.delete(baseOf(from));
    dest.entries.set(baseOf(to), n);
  }
  function copyFileSync(src, dest, mode = 0) {
    if (![0, 1, 4, 2].includes(mode)) {
      throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The argument \'mode\' must be one of: 0, 1, 4, 2. Received ' + errors.inspectNoDepth(mode));
    }
    if (mode & 4) throw unsupported();
    const from = pathOf(src, 'src');
    const to = pathOf(dest, 'dest');
    if ((mode & 1) && lookup(to, true, 'copyFile') !== undefined) throw jsError('EEXIST', 'copyFile', from, to);
    const n = lookup(from, true, 'copyFile');
    if (n === undefined) throw fsError('ENOENT', 'copyFile', from, to);
    if (n.kind === 'dir') throw fsError('EISDIR', 'copyFile', from, to);
    try {
      writeNode(to, readNode(n, from, 'copyFile'), false, 'copy', false);
    } catch (e) {
      throw fsError(e.code, 'copy', from, to);
    }
  }
  function cpSync(src, dest, options) {
    const o = options == null ? {} : options;
    if (o.filter !== undefined) {
      if (typeof o.filter !== 'function') throw errors.invalidArgType('options.filter', 'function', o.filter);
      throw unsupported();
    }
    const from = pathOf(src, 'src');
    const to = pathOf(dest, 'dest');
    const copy = (f, t) => {
      const n = existing(f, 'cp');
      if (n.kind === 'dir') {
        if (!o.recursive) throw fsError('EISDIR', 'cp', f);
        if (lookup(t, true, 'cp') === undefined) parentDir(t, 'cp').entries.set(baseOf(t), dir(false));
        for (const name of n.entries.keys()) copy(f + '/' + name, t + '/' + name);
        return;
      }
      if (lookup(t, true, 'cp') !== undefined) {
        if (o.errorOnExist && o.force === false) throw fsError('EEXIST', 'cp', t);
        if (o.force === false) return;
      }
      writeNode(t, readNode(n, f, 'cp'), false, 'cp', false);
    };
    copy(from, to);
  }
  function symlinkSync(target, path) {
    const t = typeof target === 'string' ? target : pathOf(target);
    if (typeof target === 'string' && target.includes('\0')) throw invalidValue('path', target, 'must not contain null bytes');
    const abs = pathOf(path);
    if (lookup(abs, false, 'symlink') !== undefined) throw fsError('EEXIST', 'link', t, abs);
    let parent;
    try { parent = parentDir(abs, 'link'); } catch (e) { throw fsError(e.code, 'link', t, abs); }
    parent.entries.set(baseOf(abs), { kind: 'link', target: t, ro: false, mtime: 0 });
  }
  function linkSync(existingPath, newPath) {
    const from = pathOf(existingPath, 'existingPath');
    const to = pathOf(newPath, 'newPath');
    const n = lookup(from, false, 'link');
    if (n === undefined) throw fsError('ENOENT', 'link', from, to);
    if (lookup(to, false, 'link') !== undefined) throw fsError('EEXIST', 'link', from, to);
    parentDir(to, 'link', from).entries.set(baseOf(to), n);
  }
  function readlinkSync(path, options) {
    const enc = encodingOf(options, 'utf8');
    const abs = pathOf(path);
    const n = existing(abs, 'readlink', false);
    if (n.kind !== 'link') throw fsError('EINVAL', 'readlink');
    return enc === 'buffer' ? Buffer.from(n.target) : n.target;
  }
  function realpathSync(path, options) {
    const enc = encodingOf(options, 'utf8');
    const r = realOf(pathOf(path), 'readlink');
    return enc === 'buffer' ? Buffer.from(r) : r;
  }
  realpathSync.native = realpathSync;
  function truncateSync(path, len = 0) {
    if (typeof path === 'number') return ftruncateSync(path, len);
    uint32(len, 'len');
    const abs = pathOf(path);
    const n = existing(abs, 'ftruncate');
    if (n.kind === 'dir') throw fsError('EISDIR', 'ftruncate', abs);
    if (n.ro) throw fsError('EPERM', 'ftruncate');
    if (n.kind === 'file') n.data = resize(n.data, len);
  }
  const resize = (data, len) => {
    const d = new Uint8Array(len);
    d.set(data.subarray(0, len));
    return d;
  };
  function ftruncateSync(fd, len = 0) {
    const e = fdEntry(fd, 'ftruncate');
    uint32(len, 'len');
    if (!e.write) throw fsError('EBADF', 'ftruncate');
    if (e.node.kind === 'file') e.node.data = resize(e.node.data, len);
  }
  function timeOf(t, name) {
    if (typeof t === 'number' || typeof t === 'bigint' || typeof t === 'string') return new Date(Number(t)).getTime() || 0;
    if (t instanceof Date) return t.getTime();
    throw errors.invalidArgType('time', ['string', 'number', 'bigint', 'Date'], t);
  }
  function utimesSync(path, atime, mtime, follow = true, syscall = 'utimes') {
    timeOf(atime, 'atime');
    const m = timeOf(mtime, 'mtime');
    const abs = pathOf(path);
    // Only a file or directory of /tmp keeps the time.
    const n = existing(abs, syscall, follow);
    if (!n.ro && n.kind !== 'dev') n.mtime = m;
  }
  function lutimesSync(path, atime, mtime) { utimesSync(path, atime, mtime, false, 'lutimes'); }
  function futimesSync(fd, atime, mtime) {
    const e = fdEntry(fd, 'futime');
    timeOf(atime, 'atime');
    const m = timeOf(mtime, 'mtime');
    if (!e.node.ro && e.node.kind !== 'dev') e.node.mtime = m;
  }
  // chmod and chown check their arguments and the path; workerd's modes and
  // owners are fixed.
  const modeArg = (mode, name = 'mode', property = false) => {
    if (typeof mode === 'string' && /^[0-7]+$/.test(mode)) return;
    if (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0 || mode >= 4294967296) {
      throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE', (property ? 'The property \'' : 'The argument \'') + name +
        '\' must be a 32-bit unsigned integer or an octal string. Received ' + errors.inspectNoDepth(mode));
    }
  };
  const idArg = (v, name) => errors.validateInteger(v, name, -1, 4294967295);
  function jsExisting(abs, syscall, follow = true) {
    if (lookup(abs, follow, syscall) === undefined) throw jsError('ENOENT', syscall, abs);
  }
  function chmodSync(path, mode) { modeArg(mode); jsExisting(pathOf(path), 'chmod'); }
  function lchmodSync(path, mode) { modeArg(mode); jsExisting(pathOf(path), 'lchmod', false); }
  function fchmodSync(fd, mode) { modeArg(mode); fdEntry(fd, 'fchmod'); }
  function chownSync(path, uid, gid) { idArg(uid, 'uid'); idArg(gid, 'gid'); jsExisting(pathOf(path), 'chown'); }
  function lchownSync(path, uid, gid) { idArg(uid, 'uid'); idArg(gid, 'gid'); jsExisting(pathOf(path), 'lchown', false); }
  function fchownSync(fd, uid, gid) { idArg(uid, 'uid'); idArg(gid, 'gid'); fdEntry(fd, 'fchown'); }
  function fsyncSync(fd) { fdEntry(fd, 'fsync'); }
  function fdatasyncSync(fd) { fdEntry(fd, 'fdatasync'); }
  function statfsSync(path, options) {
    pathOf(path);
    const z = options && options.bigint ? 0n : 0;
    return { type: z, bsize: z, blocks: z, bfree: z, bavail: z, files: z, ffree: z };
  }

  function openSync(path, flags, mode) {
    const abs = pathOf(path);
    const f = flagsOf(flags, 0);
    if (mode !== undefined && mode !== null) modeArg(mode);
    const write = (f & 3) !== 0;
    let n = lookup(abs, true, 'open');
    if (n === undefined) {
      if (!(f & 64)) throw fsError('ENOENT', 'open', abs);
      n = { kind: 'file', ro: false, data: new Uint8Array(0), mtime: 0 };
      parentDir(abs, 'open').entries.set(baseOf(abs), n);
    } else {
      if ((f & 64) && (f & 128)) throw fsError('EEXIST', 'open', abs);
      if (write && n.ro) throw fsError('EPERM', 'open', abs);
      if (write && n.kind === 'dir') throw fsError('EISDIR', 'open', abs);
      if ((f & 512) && n.kind === 'file') n.data = new Uint8Array(0);
    }
    const fd = nextFd++;
    fds.set(fd, { node: n, path: abs, pos: 0, read: (f & 3) !== 1, write, append: (f & 1024) !== 0 });
    return fd;
  }
  function closeSync(fd) { fdOf(fd); fds.delete(fd); }
  function readSync(fd, buffer, offsetOrOptions, length, position) {
    const e = fdEntry(fd, 'read');
    if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
    offset = offset == null ? 0 : offset;
    errors.validateInteger(offset, 'offset', 0);
    if (length == null) length = buffer.byteLength - offset;
    uint32(length, 'length');
    if (length > buffer.byteLength - offset) throw errors.outOfRange('length', '<= ' + (buffer.byteLength - offset), length);
    if (!e.read) throw fsError('EBADF', 'read');
    const dst = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    const n = e.node;
    if (n.kind === 'dir') throw fsError('EISDIR', 'read');
    if (n.kind === 'dev') {
      if (n.name === 'null') return 0;
      if (n.name === 'random') crypto.getRandomValues(dst);
      else dst.fill(0);
      return length;
    }
    const pos = typeof position === 'number' && position >= 0 ? position : typeof position === 'bigint' ? Number(position) : e.pos;
    const src = n.data.subarray(pos, pos + length);
    dst.set(src);
    if (!(typeof position === 'number' && position >= 0) && typeof position !== 'bigint') e.pos += src.length;
    return src.length;
  }
  function readvSync(fd, buffers, position) {
    let total = 0;
    for (const b of buffers) {
      const n = readSync(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : null);
      total += n;
      if (n < b.byteLength) break;
    }
    return total;
  }
  function consoleWrite(fd, bytes) {
    const text = Buffer.from(bytes).toString().replace(/\n$/, '');
    (fd === 2 ? console.error : console.log)((fd === 2 ? 'stderr: ' : 'stdout: ') + text);
    return bytes.length;
  }
  function writeSync(fd, buffer, offsetOrOptions, length, position) {
    fdOf(fd);
    let bytes;
    if (typeof buffer === 'string') {
      const enc = typeof length === 'string' ? length : 'utf8';
      position = offsetOrOptions;
      bytes = Buffer.from(buffer, enc);
    } else {
      if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
      offset = offset == null ? 0 : offset;
      errors.validateInteger(offset, 'offset', 0);
      if (length == null) length = buffer.byteLength - offset;
      errors.validateInteger(length, 'length', 0, buffer.byteLength - offset);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    }
    if (fd === 1 || fd === 2) return consoleWrite(fd, bytes);
    // workerd writes through a descriptor opened for reading too; a
    // read-only file refuses.
    const e = fdEntry(fd, 'write');
    const n = e.node;
    if (n.ro) throw fsError('EPERM', 'write');
    if (n.kind === 'dev') {
      if (n.name === 'full') throw fsError('EPERM', 'write');
      return bytes.length;
    }
    const explicit = typeof position === 'number' && position >= 0;
    const pos = e.append ? n.data.length : explicit ? position : e.pos;
    if (pos + bytes.length > n.data.length) n.data = resize(n.data, pos + bytes.length);
    n.data.set(bytes, pos);
    if (!explicit || e.append) e.pos = pos + bytes.length;
    return bytes.length;
  }
  function writevSync(fd, buffers, position) {
    let total = 0;
    for (const b of buffers) total += writeSync(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : null);
    return total;
  }
  // asyncIterator is an async iterator whose next() resolves to step()'s
  // result (or rejects with what it throws) and whose return() to end()'s.
  function asyncIterator(step, end) {
    return {
      next() { return new Promise((resolve) => resolve(step())); },
      return() { return Promise.resolve(end()); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  // Dir (opendir): the entries as readdir lists them (recursive: each
  // directory's before the next entry), one at a time.
  const dirState = new WeakMap();
  const dirClosed = () => errors.makeError(Error, 'ERR_DIR_CLOSED', 'Directory is closed');
  class Dir {
    constructor(handle, path, options) {
      if (!making) throw new TypeError('Illegal constructor');
      dirState.set(this, { path, entries: handle, closed: false });
    }
    get path() { return dirState.get(this).path; }
    read(cb) {
      if (typeof cb === 'function') {
        let r, err = null;
        try { r = this.readSync(); } catch (e) { err = e; }
        queueMicrotask(() => (err ? cb(err) : cb(null, r)));
        return;
      }
      return (async () => this.readSync())();
    }
    readSync() {
      const st = dirState.get(this);
      if (st.closed) throw dirClosed();
      return st.entries.length > 0 ? st.entries.shift() : null;
    }
    close(cb) {
      if (typeof cb === 'function') {
        let err = null;
        try { this.closeSync(); } catch (e) { err = e; }
        queueMicrotask(() => cb(err));
        return;
      }
      return (async () => this.closeSync())();
    }
    closeSync() {
      const st = dirState.get(this);
      if (st.closed) throw dirClosed();
      st.closed = true;
    }
    entries() {
      // An async iterator by hand (goja has no async generators); the Dir
      // is closed at the end or on return.
      const st = dirState.get(this);
      const done = () => {
        if (!st.closed) st.closed = true;
        return { value: undefined, done: true };
      };
      return asyncIterator(() => {
        const e = this.readSync();
        return e === null ? done() : { value: e, done: false };
      }, done);
    }
  }
  Object.defineProperty(Dir.prototype, Symbol.asyncIterator, { value: Dir.prototype.entries, writable: true, configurable: true });
  function opendirSync(path, options) {
    const abs = pathOf(path);
    const recursive = options != null && typeof options === 'object' && options.recursive === true;
    const entries = [];
    const walk = (at) => {
      const n = existing(at, 'readdir');
      if (n.kind !== 'dir') throw fsError('ENOTDIR', 'readdir', at);
      for (const [name, child] of n.entries) {
        entries.push(new Dirent(name, direntType(child), at));
        if (recursive && child.kind === 'dir') walk(at === '/' ? '/' + name : at + '/' + name);
      }
    };
    walk(trim(abs));
    making = true;
    try { return new Dir(entries, abs, options); } finally { making = false; }
  }
  // glob: the paths under options.cwd (/bundle by default), relative to
  // it, that match a pattern (*, ?, [...] within a name, ** for any
  // directories), pattern by pattern, each walked segment by segment (a **
  // tries what follows it in a directory before its subdirectories), as
  // Node's glob orders them; an absolute pattern or .. matches nothing, as in
  // workerd.
  function segmentRegExp(seg) {
    let re = '';
    for (let i = 0; i < seg.length; i++) {
      const c = seg[i];
      if (c === '*') {
        re += '[^/]*';
      } else if (c === '?') {
        re += '[^/]';
      } else if (c === '[' && seg.indexOf(']', i + 1) > i + 1) {
        const j = seg.indexOf(']', i + 1);
        re += '[' + seg.slice(i + 1, j).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = j;
      } else {
        re += c.replace(/[.+^${}()|\\\/\]\[]/g, '\\$&');
      }
    }
    return new RegExp('^' + re + '$');
  }
  function globWalk(root, rootAt, pattern, emit) {
    if (pattern.startsWith('/')) return;
    const segs = pattern.split('/').filter((x) => x !== '' && x !== '.');
    const res = segs.map((x) => (x === '**' ? null : segmentRegExp(x)));
    const join = (rel, name) => (rel ? rel + '/' + name : name);
    const at = (a, name) => (a === '/' ? '/' + name : a + '/' + name);
    const all = (n, rel, a) => {
      for (const [name, child] of n.entries) {
        emit(join(rel, name), name, child, a);
        if (child.kind === 'dir') all(child, join(rel, name), at(a, name));
      }
    };
    const walk = (n, rel, a, i) => {
      if (n.kind !== 'dir') return;
      if (segs[i] === '..') return;
      if (segs[i] === '**') {
        if (i === segs.length - 1) {
          if (rel) emit(rel, rel.slice(rel.lastIndexOf('/') + 1), n, a.slice(0, a.lastIndexOf('/')) || '/');
          return all(n, rel, a);
        }
        walk(n, rel, a, i + 1);
        for (const [name, child] of n.entries) {
          if (child.kind === 'dir') walk(child, join(rel, name), at(a, name), i);
        }
        return;
      }
      for (const [name, child] of n.entries) {
        if (!res[i].test(name)) continue;
        if (i === segs.length - 1) emit(join(rel, name), name, child, a);
        else walk(child, join(rel, name), at(a, name), i + 1);
      }
    };
    if (segs.length > 0) walk(root, '', rootAt, 0);
  }
  function globSync(pattern, options) {
    const patterns = Array.isArray(pattern) ? pattern : [pattern];
    for (const p of patterns) errors.validateString(p, 'pattern');
    const o = options == null ? {} : options;
    errors.validateObject(o, 'options');
    const cwd = o.cwd === undefined ? '/bundle' : pathOf(o.cwd, 'options.cwd');
    const res = [];
    const seen = new Set();
    const excl = typeof o.exclude === 'function' ? o.exclude : null;
    const root = lookup(cwd, true, 'scandir');
    if (root === undefined) return res;
    for (const p of patterns) {
      globWalk(root, trim(cwd), p, (rel, name, node, parent) => {
        if (seen.has(rel)) return;
        const v = o.withFileTypes ? new Dirent(name, direntType(node), parent) : rel;
        if (excl && excl(v)) return;
        seen.add(rel);
        res.push(v);
      });
    }
    return res;
  }
  function watch() { throw unsupported(); }
  function watchFile() { throw unsupported(); }
  function unwatchFile() { throw unsupported(); }

  // The callback forms: the last function argument is called back from a
  // microtask with (err, result).
  function callbackForm(name, sync, length) {
    const f = { [name](...args) {
      const cb = callbackOf(args, length, !fdFirst.has(name));
      let res, err = null;
      try { res = sync(...args); } catch (e) { err = e; }
      if (err !== null && syncArgError(name, err)) throw err;
      queueMicrotask(() => (err ? cb(err) : cb(null, res)));
    } }[name];
    Object.defineProperty(f, 'length', { value: length });
    return f;
  }
  const fdFirst = new Set(['close', 'fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'read', 'readv', 'write', 'writev']);
  // syncArgError says whether the callback form throws err, an argument's
  // error, at once (workerd's readFile passes a bad path to the callback, and
  // read a bad fd; the filesystem's errors always go there).
  function syncArgError(name, err) {
    if (typeof err.code !== 'string' || !err.code.startsWith('ERR_')) return false;
    if (name === 'readFile' && err.message.startsWith('The "path" argument')) return false;
    return true;
  }
  // callbackOf takes the callback off args: the last argument when it is a
  // function, else an ERR_INVALID_ARG_TYPE for what is where it goes.
  function callbackOf(args, length, path) {
    if (typeof args[args.length - 1] === 'function') return args.pop();
    // A bad path is told before a missing callback.
    if (path) pathOf(args[0]);
    throw errors.invalidArgType('callback', 'function', args[length - 1]);
  }
  // The promise forms.
  function promiseForm(name, sync, length) {
    const f = { async [name](...args) { return sync(...args); } }[name];
    Object.defineProperty(f, 'length', { value: length });
    return f;
  }

  const syncs = { access: [accessSync, 1, 1, 1], appendFile: [appendFileSync, 2, 4, 2], chmod: [chmodSync, 2, 3, 2],
    chown: [chownSync, 3, 4, 3], close: [closeSync, 1, 1], copyFile: [copyFileSync, 2, 2, 3], cp: [cpSync, 2, 4, 3],
    exists: [existsSync, 1], fchmod: [fchmodSync, 2, 3], fchown: [fchownSync, 3, 4], fdatasync: [fdatasyncSync, 1, 2],
    fstat: [fstatSync, 1, 3], fsync: [fsyncSync, 1, 1], ftruncate: [ftruncateSync, 1, 3], futimes: [futimesSync, 3, 4],
    glob: [globSync, 1, 3, 1], lchmod: [lchmodSync, 2, 3, 2], lchown: [lchownSync, 3, 4, 3], link: [linkSync, 2, 3, 2],
    lstat: [lstatSync, 1, 3, 1], lutimes: [lutimesSync, 3, 4, 3], mkdir: [mkdirSync, 1, 3, 1], mkdtemp: [mkdtempSync, 1, 3, 1],
    open: [openSync, 1, 1], opendir: [opendirSync, 1, 3, 1], read: [readSync, 2, 6], readFile: [readFileSync, 1, 3, 1],
    readdir: [readdirSync, 1, 3, 1], readlink: [readlinkSync, 1, 3, 1], readv: [readvSync, 2, 4], realpath: [realpathSync, 1, 3, 1],
    rename: [renameSync, 2, 3, 2], rm: [rmSync, 1, 3, 1], rmdir: [rmdirSync, 1, 3, 2], stat: [statSync, 1, 3, 1],
    statfs: [statfsSync, 1, 3, 1], symlink: [symlinkSync, 2, 4, 2], truncate: [truncateSync, 1, 3, 1], unlink: [unlinkSync, 1, 2, 1],
    utimes: [utimesSync, 3, 4, 3], write: [writeSync, 2, 6], writeFile: [writeFileSync, 2, 4, 2], writev: [writevSync, 2, 4] };

  const named = (name, f, length) => {
    Object.defineProperty(f, 'name', { value: name });
    Object.defineProperty(f, 'length', { value: length });
    return f;
  };
  const callbacks = {};
  for (const [name, [sync, syncLen, cbLen]] of Object.entries(syncs)) {
    named(name + 'Sync', sync, syncLen);
    if (name === 'exists') {
      // exists checks no callback: workerd calls what it is given.
      callbacks.exists = named('exists', function (path, cb) {
        const r = existsSync(path);
        queueMicrotask(() => cb(r));
      }, 2);
    } else {
      callbacks[name] = callbackForm(name, sync, cbLen);
    }
  }
  // read(fd, buffer, offset, length, position, cb) calls back with
  // (err, bytesRead, buffer); write with (err, written, buffer).
  callbacks.read = named('read', function (fd, buffer, ...rest) {
    const cb = callbackOf(rest, 4);
    let n, err = null;
    try { n = readSync(fd, buffer, ...rest); } catch (e) { err = e; }
    if (err !== null && syncArgError('read', err) && !err.message.startsWith('The "fd" argument')) throw err;
    queueMicrotask(() => (err ? cb(err) : cb(null, n, buffer)));
  }, 6);
  callbacks.write = named('write', function (fd, buffer, ...rest) {
    const cb = callbackOf(rest, 4);
    let n, err = null;
    try { n = writeSync(fd, buffer, ...rest); } catch (e) { err = e; }
    if (err !== null && syncArgError('write', err)) throw err;
    // A string written comes back as its bytes.
    if (typeof buffer === 'string') buffer = Buffer.from(buffer, typeof rest[1] === 'string' ? rest[1] : 'utf8');
    queueMicrotask(() => (err ? cb(err) : cb(null, n, buffer)));
  }, 6);

  // FileHandle (fs/promises' open).
  const handleFd = new WeakMap();
  class FileHandle extends EventEmitter {
    constructor(fd) {
      super();
      handleFd.set(this, fd);
    }
    get fd() { return handleFd.get(this); }
    // open(syscall) is the handle's descriptor, or workerd's EBADF once
    // the handle is closed.
    #open(syscall) {
      const fd = handleFd.get(this);
      if (fd === -1) {
        const e = new Error('Bad file descriptor');
        e.code = 'EBADF';
        e.errno = -9;
        e.syscall = syscall;
        throw e;
      }
      return fd;
    }
    async appendFile(data, options) { return appendFileSync(this.#open('appendFile'), data, options); }
    async chmod(mode) { return fchmodSync(this.#open('chmod'), mode); }
    async chown(uid, gid) { return fchownSync(this.#open('chown'), uid, gid); }
    async datasync() { return fdatasyncSync(this.#open('datasync')); }
    async sync() { return fsyncSync(this.#open('sync')); }
    async read(buffer, offset, length, position) {
      if (buffer === undefined) buffer = Buffer.alloc(16384);
      const bytesRead = readSync(this.#open('read'), buffer, offset, length, position);
      return { bytesRead, buffer };
    }
    async readv(buffers, position) { return { bytesRead: readvSync(this.#open('readv'), buffers, position), buffers }; }
    async readFile(options) { return readFileSync(this.#open('readFile'), options); }
    // workerd has no readLines (it needs node:readline's Interface).
    readLines() { this.#open('stat'); throw new Error('not implemented'); }
    async stat(options) { return fstatSync(this.#open('stat'), options); }
    async truncate(len) { return ftruncateSync(this.#open('truncate'), len); }
    async utimes(atime, mtime) { return futimesSync(this.#open('utimes'), atime, mtime); }
    async write(buffer, ...rest) {
      const bytesWritten = writeSync(this.#open('write'), buffer, ...rest);
      // A string written comes back as its bytes.
      if (typeof buffer === 'string') buffer = Buffer.from(buffer, typeof rest[1] === 'string' ? rest[1] : 'utf8');
      return { bytesWritten, buffer };
    }
    async writev(buffers, position) { return { bytesWritten: writevSync(this.#open('writev'), buffers, position), buffers }; }
    async writeFile(data, options) { return writeSync(this.#open('writeFile'), dataOf(data, encodingOf(options, 'utf8'))), undefined; }
    async close() { closeSync(this.#open('close')); handleFd.set(this, -1); this.emit('close'); }
    // readableWebStream reads the file from the descriptor's position in
    // chunks of up to 64 KiB, and closes the handle at the end (autoClose).
    readableWebStream(options = {}) {
      const fd = this.#open('stat');
      errors.validateObject(options, 'options');
      const { autoClose = true } = options;
      if (typeof autoClose !== 'boolean') throw errors.invalidArgType('options.autoClose', 'boolean', autoClose);
      return new ReadableStream({
        pull: async (controller) => {
          const buf = new Uint8Array(65536);
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n === 0) {
            controller.close();
            if (autoClose) await this.close();
            return;
          }
          controller.enqueue(buf.slice(0, n));
        },
      });
    }
    createReadStream(options) { return createReadStream(null, { ...options, fd: this.#open('createReadStream') }); }
    createWriteStream(options) { return createWriteStream(null, { ...options, fd: this.#open('createWriteStream') }); }
  }
  Object.defineProperty(FileHandle, 'length', { value: 2 });

  const promises = {};
  // The promise forms resolve to nothing where the sync form returns a
  // count (writeFile, appendFile).
  const noResult = new Set(['writeFile', 'appendFile']);
  for (const name of ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'glob', 'lchmod', 'lchown',
    'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'opendir', 'readFile', 'readdir', 'readlink', 'realpath',
    'rename', 'rm', 'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile']) {
    const [sync, , , pLen] = syncs[name];
    promises[name] = promiseForm(name, (p, ...rest) => {
      if (p instanceof FileHandle) p = p.fd;
      const r = sync(p, ...rest);
      return noResult.has(name) ? undefined : r;
    }, pLen);
  }
  promises.glob = named('glob', function (pattern, options) {
    const all = globSync(pattern, options);
    let i = 0;
    return asyncIterator(() => (i < all.length ? { value: all[i++], done: false } : { value: undefined, done: true }),
      () => ({ value: undefined, done: true }));
  }, 1);
  promises.opendir = promiseForm('opendir', opendirSync, 1);
  promises.open = promiseForm('open', (path, flags, mode) => new FileHandle(openSync(path, flags, mode)), 3);
  promises.watch = named('watch', function () { throw new Error('Not implemented'); }, 0);

  // Streams. The file is opened when the stream is made (mcrepl's streams
  // have no _construct); 'open' and 'ready', or the error, follow from a
  // microtask.
  function openStream(st) {
    if (st.fd !== null) return;
    let err = null;
    try { st.fd = openSync(st.path, st.flags); } catch (e) { err = e; }
    queueMicrotask(() => {
      if (err) return st.destroy(err);
      st.pending = false;
      st.emit('open', st.fd);
      st.emit('ready');
    });
  }
  const { Readable, Writable } = require('stream');
  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    const o = typeof options === 'string' ? { encoding: options } : options || {};
    Readable.call(this, { highWaterMark: o.highWaterMark || 65536, encoding: o.encoding });
    this.path = o.fd != null ? undefined : pathOf(path);
    this.fd = o.fd != null ? o.fd : null;
    this.flags = o.flags === undefined ? 'r' : o.flags;
    this.start = o.start;
    this.end = o.end === undefined ? Infinity : o.end;
    this.pos = o.start;
    this.bytesRead = 0;
    this.autoClose = o.autoClose !== false;
    openStream(this);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  ReadStream.prototype._read = function (n) {
    if (this.fd === null) return;
    const want = Math.min(n, this.end - (this.pos === undefined ? this.bytesRead : this.pos) + 1);
    if (want <= 0) return this.push(null);
    const buf = Buffer.alloc(want);
    let got;
    try { got = readSync(this.fd, buf, 0, want, this.pos === undefined ? null : this.pos); } catch (e) { return this.destroy(e); }
    if (this.pos !== undefined) this.pos += got;
    this.bytesRead += got;
    this.push(got > 0 ? buf.subarray(0, got) : null);
  };
  ReadStream.prototype._destroy = function (err, cb) {
    if (this.fd !== null && this.autoClose) { try { closeSync(this.fd); } catch { /* closed */ } this.fd = null; }
    cb(err);
  };
  Object.defineProperty(ReadStream, 'length', { value: 1 });

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    const o = typeof options === 'string' ? { encoding: options } : options || {};
    Writable.call(this, { highWaterMark: o.highWaterMark, decodeStrings: true, defaultEncoding: o.encoding || 'utf8' });
    this.path = o.fd != null ? undefined : pathOf(path);
    this.fd = o.fd != null ? o.fd : null;
    this.flags = o.flags === undefined ? 'w' : o.flags;
    this.start = o.start;
    this.pos = o.start;
    this.bytesWritten = 0;
    this.autoClose = o.autoClose !== false;
    this.pending = this.fd === null;
    openStream(this);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  WriteStream.prototype._write = function (chunk, enc, cb) {
    if (this.fd === null) return cb(fsError('EBADF', 'write'));
    try {
      const n = writeSync(this.fd, chunk, 0, chunk.length, this.pos === undefined ? null : this.pos);
      if (this.pos !== undefined) this.pos += n;
      this.bytesWritten += n;
    } catch (e) { return cb(e); }
    cb();
  };
  WriteStream.prototype._destroy = function (err, cb) {
    if (this.fd !== null && this.autoClose) { try { closeSync(this.fd); } catch { /* closed */ } this.fd = null; }
    cb(err);
  };
  WriteStream.prototype.close = function (cb) {
    if (cb) this.once('close', cb);
    this.end();
  };
  Object.defineProperty(WriteStream, 'length', { value: 1 });
  function createReadStream(path, options) { return new ReadStream(path, options); }
  function createWriteStream(path, options) { return new WriteStream(path, options); }
  // openAsBlob returns the Blob itself, not a promise, as workerd's does.
  function openAsBlob(path, options = {}) {
    const abs = pathOf(path);
    errors.validateObject(options, 'options');
    const { type = '' } = options;
    errors.validateString(type, 'options.type');
    return new Blob([readNode(existing(abs, 'open'), abs, 'open')], { type });
  }

  const all = { Dir, Dirent, F_OK: 0, FileReadStream: ReadStream, FileWriteStream: WriteStream, R_OK: 4, ReadStream,
    Stats, W_OK: 2, WriteStream, X_OK: 1 };
  Object.assign(fs, all);
  for (const name of Object.keys(syncs)) {
    fs[name] = callbacks[name];
    fs[name + 'Sync'] = syncs[name][0];
  }
  Object.assign(fs, { constants, createReadStream, createWriteStream, openAsBlob, promises: sortedCopy({ ...promises, FileHandle, constants }),
    unwatchFile, watch, watchFile });
  named('createReadStream', createReadStream, 1);
  named('createWriteStream', createWriteStream, 1);
  named('openAsBlob', openAsBlob, 1);
  Object.defineProperty(Dir, 'length', { value: 3 });
  named('opendirSync', opendirSync, 1);
  named('globSync', globSync, 1);
  module.exports = sortedCopy(fs);
})
