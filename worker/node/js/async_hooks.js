// node:async_hooks: AsyncLocalStorage and AsyncResource, whose context
// follows promises, timers, immediates and port messages (binding: the
// isolate's async context tracker), as in workerd.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  binding.asyncEnable();
  // Instances, for workerd's brand check of the native methods.
  const storages = new WeakSet();
  const check = (self) => { if (!storages.has(self)) throw errors.illegalInvocation(); };
  class AsyncLocalStorage {
    #name;
    #defaultValue;
    constructor(options = undefined) {
      if (options !== undefined && options !== null && typeof options !== 'object') {
        throw new TypeError("Failed to construct 'AsyncLocalStorage': constructor parameter 1 is not of type 'AsyncLocalStorageOptions'.");
      }
      this.#name = options == null || options.name === undefined ? '' : String(options.name);
      this.#defaultValue = options == null ? undefined : options.defaultValue;
      storages.add(this);
    }
    run(store, callback, ...args) {
      check(this);
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'run' on 'AsyncLocalStorage': parameter 2 is not of type 'function'.");
      return binding.asyncRun(this, store, callback, undefined, args, false);
    }
    exit(callback, ...args) {
      check(this);
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'exit' on 'AsyncLocalStorage': parameter 1 is not of type 'function'.");
      return binding.asyncRun(this, undefined, callback, undefined, args, true);
    }
    getStore() { check(this); return binding.asyncHas(this) ? binding.asyncGet(this) : this.#defaultValue; }
    enterWith(store) { check(this); throw new Error('asyncLocalStorage.enterWith() is not implemented'); }
    disable() { check(this); throw new Error('asyncLocalStorage.disable() is not implemented'); }
    get name() { check(this); return this.#name; }
    static bind(fn) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'bind' on 'AsyncLocalStorage': parameter 1 is not of type 'Function'.");
      return AsyncLocalStorage.snapshot().bind(undefined, fn);
    }
    static snapshot() {
      const snap = binding.asyncSnapshot();
      return function runInAsyncScope(fn, ...args) {
        if (typeof fn !== 'function') throw new TypeError('The first argument must be a function');
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
    constructor(type = undefined, options = undefined) {
      this.#type = type;
      this.#snap = binding.asyncSnapshot();
    }
    runInAsyncScope(fn, thisArg, ...args) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'runInAsyncScope' on 'AsyncResource': parameter 1 is not of type 'function'.");
      return binding.asyncRunIn(this.#snap, fn, thisArg, args);
    }
    // bind: workerd's bound function has no name and length 0, and calls
    // fn with globalThis when no thisArg is given.
    bind(fn, thisArg) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'bind' on 'AsyncResource': parameter 1 is not of type 'Function'.");
      const self = this;
      const bound = (0, function (...args) { return self.runInAsyncScope(fn, thisArg === undefined ? globalThis : thisArg, ...args); });
      Object.defineProperties(bound, {
        length: { value: 0, configurable: true },
        name: { value: '', configurable: true },
        asyncResource: { value: this, configurable: true, enumerable: true, writable: true },
      });
      return bound;
    }
    emitDestroy() { return this; }
    asyncId() { return 0; }
    triggerAsyncId() { return 0; }
    static bind(fn, type, thisArg) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'bind' on 'AsyncResource': parameter 1 is not of type 'Function'.");
      return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
    }
  }
  // asyncWrapProviders: Node's provider names, every one 0 in workerd.
  function providers() {
    const names = ('NONE DIRHANDLE DNSCHANNEL ELDHISTOGRAM FILEHANDLE FILEHANDLECLOSEREQ BLOBREADER FSEVENTWRAP FSREQCALLBACK ' +
      'FSREQPROMISE GETADDRINFOREQWRAP GETNAMEINFOREQWRAP HEAPSNAPSHOT HTTP2SESSION HTTP2STREAM HTTP2PING HTTP2SETTINGS ' +
      'HTTPINCOMINGMESSAGE HTTPCLIENTREQUEST LOCKS JSSTREAM JSUDPWRAP MESSAGEPORT PIPECONNECTWRAP PIPESERVERWRAP PIPEWRAP ' +
      'PROCESSWRAP PROMISE QUERYWRAP QUIC_ENDPOINT QUIC_LOGSTREAM QUIC_SESSION QUIC_STREAM QUIC_UDP SHUTDOWNWRAP SIGNALWRAP ' +
      'STATWATCHER STREAMPIPE TCPCONNECTWRAP TCPSERVERWRAP TCPWRAP TTYWRAP UDPSENDWRAP UDPWRAP SIGINTWATCHDOG WORKER ' +
      'WORKERCPUPROFILE WORKERCPUUSAGE WORKERHEAPPROFILE WORKERHEAPSNAPSHOT WORKERHEAPSTATISTICS WRITEWRAP ZLIB ' +
      'CHECKPRIMEREQUEST PBKDF2REQUEST KEYPAIRGENREQUEST KEYGENREQUEST KEYEXPORTREQUEST ARGON2REQUEST CIPHERREQUEST ' +
      'DERIVEBITSREQUEST HASHREQUEST RANDOMBYTESREQUEST RANDOMPRIMEREQUEST SCRYPTREQUEST SIGNREQUEST TLSWRAP VERIFYREQUEST QUIC_PACKET').split(' ');
    const o = {};
    for (const n of names) o[n] = 0;
    return o;
  }
  // workerd's C++ classes' key order, constructor after the methods.
  for (const k of ['asyncId', 'triggerAsyncId', 'bind', 'runInAsyncScope', 'emitDestroy', 'constructor']) {
    const d = Object.getOwnPropertyDescriptor(AsyncResource.prototype, k);
    delete AsyncResource.prototype[k];
    Object.defineProperty(AsyncResource.prototype, k, d);
  }
  Object.defineProperty(AsyncResource.prototype, Symbol.toStringTag, { value: 'AsyncResource', configurable: true });
  Object.defineProperty(AsyncLocalStorage.prototype, Symbol.toStringTag, { value: 'AsyncLocalStorage', configurable: true });
  const notImplemented = (name) => function () { throw errors.notImplemented('asyncHooks.' + name); };
  module.exports = {
    AsyncLocalStorage,
    AsyncResource,
    asyncWrapProviders: providers(),
    createHook: function createHook() { return { enable() { return this; }, disable() { return this; } }; },
    executionAsyncId: function executionAsyncId() { return 0; },
    executionAsyncResource: function executionAsyncResource() { return {}; },
    triggerAsyncId: function triggerAsyncId() { return 0; },
  };
})
