// node:_tls_wrap: node:tls's connect and TLSSocket, as workerd has them.
(function (binding, require, module) {
  'use strict';
  const { connect, TLSSocket } = require('tls');
  module.exports = { connect, TLSSocket };
})
