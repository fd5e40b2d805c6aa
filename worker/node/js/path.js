// node:path: POSIX paths (workerd's path.win32 is the same object's
// win32 member; here it is the POSIX implementation too, see docs/nodejs.md).
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
      let start = 0, end = -1, matchedSlash = true;
      if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
        if (suffix === path) return '';
        let extIdx = suffix.length - 1, firstNonSlashEnd = -1;
        for (let i = path.length - 1; i >= 0; --i) {
          const code = path[i];
          if (code === '/') { if (!matchedSlash) { start = i + 1; break; } }
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
      for (let i = path.length - 1; i >= 0; --i) {
        if (path[i] === '/') { if (!matchedSlash) { start = i + 1; break; } }
        else if (end === -1) { matchedSlash = false; end = i + 1; }
      }
      if (end === -1) return '';
      return path.slice(start, end);
    },
    extname(path) {
      errors.validateString(path, 'path');
      let startDot = -1, startPart = 0, end = -1, matchedSlash = true, preDotState = 0;
      for (let i = path.length - 1; i >= 0; --i) {
        const code = path[i];
        if (code === '/') { if (!matchedSlash) { startPart = i + 1; break; } continue; }
        if (end === -1) { matchedSlash = false; end = i + 1; }
        if (code === '.') { if (startDot === -1) startDot = i; else if (preDotState !== 1) preDotState = 1; }
        else if (startDot !== -1) preDotState = -1;
      }
      if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) return '';
      return path.slice(startDot, end);
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
  posix.posix = posix;
  posix.win32 = posix;
  module.exports = posix;
})
