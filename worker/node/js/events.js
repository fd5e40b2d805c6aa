// node:events: EventEmitter, as Node.js and workerd have it.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const kCapture = Symbol('kCapture');
  const errorMonitor = Symbol('events.errorMonitor');
  const captureRejectionSymbol = Symbol.for('nodejs.rejection');
  let defaultMaxListeners = 10;

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  // Anonymous, as workerd's.
  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
    // workerd's emitters carry Node's domain slot, always null.
    this.domain = null;
    if (opts && opts.captureRejections) {
      if (typeof opts.captureRejections !== 'boolean') throw errors.invalidArgType('options.captureRejections', 'boolean', opts.captureRejections);
      this[kCapture] = true;
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };
  EventEmitter.prototype[kCapture] = false;

  function checkListener(l) { errors.validateFunction(l, 'listener'); }

  const methods = {
    setMaxListeners(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) throw errors.outOfRange('n', 'a non-negative number', n);
      this._maxListeners = n;
      return this;
    },
    getMaxListeners() {
      return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
    },
    emit(type, ...args) {
      let doError = type === 'error';
      const events = this._events;
      if (events !== undefined) {
        if (doError && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
        doError = doError && events.error === undefined;
      } else if (!doError) return false;
      if (doError) {
        const er = args[0];
        if (er instanceof Error) throw er;
        let s;
        try { s = binding.inspect(er, {}); } catch (e) { s = String(er); }
        const err = errors.makeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + s + ')');
        err.context = er;
        throw err;
      }
      const handler = events[type];
      if (handler === undefined) return false;
      if (typeof handler === 'function') {
        const r = handler.apply(this, args);
        if (r !== undefined && r !== null && this[kCapture]) addCatch(this, r, type, args);
      } else {
        const ls = handler.slice();
        for (let i = 0; i < ls.length; i++) {
          const r = ls[i].apply(this, args);
          if (r !== undefined && r !== null && this[kCapture]) addCatch(this, r, type, args);
        }
      }
      return true;
    },
    addListener(type, listener) { return addListener(this, type, listener, false); },
    on: null, // addListener itself, below
    prependListener(type, listener) { return addListener(this, type, listener, true); },
    once(type, listener) {
      checkListener(listener);
      this.on(type, onceWrap(this, type, listener));
      return this;
    },
    prependOnceListener(type, listener) {
      checkListener(listener);
      this.prependListener(type, onceWrap(this, type, listener));
      return this;
    },
    removeListener(type, listener) {
      checkListener(listener);
      const events = this._events;
      if (events === undefined) return this;
      const list = events[type];
      if (list === undefined) return this;
      if (list === listener || list.listener === listener) {
        this._eventsCount -= 1;
        if (this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      } else if (typeof list !== 'function') {
        let pos = -1;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i] === listener || list[i].listener === listener) { pos = i; break; }
        }
        if (pos < 0) return this;
        const removed = list[pos];
        list.splice(pos, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
      }
      return this;
    },
    off: null, // removeListener itself, below
    removeAllListeners(type) {
      const events = this._events;
      if (events === undefined) return this;
      if (events.removeListener === undefined) {
        if (arguments.length === 0) { this._events = { __proto__: null }; this._eventsCount = 0; }
        else if (events[type] !== undefined) {
          if (--this._eventsCount === 0) this._events = { __proto__: null };
          else delete events[type];
        }
        return this;
      }
      if (arguments.length === 0) {
        for (const key of Reflect.ownKeys(events)) {
          if (key === 'removeListener') continue;
          this.removeAllListeners(key);
        }
        this.removeAllListeners('removeListener');
        this._events = { __proto__: null };
        this._eventsCount = 0;
        return this;
      }
      const listeners = events[type];
      if (typeof listeners === 'function') this.removeListener(type, listeners);
      else if (listeners !== undefined) {
        for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
      }
      return this;
    },
    listeners(type) { return listenersOf(this, type, true); },
    rawListeners(type) { return listenersOf(this, type, false); },
    // workerd's counts every listener of the type (no second argument).
    listenerCount(type) {
      const events = this._events;
      if (events === undefined) return 0;
      const l = events[type];
      if (l === undefined) return 0;
      return typeof l === 'function' ? 1 : l.length;
    },
    eventNames() {
      return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
    },
  };
  methods.on = methods.addListener;
  methods.off = methods.removeListener;
  for (const k of Object.keys(methods)) {
    Object.defineProperty(EventEmitter.prototype, k, { value: methods[k], writable: true, enumerable: true, configurable: true });
  }

  function addCatch(that, promise, type, args) {
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, (err) => binding.queueMicrotask(() => {
          if (typeof that[captureRejectionSymbol] === 'function') that[captureRejectionSymbol](err, type, ...args);
          else that.emit('error', err);
        }));
      }
    } catch (err) {
      that.emit('error', err);
    }
  }

  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
    }
    let existing = events[type];
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') {
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) existing.unshift(listener);
      else existing.push(listener);
      const m = target.getMaxListeners();
      if (m > 0 && existing.length > m && !existing.warned) {
        existing.warned = true;
        // workerd logs the short form and, with the full process object,
        // emits the warning too.
        console.log('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
          ' listeners added to an EventEmitter. Use emitter.setMaxListeners() to increase limit');
        if (binding.processV2) {
          const w = Object.assign(new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
            String(type) + ' listeners added to ' + errors.inspectNoDepth(target) +
            '. Use emitter.setMaxListeners() to increase limit'), { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
          binding.getBuiltinModule('node:process').emitWarning(w);
        }
      }
    }
    return target;
  }

  function onceWrapper(...args) {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      return this.listener.apply(this.target, args);
    }
  }
  function onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    // Bound, as Node's is: its name is "bound onceWrapper".
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  function listenersOf(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const l = events[type];
    if (l === undefined) return [];
    if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
    return unwrap ? l.map((x) => x.listener || x) : l.slice();
  }

  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    configurable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) throw errors.outOfRange('defaultMaxListeners', 'a non-negative number', n);
      defaultMaxListeners = n;
    },
  });

  function validateAbortSignal(signal, name) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw errors.invalidArgType(name, 'AbortSignal', signal);
    }
  }
  // once is an async function in workerd: a bad argument is a rejection.
  async function once(emitter, name, options = {}) {
    errors.validateObject(options, 'options');
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) throw abortError(signal);
    return new Promise((resolve, reject) => {
      if (typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function') {
        const h = (...args) => { if (signal) signal.removeEventListener('abort', onAbort); resolve(args); };
        emitter.addEventListener(name, h, { once: true });
        const onAbort = () => { emitter.removeEventListener(name, h); reject(abortError(signal)); };
        if (signal) signal.addEventListener('abort', onAbort, { once: true });
        return;
      }
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      const resolver = (...args) => {
        if (name !== 'error') emitter.removeListener('error', errorListener);
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(args);
      };
      const onAbort = () => {
        emitter.removeListener(name, resolver);
        emitter.removeListener('error', errorListener);
        reject(abortError(signal));
      };
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', errorListener);
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  function abortError(signal) {
    return new errors.AbortError(undefined, { cause: signal && signal.reason });
  }

  function on(emitter, event, options = undefined) {
    const queue = [], waiting = [];
    let error = null, done = false;
    const handler = (...args) => {
      if (waiting.length) waiting.shift().resolve({ value: args, done: false });
      else queue.push(args);
    };
    const errorHandler = (err) => {
      done = true;
      if (waiting.length) waiting.shift().reject(err);
      else error = err;
      it.return();
    };
    emitter.on(event, handler);
    if (event !== 'error') emitter.on('error', errorHandler);
    const it = {
      next() {
        if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
        if (error) { const e = error; error = null; return Promise.reject(e); }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        emitter.removeListener(event, handler);
        emitter.removeListener('error', errorHandler);
        done = true;
        for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      },
      throw(err) {
        error = err;
        emitter.removeListener(event, handler);
        emitter.removeListener('error', errorHandler);
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() { return this; },
    };
    const signal = options && options.signal;
    if (signal) signal.addEventListener('abort', () => errorHandler(abortError(signal)), { once: true });
    return it;
  }

  function getEventListeners(target, type) {
    if (typeof target.listeners === 'function') return target.listeners(type);
    // workerd cannot list an EventTarget's listeners.
    if (target instanceof EventTarget) return [];
    throw errors.invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
  }

  // EventEmitterAsyncResource: an emitter whose emit runs in the async
  // scope of its own AsyncResource (node:async_hooks, loaded on first use),
  // as workerd has it; emit always says true.
  let ReferencingResource;
  class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;
    constructor(options) {
      super(options);
      if (ReferencingResource === undefined) {
        const { AsyncResource } = require('async_hooks');
        ReferencingResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
          #eventEmitter;
          constructor(emitter) { super(''); this.#eventEmitter = emitter; }
          get eventEmitter() { return this.#eventEmitter; }
        };
      }
      this.#asyncResource = new ReferencingResource(this);
    }
    get asyncResource() { return this.#asyncResource; }
    emit(event, ...args) {
      this.#asyncResource.runInAsyncScope(super.emit, this, event, ...args);
      return true;
    }
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) throw errors.invalidArgType('signal', 'AbortSignal', signal);
    errors.validateFunction(listener, 'listener');
    let removed = false;
    const l = () => { if (!removed) listener(); };
    if (signal.aborted) binding.queueMicrotask(l);
    else signal.addEventListener('abort', l, { once: true });
    return { [Symbol.dispose || Symbol.for('Symbol.dispose')]() { removed = true; signal.removeEventListener('abort', l); } };
  }

  Object.assign(EventEmitter, {
    on, once, getEventListeners,
    // Named _getMaxListeners, as workerd's.
    getMaxListeners: { _getMaxListeners(emitter) { return emitter.getMaxListeners ? emitter.getMaxListeners() : defaultMaxListeners; } }._getMaxListeners,
    setMaxListeners(n = defaultMaxListeners, ...targets) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) throw errors.outOfRange('n', 'a non-negative number', n);
      if (targets.length === 0) defaultMaxListeners = n;
      for (const t of targets) {
        if (t instanceof EventTarget) continue;
        if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
        else throw errors.invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], t);
      }
    },
    listenerCount(emitter, type) { return emitter.listenerCount(type); },
    EventEmitter,
    usingDomains: false,
    captureRejectionSymbol,
    errorMonitor,
    EventEmitterAsyncResource,
  });
  Object.defineProperty(EventEmitter, 'captureRejections', {
    enumerable: true,
    configurable: true,
    get() { return EventEmitter.prototype[kCapture]; },
    set(v) { EventEmitter.prototype[kCapture] = v; },
  });
  // Key order as in workerd's module: defaultMaxListeners, init, addAbortListener come last.
  const dm = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
  delete EventEmitter.defaultMaxListeners;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', dm);
  for (const [k, desc] of [['kMaxEventTargetListeners', 'events.maxEventTargetListeners'], ['kMaxEventTargetListenersWarned', 'events.maxEventTargetListenersWarned']]) {
    Object.defineProperty(EventEmitter, k, { value: Symbol(desc) });
  }
  const init = EventEmitter.init;
  delete EventEmitter.init;
  EventEmitter.init = init;
  EventEmitter.addAbortListener = addAbortListener;
  for (const k of ['captureRejections', 'defaultMaxListeners']) Object.defineProperty(EventEmitter, k, { configurable: false });
  module.exports = EventEmitter;
  // workerd's module does not export init, which its default has.
  module.named = {};
  for (const k of Object.keys(EventEmitter)) if (k !== 'init') module.named[k] = EventEmitter[k];
})
