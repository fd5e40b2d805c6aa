// node:fs/promises: node:fs's promise forms (fs.promises' functions, in an
// object of its own, as workerd's default export is not fs.promises).
(function (binding, require, module) {
  'use strict';
  module.exports = { ...require('fs').promises };
})
