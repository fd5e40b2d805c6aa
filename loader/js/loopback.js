// ctx.exports (enable_ctx_exports): a loopback stub for each export of the
// Worker's main module, through which the Worker calls its own entrypoints
// as another Worker would call them over a service binding.
//
//   - an ExportedHandler object, or a class extending WorkerEntrypoint, is a
//     LoopbackServiceStub: stub.fetch(input, init) runs its fetch handler
//     with a new ExecutionContext, stub.method(...args) calls a method over
//     RPC (arguments and result structured-cloned; a class's own prototype
//     methods and getters only, a plain object's functions with exactly one
//     argument), `await stub.name` reads a property, and stub({ props })
//     is a stub whose calls see ctx.props;
//   - any other function (a Durable Object class) is a
//     LoopbackDurableObjectClass, which mcrepl cannot instantiate.
//
// The calls run as I/O tasks: after the caller's microtasks, before its
// timers, as workerd's loopback does.
(function (ns, env, newCtx, clone, later, WorkerEntrypoint, warn) {
  'use strict';
  const { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, hasOwn } = {
    apply: Reflect.apply,
    defineProperty: Object.defineProperty,
    getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
    getPrototypeOf: Object.getPrototypeOf,
    hasOwn: Object.hasOwn,
  };
  const Request = globalThis.Request;
  const ProxyC = Proxy;
  const PromiseC = Promise;
  const TypeErrorC = TypeError;
  const ErrorC = Error;
  const tagSym = Symbol.toStringTag;

  const isEntrypointClass = (v) => typeof v === 'function' && v.prototype instanceof WorkerEntrypoint;

  // What the receiver exposes under name: a class's prototype chain below
  // WorkerEntrypoint.prototype (instance fields are not RPC-visible), a
  // plain object's own and inherited properties below Object.prototype.
  function lookup(receiver, isClass, name) {
    const stop = isClass ? WorkerEntrypoint.prototype : Object.prototype;
    let o = isClass ? getPrototypeOf(receiver) : receiver;
    while (o !== null && o !== stop) {
      const d = getOwnPropertyDescriptor(o, name);
      if (d !== undefined) return d;
      o = getPrototypeOf(o);
    }
    return undefined;
  }

  const notImplemented = (name) => new TypeErrorC('The RPC receiver does not implement the method "' + name + '".');

  // What crosses back: a clone of a value (fetch's Response as it is), and
  // an Error itself (its stack is the callee's, as it would be printed).
  const back = (v) => v;
  const fail = (e) => (e instanceof ErrorC ? e : clone(e));

  // Runs f(receiver) in a later I/O task with a new context; the promise
  // settles with its result (passed through send) or error.
  function invoke(target, props, f, send = clone) {
    return new PromiseC((resolve, reject) => {
      later(() => {
        const settle = (g, v) => { try { resolve(g(v)); } catch (e) { reject(e); } };
        try {
          const ctx = newCtx(props);
          const isClass = typeof target === 'function';
          const receiver = isClass ? new target(ctx, env) : target;
          PromiseC.resolve(f(receiver, isClass, ctx)).then((v) => settle(send, v), (e) => {
            try { reject(fail(e)); } catch (e2) { reject(e); }
          });
        } catch (e) {
          try { reject(fail(e)); } catch (e2) { reject(e); }
        }
      });
    });
  }

  function callMethod(target, props, name, args) {
    let sent;
    try {
      sent = clone(args);
    } catch (e) {
      return PromiseC.reject(e);
    }
    return invoke(target, props, (receiver, isClass, ctx) => {
      const d = lookup(receiver, isClass, name);
      const fn = d === undefined ? undefined : (d.get ? apply(d.get, receiver, []) : d.value);
      if (typeof fn !== 'function') throw notImplemented(name);
      if (isClass) return apply(fn, receiver, sent);
      if (sent.length !== 1) {
        throw new TypeErrorC('Attempted to call RPC function "' + name + '" with the wrong number of arguments. ' +
          'When calling a top-level handler function that is not declared as part of a class, you must always send exactly one argument. ' +
          'In order to support variable numbers of arguments, the server must use class-based syntax (extending WorkerEntrypoint) instead.');
      }
      return apply(fn, receiver, [sent[0], env, ctx]);
    });
  }

  function readProperty(target, props, name) {
    return invoke(target, props, (receiver, isClass) => {
      const d = lookup(receiver, isClass, name);
      if (d === undefined || (isClass && !d.get && typeof d.value !== 'function')) throw notImplemented(name);
      return d.get ? apply(d.get, receiver, []) : d.value;
    });
  }

  // stub.name: callable (an RPC call) and awaitable (the property's value).
  function rpcProperty(target, props, name) {
    const fn = function () {};
    let read;
    const value = () => (read ??= readProperty(target, props, name));
    return new ProxyC(fn, {
      apply: (_, __, args) => callMethod(target, props, name, args),
      get: (_, key) => {
        if (key === tagSym) return 'JsRpcProperty';
        if (key === 'then') return (a, b) => value().then(a, b);
        if (key === 'catch') return (b) => value().catch(b);
        if (key === 'finally') return (f) => value().finally(f);
        return undefined;
      },
    });
  }

  function fetchVia(target, props) {
    return function fetch(input, init) {
      let request;
      try {
        request = new Request(input, init);
      } catch (e) {
        return PromiseC.reject(e);
      }
      return invoke(target, props, (receiver, isClass, ctx) => {
        const d = lookup(receiver, isClass, 'fetch');
        const handler = d === undefined ? undefined : (d.get ? apply(d.get, receiver, []) : d.value);
        if (typeof handler !== 'function') {
          warn('Received a FetchEvent but we lack a handler for FetchEvents. Did you remember to export a fetch() function?');
          throw new ErrorC('Handler does not export a fetch() function.');
        }
        return isClass ? apply(handler, receiver, [request]) : apply(handler, receiver, [request, env, ctx]);
      }, back);
    };
  }

  function serviceStub(target, props) {
    const fn = function (options) {
      if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
        throw new TypeErrorC("Failed to execute '(called as function)' on 'LoopbackServiceStub': parameter 1 is not of type 'Options'.");
      }
      const p = options.props;
      return serviceStub(target, p === undefined ? {} : clone(p));
    };
    const fetch = fetchVia(target, props);
    const properties = new Map();
    return new ProxyC(fn, {
      get: (_, key) => {
        if (typeof key === 'symbol') return key === tagSym ? 'LoopbackServiceStub' : undefined;
        if (key === 'fetch') return fetch;
        if (key === 'then') return undefined; // a stub is not a thenable
        if (key === 'toString') return () => '[object LoopbackServiceStub]';
        let p = properties.get(key);
        if (p === undefined) properties.set(key, (p = rpcProperty(target, props, key)));
        return p;
      },
      has: () => false,
      ownKeys: () => ['length', 'name', 'prototype'].filter((k) => hasOwn(fn, k)),
      getOwnPropertyDescriptor: (_, key) => getOwnPropertyDescriptor(fn, key),
      set: () => false,
      defineProperty: () => false,
    });
  }

  function durableObjectClass() {
    const fn = function () {};
    return new ProxyC(fn, {
      get: (_, key) => (key === tagSym ? 'LoopbackDurableObjectClass' : undefined),
      ownKeys: () => ['length', 'name', 'prototype'].filter((k) => hasOwn(fn, k)),
    });
  }

  // workerd's order: default, then the handler objects, the entrypoint
  // classes and the other classes, each sorted.
  const groups = [[], [], [], []];
  for (const name of Object.keys(ns).sort()) {
    const v = ns[name];
    if (name === 'default') groups[0].push(name);
    else if (typeof v === 'object' && v !== null) groups[1].push(name);
    else if (isEntrypointClass(v)) groups[2].push(name);
    else if (typeof v === 'function') groups[3].push(name);
  }
  const exports = {};
  for (const name of groups.flat()) {
    const v = ns[name];
    const stub = isEntrypointClass(v) || (typeof v === 'object' && v !== null) ? serviceStub(v, {}) : durableObjectClass();
    defineProperty(exports, name, { value: stub, writable: true, enumerable: true, configurable: true });
  }
  return exports;
})
