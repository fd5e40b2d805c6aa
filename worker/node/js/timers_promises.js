// node:timers/promises: the promise forms of setTimeout, setImmediate and
// setInterval, and scheduler.wait / scheduler.yield.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const timers = require('timers');
  function abortError(signal) {
    return new errors.AbortError(undefined, { cause: signal && signal.reason });
  }
  // options checks them as Node does: an object, an AbortSignal, a boolean
  // ref.
  function options(o) {
    if (o === undefined) return {};
    errors.validateObject(o, 'options');
    const { signal, ref } = o;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw errors.invalidArgType('options.signal', 'AbortSignal', signal);
    }
    if (ref !== undefined && typeof ref !== 'boolean') throw errors.invalidArgType('options.ref', 'boolean', ref);
    return o;
  }
  // later's checks reject the promise: the functions are async in workerd.
  function later(schedule, cancel, value, opts, delay) {
    let signal;
    try {
      if (delay !== undefined) errors.validateNumber(delay, 'delay');
      ({ signal } = options(opts));
    } catch (e) {
      return Promise.reject(e);
    }
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const t = schedule(() => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      });
      if (signal) {
        onAbort = () => { cancel(t); reject(abortError(signal)); };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }
  function setTimeout(delay, value, opts = undefined) {
    return later((f) => timers.setTimeout(f, delay), timers.clearTimeout, value, opts, delay === undefined ? 1 : delay);
  }
  function setImmediate(value, opts = undefined) {
    return later((f) => timers.setImmediate(f), timers.clearImmediate, value, opts);
  }
  // setInterval is an async iterator (goja has no async generators, so it
  // is written out): each next() waits for the next tick of the interval.
  function setInterval(delay, value, opts = undefined) {
    const { signal } = options(opts);
    let pending = 0, wake = null, done = false, t;
    const start = () => {
      if (t === undefined) t = timers.setInterval(() => { pending++; if (wake) { const w = wake; wake = null; w(); } }, delay);
    };
    const finish = () => { done = true; if (t !== undefined) timers.clearInterval(t); };
    const it = {
      async next() {
        if (done) return { value: undefined, done: true };
        if (signal && signal.aborted) { finish(); throw abortError(signal); }
        start();
        if (pending === 0) await new Promise((r) => { wake = r; });
        if (done) return { value: undefined, done: true };
        pending--;
        return { value, done: false };
      },
      async return() { finish(); return { value: undefined, done: true }; },
      [Symbol.asyncIterator]() { return this; },
    };
    if (signal) signal.addEventListener('abort', () => { if (wake) { const w = wake; wake = null; w(); } }, { once: true });
    return it;
  }
  const scheduler = {
    wait(delay, opts) { return setTimeout(delay, undefined, opts); },
    yield() { return setImmediate(); },
  };
  module.exports = { setTimeout, setImmediate, setInterval, scheduler };
  // util.promisify(timers.setTimeout) and (timers.setImmediate) are these:
  // read-only own properties of node:timers' functions, there once
  // node:timers, node:timers/promises or node:util has been loaded, as in
  // workerd 2026-12-01.
  const custom = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(timers.setTimeout, custom, { value: setTimeout });
  Object.defineProperty(timers.setImmediate, custom, { value: setImmediate });
})
