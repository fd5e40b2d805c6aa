// node:timers: setTimeout and setInterval returning Timeout objects,
// setImmediate (workerd's global), and their clear functions.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  // setTimeout and setInterval return Timeout objects (timeout.go).
  const { setTimeout, setInterval, clearTimeout, clearInterval } = binding.nodeTimers;
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
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
    active(timer) { if (timer && typeof timer.refresh === 'function') timer.refresh(); },
    unenroll(timer) { clearTimeout(timer); },
    enroll() { throw errors.notImplemented('timers.enroll'); },
  };
  Object.defineProperty(module.exports, 'promises', { enumerable: true, configurable: true, get() { return require('timers/promises'); } });
})
