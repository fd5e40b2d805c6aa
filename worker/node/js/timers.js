// node:timers: setTimeout and setInterval returning Timeout objects,
// setImmediate (workerd's global), and their clear functions.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  // setTimeout and setInterval return Timeout objects (timeout.go).
  const { setTimeout, setInterval, clearTimeout, clearInterval, Timeout } = binding.nodeTimers;
  // setImmediate and clearImmediate are workerd's native TimersUtil's,
  // bound (no prototype, "bound setImmediate", length 0): its messages for
  // a wrong argument.
  const setImmediate = function setImmediate(callback, ...args) {
    if (typeof callback !== 'function') throw new TypeError("Failed to execute 'setImmediate' on 'TimersUtil': parameter 1 is not of type 'function'.");
    return binding.setImmediate(callback, ...args);
  }.bind(null);
  const clearImmediate = function clearImmediate(immediate) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'clearImmediate' on 'TimersUtil': parameter 1 is not of type 'Immediate'.");
    if (immediate == null) return;
    if (!binding.isImmediate(immediate)) throw new TypeError("Failed to execute 'clearImmediate' on 'TimersUtil': parameter 1 is not of type 'Immediate'.");
    binding.clearImmediate(immediate);
  }.bind(null);
  // timers.promises has the members of node:timers/promises but is not
  // that module's object, as in workerd.
  let promises;
  // Into the exports object node:timers/promises gets when it loads this
  // module, below.
  Object.assign(module.exports, {
    promises: undefined,
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
    active(timer) { if (timer && typeof timer.refresh === 'function') timer.refresh(); },
    unenroll(timer) { clearTimeout(timer); },
    // (item, msecs): workerd's enroll has length 2.
    enroll(item, msecs) { throw new Error('Not implemented. Please use setTimeout() instead.'); },
  });
  for (const f of [setImmediate, clearImmediate]) Object.defineProperty(f, 'length', { value: 0 });
  // Timeout is a named export only (see Named in node.go): here it is not
  // enumerable, for a bundle's import { Timeout }.
  Object.defineProperty(module.exports, 'Timeout', { value: Timeout, writable: true, configurable: true });
  module.named = { ...module.exports, Timeout };
  Object.defineProperty(module.named, 'promises', { enumerable: true, get() { return module.exports.promises; } });
  Object.defineProperty(module.exports, 'promises', { enumerable: true, configurable: true, get() { return promises || (promises = Object.assign({}, require('timers/promises'))); } });
  // node:timers/promises gives setTimeout and setImmediate their
  // util.promisify.custom.
  require('timers/promises');
})
