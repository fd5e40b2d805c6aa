// node:_http_common: the token and header-character checks, METHODS as
// methods, and Node's parser constants.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  module.exports = {
    _checkIsHttpToken: h._checkIsHttpToken,
    _checkInvalidHeaderChar: h._checkInvalidHeaderChar,
    chunkExpression: h.chunkExpression,
    CRLF: '\r\n',
    continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
    methods: h.METHODS,
    parsers: h.parsers,
    kIncomingMessage: h.kIncomingMessage,
  };
})
