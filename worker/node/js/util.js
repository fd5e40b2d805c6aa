// node:util as a program imports it: internal/util's exports (the modules
// that use util themselves load that one). Importing node:util gives
// node:timers' setTimeout and setImmediate their util.promisify.custom
// (timers_promises.js), as workerd's does; importing node:assert or
// node:console, which use it, does not.
(function (binding, require, module) {
  'use strict';
  module.exports = require('internal/util');
  require('timers/promises');
})
