// node:process: workerd's process object. Before enable_nodejs_process_v2
// (implied by nodejs_compat from 2025-09-15) it is a plain object with
// nextTick, env, exit, getBuiltinModule, platform and features; from then on
// an EventEmitter with Node's whole surface, stubbed where a Worker has no
// such thing, as workerd has it.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const notImplemented = (name) => function () { throw errors.notImplemented('process.' + name); };
  const features = {
    cached_builtins: true, debug: false, inspector: false, ipv6: true, openssl_is_boringssl: true,
    require_module: false, tls: true, tls_alpn: true, tls_ocsp: true, tls_sni: true, typescript: false, uv: true,
  };
  function nextTick(callback, ...args) {
    binding.queueMicrotask(callback, ...args);
  }
  // process.env keeps strings: a value set is converted, as in Node and
  // workerd, and a definition must be a plain, configurable, writable,
  // enumerable one.
  const env = new Proxy(binding.processEnv(), {
    set(target, key, value) {
      if (typeof key === 'string') target[key] = String(value);
      else target[key] = value;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('get' in desc || 'set' in desc) throw errors.invalidArgValue('descriptor', desc, 'process.env does not accept an accessor(getter/setter) descriptor');
      for (const k of ['configurable', 'writable', 'enumerable']) {
        if (!desc[k]) throw errors.invalidArgValue('descriptor.' + k, desc, 'process.env value must be ' + k);
      }
      if ('value' in desc) target[key] = String(desc.value);
      return true;
    },
  });
  function exit(code) {
    const c = code === undefined ? (process.exitCode === undefined ? 0 : process.exitCode) : code;
    binding.exit(c | 0);
  }
  function getBuiltinModule(id) {
    return binding.getBuiltinModule(id);
  }
  let process;
  if (!binding.processV2) {
    process = { nextTick, env, exit, getBuiltinModule, platform: 'linux', features };
    module.exports = process;
    return;
  }
  const EventEmitter = require('events');
  const versionNumber = binding.processVersion;
  const versions = { node: versionNumber };
  for (const k of ['v8', 'modules', 'zlib', 'brotli', 'zstd', 'ares', 'napi', 'llhttp', 'nghttp2', 'acorn', 'ada',
    'simdutf', 'nbytes', 'ncrypto', 'uvwasi', 'uv', 'openssl', 'sqlite', 'icu', 'undici', 'simdjson', 'unicode',
    'cldr', 'tz', 'cjs_module_lexer', 'amaro', 'merve']) versions[k] = '';
  // The set*id calls are workerd's ERR_EPERM: code EPERM, the call as
  // syscall, errno 1, no path.
  const eperm = (name) => function (id) {
    const e = errors.makeError(Error, 'EPERM', 'operation not permitted', 'ERR_EPERM');
    e.syscall = name;
    e.errno = 1;
    e.path = undefined;
    throw e;
  };
  // The directories of workerd's virtual file system, which chdir can
  // enter, and its device files, which it cannot.
  const dirs = new Set(['/', '/bundle', '/tmp', '/dev']);
  const devices = new Set(['/dev/null', '/dev/zero', '/dev/full', '/dev/random']);
  let cwd = '/bundle';
  // resolveDir is dir made absolute against cwd, with . and .. resolved;
  // undefined for the empty path.
  function resolveDir(dir) {
    if (dir === '') return undefined;
    const parts = dir.startsWith('/') ? [] : cwd.split('/').filter(Boolean);
    for (const p of dir.split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') parts.pop();
      else parts.push(p);
    }
    return '/' + parts.join('/');
  }
  // fsError is workerd's error of a file system call: an Error with own
  // errno, syscall, code and (when there is one) path.
  const errnos = { ENOENT: -2, ENOTDIR: -20 };
  function fsError(code, description, syscall, path) {
    const e = new Error(description + (path === undefined ? '' : ", " + syscall + " '" + path + "'"));
    e.errno = errnos[code];
    e.syscall = syscall;
    e.code = code;
    if (path !== undefined) e.path = path;
    return e;
  }
  const hrtime = function hrtime(prev) {
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw errors.invalidArgType('time', 'tuple of integers', prev);
      if (prev.length !== 2) throw errors.outOfRange('time', 2, prev);
    }
    const now = Date.now();
    let s = Math.floor(now / 1000), ns = (now % 1000) * 1e6;
    if (prev !== undefined) {
      s -= prev[0]; ns -= prev[1];
      if (ns < 0) { s--; ns += 1e9; }
    }
    return [s, ns];
  };
  hrtime.bigint = function bigint() { return BigInt(Date.now()) * 1000000n; };
  const memoryUsage = function memoryUsage() { return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }; };
  memoryUsage.rss = undefined;
  process = new EventEmitter();
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
  process.on('newListener', () => {});
  const events = { _events: process._events, _eventsCount: process._eventsCount };
  delete process._events; delete process._eventsCount; delete process._maxListeners; delete process.domain;
  const start = Date.now();
  const stream = (fd, name) => {
    let line = '';
    return {
      fd, writable: true,
      write(chunk, encoding, cb) {
        if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) throw errors.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
        line += typeof chunk === 'string' ? chunk : binding.decode(chunk, 'utf8', 0);
        let i;
        while ((i = line.indexOf('\n')) >= 0) {
          binding.writeLine(name, line.slice(0, i));
          line = line.slice(i + 1);
        }
        if (typeof encoding === 'function') cb = encoding;
        if (typeof cb === 'function') binding.queueMicrotask(cb);
        return true;
      },
      on() { return this; }, once() { return this; }, emit() { return false; }, end() {},
    };
  };
  Object.assign(process, {
    assert: function assert(value, message) { if (!value) throw errors.makeError(Error, 'ERR_ASSERTION', message || 'assertion error'); }.bind(null),
    version: 'v' + versionNumber,
    versions,
    title: 'workerd',
    argv: ['workerd'],
    argv0: 'workerd',
    execArgv: [],
    arch: 'x64',
    platform: 'linux',
    config: { target_defaults: { default_configuration: 'Release' }, variables: {} },
    pid: 1,
    ppid: 0,
    getegid: function getegid() { return 0; },
    getgid: function getgid() { return 0; },
    getgroups: function getgroups() { return [0]; },
    geteuid: function geteuid() { return 0; },
    getuid: function getuid() { return 0; },
    setegid: eperm('setegid'), setgid: eperm('setgid'), setgroups: eperm('setgroups'),
    seteuid: eperm('seteuid'), setuid: eperm('setuid'),
    initgroups: function initgroups(user, group) { eperm('initgroups')(); },
    setSourceMapsEnabled: function setSourceMapsEnabled(v, o) {},
    getSourceMapsSupport: function getSourceMapsSupport() { return { enabled: false, nodeModules: false, generatedCode: false }; },
    nextTick,
    emitWarning: function emitWarning(warning, options, codeOrCtor, maybeCtor) {
      let name = 'Warning', detail, code, ctor;
      if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
        if (options.type) name = options.type;
        if (options.code) code = options.code;
        if (options.detail) detail = options.detail;
        ctor = options.ctor;
      } else if (typeof options === 'string') {
        name = options;
        if (typeof codeOrCtor === 'string') {
          code = codeOrCtor;
          if (typeof maybeCtor === 'function') ctor = maybeCtor;
          else if (maybeCtor !== undefined) throw errors.invalidArgType('ctor', 'function', maybeCtor);
        } else if (typeof codeOrCtor === 'function') ctor = codeOrCtor;
        else if (codeOrCtor !== undefined) throw errors.invalidArgType('ctor', 'function', codeOrCtor);
      } else if (typeof options === 'function') ctor = options;
      else if (options !== undefined) throw errors.invalidArgType('options', 'object', options);
      let err;
      if (typeof warning === 'string') {
        err = new (ctor || Error)(warning);
        err.name = name;
      } else if (warning instanceof Error) {
        err = warning;
        if (name && name !== 'Warning') err.name = name;
      } else throw errors.invalidArgType('warning', 'string or Error', warning);
      if (code) err.code = code;
      if (detail && typeof detail === 'string') err.detail = detail;
      queueMicrotask(() => process.emit('warning', err));
    },
    env,
    exit,
    abort: function abort() { binding.exit(134); },
    getBuiltinModule,
    features,
    allowedNodeEnvironmentFlags: new Set(),
    kill: notImplemented('kill'),
    ref: function ref() {},
    unref: function unref() {},
    chdir: function chdir(dir) {
      errors.validateString(dir, 'directory');
      const path = resolveDir(dir);
      if (path === undefined) throw fsError('ENOENT', 'no such file or directory', 'chdir');
      if (!dirs.has(path)) {
        throw fsError(devices.has(path) ? 'ENOTDIR' : 'ENOENT', devices.has(path) ? 'not a directory' : 'no such file or directory', 'chdir', path.slice(1));
      }
      cwd = path;
    },
    cwd: function getCwd() { return cwd; }.bind(null),
    umask: function umask(mask) {
      if (mask !== undefined) {
        const bad = () => errors.invalidArgValue('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
        if (typeof mask === 'string') {
          if (!/^[0-7]+$/.test(mask)) throw bad();
          mask = parseInt(mask, 8);
        } else if (typeof mask !== 'number') throw errors.invalidArgType('mask', 'number', mask);
        if (mask < 0 || mask > 0xffffffff || !Number.isInteger(mask)) throw bad();
      }
      return 0o22;
    },
    hrtime,
    uptime: function uptime() { return Math.floor((Date.now() - start) / 1000); },
    loadEnvFile: function loadEnvFile(path = '.env') {
      throw fsError('ENOENT', 'no such file or directory', 'readAll', '/bundle/' + path);
    },
    exitCode: undefined,
    channel: null,
    connected: false,
    binding: notImplemented('binding'),
    debugPort: 0,
    dlopen: notImplemented('dlopen'),
    finalization: { register() {}, registerBeforeExit() {}, unregister() {} },
    getActiveResourcesInfo: notImplemented('getActiveResourcesInfo'),
    setUncaughtExceptionCaptureCallback: notImplemented('setUncaughtExceptionCaptureCallback'),
    hasUncaughtExceptionCaptureCallback: notImplemented('hasUncaughtExceptionCaptureCallback'),
    memoryUsage,
    noDeprecation: false,
    permission: { has() { return false; } },
    release: { name: 'node', lts: true, sourceUrl: '', headersUrl: '' },
    report: { compact: false, directory: '', filename: '', reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false, excludeNetwork: false, excludeEnv: false, signal: 'SIGUSR2', getReport() { return {}; }, writeReport() { return ''; } },
    resourceUsage: function resourceUsage() {
      return { userCPUTime: 0, systemCPUTime: 0, maxRSS: 0, sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0, involuntaryContextSwitches: 0 };
    },
    send: function send(message, handle) {},
    traceDeprecation: false,
    throwDeprecation: false,
    sourceMapsEnabled: false,
    threadCpuUsage: notImplemented('threadCpuUsage'),
    cpuUsage: notImplemented('cpuUsage'),
    execPath: '',
    constrainedMemory: function constrainedMemory() { return 0; },
    availableMemory: function availableMemory() { return 0; },
    execve: notImplemented('execve'),
    openStdin: notImplemented('openStdin'),
    _rawDebug: function _rawDebug() {},
    moduleLoadList: [],
    _linkedBinding: notImplemented('_linkedBinding'),
    domain: null,
    _exiting: false,
    _getActiveRequests: function _getActiveRequests() { return []; },
    _getActiveHandles: function _getActiveHandles() { return []; },
    reallyExit: function reallyExit(code) { binding.exit(code | 0); },
    _kill: notImplemented('_kill'),
    _fatalException: notImplemented('_fatalException'),
    _tickCallback: function _tickCallback() {},
    _debugProcess: notImplemented('_debugProcess'),
    _debugEnd: notImplemented('_debugEnd'),
    _startProfilerIdleNotifier: function _startProfilerIdleNotifier() {},
    _stopProfilerIdleNotifier: function _stopProfilerIdleNotifier() {},
    _preload_modules: [],
    _disconnect: undefined,
    _handleQueue: undefined,
    _pendingMessage: undefined,
    _channel: undefined,
    _send: undefined,
    _events: events._events,
    _eventsCount: events._eventsCount,
    _maxListeners: undefined,
  });
  // The streams are made on first read; as in workerd, a script may replace them (the accessors
  // are named get and set).
  const streams = [];
  ['stdin', 'stdout', 'stderr'].forEach((name, fd) => {
    Object.defineProperty(process, name, {
      enumerable: true, configurable: true,
      get: { get() { return streams[fd] !== undefined ? streams[fd] : (streams[fd] = stream(fd, name)); } }.get,
      set: { set(v) { streams[fd] = v; } }.set,
    });
  });
  // The names and lengths of workerd's functions where notImplemented and eperm make them.
  const shapes = {
    _debugEnd: 0, _debugProcess: 1, _fatalException: 1, _kill: 2, _linkedBinding: 1, binding: 1, cpuUsage: 1,
    dlopen: 3, execve: 3, getActiveResourcesInfo: 0, hasUncaughtExceptionCaptureCallback: 0, kill: 2, openStdin: 0,
    setUncaughtExceptionCaptureCallback: 1, setegid: 1, seteuid: 1, setgid: 1, setgroups: 1, setuid: 1, threadCpuUsage: 0,
  };
  for (const [k, length] of Object.entries(shapes)) {
    const f = Object.getOwnPropertyDescriptor(process, k)?.value;
    if (typeof f !== 'function' || f.name !== '') continue;
    Object.defineProperty(f, 'name', { value: k });
    Object.defineProperty(f, 'length', { value: length });
  }
  module.exports = process;
})
