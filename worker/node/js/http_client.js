// node:_http_client: node:http's ClientRequest.
(function (binding, require, module) {
  'use strict';
  module.exports = { ClientRequest: require('internal/http').ClientRequest };
})
