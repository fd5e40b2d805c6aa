// node:path: POSIX paths, and path.win32: Windows paths (drive letters, UNC
// roots, either slash a separator), whose working directory is the POSIX
// root, as in workerd.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  function normalizeString(path, allowAboveRoot) {
    let res = '', lastSegmentLength = 0, lastSlash = -1, dots = 0, code;
    for (let i = 0; i <= path.length; ++i) {
      if (i < path.length) code = path[i];
      else if (code === '/') break;
      else code = '/';
      if (code === '/') {
        if (lastSlash === i - 1 || dots === 1) {
          // nothing
        } else if (dots === 2) {
          if (res.length < 2 || lastSegmentLength !== 2 || !res.endsWith('..')) {
            if (res.length > 2) {
              const idx = res.lastIndexOf('/');
              if (idx === -1) { res = ''; lastSegmentLength = 0; }
              else { res = res.slice(0, idx); lastSegmentLength = res.length - 1 - res.lastIndexOf('/'); }
              lastSlash = i; dots = 0; continue;
            } else if (res.length !== 0) {
              res = ''; lastSegmentLength = 0; lastSlash = i; dots = 0; continue;
            }
          }
          if (allowAboveRoot) { res += res.length > 0 ? '/..' : '..'; lastSegmentLength = 2; }
        } else {
          if (res.length > 0) res += '/' + path.slice(lastSlash + 1, i);
          else res = path.slice(lastSlash + 1, i);
          lastSegmentLength = i - lastSlash - 1;
        }
        lastSlash = i; dots = 0;
      } else if (code === '.' && dots !== -1) ++dots;
      else dots = -1;
    }
    return res;
  }
  // basenameOf and extnameOf scan back from the end for the last name,
  // with the platform's separators, from start on (after a drive).
  function basenameOf(path, suffix, sep, start) {
      let end = -1, matchedSlash = true;
      if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
        if (suffix === path) return '';
        let extIdx = suffix.length - 1, firstNonSlashEnd = -1;
        for (let i = path.length - 1; i >= start; --i) {
          const code = path[i];
          if (sep(code)) { if (!matchedSlash) { start = i + 1; break; } }
          else {
            if (firstNonSlashEnd === -1) { matchedSlash = false; firstNonSlashEnd = i + 1; }
            if (extIdx >= 0) {
              if (code === suffix[extIdx]) { if (--extIdx === -1) end = i; }
              else { extIdx = -1; end = firstNonSlashEnd; }
            }
          }
        }
        if (start === end) end = firstNonSlashEnd;
        else if (end === -1) end = path.length;
        return path.slice(start, end);
      }
      for (let i = path.length - 1; i >= start; --i) {
        if (sep(path[i])) { if (!matchedSlash) { start = i + 1; break; } }
        else if (end === -1) { matchedSlash = false; end = i + 1; }
      }
      if (end === -1) return '';
      return path.slice(start, end);
  }
  function extnameOf(path, sep, start) {
      let startDot = -1, startPart = start, end = -1, matchedSlash = true, preDotState = 0;
      for (let i = path.length - 1; i >= start; --i) {
        const code = path[i];
        if (sep(code)) { if (!matchedSlash) { startPart = i + 1; break; } continue; }
        if (end === -1) { matchedSlash = false; end = i + 1; }
        if (code === '.') { if (startDot === -1) startDot = i; else if (preDotState !== 1) preDotState = 1; }
        else if (startDot !== -1) preDotState = -1;
      }
      if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) return '';
      return path.slice(startDot, end);
  }
  const posix = {
    resolve(...args) {
      let resolved = '', absolute = false;
      for (let i = args.length - 1; i >= -1 && !absolute; i--) {
        const p = i >= 0 ? args[i] : '/';
        errors.validateString(p, 'paths[' + i + ']');
        if (p.length === 0) continue;
        resolved = p + '/' + resolved;
        absolute = p[0] === '/';
      }
      resolved = normalizeString(resolved, !absolute);
      if (absolute) return '/' + resolved;
      return resolved.length > 0 ? resolved : '.';
    },
    normalize(path) {
      errors.validateString(path, 'path');
      if (path.length === 0) return '.';
      const isAbsolute = path[0] === '/';
      const trailing = path[path.length - 1] === '/';
      path = normalizeString(path, !isAbsolute);
      if (path.length === 0) { if (isAbsolute) return '/'; return trailing ? './' : '.'; }
      if (trailing) path += '/';
      return isAbsolute ? '/' + path : path;
    },
    isAbsolute(path) { errors.validateString(path, 'path'); return path.length > 0 && path[0] === '/'; },
    join(...args) {
      if (args.length === 0) return '.';
      let joined;
      for (let i = 0; i < args.length; ++i) {
        const arg = args[i];
        errors.validateString(arg, 'path');
        if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
      }
      return joined === undefined ? '.' : posix.normalize(joined);
    },
    relative(from, to) {
      errors.validateString(from, 'from');
      errors.validateString(to, 'to');
      if (from === to) return '';
      from = posix.resolve(from); to = posix.resolve(to);
      if (from === to) return '';
      const fromStart = 1, fromEnd = from.length, fromLen = fromEnd - fromStart;
      const toStart = 1, toLen = to.length - toStart;
      const length = fromLen < toLen ? fromLen : toLen;
      let lastCommonSep = -1, i = 0;
      for (; i < length; i++) {
        const fc = from[fromStart + i];
        if (fc !== to[toStart + i]) break;
        else if (fc === '/') lastCommonSep = i;
      }
      if (i === length) {
        if (toLen > length) {
          if (to[toStart + i] === '/') return to.slice(toStart + i + 1);
          if (i === 0) return to.slice(toStart + i);
        } else if (fromLen > length) {
          if (from[fromStart + i] === '/') lastCommonSep = i;
          else if (i === 0) lastCommonSep = 0;
        }
      }
      let out = '';
      for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
        if (i === fromEnd || from[i] === '/') out += out.length === 0 ? '..' : '/..';
      }
      return out + to.slice(toStart + lastCommonSep);
    },
    toNamespacedPath(path) { return path; },
    dirname(path) {
      errors.validateString(path, 'path');
      if (path.length === 0) return '.';
      const hasRoot = path[0] === '/';
      let end = -1, matchedSlash = true;
      for (let i = path.length - 1; i >= 1; --i) {
        if (path[i] === '/') { if (!matchedSlash) { end = i; break; } }
        else matchedSlash = false;
      }
      if (end === -1) return hasRoot ? '/' : '.';
      if (hasRoot && end === 1) return '//';
      return path.slice(0, end);
    },
    basename(path, suffix) {
      if (suffix !== undefined) errors.validateString(suffix, 'ext');
      errors.validateString(path, 'path');
      return basenameOf(path, suffix, (c) => c === '/', 0);
    },
    extname(path) {
      errors.validateString(path, 'path');
      return extnameOf(path, (c) => c === '/', 0);
    },
    format(obj) {
      errors.validateObject(obj, 'pathObject');
      const dir = obj.dir || obj.root;
      const base = obj.base || ((obj.name || '') + (obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''));
      if (!dir) return base;
      return dir === obj.root ? dir + base : dir + '/' + base;
    },
    parse(path) {
      errors.validateString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return ret;
      const isAbsolute = path[0] === '/';
      let start;
      if (isAbsolute) { ret.root = '/'; start = 1; } else start = 0;
      let startDot = -1, startPart = 0, end = -1, matchedSlash = true, i = path.length - 1, preDotState = 0;
      for (; i >= start; --i) {
        const code = path[i];
        if (code === '/') { if (!matchedSlash) { startPart = i + 1; break; } continue; }
        if (end === -1) { matchedSlash = false; end = i + 1; }
        if (code === '.') { if (startDot === -1) startDot = i; else if (preDotState !== 1) preDotState = 1; }
        else if (startDot !== -1) preDotState = -1;
      }
      if (end !== -1) {
        const s = startPart === 0 && isAbsolute ? 1 : startPart;
        if (startDot === -1 || preDotState === 0 || (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
          ret.base = ret.name = path.slice(s, end);
        } else {
          ret.name = path.slice(s, startDot);
          ret.base = path.slice(s, end);
          ret.ext = path.slice(startDot, end);
        }
      }
      if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
      else if (isAbsolute) ret.dir = '/';
      return ret;
    },
    matchesGlob(path, pattern) {
      errors.validateString(path, 'path');
      errors.validateString(pattern, 'pattern');
      let re = '^';
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
          if (pattern[i + 1] === '*') { re += '.*'; i++; if (pattern[i + 1] === '/') i++; }
          else re += '[^/]*';
        } else if (c === '?') re += '[^/]';
        else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
      return new RegExp(re + '$').test(path);
    },
    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
  };
  // Windows paths. winRoot splits off the root: a drive ("C:", "C:\"), a
  // UNC share ("\\server\share") or a lone separator.
  const isSep = (c) => c === '/' || c === '\\';
  const isDrive = (p) => p.length >= 2 && p[1] === ':' && /[A-Za-z]/.test(p[0]);
  function winRoot(p) {
    const r = { device: undefined, absolute: false, rootEnd: 0, uncOnly: false };
    if (p.length === 0) return r;
    if (isSep(p[0])) {
      r.absolute = true;
      r.rootEnd = 1;
      if (p.length === 1 || !isSep(p[1])) return r;
      // \\server\share: both parts non-empty.
      let j = 2;
      while (j < p.length && !isSep(p[j])) j++;
      if (j === 2 || j === p.length) return r;
      const server = p.slice(2, j);
      while (j < p.length && isSep(p[j])) j++;
      const start = j;
      while (j < p.length && !isSep(p[j])) j++;
      if (j === start) return r;
      r.device = '\\\\' + server + '\\' + p.slice(start, j);
      r.rootEnd = j;
      r.uncOnly = j === p.length;
      return r;
    }
    if (isDrive(p)) {
      r.device = p.slice(0, 2);
      r.rootEnd = 2;
      if (p.length > 2 && isSep(p[2])) { r.absolute = true; r.rootEnd = 3; }
    }
    return r;
  }
  // winTail normalises the part after the root with the POSIX rules, its
  // separators made backslashes.
  const winTail = (t, allowAboveRoot) => normalizeString(t.replace(/\\/g, '/'), allowAboveRoot).replace(/\//g, '\\');
  const win32 = {
    resolve(...args) {
      let device = '', tail = '', absolute = false;
      for (let i = args.length - 1; i >= -1; i--) {
        let p;
        if (i >= 0) {
          p = args[i];
          errors.validateString(p, 'paths[' + i + ']');
          if (p.length === 0) continue;
        } else p = device.length === 0 ? '/' : device + '\\';
        const r = winRoot(p);
        if (r.device !== undefined) {
          if (device.length > 0) { if (r.device.toLowerCase() !== device.toLowerCase()) continue; }
          else device = r.device;
        }
        if (absolute) { if (device.length > 0) break; }
        else {
          tail = p.slice(r.rootEnd) + '\\' + tail;
          absolute = r.absolute;
          if (absolute && device.length > 0) break;
        }
      }
      tail = winTail(tail, !absolute);
      return absolute ? device + '\\' + tail : (device + tail) || '.';
    },
    normalize(path) {
      errors.validateString(path, 'path');
      if (path.length === 0) return '.';
      if (path.length === 1) return path === '/' ? '\\' : path;
      const r = winRoot(path);
      if (r.uncOnly) return r.device + '\\';
      let tail = r.rootEnd < path.length ? winTail(path.slice(r.rootEnd), !r.absolute) : '';
      if (tail.length === 0 && !r.absolute) tail = '.';
      if (tail.length > 0 && isSep(path[path.length - 1])) tail += '\\';
      if (r.device === undefined) return r.absolute ? '\\' + tail : tail;
      return r.absolute ? r.device + '\\' + tail : r.device + tail;
    },
    isAbsolute(path) {
      errors.validateString(path, 'path');
      return path.length > 0 && (isSep(path[0]) || (path.length > 2 && isDrive(path) && isSep(path[2])));
    },
    join(...args) {
      if (args.length === 0) return '.';
      let joined, first;
      for (const arg of args) {
        errors.validateString(arg, 'path');
        if (arg.length > 0) { if (joined === undefined) joined = first = arg; else joined += '\\' + arg; }
      }
      if (joined === undefined) return '.';
      // Leading separators collapse to one unless the first part itself
      // starts a UNC root (exactly two separators and a name).
      const unc = first.length > 2 && isSep(first[0]) && isSep(first[1]) && !isSep(first[2]);
      if (!unc) {
        let n = 0;
        while (n < joined.length && isSep(joined[n])) n++;
        if (n >= 2) joined = '\\' + joined.slice(n);
      }
      return win32.normalize(joined);
    },
    relative(from, to) {
      errors.validateString(from, 'from');
      errors.validateString(to, 'to');
      if (from === to) return '';
      const fromOrig = win32.resolve(from), toOrig = win32.resolve(to);
      if (fromOrig === toOrig) return '';
      const f = fromOrig.toLowerCase(), t = toOrig.toLowerCase();
      if (f === t) return '';
      // Compare the resolved paths segment by segment, case-insensitively.
      const trim = (x) => x.replace(/\\+$/, '');
      const fp = trim(f).split('\\'), tp = trim(t).split('\\'), to2 = trim(toOrig).split('\\');
      let i = 0;
      while (i < fp.length && i < tp.length && fp[i] === tp[i]) i++;
      if (i === 0) return toOrig;
      const ups = fp.slice(i).filter((x) => x !== '').map(() => '..');
      return ups.concat(to2.slice(i)).join('\\');
    },
    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const resolved = win32.resolve(path);
      if (resolved.length <= 2) return path;
      if (resolved.startsWith('\\\\')) {
        if (resolved[2] !== '?' && resolved[2] !== '.') return '\\\\?\\UNC\\' + resolved.slice(2);
      } else if (isDrive(resolved) && resolved[2] === '\\') return '\\\\?\\' + resolved;
      return resolved;
    },
    dirname(path) {
      errors.validateString(path, 'path');
      if (path.length === 0) return '.';
      if (path.length === 1) return isSep(path) ? path : '.';
      const r = winRoot(path);
      if (r.uncOnly) return path;
      let rootEnd = -1;
      if (r.device !== undefined && r.device.startsWith('\\\\')) rootEnd = r.rootEnd + 1;
      else if (r.absolute || r.device !== undefined) rootEnd = r.rootEnd;
      const offset = rootEnd === -1 ? 0 : rootEnd;
      let end = -1, matchedSlash = true;
      for (let i = path.length - 1; i >= offset; --i) {
        if (isSep(path[i])) { if (!matchedSlash) { end = i; break; } } else matchedSlash = false;
      }
      if (end === -1) { if (rootEnd === -1) return '.'; end = rootEnd; }
      return path.slice(0, end);
    },
    basename(path, suffix) {
      if (suffix !== undefined) errors.validateString(suffix, 'ext');
      errors.validateString(path, 'path');
      return basenameOf(path, suffix, isSep, isDrive(path) ? 2 : 0);
    },
    extname(path) {
      errors.validateString(path, 'path');
      return extnameOf(path, isSep, isDrive(path) ? 2 : 0);
    },
    format(obj) {
      errors.validateObject(obj, 'pathObject');
      const dir = obj.dir || obj.root;
      const base = obj.base || ((obj.name || '') + (obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''));
      if (!dir) return base;
      return dir === obj.root ? dir + base : dir + '\\' + base;
    },
    parse(path) {
      errors.validateString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return ret;
      const r = winRoot(path);
      let rootEnd = r.rootEnd;
      if (r.device !== undefined && r.device.startsWith('\\\\') && rootEnd < path.length) rootEnd++;
      ret.root = path.slice(0, rootEnd);
      if (rootEnd === path.length) { ret.dir = ret.root; return ret; }
      const rest = path.slice(rootEnd);
      const p = posix.parse(rest.replace(/\\/g, '/'));
      ret.base = p.base; ret.name = p.name; ret.ext = p.ext;
      // dir is everything before the last separator of the rest, the root
      // alone when there is none.
      let k = rest.length - 1;
      while (k > 0 && isSep(rest[k])) k--;
      let sepAt = -1;
      for (let i = k; i >= 0; i--) if (isSep(rest[i])) { sepAt = i; break; }
      ret.dir = sepAt > 0 ? path.slice(0, rootEnd + sepAt) : ret.root;
      return ret;
    },
    matchesGlob(path, pattern) { return posix.matchesGlob(path.replace(/\\/g, '/'), pattern.replace(/\\/g, '/')); },
    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null,
  };
  posix.posix = win32.posix = posix;
  posix.win32 = win32.win32 = win32;
  // posix.format is workerd's _format(sep, pathObject) bound to '/': "bound _format", length 1
  // (win32.format is a plain function there).
  const format = posix.format;
  posix.format = { _format(sep, pathObject) { return format(pathObject); } }._format.bind(null, '/');
  module.exports = posix;
})
