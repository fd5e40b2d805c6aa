// node:stream/promises: pipeline and finished as promises.
(function (binding, require, module) {
  'use strict';
  const promises = require('stream').promises;
  module.exports = promises;
  // The namespace also exports the object itself as promises.
  module.named = { ...promises, promises };
})
