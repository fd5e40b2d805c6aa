// node:test: what workerd has of it, its mock API: mock (a MockTracker),
// MockTracker and MockFunctionContext. mock.fn wraps a function in a Proxy
// that records each call; mock.method, getter and setter replace an
// object's method (or accessor) with one; mock.property replaces a data
// property with an accessor that records each read and write. workerd has
// no test runner (no test(), describe() or it()).
(function (binding, require, module) {
  'use strict';
  const v = require('internal/stubs');
  const { validateInteger } = require('internal/errors');
  const noOptions = Object.create(null);
  function defaultImplementation() {}
  function validateKey(value, name) {
    if (typeof value !== 'string' && typeof value !== 'symbol') throw v.invalidArgType(name, ['string', 'symbol'], value);
  }
  function validateTimes(value, name) {
    if (value !== Infinity) validateInteger(value, name, 1);
  }

  // nextImplementation(ctx) is the function the next call runs (the last of
  // `times` calls restores the original); track(ctx, call) records a call.
  // The tracker's, not members of the context, as in workerd.
  let nextImplementation, track;
  class MockFunctionContext {
    #calls = [];
    #once = new Map();
    #implementation;
    #restore;
    #times;
    constructor(implementation, restore, times) {
      this.#implementation = implementation;
      this.#restore = restore;
      this.#times = times;
    }
    get calls() { return this.#calls.slice(0); }
    callCount() { return this.#calls.length; }
    mockImplementation(implementation) {
      v.validateFunction(implementation, 'implementation');
      this.#implementation = implementation;
    }
    mockImplementationOnce(implementation, onCall) {
      v.validateFunction(implementation, 'implementation');
      const next = this.#calls.length;
      const call = onCall ?? next;
      validateInteger(call, 'onCall', next);
      this.#once.set(call, implementation);
    }
    restore() {
      const { descriptor, object, original, methodName } = this.#restore;
      if (typeof methodName === 'string') Object.defineProperty(object, methodName, descriptor);
      else this.#implementation = original;
    }
    resetCalls() { this.#calls = []; }
    static {
      nextImplementation = (ctx) => {
        const next = ctx.#calls.length;
        const impl = ctx.#once.get(next) ?? ctx.#implementation;
        if (next + 1 === ctx.#times) restoreFunction.call(ctx);
        ctx.#once.delete(next);
        return impl;
      };
      track = (ctx, call) => { ctx.#calls.push(call); };
    }
  }
  // The restore that restoreAll and `times` use: the prototype's, whatever
  // a context's own property says.
  const restoreFunction = MockFunctionContext.prototype.restore;

  // MockPropertyContext is mock.property's .mock: the property becomes an
  // accessor that records each read and write (a write is
  // mockImplementation) until restore puts the data property back.
  class MockPropertyContext {
    #object;
    #name;
    #value;
    #original;
    #descriptor;
    #accesses = [];
    #once = new Map();
    constructor(object, propertyName, value) {
      this.#object = object;
      this.#name = propertyName;
      this.#original = object[propertyName];
      this.#value = arguments.length > 2 ? value : this.#original;
      this.#descriptor = Object.getOwnPropertyDescriptor(object, propertyName);
      if (!this.#descriptor) throw v.invalidArgValue('propertyName', propertyName, 'is not a property of the object');
      const { configurable, enumerable } = this.#descriptor;
      Object.defineProperty(object, propertyName, {
        configurable, enumerable,
        get: () => {
          const index = this.#accesses.length;
          let value = this.#value;
          if (this.#once.has(index)) {
            value = this.#once.get(index);
            this.#once.delete(index);
          }
          this.#accesses.push({ __proto__: null, type: 'get', value, stack: new Error() });
          return value;
        },
        set: (value) => this.mockImplementation(value),
      });
    }
    get accesses() { return this.#accesses.slice(0); }
    accessCount() { return this.#accesses.length; }
    mockImplementation(value) {
      this.#accesses.push({ __proto__: null, type: 'set', value, stack: new Error() });
      this.#value = value;
    }
    mockImplementationOnce(value, onAccess) {
      const next = this.#accesses.length;
      const index = onAccess ?? next;
      validateInteger(index, 'onAccess', next);
      this.#once.set(index, value);
    }
    resetAccesses() { this.#accesses = []; }
    restore() {
      Object.defineProperty(this.#object, this.#name, { ...this.#descriptor, value: this.#original });
    }
  }

  class MockTracker {
    #mocks = [];
    // The default original is named as its parameter, as in V8 (goja does
    // not name a function in a parameter's initializer).
    fn(original = function original() {}, implementation = original, options = noOptions) {
      if (original !== null && typeof original === 'object') {
        options = original;
        original = function original() {};
        implementation = original;
      } else if (implementation !== null && typeof implementation === 'object') {
        options = implementation;
        implementation = original;
      }
      v.validateFunction(original, 'original');
      v.validateFunction(implementation, 'implementation');
      v.validateObject(options, 'options');
      const { times = Infinity } = options;
      validateTimes(times, 'options.times');
      const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
      return this.#wrap(ctx, original);
    }
    method(objectOrFunction, methodName, implementation = defaultImplementation, options = noOptions) {
      validateKey(methodName, 'methodName');
      if (typeof objectOrFunction !== 'function') v.validateObject(objectOrFunction, 'object');
      if (implementation !== null && typeof implementation === 'object') {
        options = implementation;
        implementation = defaultImplementation;
      }
      v.validateFunction(implementation, 'implementation');
      v.validateObject(options, 'options');
      const { getter = false, setter = false, times = Infinity } = options;
      v.validateBoolean(getter, 'options.getter');
      v.validateBoolean(setter, 'options.setter');
      validateTimes(times, 'options.times');
      if (setter && getter) throw v.invalidArgValue('options.setter', setter, "cannot be used with 'options.getter'");
      let descriptor;
      for (let o = objectOrFunction; o !== null; o = Object.getPrototypeOf(o)) {
        descriptor = Object.getOwnPropertyDescriptor(o, methodName);
        if (descriptor) break;
      }
      const original = getter ? descriptor?.get : setter ? descriptor?.set : descriptor?.value;
      if (typeof original !== 'function') throw v.invalidArgValue('methodName', original, 'must be a method');
      const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
      const impl = implementation === defaultImplementation ? original : implementation;
      const ctx = new MockFunctionContext(impl, restore, times);
      const mock = this.#wrap(ctx, original);
      const replacement = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
      if (getter) {
        replacement.get = mock;
        replacement.set = descriptor.set;
      } else if (setter) {
        replacement.get = descriptor.get;
        replacement.set = mock;
      } else {
        replacement.writable = descriptor.writable;
        replacement.value = mock;
      }
      Object.defineProperty(objectOrFunction, methodName, replacement);
      return mock;
    }
    getter(object, methodName, implementation = defaultImplementation, options = noOptions) {
      if (implementation !== null && typeof implementation === 'object') {
        options = implementation;
        implementation = defaultImplementation;
      } else v.validateObject(options, 'options');
      const { getter = true } = options;
      if (getter === false) throw v.invalidArgValue('options.getter', getter, 'cannot be false');
      return this.method(object, methodName, implementation, { __proto__: null, ...options, getter });
    }
    setter(object, methodName, implementation = defaultImplementation, options = noOptions) {
      if (implementation !== null && typeof implementation === 'object') {
        options = implementation;
        implementation = defaultImplementation;
      } else v.validateObject(options, 'options');
      const { setter = true } = options;
      if (setter === false) throw v.invalidArgValue('options.setter', setter, 'cannot be false');
      return this.method(object, methodName, implementation, { __proto__: null, ...options, setter });
    }
    property(object, propertyName, value) {
      v.validateObject(object, 'object');
      validateKey(propertyName, 'propertyName');
      const ctx = arguments.length > 2 ? new MockPropertyContext(object, propertyName, value) : new MockPropertyContext(object, propertyName);
      this.#mocks.push({ ctx, restore: MockPropertyContext.prototype.restore });
      return new Proxy(object, {
        get(target, key, receiver) { return key === 'mock' ? ctx : Reflect.get(target, key, receiver); },
      });
    }
    reset() {
      this.restoreAll();
      this.#mocks = [];
    }
    restoreAll() {
      for (const { ctx, restore } of this.#mocks) restore.call(ctx);
    }
    #wrap(ctx, target) {
      const mock = new Proxy(target, {
        apply(fn, thisArg, argList) {
          // goja hands the trap an array it reuses for later calls: the
          // record keeps a copy.
          const args = [...argList];
          const impl = nextImplementation(ctx);
          let result, error;
          try {
            result = Reflect.apply(impl, thisArg, args);
          } catch (err) {
            error = err;
            throw err;
          } finally {
            track(ctx, { __proto__: null, arguments: args, error, result, stack: new Error(), target: undefined, this: thisArg });
          }
          return result;
        },
        construct(target, argList, newTarget) {
          const args = [...argList];
          const impl = nextImplementation(ctx);
          let result, error;
          try {
            result = Reflect.construct(impl, args, newTarget);
          } catch (err) {
            error = err;
            throw err;
          } finally {
            track(ctx, { __proto__: null, arguments: args, error, result, stack: new Error(), target, this: result });
          }
          return result;
        },
        get(target, key, receiver) { return key === 'mock' ? ctx : Reflect.get(target, key, receiver); },
      });
      this.#mocks.push({ ctx, restore: restoreFunction });
      return mock;
    }
  }
  module.exports = { mock: new MockTracker(), MockFunctionContext, MockTracker };
})
