// The rest of cloudflare:workers, beside env, waitUntil and the entrypoint
// classes (cfworkers.go): the RPC classes, RpcStub, tracing (workerd's API,
// which records nothing in a local run), withEnv and its siblings, exports
// (loopback stubs, filled in once the main module has run), cache, restore
// and abortIsolate. ex is the exports object to add to; h the helpers from
// Go.
(function (ex, h) {
  'use strict';
  const TypeErrorC = TypeError;
  const ProxyC = Proxy;
  const PromiseC = Promise;
  const { apply } = Reflect;
  // workerd's prototypes list their methods first, then constructor.
  const constructorLast = (C) => {
    const d = Object.getOwnPropertyDescriptor(C.prototype, 'constructor');
    delete C.prototype.constructor;
    Object.defineProperty(C.prototype, 'constructor', d);
  };
  // Methods as workerd's are (length 0, as its C++ methods declare none).
  const method = (proto, name, f) => {
    Object.defineProperty(f, 'length', { value: 0 });
    Object.defineProperty(proto, name, { value: f, writable: true, enumerable: true, configurable: true });
  };

  // Classes scripts can name but not make, as workerd's.
  for (const [name, methods] of [['RpcPromise', ['then', 'catch', 'finally']], ['RpcProperty', ['then', 'catch', 'finally']], ['ServiceStub', ['fetch', 'connect']]]) {
    const C = h.illegalClass(name);
    for (const m of methods) {
      Object.defineProperty(C.prototype, m, { value: h.illegalMethod(m), writable: true, enumerable: true, configurable: true });
    }
    constructorLast(C);
    ex[name] = C;
  }

  // new RpcStub(object): calls on the stub reach the object as RPC calls do
  // (after the caller's microtasks, arguments and results cloned).
  function makeStub(target, proxyTarget) {
    const stub = new ProxyC(proxyTarget, {
      get: (t, key) => {
        if (typeof key === 'symbol') return key === Symbol.toStringTag ? 'JsRpcStub' : undefined;
        if (key === 'dup') return () => makeStub(target, function () {});
        if (key === 'then') return undefined;
        const call = (...args) => new PromiseC((resolve, reject) => {
          let sent;
          try { sent = h.clone(args); } catch (e) { reject(e); return; }
          h.later(() => {
            try {
              const fn = target[key];
              if (typeof fn !== 'function') throw new TypeErrorC('The RPC receiver does not implement the method "' + key + '".');
              PromiseC.resolve(apply(fn, target, sent)).then((v) => { try { resolve(h.clone(v)); } catch (e) { reject(e); } }, reject);
            } catch (e) { reject(e); }
          });
        });
        const read = () => new PromiseC((resolve, reject) => h.later(() => {
          try { resolve(h.clone(target[key])); } catch (e) { reject(e); }
        }));
        return new ProxyC(call, {
          get: (_, k) => (k === 'then' ? (a, b) => read().then(a, b) : k === 'catch' ? (b) => read().catch(b) : undefined),
        });
      },
    });
    return stub;
  }
  ex.RpcStub = h.stubClass((value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      throw new TypeErrorC("Failed to construct 'JsRpcStub': constructor parameter 1 is not of type 'Object'.");
    }
    return makeStub(value, function () {});
  });
  Object.defineProperty(ex.RpcStub.prototype, 'dup', { value: h.illegalMethod('dup'), writable: true, enumerable: true, configurable: true });
  constructorLast(ex.RpcStub);

  // tracing: spans that trace nothing, as in a local workerd.
  const Span = h.illegalClass('Span');
  const spanContext = Object.freeze({ traceId: '00000000000000000000000000000000', spanId: '0000000000000000', traceFlags: 0 });
  const codes = ['unset', 'ok', 'error'];
  const spanMethods = {
    spanContext() { return { ...spanContext }; },
    setAttribute() {},
    setAttributes() {},
    recordException() {},
    updateName() {},
    setStatus(status) {
      if (status === null || typeof status !== 'object' || !codes.includes(status.code)) {
        throw new TypeErrorC("Span status code must be 'unset', 'ok', or 'error'.");
      }
    },
    end() {},
    addLink() {},
    addLinks() {},
  };
  Object.defineProperty(Span.prototype, 'isTraced', { get() { return false; }, enumerable: true, configurable: true });
  for (const [k, f] of Object.entries(spanMethods)) method(Span.prototype, k, f);
  constructorLast(Span);
  const span = () => Object.create(Span.prototype);
  const needFn = (method, fn) => {
    if (typeof fn !== 'function') {
      throw new TypeErrorC("Failed to execute '" + method + "' on 'Tracing': parameter 2 is not of type 'Function'.");
    }
  };
  const Tracing = h.illegalClass('Tracing');
  const tracingMethods = {
    enterSpan(name, fn, ...args) { needFn('enterSpan', fn); return apply(fn, undefined, [span(), ...args]); },
    startActiveSpan(name, fn, ...args) { needFn('startActiveSpan', fn); return apply(fn, undefined, [span(), ...args]); },
    startSpan() { return span(); },
    getActiveSpan() { return span(); },
    withActiveSpan(s, fn, ...args) { needFn('withActiveSpan', fn); return apply(fn, undefined, args); },
  };
  for (const [k, f] of Object.entries(tracingMethods)) method(Tracing.prototype, k, f);
  Object.defineProperty(Tracing.prototype, 'Span', { value: Span, writable: true, enumerable: true, configurable: true });
  constructorLast(Tracing);
  ex.tracing = Object.create(Tracing.prototype);

  // withEnv and its siblings: env (and exports) are newEnv while fn runs.
  // mcrepl restores them when fn returns, so code after an await inside an
  // async fn sees the Worker's own again (workerd keeps them for the whole
  // async call: docs/modules.md).
  const needCallable = (method, pos, fn) => {
    if (typeof fn !== 'function') {
      throw new TypeErrorC("Failed to execute '" + method + "' on 'EnvModule': parameter " + pos + " is not of type 'function'.");
    }
  };
  const withBindings = (newEnv, newExports, fn) => {
    const before = h.bindings();
    const keep = (v, old) => (v === undefined || v === null ? old : v);
    h.setBindings(keep(newEnv, before[0]), keep(newExports, before[1]));
    try {
      return fn();
    } finally {
      h.setBindings(before[0], before[1]);
    }
  };
  ex.withEnv = function withEnv(newEnv, fn) { needCallable('withEnv', 2, fn); return withBindings(newEnv, undefined, fn); };
  ex.withExports = function withExports(newExports, fn) { needCallable('withExports', 2, fn); return withBindings(undefined, newExports, fn); };
  ex.withEnvAndExports = function withEnvAndExports(newEnv, newExports, fn) { needCallable('withEnvAndExports', 3, fn); return withBindings(newEnv, newExports, fn); };

  ex.cache = new ProxyC({}, {});
  ex.restore = Symbol('cloudflare:workers:restore');
  ex.abortIsolate = function abortIsolate(reason) { h.abortIsolate(reason); };
  return ex;
})
