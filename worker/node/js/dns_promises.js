// node:dns/promises: internal/dns's functions (dns_internal.js) as workerd
// exports them: its named exports are the functions, Resolver, the error
// codes and the getaddrinfo flags; its default has all but the flags.
(function (binding, require, module) {
  'use strict';
  const { api, codes, allCodes } = require('internal/dns');
  module.named = { ...api, ...allCodes };
  module.exports = { ...api, ...codes };
})
