// node:_http_server: Server, ServerResponse and their helpers.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  module.exports = {
    STATUS_CODES: h.STATUS_CODES,
    Server: h.Server,
    ServerResponse: h.ServerResponse,
    setupConnectionsTracking: h.setupConnectionsTracking,
    storeHTTPOptions: h.storeHTTPOptions,
    _connectionListener: h._connectionListener,
    kServerResponse: h.kServerResponse,
    httpServerPreClose: h.httpServerPreClose,
    kConnectionsCheckingInterval: h.kConnectionsCheckingInterval,
  };
})
