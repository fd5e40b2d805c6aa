// node:wasi: workerd's WASI class, which checks its options and throws
// ERR_METHOD_NOT_IMPLEMENTED (a Worker runs WebAssembly without WASI's
// host functions).
(function (binding, require, module) {
  'use strict';
  const v = require('internal/stubs');
  const { notImplemented } = v;
  class WASI {
    constructor(options = { version: 'unstable' }) {
      v.validateObject(options, 'options');
      v.validateOneOf(options.version, 'options.version', ['unstable', 'preview1']);
      if (options.args !== undefined) v.validateArray(options.args, 'options.args');
      if (options.env !== undefined) v.validateObject(options.env, 'options.env');
      if (options.preopens !== undefined) v.validateObject(options.preopens, 'options.preopens');
      const { stdin = 0, stdout = 1, stderr = 2 } = options;
      v.validateInt32(stdin, 'options.stdin', 0);
      v.validateInt32(stdout, 'options.stdout', 0);
      v.validateInt32(stderr, 'options.stderr', 0);
      if (options.returnOnExit !== undefined) v.validateBoolean(options.returnOnExit, 'options.returnOnExit');
      throw notImplemented('WASI');
    }
    finalizeBindings(instance, options = {}) { throw notImplemented('WASI.finalizeBindings'); }
    start(instance) { throw notImplemented('WASI.start'); }
    initialize(instance) { throw notImplemented('WASI.initialize'); }
    getImportObject() { return {}; }
  }
  module.exports = { WASI };
})
