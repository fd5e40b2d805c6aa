// node:repl: workerd's, where a Worker has no REPL: start, writer and
// REPLServer throw ERR_METHOD_NOT_IMPLEMENTED; Recoverable, the mode
// symbols and the list of built-in modules are there.
(function (binding, require, module) {
  'use strict';
  const { notImplemented } = require('internal/stubs');
  const { Interface } = require('readline/promises');
  function writer() { throw notImplemented('writer'); }
  writer.options = {
    showHidden: false, depth: 2, colors: true, customInspect: true, showProxy: true,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3,
    sorted: false, getters: false, numericSeparator: false,
  };
  function start() { throw notImplemented('start'); }
  class Recoverable extends SyntaxError {
    constructor(err) {
      super();
      this.err = err;
    }
  }
  class REPLServer extends Interface {
    constructor() {
      super();
      throw notImplemented('REPLServer');
    }
    setupHistory(historyConfig, callback) { throw notImplemented('setupHistory'); }
    defineCommand(keyword, cmd) { throw notImplemented('defineCommand'); }
    displayPrompt(preserveCursor) { throw notImplemented('displayPrompt'); }
    clearBufferedCommand() { throw notImplemented('clearBufferedCommand'); }
  }
  // workerd's node:module list without the names that start with "_"
  // (which has neither sqlite nor test).
  const builtinModules = [
    'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
    'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events',
    'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net',
    'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring',
    'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises',
    'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty',
    'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
  ];
  module.exports = {
    writer, start, Recoverable, REPLServer, builtinModules, _builtinLibs: builtinModules,
    REPL_MODE_SLOPPY: Symbol('repl-sloppy'), REPL_MODE_STRICT: Symbol('repl-strict'),
  };
})
