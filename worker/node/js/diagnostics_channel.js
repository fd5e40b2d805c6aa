// node:diagnostics_channel: named channels of subscribers (workerd's native
// Channel and module object, with their "Failed to execute" messages),
// bindStore/runStores over AsyncLocalStorage, and TracingChannel. A
// subscriber that throws makes publish throw, as in workerd.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const getter = binding.flag('diagnostics_channel_has_subscribers_getter');
  const notOfType = (method, on, n, type) =>
    new TypeError("Failed to execute '" + method + "' on '" + on + "': parameter " + n + " is not of type '" + type + "'.");
  const token = Symbol('Channel');
  const subscribers = new WeakMap(); // Channel -> Map(callback -> callback)
  const stores = new WeakMap(); // Channel -> Map(AsyncLocalStorage -> transform)
  const names = new WeakMap(); // Channel -> its name (string or symbol)
  const identity = (v) => v;
  function channelName(name) {
    return typeof name === 'symbol' ? name : String(name);
  }
  class Channel {
    constructor(a, b) {
      if (a !== token) throw new TypeError('Illegal constructor');
      subscribers.set(this, new Map());
      stores.set(this, new Map());
      names.set(this, b);
    }
    // Redefined below: a getter or a method, as the flag says.
    hasSubscribers() {}
    publish(message) {
      if (arguments.length < 1) throw notOfType('publish', 'Channel', 1, 'Value');
      const name = names.get(this);
      for (const cb of [...subscribers.get(this).values()]) cb(message, name);
    }
    subscribe(callback) {
      if (typeof callback !== 'function') throw notOfType('subscribe', 'Channel', 1, 'function');
      const subs = subscribers.get(this);
      if (!subs.has(callback)) subs.set(callback, callback);
    }
    unsubscribe(callback) {
      if (typeof callback !== 'function') throw notOfType('unsubscribe', 'Channel', 1, 'function');
      subscribers.get(this).delete(callback);
    }
    bindStore(als, transform) {
      const { AsyncLocalStorage } = require('async_hooks');
      if (!(als instanceof AsyncLocalStorage)) throw notOfType('bindStore', 'Channel', 1, 'AsyncLocalStorage');
      if (transform !== undefined && typeof transform !== 'function') throw notOfType('bindStore', 'Channel', 2, 'function');
      stores.get(this).set(als, transform === undefined ? identity : transform);
    }
    unbindStore(als) {
      const { AsyncLocalStorage } = require('async_hooks');
      if (!(als instanceof AsyncLocalStorage)) throw notOfType('unbindStore', 'Channel', 1, 'AsyncLocalStorage');
      stores.get(this).delete(als);
    }
    // runStores enters each bound store with its transform of message, in
    // the order they were bound, publishes message and calls fn.
    runStores(message, fn, receiver, ...args) {
      if (arguments.length < 1) throw notOfType('runStores', 'Channel', 1, 'Value');
      if (typeof fn !== 'function') throw notOfType('runStores', 'Channel', 2, 'function');
      const bound = [...stores.get(this)];
      const recv = receiver === undefined ? globalThis : receiver;
      const enter = (i) => {
        if (i === bound.length) {
          this.publish(message);
          return Reflect.apply(fn, recv, args);
        }
        const [als, transform] = bound[i];
        return als.run(transform(message), () => enter(i + 1));
      };
      return enter(0);
    }
  }
  const hasSubs = function hasSubscribers() { return subscribers.get(this).size !== 0; };
  Object.defineProperty(Channel.prototype, 'hasSubscribers', getter
    ? { get: hasSubs, enumerable: false, configurable: true }
    : { value: hasSubs, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(Channel.prototype, Symbol.toStringTag, { value: 'Channel', configurable: true });
  for (const k of ['publish', 'runStores']) Object.defineProperty(Channel.prototype[k], 'length', { value: 0 });
  const channels = new Map(); // String(name) -> Channel
  function find(name) {
    return channels.get(String(channelName(name)));
  }
  function channel(name) {
    const key = String(channelName(name));
    let ch = channels.get(key);
    if (ch === undefined) {
      ch = new Channel(token, channelName(name));
      channels.set(key, ch);
    }
    return ch;
  }
  function hasSubscribers(name) {
    const ch = find(name);
    return ch !== undefined && subscribers.get(ch).size !== 0;
  }
  function subscribe(name, callback) {
    if (typeof callback !== 'function') throw notOfType('subscribe', 'DiagnosticsChannelModule', 2, 'function');
    channel(name).subscribe(callback);
  }
  function unsubscribe(name, callback) {
    if (typeof callback !== 'function') throw notOfType('unsubscribe', 'DiagnosticsChannelModule', 2, 'function');
    const ch = find(name);
    if (ch !== undefined) ch.unsubscribe(callback);
  }
  const kStart = Symbol('kStart'), kEnd = Symbol('kEnd'), kAsyncStart = Symbol('kAsyncStart'),
    kAsyncEnd = Symbol('kAsyncEnd'), kError = Symbol('kError');
  const kinds = [['start', kStart], ['end', kEnd], ['asyncStart', kAsyncStart], ['asyncEnd', kAsyncEnd], ['error', kError]];
  class TracingChannel {
    constructor() {
      throw new Error('Use diagnostic_channel.tracingChannels() to create TracingChannel');
    }
    get start() { return this[kStart]; }
    get end() { return this[kEnd]; }
    get asyncStart() { return this[kAsyncStart]; }
    get asyncEnd() { return this[kAsyncEnd]; }
    get error() { return this[kError]; }
    subscribe(subscriptions) {
      for (const [k, sym] of kinds) if (subscriptions[k] !== undefined) this[sym]?.subscribe(subscriptions[k]);
    }
    unsubscribe(subscriptions) {
      for (const [k, sym] of kinds) if (subscriptions[k] !== undefined) this[sym]?.unsubscribe(subscriptions[k]);
    }
    traceSync(fn, context = {}, thisArg = globalThis, ...args) {
      const { start, end, error } = this;
      return start?.runStores(context, () => {
        try {
          const result = Reflect.apply(fn, thisArg, args);
          context.result = result;
          return result;
        } catch (err) {
          context.error = err;
          error?.publish(context);
          throw err;
        } finally {
          end?.publish(context);
        }
      }, thisArg);
    }
    tracePromise(fn, context = {}, thisArg = globalThis, ...args) {
      const { start, end, asyncStart, asyncEnd, error } = this;
      const reject = (err) => {
        context.error = err;
        error?.publish(context);
        asyncStart?.publish(context);
        asyncEnd?.publish(context);
        return Promise.reject(err);
      };
      const resolve = (result) => {
        context.result = result;
        asyncStart?.publish(context);
        asyncEnd?.publish(context);
        return result;
      };
      return start?.runStores(context, () => {
        try {
          let promise = Reflect.apply(fn, thisArg, args);
          if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
          return promise.then(resolve, reject);
        } catch (err) {
          context.error = err;
          error?.publish(context);
          throw err;
        } finally {
          end?.publish(context);
        }
      }, thisArg);
    }
    traceCallback(fn, position = -1, context = {}, thisArg = globalThis, ...args) {
      const { start, end, asyncStart, asyncEnd, error } = this;
      // args[position], as in workerd: the default position -1 finds no callback.
      const callback = args[position];
      if (typeof callback !== 'function') throw errors.invalidArgType('callback', ['function'], callback);
      function wrappedCallback(err, res) {
        if (err) {
          context.error = err;
          error?.publish(context);
        } else {
          context.result = res;
        }
        const cbArgs = arguments;
        asyncStart?.runStores(context, () => {
          try {
            Reflect.apply(callback, this, cbArgs);
          } finally {
            asyncEnd?.publish(context);
          }
        }, this);
      }
      args.splice(position, 1, wrappedCallback);
      return start?.runStores(context, () => {
        try {
          return Reflect.apply(fn, thisArg, args);
        } catch (err) {
          context.error = err;
          error?.publish(context);
          throw err;
        } finally {
          end?.publish(context);
        }
      }, thisArg);
    }
  }
  const tracingHas = function hasSubscribers() {
    return [this.start, this.end, this.asyncStart, this.asyncEnd, this.error]
      .some((c) => c != null && (getter ? c.hasSubscribers : c.hasSubscribers()));
  };
  Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', getter
    ? { get: tracingHas, enumerable: false, configurable: true }
    : { value: tracingHas, writable: true, enumerable: false, configurable: true });
  function validateChannel(ch, name) {
    if (!(ch instanceof Channel)) throw errors.invalidArgType(name, 'Channel', ch);
    return ch;
  }
  function tracingChannel(nameOrChannels) {
    const tc = Object.create(TracingChannel.prototype);
    if (typeof nameOrChannels === 'string') {
      for (const [k, sym] of kinds) tc[sym] = channel('tracing:' + nameOrChannels + ':' + k);
    } else {
      if (nameOrChannels === null || typeof nameOrChannels !== 'object' || Array.isArray(nameOrChannels)) {
        throw errors.invalidArgType('channels', 'Object', nameOrChannels);
      }
      for (const [k, sym] of kinds) tc[sym] = validateChannel(nameOrChannels[k], 'channels.' + k);
    }
    return tc;
  }
  module.exports = { hasSubscribers, channel, subscribe, unsubscribe, tracingChannel, Channel };
  // TracingChannel is a named export only.
  Object.defineProperty(module.exports, 'TracingChannel', { value: TracingChannel, writable: true, configurable: true });
  module.named = { ...module.exports, TracingChannel };
})
