// node:url: the WHATWG URL classes (the globals) and Node's helpers:
// fileURLToPath, pathToFileURL, format, parse (the legacy API, over URL),
// domainToASCII / domainToUnicode.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const URLc = globalThis.URL, Params = globalThis.URLSearchParams;
  function fileURLToPath(path) {
    const u = typeof path === 'string' ? new URLc(path) : path;
    if (u == null || typeof u.href !== 'string') throw errors.invalidArgType('path', ['string', 'URL'], path);
    if (u.protocol !== 'file:') throw errors.makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (u.hostname !== '') throw errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    const p = u.pathname;
    if (/%2f/i.test(p)) throw errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    return decodeURIComponent(p);
  }
  function pathToFileURL(filepath) {
    errors.validateString(filepath, 'path');
    let resolved = require('path').resolve(filepath);
    if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
    const enc = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09').replace(/#/g, '%23').replace(/\?/g, '%3F');
    return new URLc('file://' + enc);
  }
  function Url() {
    this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
    this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
    this.path = null; this.href = null;
  }
  function parse(url, parseQueryString) {
    errors.validateString(url, 'url');
    const out = new Url();
    let u;
    try { u = new URLc(url); } catch (e) {
      // A relative reference: path, query and hash only.
      const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
      out.pathname = m[1] || null; out.search = m[2] || null; out.hash = m[3] || null;
      out.query = out.search ? out.search.slice(1) : null;
      out.path = (out.pathname || '') + (out.search || '') || null;
      out.href = url;
      if (parseQueryString) out.query = Object.fromEntries(new Params(out.search || ''));
      return out;
    }
    out.protocol = u.protocol;
    out.slashes = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || null;
    out.auth = u.username ? decodeURIComponent(u.username) + (u.password ? ':' + decodeURIComponent(u.password) : '') : null;
    out.host = u.host || (out.slashes ? '' : null);
    out.port = u.port || null;
    out.hostname = u.hostname || (out.slashes ? '' : null);
    out.hash = u.hash || null;
    out.search = u.search || null;
    out.query = u.search ? u.search.slice(1) : null;
    out.pathname = u.pathname || null;
    out.path = (u.pathname || '') + (u.search || '');
    out.href = u.href;
    if (parseQueryString) out.query = Object.fromEntries(u.searchParams);
    return out;
  }
  function format(obj, options) {
    if (typeof obj === 'string') obj = parse(obj);
    else if (obj instanceof URLc) {
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
    } else if (obj === null || typeof obj !== 'object') throw errors.invalidArgType('urlObject', ['object', 'string'], obj);
    let protocol = obj.protocol || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    let host = '';
    if (obj.host) host = obj.host;
    else if (obj.hostname) host = (obj.hostname.includes(':') ? '[' + obj.hostname + ']' : obj.hostname) + (obj.port ? ':' + obj.port : '');
    const auth = obj.auth ? encodeURIComponent(obj.auth).replace(/%3A/i, ':') + '@' : '';
    let search = obj.search || '';
    if (!search && obj.query && typeof obj.query === 'object') { const q = new Params(obj.query).toString(); if (q) search = '?' + q; }
    else if (!search && typeof obj.query === 'string' && obj.query) search = '?' + obj.query;
    if (search && search[0] !== '?') search = '?' + search;
    let hash = obj.hash || '';
    if (hash && hash[0] !== '#') hash = '#' + hash;
    let pathname = obj.pathname || '';
    const slashes = obj.slashes || /^(https?|ftp|gopher|file|wss?):$/.test(protocol);
    if (slashes || host) { if (pathname && pathname[0] !== '/') pathname = '/' + pathname; host = '//' + auth + host; }
    return protocol + host + pathname.replace(/[?#]/g, encodeURIComponent) + search.replace('#', '%23') + hash;
  }
  function resolve(from, to) { return new URLc(to, new URLc(from, 'resolve://')).href.replace(/^resolve:\/\/\/?/, ''); }
  module.exports = {
    domainToASCII(domain) { try { return new URLc('ws://' + domain).hostname; } catch (e) { return ''; } },
    domainToUnicode(domain) { return String(domain); },
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
    format, parse, resolve,
    resolveObject(from, to) { return parse(resolve(from, to)); },
    Url,
  };
})
