// node:stream/promises: pipeline and finished as promises.
(function (binding, require, module) {
  'use strict';
  module.exports = require('stream').promises;
})
