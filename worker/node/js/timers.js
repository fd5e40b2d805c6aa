// node:timers: setTimeout and setInterval returning Timeout objects,
// setImmediate (workerd's global), and their clear functions.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const g = binding.globalTimers;
  class Timeout {
    #id;
    #fn;
    #args;
    #delay;
    #repeat;
    #cleared = false;
    constructor(fn, delay, args, repeat) {
      this.#fn = fn;
      this.#delay = delay;
      this.#args = args;
      this.#repeat = repeat;
      this.#arm();
    }
    #arm() {
      const run = () => {
        if (!this.#repeat) this.#cleared = true;
        this.#fn.apply(this, this.#args);
      };
      this.#id = (this.#repeat ? g.setInterval : g.setTimeout)(run, this.#delay);
    }
    refresh() {
      if (!this.#cleared) { g.clearTimeout(this.#id); this.#arm(); }
      return this;
    }
    unref() { return this; }
    ref() { return this; }
    hasRef() { return true; }
    close() { this.#cleared = true; g.clearTimeout(this.#id); return this; }
    [Symbol.toPrimitive]() { return this.#id; }
  }
  if (Symbol.dispose) Timeout.prototype[Symbol.dispose] = function () { this.close(); };
  // Unlike Node's, workerd's Timeout keeps a delay of 0 (the native timer clamps the rest).
  function delayOf(d) { return d; }
  function setTimeout(callback, delay, ...args) {
    errors.validateFunction(callback, 'callback');
    return new Timeout(callback, delayOf(delay), args, false);
  }
  function setInterval(callback, delay, ...args) {
    errors.validateFunction(callback, 'callback');
    return new Timeout(callback, delayOf(delay), args, true);
  }
  function clearTimeout(timer) {
    if (timer instanceof Timeout) timer.close();
    else if (typeof timer === 'number' || typeof timer === 'string') g.clearTimeout(+timer);
  }
  function setImmediate(callback, ...args) {
    errors.validateFunction(callback, 'callback');
    return binding.setImmediate(callback, ...args);
  }
  function clearImmediate(immediate) {
    if (immediate == null || !binding.isImmediate(immediate)) return;
    binding.clearImmediate(immediate);
  }
  module.exports = {
    promises: undefined,
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval: clearTimeout,
    active(timer) { if (timer instanceof Timeout) timer.refresh(); },
    unenroll(timer) { clearTimeout(timer); },
    enroll() { throw errors.notImplemented('timers.enroll'); },
  };
  Object.defineProperty(module.exports, 'promises', { enumerable: true, configurable: true, get() { return require('timers/promises'); } });
  module.exports.Timeout = Timeout;
  Object.defineProperty(module.exports, 'Timeout', { enumerable: false });
})
