// node:module: createRequire (a require of the node: modules and
// cloudflare:sockets: a Worker's own modules are bundled), builtinModules,
// isBuiltin, and workerd's answers for the rest: no-ops for the compile
// cache, ERR_METHOD_NOT_IMPLEMENTED for what a Worker cannot do.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const notImplemented = (what) => function () { throw errors.notImplemented(what); };
  const rename = (name, fn) => Object.defineProperty(fn, 'name', { value: name });
  const _extensions = {
    '.js': () => { throw errors.notImplemented('module._extensions.js'); },
    '.json': () => { throw errors.notImplemented('module._extensions.json'); },
    '.node': () => { throw errors.notImplemented('module._extensions.node'); },
  };
  function createRequire(path) {
    const p = `${path}`;
    if (!p.startsWith('/') && !p.startsWith('file:')) {
      throw errors.invalidArgValue('path', p,
        'The argument must be a file URL object, a file URL string, or an absolute path string.');
    }
    // An anonymous function of length 0, as workerd's.
    return [function () { return binding.requireBuiltin(String(arguments[0])); }][0];
  }
  Object.defineProperties(createRequire, {
    resolve: { value: () => { throw errors.notImplemented('module.createRequire.resolve'); }, enumerable: true, writable: true },
    paths: { value: () => { throw errors.notImplemented('module.createRequire.resolve.paths'); }, enumerable: true, writable: true },
    cache: { value: { __proto__: null }, enumerable: true, writable: true },
    extensions: { value: _extensions, enumerable: true, writable: true },
    main: { value: undefined, enumerable: true, writable: true },
  });
  const builtinModules = Object.freeze(['_http_agent', '_http_client', '_http_common', '_http_incoming',
    '_http_outgoing', '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
    '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert',
    'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto',
    'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http',
    'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
    'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises',
    'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
    'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
    'worker_threads', 'zlib']);
  const constants = Object.freeze({
    __proto__: null,
    compileCacheStatus: Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
  });
  function Module() { throw errors.notImplemented('module.Module'); }
  Module.prototype.load = function load() {};
  Module.prototype.require = function require() {};
  Module.prototype._compile = function _compile() {};
  Object.defineProperty(Module.prototype, 'isPreloading', { get() { return false; } });
  const statics = {
    register: notImplemented('module.register'),
    constants,
    enableCompileCache() {},
    findPackageJSON: notImplemented('module.findPackageJSON'),
    flushCompileCache() {},
    getCompileCacheDir() { return undefined; },
    stripTypeScriptTypes: notImplemented('module.stripTypeScriptTypes'),
    findSourceMap: notImplemented('module.findSourceMap'),
    SourceMap: notImplemented('module.SourceMap'),
    getSourceMapsSupport() {
      return Object.freeze({ __proto__: null, enabled: false, nodeModules: false, generatedCode: false });
    },
    setSourceMapsSupport: notImplemented('module.setSourceMapsSupport'),
    createRequire,
    builtinModules,
    globalPaths: [],
    isBuiltin: function isBuiltin(specifier) { return binding.isBuiltin(specifier); },
    runMain: notImplemented('module.runMain'),
    syncBuiltinESMExports: notImplemented('module.syncBuiltinESMExports'),
    wrap: notImplemented('module.wrap'),
    _cache: { __proto__: null },
    _debug: notImplemented('module._debug'),
    _extensions,
    _findPath: notImplemented('module._findPath'),
    _initPaths: notImplemented('module._initPaths'),
    _load: notImplemented('module._load'),
    _pathCache: { __proto__: null },
    _preloadModules: notImplemented('module._preloadModules'),
    _resolveFilename: notImplemented('module._resolveFilename'),
    _resolveLookupPaths: notImplemented('module._resolveLookupPaths'),
    _nodeModulePaths: notImplemented('module._nodeModulePaths'),
    Module,
    registerHooks: notImplemented('module.registerHooks'),
  };
  for (const k of Object.keys(statics)) {
    const v = statics[k];
    if (typeof v === 'function' && v !== Module && v !== createRequire) rename(k, v);
    Object.defineProperty(Module, k, { value: v, writable: true, enumerable: true });
  }
  module.exports = Module;
})
