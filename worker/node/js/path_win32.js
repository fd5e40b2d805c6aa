// node:path/win32: path.win32, Windows paths.
(function (binding, require, module) {
  'use strict';
  module.exports = require('path').win32;
})
