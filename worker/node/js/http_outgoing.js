// node:_http_outgoing: OutgoingMessage, the header checks and the
// unique-headers option.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  module.exports = {
    validateHeaderName: h.validateHeaderName,
    validateHeaderValue: h.validateHeaderValue,
    kUniqueHeaders: h.kUniqueHeaders,
    kHighWaterMark: h.kHighWaterMark,
    parseUniqueHeadersOption: h.parseUniqueHeadersOption,
    OutgoingMessage: h.OutgoingMessage,
  };
})
