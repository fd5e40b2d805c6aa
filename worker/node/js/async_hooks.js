// node:async_hooks: AsyncLocalStorage and AsyncResource, whose context
// follows promises, timers, immediates and port messages (binding: the
// isolate's async context tracker), as in workerd.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  binding.asyncEnable();
  class AsyncLocalStorage {
    #name;
    constructor(options = {}) {
      errors.validateObject(options, 'options');
      this.#name = options.name === undefined ? '' : String(options.name);
    }
    run(store, callback, ...args) {
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'run' on 'AsyncLocalStorage': parameter 2 is not of type 'function'.");
      return binding.asyncRun(this, store, callback, undefined, args, false);
    }
    exit(callback, ...args) {
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'exit' on 'AsyncLocalStorage': parameter 1 is not of type 'function'.");
      return binding.asyncRun(this, undefined, callback, undefined, args, true);
    }
    getStore() { return binding.asyncGet(this); }
    enterWith(store) { throw new Error('asyncLocalStorage.enterWith() is not implemented'); }
    disable() {}
    get name() { return this.#name; }
    static bind(fn) {
      errors.validateFunction(fn, 'fn');
      return AsyncLocalStorage.snapshot().bind(undefined, fn);
    }
    static snapshot() {
      const snap = binding.asyncSnapshot();
      return function runInAsyncScope(fn, ...args) {
        return binding.asyncRunIn(snap, fn, this, args);
      };
    }
  }
  // constructor last, as on workerd's C++ class.
  delete AsyncLocalStorage.prototype.constructor;
  Object.defineProperty(AsyncLocalStorage.prototype, 'constructor', { value: AsyncLocalStorage, writable: true, configurable: true });
  class AsyncResource {
    #snap;
    #type;
    constructor(type, options) {
      errors.validateString(type, 'type');
      this.#type = type;
      this.#snap = binding.asyncSnapshot();
    }
    runInAsyncScope(fn, thisArg, ...args) {
      errors.validateFunction(fn, 'fn');
      return binding.asyncRunIn(this.#snap, fn, thisArg, args);
    }
    bind(fn, thisArg) {
      errors.validateFunction(fn, 'fn');
      const bound = (...args) => this.runInAsyncScope(fn, thisArg, ...args);
      Object.defineProperties(bound, {
        length: { value: fn.length, configurable: true },
        asyncResource: { value: this, configurable: true, enumerable: true, writable: true },
      });
      return bound;
    }
    emitDestroy() { return this; }
    asyncId() { return 0; }
    triggerAsyncId() { return 0; }
    static bind(fn, type, thisArg) {
      return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
    }
  }
  const notImplemented = (name) => function () { throw errors.notImplemented('asyncHooks.' + name); };
  module.exports = {
    AsyncLocalStorage,
    AsyncResource,
    asyncWrapProviders: {},
    createHook: function createHook() { return { enable() { return this; }, disable() { return this; } }; },
    executionAsyncId: function executionAsyncId() { return 0; },
    executionAsyncResource: function executionAsyncResource() { return {}; },
    triggerAsyncId: function triggerAsyncId() { return 0; },
  };
})
