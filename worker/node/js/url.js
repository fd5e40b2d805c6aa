// node:url: the WHATWG URL classes (the globals) and Node's helpers:
// fileURLToPath, pathToFileURL, format, parse (the legacy API, over URL),
// domainToASCII / domainToUnicode.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const URLc = globalThis.URL, Params = globalThis.URLSearchParams;
  // These three are Error classes named after their codes, as cases 1811
  // and 1825 recorded them (a newer workerd makes them TypeErrors).
  const fileURLPath = (msg) => errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path ' + msg);
  // fileURLToPath(url, { windows }): the path of a file: URL, POSIX's or,
  // with windows, a drive letter's or a UNC share's.
  function fileURLToPath(path, options) {
    const u = typeof path === 'string' ? new URLc(path) : path;
    if (u == null || typeof u.href !== 'string') throw errors.invalidArgType('path', ['string', 'URL'], path);
    if (u.protocol !== 'file:') throw errors.makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (options && options.windows) return windowsPath(u);
    if (u.hostname !== '') throw errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    const p = u.pathname;
    if (/%2f/i.test(p)) throw fileURLPath('must not include encoded / characters');
    return decodeURIComponent(p);
  }
  function windowsPath(u) {
    let p = u.pathname;
    if (/%2f|%5c/i.test(p)) throw fileURLPath('must not include encoded \\ or / characters');
    p = decodeURIComponent(p.replace(/\//g, '\\'));
    if (u.hostname !== '') return '\\\\' + binding.domainToUnicode(u.hostname) + p;
    const letter = p.codePointAt(1) | 0x20;
    if (letter < 97 || letter > 122 || p[2] !== ':') throw fileURLPath('must be absolute');
    return p.slice(1);
  }
  // encodePathChars escapes what a URL's parser would take otherwise; on
  // Windows a backslash is a separator, which the parser turns into /.
  const encodePathChars = (p, windows) => {
    p = p.replace(/%/g, '%25');
    if (!windows) p = p.replace(/\\/g, '%5C');
    return p.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  };
  // pathToFileURL(path, { windows }): the file: URL of a path, resolved
  // against the current directory, a UNC path's server as its host.
  function pathToFileURL(filepath, options) {
    errors.validateString(filepath, 'filepath');
    const windows = !!(options && options.windows);
    const path = require('path');
    if (windows && filepath.startsWith('\\\\')) {
      const extended = filepath.startsWith('\\\\?\\UNC\\');
      const start = extended ? 8 : 2;
      const end = filepath.indexOf('\\', start);
      if (end === -1) throw errors.invalidArgValue('path', filepath, 'Missing UNC resource path');
      if (end === 2) throw errors.invalidArgValue('path', filepath, 'Empty UNC servername');
      const out = new URLc('file://');
      out.hostname = filepath.slice(start, end);
      out.pathname = encodePathChars(filepath.slice(end).replace(/\\/g, '/'), windows);
      return out;
    }
    let resolved = windows ? path.win32.resolve(filepath) : path.resolve(filepath);
    const last = filepath[filepath.length - 1];
    if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) resolved += '/';
    resolved = encodePathChars(resolved, windows).replace(/\?/g, '%3F').replace(/#/g, '%23');
    return new URLc('file://' + resolved);
  }
  function Url() {
    this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
    this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
    this.path = null; this.href = null;
  }
  // stringifyQuery is querystring.stringify: an array value repeats its key,
  // values that are no string, number, bigint or boolean become ''.
  function stringifyQuery(obj) {
    const prim = (v) => typeof v === 'string' ? v : (typeof v === 'number' && isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : '';
    const parts = [];
    for (const k of Object.keys(obj)) {
      const v = obj[k], ks = encodeURIComponent(prim(k)) + '=';
      if (Array.isArray(v)) for (const x of v) parts.push(ks + encodeURIComponent(prim(x)));
      else parts.push(ks + encodeURIComponent(prim(v)));
    }
    return parts.join('&');
  }
  // The legacy parser, Node's url.parse: no WHATWG normalisation, the host
  // found by scanning, the rest kept as written (autoescaped).
  const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
  const hostlessProtocol = new Set(['javascript', 'javascript:']);
  const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
  const nonHostChars = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
  function parseQuery(str) {
    const out = { __proto__: null };
    if (str === '') return out;
    for (const part of str.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const k = unescapeQs(eq < 0 ? part : part.slice(0, eq)), v = eq < 0 ? '' : unescapeQs(part.slice(eq + 1));
      if (!(k in out)) out[k] = v;
      else if (Array.isArray(out[k])) out[k].push(v);
      else out[k] = [out[k], v];
    }
    return out;
  }
  function unescapeQs(s) {
    s = s.replace(/\+/g, ' ');
    try { return decodeURIComponent(s); } catch (e) { return unescape(s); }
  }
  function parse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) return url;
    errors.validateString(url, 'url');
    const u = new Url();
    // Leading and trailing whitespace and control characters go; a
    // backslash before the query becomes a slash.
    let rest = url.replace(/^[\u0000-\u0020\u00a0\ufeff]+|[\u0000-\u0020\u00a0\ufeff]+$/g, '');
    const q = rest.search(/[?#]/);
    rest = (q < 0 ? rest : rest.slice(0, q)).replace(/\\/g, '/') + (q < 0 ? '' : rest.slice(q));
    if (!slashesDenoteHost && !rest.includes('#')) {
      const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
      if (simple) {
        u.path = rest; u.href = rest; u.pathname = simple[1];
        if (simple[2]) {
          u.search = simple[2];
          u.query = parseQueryString ? parseQuery(u.search.slice(1)) : u.search.slice(1);
        } else if (parseQueryString) { u.search = null; u.query = { __proto__: null }; }
        return u;
      }
    }
    let lowerProto = '';
    const proto = /^[a-z0-9.+-]+:/i.exec(rest);
    if (proto) {
      lowerProto = proto[0].toLowerCase();
      u.protocol = lowerProto;
      rest = rest.slice(proto[0].length);
    }
    let slashes = false;
    if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(proto && hostlessProtocol.has(lowerProto))) { rest = rest.slice(2); u.slashes = true; }
    }
    if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto[0])))) {
      let hostEnd = -1, atSign = -1, nonHost = -1;
      for (let i = 0; i < rest.length && hostEnd === -1; i++) {
        const c = rest[i];
        if (nonHostChars.has(c)) { if (nonHost === -1) nonHost = i; }
        else if (c === '#' || c === '/' || c === '?') { if (nonHost === -1) nonHost = i; hostEnd = i; }
        else if (c === '@') { atSign = i; nonHost = -1; }
      }
      let start = 0;
      if (atSign !== -1) { u.auth = decodeURIComponent(rest.slice(0, atSign)); start = atSign + 1; }
      if (nonHost === -1) { u.host = rest.slice(start); rest = ''; }
      else { u.host = rest.slice(start, nonHost); rest = rest.slice(nonHost); }
      let host = u.host;
      const port = /:[0-9]*$/.exec(host);
      if (port) {
        if (port[0] !== ':') u.port = port[0].slice(1);
        host = host.slice(0, host.length - port[0].length);
      }
      if (host) u.hostname = host;
      if (typeof u.hostname !== 'string') u.hostname = '';
      const ipv6 = u.hostname[0] === '[' && u.hostname[u.hostname.length - 1] === ']';
      if (!ipv6) {
        const h = u.hostname;
        for (let i = 0; i < h.length; i++) {
          const c = h[i];
          if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') { u.hostname = h.slice(0, i); rest = '/' + h.slice(i) + rest; break; }
        }
      }
      if (u.hostname.length > 255) u.hostname = '';
      else u.hostname = u.hostname.toLowerCase();
      if (u.hostname !== '' && !ipv6 && /[^\x00-\x7f]/.test(u.hostname)) {
        try { u.hostname = new URLc('ws://' + u.hostname).hostname; } catch (e) { /* kept as written */ }
      }
      u.host = (u.hostname || '') + (u.port ? ':' + u.port : '');
      if (ipv6) { u.hostname = u.hostname.slice(1, -1); if (rest[0] !== '/') rest = '/' + rest; }
    }
    if (!hostlessProtocol.has(lowerProto)) rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscape[c]);
    let questionIdx = -1, hashIdx = -1;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '#') { u.hash = rest.slice(i); hashIdx = i; break; }
      if (rest[i] === '?' && questionIdx === -1) questionIdx = i;
    }
    if (questionIdx !== -1) {
      u.search = hashIdx === -1 ? rest.slice(questionIdx) : rest.slice(questionIdx, hashIdx);
      u.query = hashIdx === -1 ? rest.slice(questionIdx + 1) : rest.slice(questionIdx + 1, hashIdx);
      if (parseQueryString) u.query = parseQuery(u.query);
    } else if (parseQueryString) { u.search = null; u.query = { __proto__: null }; }
    const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
    if (firstIdx === -1) { if (rest.length > 0) u.pathname = rest; }
    else if (firstIdx > 0) u.pathname = rest.slice(0, firstIdx);
    if (slashedProtocol.has(lowerProto) && u.hostname && !u.pathname) u.pathname = '/';
    if (u.pathname || u.search) u.path = (u.pathname || '') + (u.search || '');
    u.href = formatUrl(u);
    return u;
  }
  // formatUrl is Url.prototype.format: the parts put back together, the
  // slashes only where the protocol has them or the object says so.
  function formatUrl(obj) {
    let auth = obj.auth || '';
    if (auth) auth = encodeURIComponent(auth).replace(/%3A/gi, ':') + '@';
    let protocol = obj.protocol || '';
    let pathname = obj.pathname || '';
    let hash = obj.hash || '';
    let host = '';
    let query = '';
    if (obj.host) host = auth + obj.host;
    else if (obj.hostname) {
      const h = String(obj.hostname);
      host = auth + (h.includes(':') && !(h[0] === '[' && h[h.length - 1] === ']') ? '[' + h + ']' : h);
      if (obj.port) host += ':' + obj.port;
    }
    if (obj.query !== null && typeof obj.query === 'object') query = stringifyQuery(obj.query);
    let search = obj.search || (query && '?' + query) || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
    if (obj.slashes || slashedProtocol.has(protocol)) {
      if (obj.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
        host = '//' + host;
      } else if (protocol.startsWith('file')) host = '//';
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash[0] !== '#') hash = '#' + hash;
    if (search && search[0] !== '?') search = '?' + search;
    return protocol + host + pathname + search + hash;
  }
  Url.prototype.format = function format() { return formatUrl(this); };
  function format(obj, options) {
    if (typeof obj === 'string') return formatUrl(parse(obj));
    if (obj instanceof URLc) {
      const o = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
      let s = obj.protocol;
      if (obj.host) {
        s += '//';
        if (o.auth && (obj.username || obj.password)) s += obj.username + (obj.password ? ':' + obj.password : '') + '@';
        s += obj.host;
      }
      s += obj.pathname;
      if (o.search) s += obj.search;
      if (o.fragment) s += obj.hash;
      return s;
    }
    if (obj === null || typeof obj !== 'object') throw errors.invalidArgType('urlObject', ['object', 'string'], obj);
    return formatUrl(obj);
  }
  // resolve: the WHATWG resolution against a placeholder base, its prefix
  // taken off again (a relative base stays relative).
  function resolve(from, to) {
    const base = new URLc(from, 'resolve:///');
    const href = new URLc(to, base).href;
    if (!href.startsWith('resolve:')) return href;
    return from.startsWith('/') ? href.slice('resolve://'.length) : href.slice('resolve:///'.length);
  }
  // Url's own parse, resolve, resolveObject and parseHost, as Node's.
  Url.prototype.parse = function parse_(url, parseQueryString, slashesDenoteHost) {
    Object.assign(this, parse(url, parseQueryString, slashesDenoteHost));
    return this;
  };
  Object.defineProperty(Url.prototype.parse, 'name', { value: 'parse' });
  Url.prototype.resolve = function resolve_(relative) { return resolve(formatUrl(this), relative); };
  Object.defineProperty(Url.prototype.resolve, 'name', { value: 'resolve' });
  Url.prototype.resolveObject = function resolveObject(relative) {
    return parse(resolve(formatUrl(this), typeof relative === 'string' ? relative : format(relative)));
  };
  Url.prototype.parseHost = function parseHost() {
    let host = this.host;
    const port = /:[0-9]*$/.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    if (host) this.hostname = host;
  };
  const missingDomain = () => errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'The "domain" argument must be specified');
  module.exports = {
    domainToASCII(domain) {
      if (arguments.length === 0) throw missingDomain();
      try { return new URLc('ws://' + domain).hostname; } catch (e) { return ''; }
    },
    domainToUnicode(domain) {
      if (arguments.length === 0) throw missingDomain();
      return binding.domainToUnicode(String(domain));
    },
    URL: URLc, URLSearchParams: Params,
    fileURLToPath, pathToFileURL,
    toPathIfFileURL(p) { return p != null && typeof p.href === 'string' && p.protocol === 'file:' ? fileURLToPath(p) : p; },
    urlToHttpOptions(url) {
      const o = { protocol: url.protocol, hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        hash: url.hash, search: url.search, pathname: url.pathname, path: url.pathname + url.search, href: url.href };
      if (url.port !== '') o.port = Number(url.port);
      if (url.username || url.password) o.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
      return o;
    },
    format, parse,
    // As workerd's (Node's): both are parsed as URLs, strings that the messages name "url".
    resolve(from, to) {
      errors.validateString(from, 'url');
      errors.validateString(to, 'url');
      return resolve(from, to);
    },
    // Node's urlResolveObject: no source gives the relative back; a relative that is no
    // string is read as a Url's fields.
    resolveObject(from, to) {
      if (!from) return to;
      if (to == null) throw new TypeError(`Cannot read properties of ${to} (reading 'hash')`);
      return parse(resolve(from, to));
    },
    Url,
  };
})
