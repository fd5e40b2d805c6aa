// node:_http_incoming: node:http's IncomingMessage.
(function (binding, require, module) {
  'use strict';
  module.exports = { IncomingMessage: require('internal/http').IncomingMessage };
})
