// node:assert/strict: assert's strict variant, its own object in workerd
// (not assert.strict).
(function (binding, require, module) {
  'use strict';
  const base = require('assert').strict;
  function strict(...args) { return base(...args); }
  for (const k of Object.keys(base)) strict[k] = base[k];
  strict.strict = strict;
  module.exports = strict;
})
