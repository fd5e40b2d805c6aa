// node:dns: internal/dns's functions (dns_internal.js) with callbacks, as
// workerd has them: util.callbackify of each promise function bound
// ("bound resolve4Callbackified"), lookup with its own callback, a Resolver
// whose methods pass their arguments on, and promises, the namespace of
// workerd's internal promises module (node:dns/promises' functions, the
// codes and flags, and a default of its own).
(function (binding, require, module) {
  'use strict';
  const { callbackify } = require('internal/util');
  const { api, allCodes, lookupCallback } = require('internal/dns');
  const cb = (f) => callbackify(f.bind(null));
  const reverse = cb(api.reverse);
  const resolveTxt = cb(api.resolveTxt);
  const resolveCaa = cb(api.resolveCaa);
  const resolveMx = cb(api.resolveMx);
  const resolveCname = cb(api.resolveCname);
  const resolveNs = cb(api.resolveNs);
  const resolvePtr = cb(api.resolvePtr);
  const resolveSrv = cb(api.resolveSrv);
  const resolveSoa = cb(api.resolveSoa);
  const resolveNaptr = cb(api.resolveNaptr);
  const resolve4 = cb(api.resolve4);
  const resolve6 = cb(api.resolve6);
  const getServers = api.getServers.bind(null);
  const setServers = api.setServers.bind(null);
  const getDefaultResultOrder = api.getDefaultResultOrder.bind(null);
  const setDefaultResultOrder = api.setDefaultResultOrder.bind(null);
  const lookup = Object.defineProperty(lookupCallback.bind(null), 'name', { value: 'bound lookup' });
  const lookupService = cb(api.lookupService);
  // util.promisify(lookup) resolves to { address, family }, as in Node.
  const promisifyArgs = Symbol.for('nodejs.util.promisify.custom.args');
  Object.defineProperty(lookup, promisifyArgs, { value: ['address', 'family'] });
  Object.defineProperty(lookupService, promisifyArgs, { value: ['hostname', 'service'] });
  const resolve = cb(api.resolve);
  const resolveAny = cb(api.resolveAny);

  const notImplemented = () => new Error('Not implemented');
  class Resolver {
    cancel() { throw notImplemented(); }
    setLocalAddress() { throw notImplemented(); }
    getServers(...args) { return getServers(...args); }
    resolve(...args) { resolve(...args); }
    resolve4(...args) { resolve4(...args); }
    resolve6(...args) { resolve6(...args); }
    resolveAny(...args) { resolveAny(...args); }
    resolveCaa(...args) { resolveCaa(...args); }
    resolveCname(...args) { resolveCname(...args); }
    resolveMx(...args) { resolveMx(...args); }
    resolveNaptr(...args) { resolveNaptr(...args); }
    resolveNs(...args) { resolveNs(...args); }
    resolvePtr(...args) { resolvePtr(...args); }
    resolveSoa(...args) { resolveSoa(...args); }
    resolveSrv(...args) { resolveSrv(...args); }
    resolveTxt(...args) { resolveTxt(...args); }
    reverse(...args) { reverse(...args); }
    setServers(...args) { setServers(...args); }
  }

  // promises: workerd's namespace object, as node:readline's promises is
  // in mcrepl: a non-extensible null-prototype object tagged "Module" that
  // refuses writes, its members read-only where a namespace's say writable.
  const members = { ...api, ...allCodes, default: { ...api, ...allCodes } };
  const promises = Object.create(null);
  for (const k of Object.keys(members).sort()) Object.defineProperty(promises, k, { value: members[k], enumerable: true });
  Object.defineProperty(promises, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(promises);

  module.exports = {
    getServers, lookup, lookupService, resolve, resolve4, resolve6, resolveAny, resolveCname,
    resolveCaa, resolveMx, resolveNaptr, resolveNs, resolvePtr, resolveSoa, resolveSrv, resolveTxt,
    reverse, setDefaultResultOrder, getDefaultResultOrder, setServers, Resolver, promises,
    ...allCodes,
  };
})
